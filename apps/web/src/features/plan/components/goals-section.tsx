import { URGENT_OBSTACLE_KIND_LABELS, type UrgentObstacle } from '@koers/contracts';
import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { Button, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useGoalFromObstacle } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { GoalCard, goalHeadingId } from './goal-card';
import { GoalForm } from './goal-form';
import { WerkwijzerTips } from '../../werkwijzer/components/werkwijzer-tips';
import { usePlanContext } from './plan-context';
import { useReopenGuard } from './reopen-guard';

/** The id of the "Doel toevoegen" button: what a "goals are missing" message links to. */
export const ADD_GOAL_ID = 'doel-toevoegen';

function focusSoon(id: string) {
  // After the plan is read again and rendered.
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** Urgent obstacles from the intake that have no goal yet: "urgent obstacles first", with one click. */
function ObstacleSuggestions({ obstacles }: { obstacles: UrgentObstacle[] }) {
  const { caseId, notify } = usePlanContext();
  const fromObstacle = useGoalFromObstacle(caseId);
  const { guard, confirm } = useReopenGuard();
  const [problem, setProblem] = useState<string | null>(null);
  if (obstacles.length === 0) return null;
  return (
    <div className="koers-plan-obstacles">
      <Paragraph>{tp('goals.obstacles.intro')}</Paragraph>
      <ul className="koers-plan-obstacles__list">
        {obstacles.map((o) => (
          <li key={o.id}>
            <span>
              <strong>{URGENT_OBSTACLE_KIND_LABELS[o.kind]}</strong>
              {o.description ? `: ${o.description}` : ''}
            </span>
            <SecondaryActionButton
              busy={fromObstacle.isPending && fromObstacle.variables === o.id}
              disabled={fromObstacle.isPending}
              onClick={() => {
                setProblem(null);
                guard(() =>
                  fromObstacle.mutate(o.id, {
                    onSuccess: (goal) => {
                      notify(tp('goals.obstacles.made', { title: goal.title }));
                      focusSoon(goalHeadingId(goal.id));
                    },
                    onError: (error) => setProblem(isApiError(error) ? error.title : tp('error.unexpected')),
                  }),
                );
              }}
              aria-label={`${tp('goals.obstacles.make')}: ${URGENT_OBSTACLE_KIND_LABELS[o.kind]}`}
            >
              {tp('goals.obstacles.make')}
            </SecondaryActionButton>
          </li>
        ))}
      </ul>
      {confirm}
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

/** "Doelen": goals first, in order of priority (urgent obstacles first), each with its steps. */
export function GoalsSection({ obstacles }: { obstacles: UrgentObstacle[] }) {
  const { version, canEditContent, headingLevel, notify, youthName } = usePlanContext();
  const [adding, setAdding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = `plan-${version.number}-doelen`;

  return (
    <section className="koers-plan-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={heading} tabIndex={-1} className="koers-plan-focus">
        {tp('goals.title')}
      </Heading>
      {canEditContent ? <Paragraph>{tp('goals.intro', { youth: youthName })}</Paragraph> : null}
      {canEditContent ? <WerkwijzerTips moment="plan" /> : null}
      {canEditContent ? <ObstacleSuggestions obstacles={obstacles} /> : null}
      {version.goals.length === 0 ? (
        <div className="koers-empty-state koers-plan-empty">
          <Paragraph>{tp('goals.empty')}</Paragraph>
        </div>
      ) : (
        <ol className="koers-plan-goal-list">
          {version.goals.map((goal, i) => (
            <li key={goal.id}>
              <GoalCard goal={goal} place={i + 1} onDeleted={() => requestAnimationFrame(() => heading.current?.focus())} />
            </li>
          ))}
        </ol>
      )}
      {canEditContent ? (
        adding ? (
          <div className="koers-plan-add">
            <Heading level={(headingLevel + 1) as 4 | 5} appearance="level-4">
              {tp('goal.form.newLabel')}
            </Heading>
            <GoalForm
              goal={null}
              onDone={(goalId) => {
                setAdding(false);
                notify(tp('goal.added'));
                focusSoon(goalHeadingId(goalId));
              }}
              onCancel={() => {
                setAdding(false);
                requestAnimationFrame(() => addButton.current?.focus());
              }}
            />
          </div>
        ) : (
          <div className="koers-plan-actions">
            <Button id={ADD_GOAL_ID} ref={addButton} appearance="primary-action-button" onClick={() => setAdding(true)}>
              {tp('goal.add')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
