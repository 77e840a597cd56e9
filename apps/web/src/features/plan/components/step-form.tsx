import { PLAN_LIMITS, type PlanStep } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormShell } from '../../../ui/form-shell';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useCreateStep, useUpdateStep } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { changedFields, conflictOf, orNull, type PlanConflict } from '../utils/conflict';
import { day } from '../utils/format';
import { ownerOptions, ownerValue, parseOwner } from '../utils/step-owner';
import { changedBy, ConflictNotice, type ConflictRow } from './conflict-notice';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';
import { useReopenGuard } from './reopen-guard';

type StepField = 'text' | 'owner' | 'dueDate';
type StepValues = Record<StepField, string>;
const FIELDS: StepField[] = ['text', 'owner', 'dueDate'];
/** The API names the owner in two fields; both belong to the one "Wie doet het?" choice here. */
const API_FIELDS = ['text', 'ownerKind', 'ownerNetworkMemberId', 'dueDate'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valuesOf(step: PlanStep | null): StepValues {
  return { text: step?.text ?? '', owner: step ? ownerValue(step.owner) : '', dueDate: step?.dueDate ?? '' };
}

export interface StepFormProps {
  goalId: string;
  goalTitle: string;
  /** The step to change; null: a new step. */
  step: PlanStep | null;
  onDone: () => void;
  onCancel: () => void;
}

/** Add or change a step: what, who (jongere, klantmanager or someone from the netwerk) and when. */
export function StepForm({ goalId, goalTitle, step, onDone, onCancel }: StepFormProps) {
  const { caseId, youthName, contactName, network, headingLevel } = usePlanContext();
  const create = useCreateStep(caseId);
  const update = useUpdateStep(caseId);
  const mutation = step ? update : create;
  const { guard, confirm } = useReopenGuard();
  const [original, setOriginal] = useState(() => valuesOf(step));
  const [values, setValues] = useState(original);
  const [base, setBase] = useState(step);
  const [conflict, setConflict] = useState<PlanConflict<PlanStep> | null>(null);
  const [clientErrors, setClientErrors] = useState<FormErrors<StepField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => todayInNl());

  const prefix = step ? `stap-${step.id}` : `nieuwe-stap-${goalId}`;
  const ids: Record<StepField, string> = { text: `${prefix}-wat`, owner: `${prefix}-wie`, dueDate: `${prefix}-wanneer` };
  const options = ownerOptions(
    { youth: youthName, contact: contactName, youthLabel: tp('step.owner.youth'), contactLabel: tp('step.owner.contact') },
    network,
    step?.owner,
  );

  let serverError: FormErrors<StepField> | null = null;
  if (mutation.error && !conflict) {
    const raw = problemFormErrors(mutation.error, API_FIELDS);
    const { ownerKind, ownerNetworkMemberId, ...rest } = raw.fields;
    serverError = { ...raw, fields: { ...rest, owner: ownerNetworkMemberId ?? ownerKind } };
  }
  useFocusOnMount(ids.text);
  const errors = clientErrors ?? serverError;

  const shown = (field: StepField, v: StepValues) => {
    const value = v[field].trim();
    if (!value) return tp('conflict.empty');
    if (field === 'owner') return options.find((o) => o.value === value)?.label ?? value;
    if (field === 'dueDate') return DATE.test(value) ? day(value) : value;
    return value;
  };
  const set = (field: StepField) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const save = (onto: PlanStep | null) => {
    const owner = parseOwner(values.owner)!;
    if (!step) {
      create.mutate(
        { goalId, body: { text: values.text.trim(), ...owner, dueDate: values.dueDate || null } },
        { onSuccess: () => onDone() },
      );
      return;
    }
    const changed = changedFields(values, original);
    if (changed.length === 0) {
      onDone();
      return;
    }
    update.mutate(
      {
        stepId: step.id,
        body: {
          ...(changed.includes('text') ? { text: values.text.trim() } : {}),
          ...(changed.includes('owner') ? owner : {}),
          ...(changed.includes('dueDate') ? { dueDate: values.dueDate || null } : {}),
          version: (onto ?? step).version,
        },
      },
      {
        onSuccess: () => onDone(),
        onError: (error) => {
          const found = conflictOf<PlanStep>(error, step.id);
          if (found?.current) setConflict(found);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const text = values.text.trim();
    const problems = clientFormErrors<StepField>({
      text: !text ? tp('step.form.text.required') : text.length > PLAN_LIMITS.stepText ? tp('form.tooLong', { max: PLAN_LIMITS.stepText }) : undefined,
      owner: !parseOwner(values.owner) ? tp('step.form.owner.required') : undefined,
      dueDate:
        values.dueDate && !DATE.test(values.dueDate)
          ? tp('form.date.invalid')
          : values.dueDate !== original.dueDate && values.dueDate && values.dueDate < todayInNl()
            ? tp('form.date.past')
            : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    guard(() => save(base));
  };

  const current = conflict?.current ?? null;
  const rows: ConflictRow[] = current
    ? FIELDS.filter((f) => orNull(valuesOf(current)[f]) !== orNull(values[f])).map((f) => ({
        label: tp(`step.form.${f}.label`),
        theirs: shown(f, valuesOf(current)),
        yours: shown(f, values),
        yoursChanged: orNull(values[f]) !== orNull(original[f]),
      }))
    : [];

  return (
    <FormShell
      className="koers-plan-form"
      onSubmit={onSubmit}
      aria-label={step ? tp('step.form.editLabel', { text: step.text }) : tp('step.form.newLabel', { goal: goalTitle })}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      notice={
        current ? (
          <ConflictNotice
            title={conflict!.title}
            changedBy={changedBy(current)}
            rows={rows}
            headingLevel={(headingLevel + 3) as 6}
            busy={update.isPending}
            onReapply={() => {
              setBase(current);
              setConflict(null);
              update.reset();
              save(current);
            }}
            onReload={() => {
              const now = valuesOf(current);
              setBase(current);
              setOriginal(now);
              setValues(now);
              setConflict(null);
              update.reset();
            }}
          />
        ) : null
      }
      busy={mutation.isPending}
      submitLabel={step ? tp('step.form.save') : tp('step.form.add')}
      cancel={{ label: tp('form.cancel'), onClick: onCancel }}
    >
      <TextareaField
        id={ids.text}
        name="text"
        rows={2}
        required
        value={values.text}
        onChange={set('text')}
        label={tp('step.form.text.label')}
        description={tp('step.form.text.description')}
        error={errors?.fields.text}
      />
      <SelectField
        id={ids.owner}
        name="owner"
        required
        value={values.owner}
        onChange={set('owner')}
        label={tp('step.form.owner.label')}
        description={network.length === 0 ? tp('step.form.owner.noNetwork') : undefined}
        placeholder={tp('step.form.owner.placeholder')}
        options={options}
        error={errors?.fields.owner}
      />
      <TextField
        id={ids.dueDate}
        name="dueDate"
        type="date"
        min={values.dueDate && values.dueDate < today ? undefined : today}
        value={values.dueDate}
        onChange={set('dueDate')}
        label={tp('step.form.dueDate.label')}
        error={errors?.fields.dueDate}
      />
      {confirm}
    </FormShell>
  );
}
