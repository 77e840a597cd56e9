import { MILESTONE_CERTIFICATE_NAME_MAX, MILESTONE_NOTE_MAX, MILESTONE_TITLE_MAX, type Milestone } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { PrimaryActionButton } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { type GoalOption, useCreateMilestone } from '../hooks/use-milestones';
import { tm } from '../i18n';

type MilestoneField = 'title' | 'achievedOn' | 'goalLineageId' | 'certificateName' | 'note';

const FIELDS = ['title', 'achievedOn', 'goalLineageId', 'certificateName', 'note'] as const;

const FIELD_IDS: Record<MilestoneField, string> = {
  title: 'mijlpaal-titel',
  achievedOn: 'mijlpaal-datum',
  goalLineageId: 'mijlpaal-doel',
  certificateName: 'mijlpaal-certificaat',
  note: 'mijlpaal-notitie',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface MilestoneFormProps {
  caseId: string;
  /** The plan's goals; empty: the goal choice is left out. */
  goals: GoalOption[];
  onCreated: (milestone: Milestone) => void;
}

/** Records a mijlpaal; the parent celebrates it. */
export function MilestoneForm({ caseId, goals, onCreated }: MilestoneFormProps) {
  const create = useCreateMilestone(caseId);
  const [clientErrors, setClientErrors] = useState<FormErrors<MilestoneField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [today] = useState(() => todayInNl());

  const errors = clientErrors ?? (create.error ? problemFormErrors(create.error, FIELDS) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (field: MilestoneField) => String(data.get(field) ?? '').trim();
    const title = value('title');
    const achievedOn = value('achievedOn');
    const goalLineageId = value('goalLineageId');
    const certificateName = value('certificateName');
    const note = value('note');
    const problems = clientFormErrors<MilestoneField>({
      title: !title
        ? tm('milestones.form.titleField.required')
        : title.length > MILESTONE_TITLE_MAX
          ? tm('milestones.form.titleField.tooLong', { max: MILESTONE_TITLE_MAX })
          : undefined,
      achievedOn: !DATE.test(achievedOn)
        ? tm('milestones.form.date.required')
        : achievedOn > todayInNl()
          ? tm('milestones.form.date.future')
          : undefined,
      certificateName:
        certificateName.length > MILESTONE_CERTIFICATE_NAME_MAX
          ? tm('milestones.form.certificate.tooLong', { max: MILESTONE_CERTIFICATE_NAME_MAX })
          : undefined,
      note: note.length > MILESTONE_NOTE_MAX ? tm('milestones.form.note.tooLong', { max: MILESTONE_NOTE_MAX }) : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    create.mutate(
      {
        title,
        achievedOn,
        goalLineageId: goalLineageId || null,
        certificateName: certificateName || null,
        note: note || null,
      },
      {
        onSuccess: (milestone) => {
          // Empty again for the next one; focus stays on the button (a new form would drop it to the page).
          form.reset();
          onCreated(milestone);
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-labelledby="mijlpaal-vastleggen">
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <TextField
        id={FIELD_IDS.title}
        name="title"
        autoComplete="off"
        required
        label={tm('milestones.form.titleField.label')}
        description={tm('milestones.form.titleField.description')}
        error={errors?.fields.title}
      />
      <TextField
        id={FIELD_IDS.achievedOn}
        name="achievedOn"
        type="date"
        required
        defaultValue={today}
        max={today}
        label={tm('milestones.form.date.label')}
        error={errors?.fields.achievedOn}
      />
      {goals.length > 0 ? (
        <SelectField
          id={FIELD_IDS.goalLineageId}
          name="goalLineageId"
          defaultValue=""
          label={tm('milestones.form.goal.label')}
          placeholder={tm('milestones.form.goal.none')}
          options={goals.map((g) => ({ value: g.lineageId, label: g.title }))}
          error={errors?.fields.goalLineageId}
        />
      ) : null}
      <TextField
        id={FIELD_IDS.certificateName}
        name="certificateName"
        autoComplete="off"
        label={tm('milestones.form.certificate.label')}
        description={tm('milestones.form.certificate.description')}
        error={errors?.fields.certificateName}
      />
      <TextareaField
        id={FIELD_IDS.note}
        name="note"
        rows={3}
        label={tm('milestones.form.note.label')}
        error={errors?.fields.note}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={create.isPending}>
          {tm('milestones.form.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
