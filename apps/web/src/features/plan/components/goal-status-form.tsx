import { GOAL_STATUS_LABELS, GOAL_STATUSES, type GoalStatus, PLAN_LIMITS, type PlanGoal } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormShell } from '../../../ui/form-shell';
import { SelectField } from '../../../ui/select-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useChangeGoalStatus } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { conflictOf, orNull, type PlanConflict } from '../utils/conflict';
import { changedBy, ConflictNotice, type ConflictRow } from './conflict-notice';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';

type StatusField = 'status' | 'letGoReason';
const FIELDS: StatusField[] = ['status', 'letGoReason'];

export interface GoalStatusFormProps {
  goal: PlanGoal;
  onDone: (status: GoalStatus) => void;
  onCancel: () => void;
}

/** Progress on a goal: open, bezig, behaald, or losgelaten with a reason. Allowed on a vastgesteld plan too. */
export function GoalStatusForm({ goal, onDone, onCancel }: GoalStatusFormProps) {
  const { caseId, headingLevel } = usePlanContext();
  const change = useChangeGoalStatus(caseId);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [reason, setReason] = useState(goal.letGoReason ?? '');
  const [base, setBase] = useState(goal);
  const [conflict, setConflict] = useState<PlanConflict<PlanGoal> | null>(null);
  const [clientErrors, setClientErrors] = useState<FormErrors<StatusField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<StatusField, string> = { status: `doel-${goal.id}-status`, letGoReason: `doel-${goal.id}-reden` };
  useFocusOnMount(ids.status);
  const errors = clientErrors ?? (change.error && !conflict ? problemFormErrors(change.error, FIELDS) : null);

  const save = (onto: PlanGoal) => {
    change.mutate(
      { goalId: goal.id, body: { status, ...(status === 'losgelaten' ? { letGoReason: reason.trim() } : {}), version: onto.version } },
      {
        onSuccess: () => onDone(status),
        onError: (error) => {
          const found = conflictOf<PlanGoal>(error, goal.id);
          if (found?.current) setConflict(found);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const text = reason.trim();
    const problems = clientFormErrors<StatusField>({
      letGoReason:
        status !== 'losgelaten'
          ? undefined
          : !text
            ? tp('goal.status.reason.required')
            : text.length > PLAN_LIMITS.letGoReason
              ? tp('form.tooLong', { max: PLAN_LIMITS.letGoReason })
              : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    if (status === base.status && (status !== 'losgelaten' || text === (base.letGoReason ?? ''))) {
      onDone(status);
      return;
    }
    save(base);
  };

  const current = conflict?.current ?? null;
  const rows: ConflictRow[] = current
    ? [
        ...(current.status !== status
          ? [{ label: tp('goal.status.label'), theirs: GOAL_STATUS_LABELS[current.status], yours: GOAL_STATUS_LABELS[status], yoursChanged: status !== goal.status }]
          : []),
        ...(orNull(current.letGoReason ?? '') !== (status === 'losgelaten' ? orNull(reason) : null)
          ? [
              {
                label: tp('goal.status.reason.label'),
                theirs: current.letGoReason ?? tp('conflict.empty'),
                yours: status === 'losgelaten' ? reason.trim() || tp('conflict.empty') : tp('conflict.empty'),
                yoursChanged: true,
              },
            ]
          : []),
      ]
    : [];

  return (
    <FormShell
      className="koers-plan-form"
      onSubmit={onSubmit}
      aria-label={tp('goal.status.formLabel', { title: goal.title })}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      notice={
        current ? (
          <ConflictNotice
            title={conflict!.title}
            changedBy={changedBy(current)}
            rows={rows}
            headingLevel={(headingLevel + 2) as 5 | 6}
            busy={change.isPending}
            onReapply={() => {
              setBase(current);
              setConflict(null);
              change.reset();
              save(current);
            }}
            onReload={() => {
              setBase(current);
              setStatus(current.status);
              setReason(current.letGoReason ?? '');
              setConflict(null);
              change.reset();
            }}
          />
        ) : null
      }
      busy={change.isPending}
      submitLabel={tp('goal.status.save')}
      cancel={{ label: tp('form.cancel'), onClick: onCancel }}
    >
      <SelectField
        id={ids.status}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value as GoalStatus)}
        label={tp('goal.status.label')}
        options={GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }))}
        error={errors?.fields.status}
      />
      {status === 'losgelaten' ? (
        <TextareaField
          id={ids.letGoReason}
          name="letGoReason"
          rows={3}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          label={tp('goal.status.reason.label')}
          description={tp('goal.status.reason.description')}
          error={errors?.fields.letGoReason}
        />
      ) : null}
    </FormShell>
  );
}
