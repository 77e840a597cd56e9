import { type PlanStep, STEP_OWNER_KIND_LABELS } from '@koers/contracts';
import { useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { Paragraph } from '../../../ui/paragraph';
import { useDeleteStep, useMarkStepDone } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { conflictOf, type PlanConflict } from '../utils/conflict';
import { day } from '../utils/format';
import { Authorship } from './authorship';
import { changedBy, ConflictNotice } from './conflict-notice';
import { DeleteControl } from './delete-control';
import { usePlanContext } from './plan-context';
import { StepForm } from './step-form';

export interface StepItemProps {
  step: PlanStep;
  goalId: string;
  goalTitle: string;
  /** Where focus goes after this step is deleted. */
  onDeleted: () => void;
}

/** One step: what, who, when, done — with a checkbox for progress and inline edit/delete for the contact person. */
export function StepItem({ step, goalId, goalTitle, onDeleted }: StepItemProps) {
  const { caseId, canEditContent, canEditProgress, headingLevel, notify } = usePlanContext();
  const markDone = useMarkStepDone(caseId);
  const remove = useDeleteStep(caseId);
  const [editing, setEditing] = useState(false);
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [conflict, setConflict] = useState<PlanConflict<PlanStep> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const toggle = (done: boolean, onto: number) => {
    setWanted(done);
    setProblem(null);
    markDone.mutate(
      { stepId: step.id, body: { done, version: onto } },
      {
        onSuccess: () => {
          setWanted(null);
          notify(done ? tp('step.doneMessage', { text: step.text }) : tp('step.undoneMessage', { text: step.text }));
        },
        onError: (error) => {
          const found = conflictOf<PlanStep>(error, step.id);
          if (found?.current) setConflict(found);
          else {
            setWanted(null);
            setProblem(isApiError(error) ? error.title : tp('error.unexpected'));
          }
        },
      },
    );
  };

  const closeEdit = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const checked = markDone.isPending && wanted !== null ? wanted : step.done;
  const organisation = step.owner.networkMember?.organisation;
  const owner = `${step.owner.name} (${organisation && organisation !== step.owner.name ? organisation : STEP_OWNER_KIND_LABELS[step.owner.kind].toLowerCase()})`;

  if (editing) {
    return (
      <li className="koers-plan-step koers-plan-step--editing">
        <StepForm goalId={goalId} goalTitle={goalTitle} step={step} onDone={closeEdit} onCancel={closeEdit} />
      </li>
    );
  }

  return (
    <li className={step.done ? 'koers-plan-step koers-plan-step--done' : 'koers-plan-step'}>
      {canEditProgress ? (
        <CheckboxField
          className="koers-plan-step__check"
          checked={checked}
          disabled={markDone.isPending}
          onChange={(e) => toggle(e.target.checked, step.version)}
          aria-label={`${tp('step.doneLabel')} ${step.text}`}
          label={<span className="koers-plan-step__text">{step.text}</span>}
        />
      ) : (
        <p className="utrecht-paragraph koers-plan-step__text">
          <span className="koers-plan-step__state">{step.done ? tp('step.state.done') : tp('step.state.open')}</span> {step.text}
        </p>
      )}
      <dl className="koers-plan-facts koers-plan-facts--inline">
        <div>
          <dt>{tp('step.owner')}</dt>
          <dd>{owner}</dd>
        </div>
        <div>
          <dt>{tp('step.dueDate')}</dt>
          <dd>{step.dueDate ? day(step.dueDate) : tp('step.noDueDate')}</dd>
        </div>
        {step.done && step.doneAt ? (
          <div>
            <dt>{tp('step.doneAt')}</dt>
            <dd>{day(step.doneAt)}</dd>
          </div>
        ) : null}
      </dl>
      <Authorship author={step.author} createdAt={step.createdAt} lastEditedBy={step.lastEditedBy} updatedAt={step.updatedAt} />
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {conflict?.current && wanted !== null ? (
        <ConflictNotice
          title={conflict.title}
          changedBy={changedBy(conflict.current)}
          rows={
            conflict.current.done !== wanted
              ? [{ label: tp('step.doneField'), theirs: tp(conflict.current.done ? 'yes' : 'no'), yours: tp(wanted ? 'yes' : 'no'), yoursChanged: true }]
              : []
          }
          headingLevel={(headingLevel + 3) as 6}
          busy={markDone.isPending}
          onReapply={() => {
            const onto = conflict.current!.version;
            setConflict(null);
            toggle(wanted, onto);
          }}
          onReload={() => {
            setConflict(null);
            setWanted(null);
            markDone.reset();
          }}
        />
      ) : null}
      {canEditContent ? (
        <div className="koers-plan-actions">
          <Button ref={editButton} appearance="subtle-button" onClick={() => setEditing(true)} aria-label={`${tp('step.edit')}: ${step.text}`}>
            {tp('step.edit')}
          </Button>
          <DeleteControl
            recordId={step.id}
            version={step.version}
            label={tp('step.delete')}
            target={step.text}
            question={tp('step.deleteQuestion', { text: step.text })}
            busy={remove.isPending}
            onDelete={(version, { onSuccess, onError }) => remove.mutate({ stepId: step.id, version, after: onSuccess }, { onError })}
            onDeleted={() => {
              notify(tp('step.deleted', { text: step.text }));
              onDeleted();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
