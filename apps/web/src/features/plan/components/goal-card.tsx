import { GOAL_STATUS_LABELS, type GoalStatus, type PlanGoal, URGENT_OBSTACLE_KIND_LABELS, WISH_KIND_LABELS } from '@koers/contracts';
import { type RefObject, useRef, useState } from 'react';
import { casePath } from '../../../routing/paths';
import { Button } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge, type StatusBadgeStatus } from '../../../ui/status-badge';
import { useDeleteGoal } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { day } from '../utils/format';
import { Authorship } from './authorship';
import { DeleteControl } from './delete-control';
import { GoalComments } from './goal-comments';
import { GoalForm } from './goal-form';
import { GoalHistory } from './goal-history';
import { GoalStatusForm } from './goal-status-form';
import { usePlanContext } from './plan-context';
import { StepForm } from './step-form';
import { StepItem } from './step-item';
import { YouthWords } from './youth-words';

const STATUS_BADGE: Record<GoalStatus, StatusBadgeStatus> = { open: 'neutral', bezig: 'active', behaald: 'success', losgelaten: 'inactive' };

export function goalHeadingId(goalId: string): string {
  return `doel-${goalId}`;
}

export interface GoalCardProps {
  goal: PlanGoal;
  /** 1-based place in the list (the order is the priority). */
  place: number;
  /** Where focus goes after the goal is deleted. */
  onDeleted: () => void;
}

/** One goal with its steps. The jongere's own words are shown as a quote, marked as theirs. */
export function GoalCard({ goal, place, onDeleted }: GoalCardProps) {
  const { caseId, youthName, canEditContent, canEditProgress, headingLevel, notify } = usePlanContext();
  const remove = useDeleteGoal(caseId);
  const [panel, setPanel] = useState<'none' | 'edit' | 'status'>('none');
  const [addingStep, setAddingStep] = useState(false);
  const [achieved, setAchieved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const stepButton = useRef<HTMLButtonElement>(null);
  const stepsHeading = useRef<HTMLHeadingElement>(null);
  const milestone = useRef<HTMLDivElement>(null);
  const headingId = goalHeadingId(goal.id);
  const goalLevel = (headingLevel + 1) as 4 | 5;
  const stepsLevel = (headingLevel + 2) as 5 | 6;

  const close = (button: RefObject<HTMLElement | null>) => {
    setPanel('none');
    requestAnimationFrame(() => button.current?.focus());
  };

  const closeStep = () => {
    setAddingStep(false);
    requestAnimationFrame(() => stepButton.current?.focus());
  };

  const milestoneHref = `${casePath(caseId, 'milestones')}?doel=${encodeURIComponent(goal.lineageId)}`;

  return (
    <article className={`koers-plan-goal koers-plan-goal--${goal.status}`} aria-labelledby={headingId}>
      <div className="koers-plan-goal__top">
        <p className="utrecht-paragraph koers-plan-goal__place">{tp('goal.place', { place })}</p>
        <StatusBadge status={STATUS_BADGE[goal.status]}>{GOAL_STATUS_LABELS[goal.status]}</StatusBadge>
        {goal.urgentObstacle ? (
          <span className="koers-plan-urgent">{tp('goal.urgent', { kind: URGENT_OBSTACLE_KIND_LABELS[goal.urgentObstacle.kind] })}</span>
        ) : null}
      </div>
      <Heading level={goalLevel} id={headingId} tabIndex={-1} className="koers-plan-goal__title koers-plan-focus" appearance="level-4">
        {goal.title}
      </Heading>

      {panel === 'edit' ? (
        <GoalForm
          goal={goal}
          onDone={() => {
            notify(tp('goal.saved', { title: goal.title }));
            close(editButton);
          }}
          onCancel={() => close(editButton)}
        />
      ) : (
        <>
          {goal.youthWords ? <YouthWords words={goal.youthWords} youthName={youthName} /> : null}
          {goal.description ? (
            <div className="koers-plan-goal__description">
              <p className="utrecht-paragraph koers-plan-label">{tp('goal.description')}</p>
              <Paragraph className="koers-plan-pre-line">{goal.description}</Paragraph>
            </div>
          ) : null}
          <dl className="koers-plan-facts">
            <div>
              <dt>{tp('goal.wish')}</dt>
              <dd>{goal.wish ? `${WISH_KIND_LABELS[goal.wish.kind]}: ${goal.wish.text}` : tp('goal.noWish')}</dd>
            </div>
            {goal.urgentObstacle ? (
              <div>
                <dt>{tp('goal.obstacle')}</dt>
                <dd>
                  {URGENT_OBSTACLE_KIND_LABELS[goal.urgentObstacle.kind]}
                  {goal.urgentObstacle.description ? `: ${goal.urgentObstacle.description}` : ''}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{tp('goal.targetDate')}</dt>
              <dd>{goal.targetDate ? day(goal.targetDate) : tp('goal.noTargetDate')}</dd>
            </div>
            <div>
              <dt>{tp('goal.status')}</dt>
              <dd>{GOAL_STATUS_LABELS[goal.status]}</dd>
            </div>
            {goal.status === 'losgelaten' && goal.letGoReason ? (
              <div>
                <dt>{tp('goal.letGoReason')}</dt>
                <dd className="koers-plan-pre-line">{goal.letGoReason}</dd>
              </div>
            ) : null}
          </dl>
          <Authorship author={goal.author} createdAt={goal.createdAt} lastEditedBy={goal.lastEditedBy} updatedAt={goal.updatedAt} />
        </>
      )}

      {goal.status === 'behaald' && canEditProgress ? (
        <div ref={milestone} className={achieved ? 'koers-plan-milestone koers-plan-milestone--new' : 'koers-plan-milestone'}>
          {achieved ? <Paragraph>{tp('goal.achieved', { youth: youthName })}</Paragraph> : null}
          <Link to={milestoneHref} aria-label={`${tp('goal.milestone')}: ${goal.title}`}>
            {tp('goal.milestone')}
          </Link>
        </div>
      ) : null}

      {panel === 'status' ? (
        <GoalStatusForm
          goal={goal}
          onDone={(status) => {
            setPanel('none');
            if (status === 'behaald' && goal.status !== 'behaald') {
              setAchieved(true);
              notify(tp('goal.achievedMessage', { title: goal.title }));
              requestAnimationFrame(() => (milestone.current?.querySelector('a') ?? statusButton.current)?.focus());
            } else {
              notify(tp('goal.statusSaved', { title: goal.title, status: GOAL_STATUS_LABELS[status] }));
              requestAnimationFrame(() => statusButton.current?.focus());
            }
          }}
          onCancel={() => close(statusButton)}
        />
      ) : null}

      {panel === 'none' && (canEditContent || canEditProgress) ? (
        <div className="koers-plan-actions">
          {canEditContent ? (
            <Button ref={editButton} appearance="secondary-action-button" onClick={() => setPanel('edit')} aria-label={`${tp('goal.edit')}: ${goal.title}`}>
              {tp('goal.edit')}
            </Button>
          ) : null}
          {canEditProgress ? (
            <Button ref={statusButton} appearance="secondary-action-button" onClick={() => setPanel('status')} aria-label={`${tp('goal.changeStatus')}: ${goal.title}`}>
              {tp('goal.changeStatus')}
            </Button>
          ) : null}
          {canEditContent ? (
            <DeleteControl
              recordId={goal.id}
              version={goal.version}
              label={tp('goal.delete')}
              target={goal.title}
              question={tp('goal.deleteQuestion', { title: goal.title, steps: goal.steps.length })}
              busy={remove.isPending}
              onDelete={(version, { onSuccess, onError }) => remove.mutate({ goalId: goal.id, version, after: onSuccess }, { onError })}
              onDeleted={() => {
                notify(tp('goal.deleted', { title: goal.title }));
                onDeleted();
              }}
            />
          ) : null}
        </div>
      ) : null}

      <section className="koers-plan-steps" aria-labelledby={`${headingId}-stappen`}>
        <Heading
          level={stepsLevel}
          id={`${headingId}-stappen`}
          ref={stepsHeading}
          tabIndex={-1}
          className="koers-plan-focus koers-plan-steps__title"
          appearance="level-5"
          aria-label={`${tp('steps.title')}: ${goal.title}`}
        >
          {tp('steps.title')}
        </Heading>
        {goal.steps.length === 0 ? (
          <Paragraph className="koers-muted">{tp('steps.empty')}</Paragraph>
        ) : (
          <ul className="koers-plan-step-list">
            {goal.steps.map((step) => (
              <StepItem key={step.id} step={step} goalId={goal.id} goalTitle={goal.title} onDeleted={() => requestAnimationFrame(() => stepsHeading.current?.focus())} />
            ))}
          </ul>
        )}
        {canEditContent ? (
          addingStep ? (
            <StepForm
              goalId={goal.id}
              goalTitle={goal.title}
              step={null}
              onDone={() => {
                notify(tp('step.added', { goal: goal.title }));
                closeStep();
              }}
              onCancel={closeStep}
            />
          ) : (
            <div className="koers-plan-actions">
              <Button ref={stepButton} appearance="secondary-action-button" onClick={() => setAddingStep(true)} aria-label={`${tp('step.add')}: ${goal.title}`}>
                {tp('step.add')}
              </Button>
            </div>
          )
        ) : null}
      </section>

      <GoalComments goal={goal} headingLevel={stepsLevel} />

      <GoalHistory goal={goal} />
    </article>
  );
}
