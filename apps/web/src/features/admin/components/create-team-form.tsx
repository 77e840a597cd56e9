import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { t } from '../../../i18n/i18n';
import { PrimaryActionButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { useCreateTeam } from '../hooks/use-teams';

type TeamField = 'name';

const FIELD_IDS: Record<TeamField, string> = { name: 'team-naam' };

export function CreateTeamForm() {
  const createTeam = useCreateTeam();
  const [clientErrors, setClientErrors] = useState<FormErrors<TeamField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  const errors = clientErrors ?? (createTeam.error ? problemFormErrors(createTeam.error, ['name'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createTeam.isPending) return;
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    const problems = clientFormErrors<TeamField>({ name: name ? undefined : t('admin.createTeam.name.required') });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    setCreated(null);
    if (problems) return;
    createTeam.mutate(
      { name },
      {
        onSuccess: (team) => {
          setCreated(team.name);
          form.reset();
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-labelledby="team-aanmaken">
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <TextField id={FIELD_IDS.name} name="name" autoComplete="off" required label={t('admin.createTeam.name.label')} error={errors?.fields.name} />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={createTeam.isPending}>
          {t('admin.createTeam.submit')}
        </PrimaryActionButton>
      </div>
      <p className="utrecht-paragraph koers-form-status" role="status">
        {created ? t('admin.createTeam.created', { name: created }) : ''}
      </p>
    </form>
  );
}
