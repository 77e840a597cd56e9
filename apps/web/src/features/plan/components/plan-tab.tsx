import { PLAN_VERSION_STATUS_LABELS, type PlanEvaluationResult, type PlanVersionStatus } from '@koers/contracts';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Anchor } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge, type StatusBadgeStatus } from '../../../ui/status-badge';
import { QueryProblem } from '../../../ui/query-problem';
import { problemFormErrors } from '../../../forms/form-errors';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { usePlanIntake, usePlanNetwork, usePlanOverview } from '../hooks/use-plan';
import { useCreatePlan } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { EvaluationSection } from './evaluation-section';
import { type PlanContextValue, PlanProvider } from './plan-context';
import { PlanVersionView } from './plan-version-view';
import { PrintLink } from './print-link';
import { VersionHistory } from './version-history';
import { YouthProposalsSection } from './youth-proposals-section';

const STATUS_BADGE: Record<PlanVersionStatus, StatusBadgeStatus> = { concept: 'neutral', voorgesteld: 'warning', vastgesteld: 'success', vervangen: 'inactive' };

/**
 * Tab "Plan van aanpak" of the case page: the version being worked on (goals first, then the three
 * kinds of agreement, the evaluation date and the sign-off), the evaluation that starts the next
 * version, and the history of versions with a readable diff. Read only for whoever may not edit.
 */
export function PlanTab() {
  const caseId = useCaseId();
  const { data: kase } = useCase(caseId);
  const overview = usePlanOverview(caseId);
  const create = useCreatePlan(caseId);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const plan = overview.data;
  const current = plan?.current ?? null;
  const canEdit = plan?.permissions.canEdit ?? false;
  const canEditContent = canEdit && (current?.status === 'concept' || current?.status === 'voorgesteld');
  const canEditProgress = canEdit && !!current && current.status !== 'vervangen';
  const intake = usePlanIntake(caseId, canEditContent);
  const network = usePlanNetwork(caseId, canEditContent);
  const youthName = plan?.youthName ?? kase?.youth.name ?? '';

  const notify = useCallback((message: string) => {
    // Emptied first, so that the same message twice is announced twice.
    setStatus('');
    setTimeout(() => setStatus(message), 50);
  }, []);

  const context = useMemo<PlanContextValue | null>(
    () =>
      current
        ? {
            caseId,
            youthName,
            contactName: plan?.contactPerson?.name ?? null,
            version: current,
            canEditContent,
            canEditProgress,
            headingLevel: 3,
            notify,
            wishes: intake.data?.wishes ?? [],
            network: network.data ?? [],
          }
        : null,
    [caseId, youthName, plan?.contactPerson?.name, current, canEditContent, canEditProgress, notify, intake.data?.wishes, network.data],
  );

  const onEvaluated = (result: PlanEvaluationResult) => {
    notify(tp('evaluation.done', { number: result.nextVersion.number, youth: youthName }));
    setTimeout(() => heading.current?.focus(), 0);
  };

  const createProblem = create.error ? problemFormErrors(create.error, []) : null;
  const obstacles = (intake.data?.urgentObstacles ?? []).filter((o) => !o.resolvedAt && !o.goalId);

  return (
    <section className="koers-section koers-tab koers-plan" aria-labelledby="plan-titel">
      <Heading level={2} id="plan-titel" ref={heading} tabIndex={-1} className="koers-plan-focus">
        {tp('plan.title')}
      </Heading>
      <p className="utrecht-paragraph koers-form-status koers-plan-status" role="status">
        {status}
      </p>

      {overview.isPending ? (
        <Loading>{tp('plan.loading')}</Loading>
      ) : !plan ? (
        <QueryProblem error={overview.error} retry={() => void overview.refetch()} />
      ) : !current || !context ? (
        <div className="koers-empty-state koers-plan-empty">
          <Paragraph>{tp('plan.none', { youth: youthName })}</Paragraph>
          {canEdit ? (
            <>
              <Paragraph>{tp('plan.startIntro', { youth: youthName })}</Paragraph>
              {createProblem ? (
                <Alert type="error" role="alert">
                  <Paragraph>{createProblem.title}</Paragraph>
                </Alert>
              ) : null}
              <div className="koers-form__actions">
                <PrimaryActionButton
                  busy={create.isPending}
                  onClick={() =>
                    !create.isPending &&
                    create.mutate(undefined, {
                      onSuccess: () => {
                        notify(tp('plan.started', { youth: youthName }));
                        setTimeout(() => document.getElementById('plan-1-doelen')?.focus(), 0);
                      },
                    })
                  }
                >
                  {tp('plan.start')}
                </PrimaryActionButton>
              </div>
            </>
          ) : null}
        </div>
      ) : (
        <>
          <div className="koers-plan-header">
            <p className="utrecht-paragraph koers-plan-header__version">
              <strong>{tp('plan.version', { number: current.number })}</strong>{' '}
              <StatusBadge status={STATUS_BADGE[current.status]}>{PLAN_VERSION_STATUS_LABELS[current.status]}</StatusBadge>
            </p>
            <PrintLink caseId={caseId} number={current.number} />
          </div>

          {!canEdit ? <Paragraph className="koers-plan-readonly">{kase?.phase === 'afgesloten' ? tp('plan.closed') : tp('plan.readOnly')}</Paragraph> : null}
          {plan.inForceNumber !== null && plan.inForceNumber !== current.number ? (
            <Paragraph>{tp('plan.inForce', { number: plan.inForceNumber, current: current.number })}</Paragraph>
          ) : null}
          {plan.permissions.canEvaluate ? (
            <Alert type="info" className="koers-plan-due">
              <Paragraph>
                {tp('plan.evaluationDue', { youth: youthName })} <Anchor
                  href="#plan-evaluatie"
                  onClick={(event) => {
                    const target = document.getElementById('plan-evaluatie');
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView?.({ block: 'start' });
                  }}
                >
                  {tp('plan.toEvaluation')}
                </Anchor>
              </Paragraph>
            </Alert>
          ) : null}
          {canEditContent && current.status === 'voorgesteld' ? (
            <Alert type="warning" className="koers-plan-reopen-warning">
              <Paragraph>{tp('plan.proposedWarning', { youth: youthName })}</Paragraph>
            </Alert>
          ) : null}
          {canEdit && current.status === 'vastgesteld' ? <Paragraph>{tp('plan.fixedIntro')}</Paragraph> : null}

          <PlanProvider value={context}>
            <YouthProposalsSection canDecide={canEdit} />
            <PlanVersionView obstacles={canEditContent ? obstacles : []} />
            <EvaluationSection overview={plan} headingLevel={3} onEvaluated={onEvaluated} />
            <VersionHistory overview={plan} />
          </PlanProvider>
        </>
      )}
    </section>
  );
}
