import { PLAN_LIMITS, type PlanGoal, WISH_KIND_LABELS } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { FormShell } from '../../../ui/form-shell';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useCreateGoal, useUpdateGoal } from '../hooks/use-plan-mutations';
import { tp } from '../i18n';
import { changedFields, conflictOf, orNull, type PlanConflict } from '../utils/conflict';
import { authorName, day } from '../utils/format';
import { changedBy, ConflictNotice, type ConflictRow } from './conflict-notice';
import { usePlanContext } from './plan-context';
import { useFocusOnMount } from './use-focus-on-mount';
import { useReopenGuard } from './reopen-guard';

type GoalField = 'title' | 'youthWords' | 'description' | 'wishId' | 'targetDate';
type GoalValues = Record<GoalField, string>;
const FIELDS: GoalField[] = ['title', 'youthWords', 'description', 'wishId', 'targetDate'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valuesOf(goal: PlanGoal | null): GoalValues {
  return {
    title: goal?.title ?? '',
    youthWords: goal?.youthWords ?? '',
    description: goal?.description ?? '',
    wishId: goal?.wish?.id ?? '',
    targetDate: goal?.targetDate ?? '',
  };
}

export interface GoalFormProps {
  /** The goal to change; null: a new goal. */
  goal: PlanGoal | null;
  onDone: (goalId: string) => void;
  onCancel: () => void;
}

/** Add or change a goal, in the jongere's own words where possible. A 409 shows both versions and keeps the input. */
export function GoalForm({ goal, onDone, onCancel }: GoalFormProps) {
  const { caseId, version, youthName, wishes, headingLevel } = usePlanContext();
  const create = useCreateGoal(caseId);
  const update = useUpdateGoal(caseId);
  const mutation = goal ? update : create;
  const { guard, confirm } = useReopenGuard();
  const [original, setOriginal] = useState(() => valuesOf(goal));
  const [values, setValues] = useState(original);
  const [base, setBase] = useState(goal);
  const [conflict, setConflict] = useState<PlanConflict<PlanGoal> | null>(null);
  const [clientErrors, setClientErrors] = useState<FormErrors<GoalField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => todayInNl());

  const prefix = goal ? `doel-${goal.id}` : 'nieuw-doel';
  const ids: Record<GoalField, string> = {
    title: `${prefix}-titel`,
    youthWords: `${prefix}-woorden`,
    description: `${prefix}-toelichting`,
    wishId: `${prefix}-wens`,
    targetDate: `${prefix}-streefdatum`,
  };
  const serverError = mutation.error && !conflict ? problemFormErrors(mutation.error, FIELDS) : null;
  useFocusOnMount(ids.title);
  const errors = clientErrors ?? serverError;

  // The goal's own wish stays a choice even when it was since removed from the intake.
  const wishOptions = wishes.map((w) => ({ value: w.id, label: `${WISH_KIND_LABELS[w.kind]}: ${w.text}` }));
  if (goal?.wish && !wishes.some((w) => w.id === goal.wish!.id)) {
    wishOptions.unshift({ value: goal.wish.id, label: `${WISH_KIND_LABELS[goal.wish.kind]}: ${goal.wish.text}` });
  }
  const wishText = (id: string) => wishOptions.find((o) => o.value === id)?.label ?? '';
  const shown = (field: GoalField, v: GoalValues) => {
    const value = v[field].trim();
    if (!value) return tp('conflict.empty');
    if (field === 'wishId') return wishText(value);
    if (field === 'targetDate') return DATE.test(value) ? day(value) : value;
    return value;
  };

  const set = (field: GoalField) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const check = (): FormErrors<GoalField> | null => {
    const title = values.title.trim();
    const targetChanged = values.targetDate !== original.targetDate;
    return clientFormErrors<GoalField>({
      title: !title ? tp('goal.form.title.required') : title.length > PLAN_LIMITS.goalTitle ? tp('form.tooLong', { max: PLAN_LIMITS.goalTitle }) : undefined,
      youthWords: values.youthWords.trim().length > PLAN_LIMITS.goalText ? tp('form.tooLong', { max: PLAN_LIMITS.goalText }) : undefined,
      description: values.description.trim().length > PLAN_LIMITS.goalText ? tp('form.tooLong', { max: PLAN_LIMITS.goalText }) : undefined,
      targetDate:
        values.targetDate && !DATE.test(values.targetDate)
          ? tp('form.date.invalid')
          : targetChanged && values.targetDate && values.targetDate < todayInNl()
            ? tp('form.date.past')
            : undefined,
    });
  };

  const save = (onto: PlanGoal | null) => {
    if (!goal) {
      create.mutate(
        {
          versionId: version.id,
          body: {
            title: values.title.trim(),
            youthWords: orNull(values.youthWords),
            description: orNull(values.description),
            wishId: values.wishId || null,
            targetDate: values.targetDate || null,
          },
        },
        { onSuccess: (created) => onDone(created.id) },
      );
      return;
    }
    const changed = changedFields(values, original);
    if (changed.length === 0) {
      onDone(goal.id);
      return;
    }
    const body: Record<string, unknown> = { version: (onto ?? goal).version };
    for (const field of changed) body[field] = field === 'title' ? values.title.trim() : field === 'wishId' || field === 'targetDate' ? values[field] || null : orNull(values[field]);
    update.mutate(
      { goalId: goal.id, body: body as { version: number } },
      {
        onSuccess: () => onDone(goal.id),
        onError: (error) => {
          const found = conflictOf<PlanGoal>(error, goal.id);
          if (found?.current) setConflict(found);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problems = check();
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    guard(() => save(base));
  };

  const reapply = () => {
    const current = conflict!.current!;
    setBase(current);
    setConflict(null);
    mutation.reset();
    save(current);
  };

  const reload = () => {
    const current = conflict!.current!;
    const now = valuesOf(current);
    setBase(current);
    setOriginal(now);
    setValues(now);
    setConflict(null);
    mutation.reset();
  };

  const conflictRows: ConflictRow[] = conflict?.current
    ? FIELDS.filter((f) => orNull(valuesOf(conflict.current!)[f]) !== orNull(values[f])).map((f) => ({
        label: tp(`goal.form.${f}.label`, { youth: youthName }),
        theirs: shown(f, valuesOf(conflict.current!)),
        yours: shown(f, values),
        yoursChanged: orNull(values[f]) !== orNull(original[f]),
      }))
    : [];

  const formLabel = goal ? tp('goal.form.editLabel', { title: goal.title }) : tp('goal.form.newLabel');

  return (
    <FormShell
      className="koers-plan-form"
      onSubmit={onSubmit}
      aria-label={formLabel}
      errors={errors}
      attempt={attempt}
      fieldIds={ids}
      notice={
        <>
          <div role="status">
            {goal && base && goal.version !== base.version && !conflict ? (
              <Alert type="info" className="koers-plan-changed">
                <Paragraph>
                  {tp('goal.form.changedMeanwhile', { who: goal.lastEditedBy ? authorName(goal.lastEditedBy) : tp('goal.form.someoneElse') })}
                </Paragraph>
              </Alert>
            ) : null}
          </div>
          {conflict?.current ? (
            <ConflictNotice
              title={conflict.title}
              changedBy={changedBy(conflict.current)}
              rows={conflictRows}
              headingLevel={(headingLevel + 2) as 5 | 6}
              busy={update.isPending}
              onReapply={reapply}
              onReload={reload}
            />
          ) : null}
        </>
      }
      busy={mutation.isPending}
      submitLabel={goal ? tp('goal.form.save') : tp('goal.form.add')}
      cancel={{ label: tp('form.cancel'), onClick: onCancel }}
    >
      <TextField
        id={ids.title}
        name="title"
        autoComplete="off"
        required
        value={values.title}
        onChange={set('title')}
        label={tp('goal.form.title.label', { youth: youthName })}
        description={tp('goal.form.title.description')}
        error={errors?.fields.title}
      />
      <TextareaField
        id={ids.youthWords}
        name="youthWords"
        rows={3}
        value={values.youthWords}
        onChange={set('youthWords')}
        label={tp('goal.form.youthWords.label', { youth: youthName })}
        description={tp('goal.form.youthWords.description', { youth: youthName })}
        error={errors?.fields.youthWords}
      />
      <TextareaField
        id={ids.description}
        name="description"
        rows={3}
        value={values.description}
        onChange={set('description')}
        label={tp('goal.form.description.label', { youth: youthName })}
        description={tp('goal.form.description.description')}
        error={errors?.fields.description}
      />
      {wishOptions.length > 0 ? (
        <SelectField
          id={ids.wishId}
          name="wishId"
          value={values.wishId}
          onChange={set('wishId')}
          label={tp('goal.form.wishId.label', { youth: youthName })}
          placeholder={tp('goal.form.wishId.none')}
          options={wishOptions}
          error={errors?.fields.wishId}
        />
      ) : (
        <p className="utrecht-paragraph utrecht-paragraph--small koers-muted">{tp('goal.form.wishId.noWishes')}</p>
      )}
      <TextField
        id={ids.targetDate}
        name="targetDate"
        type="date"
        min={values.targetDate && values.targetDate < today ? undefined : today}
        value={values.targetDate}
        onChange={set('targetDate')}
        label={tp('goal.form.targetDate.label', { youth: youthName })}
        description={tp('goal.form.targetDate.description', { youth: youthName })}
        error={errors?.fields.targetDate}
      />
      {confirm}
    </FormShell>
  );
}
