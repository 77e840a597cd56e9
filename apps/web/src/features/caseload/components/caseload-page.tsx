import { t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { InviteJongereForm } from './invite-jongere-form';

/** Landing page of the klantmanager. The case list comes here in a next stage. */
export function CaseloadPage() {
  usePageTitle(t('caseload.title'));
  const user = useCurrentUser();
  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      <Paragraph lead>{t('caseload.intro')}</Paragraph>
      <div className="koers-columns">
        <section className="koers-panel" aria-labelledby="caseload-trajecten">
          <Heading level={2} id="caseload-trajecten">
            {t('caseload.cases.title')}
          </Heading>
          <div className="koers-empty-state">
            <Paragraph>{t('caseload.cases.empty')}</Paragraph>
            <Paragraph small>{user.team ? t('caseload.cases.team', { team: user.team.name }) : t('caseload.cases.noTeam')}</Paragraph>
          </div>
        </section>
        <section className="koers-panel" aria-labelledby="caseload-uitnodigen">
          <Heading level={2} id="caseload-uitnodigen">
            {t('invite.title')}
          </Heading>
          <Paragraph>{t('invite.intro')}</Paragraph>
          <InviteJongereForm />
        </section>
      </div>
    </>
  );
}
