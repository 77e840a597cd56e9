import type { GoalStatus, MyGoal, MyStep } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useMarkStepDone } from '../hooks/use-my-plan';
import { tp } from '../i18n';
import { AddStepForm } from './add-step-form';
import { EditGoalWording } from './edit-goal-wording';
import { EditStepWording } from './edit-step-wording';
import { GoalComments } from './goal-comments';

const STATUS: Record<GoalStatus, string> = {
  open: tp('myPlan.status.open'),
  bezig: tp('myPlan.status.bezig'),
  behaald: tp('myPlan.status.behaald'),
  losgelaten: tp('myPlan.status.losgelaten'),
};

/** The jongere's goals, each with its steps and what is next; their own steps can be ticked off. */
export function GoalList({ goals }: { goals: MyGoal[] }) {
  const markDone = useMarkStepDone();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const toggle = (step: MyStep, done: boolean) => {
    setMessage(null);
    markDone.mutate(
      { id: step.id, done, version: step.version },
      {
        onSuccess: () => setMessage({ type: 'ok', text: tp(done ? 'myPlan.step.saved' : 'myPlan.step.reopened', { text: step.text }) }),
        onError: (error) => setMessage({ type: 'error', text: isApiError(error) && error.status === 409 ? tp('myPlan.error.conflict') : error.message }),
      },
    );
  };

  return (
    <>
      <div role="status" className="koers-my-plan__status">
        {message ? <Alert type={message.type}>{message.text}</Alert> : null}
      </div>
      {goals.length === 0 ? <Paragraph>{tp('myPlan.goals.empty')}</Paragraph> : null}
      <ol className="koers-my-goals">
        {goals.map((goal) => {
          const next = goal.steps.find((s) => s.id === goal.nextStepId);
          return (
            <li key={goal.id} className="koers-my-goal">
              <article aria-labelledby={`doel-${goal.id}`}>
                <Heading level={3} id={`doel-${goal.id}`}>
                  {goal.title}
                </Heading>
                <Paragraph small className="koers-my-goal__meta">
                  <span className={`koers-my-goal__status koers-my-goal__status--${goal.status}`}>{STATUS[goal.status]}</span>
                  {' · '}
                  {goal.writtenByMe ? <strong>{tp('myPlan.goal.yours')}</strong> : tp('myPlan.goal.by', { name: goal.authorName })}
                </Paragraph>
                {goal.writtenByMe ? <EditGoalWording goal={goal} /> : null}
                {goal.youthWords && goal.youthWords !== goal.title ? <Paragraph>{tp('myPlan.goal.youthWords', { text: goal.youthWords })}</Paragraph> : null}
                {goal.targetDate ? <Paragraph>{tp('myPlan.goal.targetDate', { date: formatDateNl(goal.targetDate) })}</Paragraph> : null}
                <Paragraph className="koers-my-goal__next">
                  {next ? tp('myPlan.goal.nextStep', { text: next.text }) : goal.steps.length ? tp('myPlan.goal.allDone') : tp('myPlan.goal.noSteps')}
                </Paragraph>
                {goal.steps.length ? (
                  <>
                    <Heading level={4}>{tp('myPlan.goal.steps')}</Heading>
                    <ul className="koers-my-steps">
                      {goal.steps.map((step) => (
                        <li key={step.id} className={step.done ? 'koers-my-step koers-my-step--done' : 'koers-my-step'}>
                          {step.canMarkDone ? (
                            <label className="koers-my-step__check">
                              <input
                                type="checkbox"
                                className="utrecht-checkbox utrecht-checkbox--html-input"
                                aria-label={tp('myPlan.step.doneLabel', { text: step.text })}
                                checked={step.done}
                                disabled={markDone.isPending}
                                onChange={(e) => toggle(step, e.target.checked)}
                              />
                              <span>{step.text}</span>
                            </label>
                          ) : (
                            <span>
                              {step.text}
                              {step.done ? ` (${tp('myPlan.step.done')})` : ''}
                            </span>
                          )}
                          <span className="koers-my-step__who">
                            {tp('myPlan.step.who', { name: step.ownerKind === 'jongere' ? tp('myPlan.step.you') : step.ownerName })}
                            {step.writtenByMe ? ` · ${tp('myPlan.step.yours')}` : ''}
                            {step.dueDate ? ` · ${tp('myPlan.step.due', { date: formatDateNl(step.dueDate) })}` : ''}
                          </span>
                          {step.writtenByMe ? <EditStepWording step={step} /> : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <AddStepForm goal={goal} />
                <GoalComments goal={goal} />
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
