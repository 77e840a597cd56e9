import { formatDateNl, telHref } from '@koers/domain';
import { isApiError } from '../../../api/api-error';
import { InzageLink } from '../../inzage/components/inzage-link';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading, PageHeading } from '../../../ui/heading';
import { Anchor } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { MyHandoverSection } from '../../my-handover/components/my-handover-section';
import { LIVE_URLS, myPlanLiveKeys } from '../../live/live-keys';
import { useLiveUpdates } from '../../live/use-live-updates';
import { useMyPlan } from '../hooks/use-my-plan';
import { tp } from '../i18n';
import { AddGoalForm } from './add-goal-form';
import { AgreeSection } from './agree-section';
import { AgreementsSection } from './agreements-section';
import { ConsentSection } from './consent-section';
import { GoalList } from './goal-list';
import { MyProposals } from './my-proposals';
import { SuccessesSection } from './successes-section';

/** "Mijn plan": the jongere's own plan, in plain words (B1), mobile first. */
export function MyPlanPage() {
  usePageTitle(tp('myPlan.title'));
  const user = useCurrentUser();
  const query = useMyPlan();
  useLiveUpdates(query.data ? LIVE_URLS.me : null, myPlanLiveKeys);
  return (
    <div className="koers-narrow koers-my-plan">
      <PageHeading>{tp('myPlan.title')}</PageHeading>
      <Paragraph lead>{tp('myPlan.hello', { name: user.name })}</Paragraph>
      <Paragraph>{tp('myPlan.intro')}</Paragraph>
      {query.isPending ? <Loading>{tp('myPlan.loading')}</Loading> : null}
      {query.isError ? (
        isApiError(query.error) && query.error.status === 404 ? (
          <Paragraph>{tp('myPlan.noCase')}</Paragraph>
        ) : (
          <Alert type="error" role="alert">
            <Paragraph>{query.error.message}</Paragraph>
            <SecondaryActionButton onClick={() => void query.refetch()}>{tp('myPlan.error.retry')}</SecondaryActionButton>
          </Alert>
        )
      ) : null}
      {query.data ? <MyPlanContent plan={query.data} /> : null}
      <InzageLink />
    </div>
  );
}

function MyPlanContent({ plan }: { plan: NonNullable<ReturnType<typeof useMyPlan>['data']> }) {
  const shown = plan.concept ?? plan.proposed ?? plan.current;
  const evaluationDate = plan.current?.evaluationDate ?? shown?.evaluationDate;
  return (
    <>
      {plan.proposed ? <AgreeSection version={plan.proposed} /> : null}
      <MyHandoverSection />

      <section className="koers-panel" aria-labelledby="mijn-doelen">
        <Heading level={2} id="mijn-doelen">
          {tp('myPlan.goals.title')}
        </Heading>
        {!shown ? <Paragraph>{tp('myPlan.noPlan')}</Paragraph> : null}
        {shown?.status === 'concept' ? <Paragraph>{tp('myPlan.draft')}</Paragraph> : null}
        {evaluationDate ? <Paragraph>{tp('myPlan.nextTalk', { date: formatDateNl(evaluationDate) })}</Paragraph> : null}
        <GoalList goals={shown?.goals ?? []} />
      </section>

      <section className="koers-panel" aria-labelledby="doel-toevoegen">
        <Heading level={2} id="doel-toevoegen">
          {tp('myPlan.addGoal.title')}
        </Heading>
        <AddGoalForm />
        <MyProposals />
      </section>

      {shown ? <AgreementsSection agreements={shown.agreements} consequences={shown.consequences} /> : null}

      <SuccessesSection caseId={plan.caseId} />

      <ConsentSection />

      <section className="koers-panel" aria-labelledby="mijn-klantmanager">
        <Heading level={2} id="mijn-klantmanager">
          {tp('myPlan.contact.title')}
        </Heading>
        {plan.contactPerson ? (
          <>
            <Paragraph>{tp('myPlan.contact.text', { name: plan.contactPerson.name })}</Paragraph>
            <ul className="koers-my-contact">
              {plan.contactPerson.email ? (
                <li>
                  <Anchor href={`mailto:${plan.contactPerson.email}`}>{tp('myPlan.contact.email', { email: plan.contactPerson.email })}</Anchor>
                </li>
              ) : null}
              {plan.contactPerson.phone ? (
                <li>
                  <Anchor href={telHref(plan.contactPerson.phone)}>{tp('myPlan.contact.phone', { name: plan.contactPerson.name, phone: plan.contactPerson.phone })}</Anchor>
                </li>
              ) : null}
            </ul>
          </>
        ) : (
          <Paragraph>{tp('myPlan.contact.none')}</Paragraph>
        )}
      </section>
    </>
  );
}
