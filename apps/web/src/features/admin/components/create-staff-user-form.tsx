import { PASSWORD_MIN_LENGTH, ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@koers/contracts';
import { checkPassword, isDutchPhone, PASSWORD_PROBLEM_MESSAGES } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { t } from '../../../i18n/i18n';
import { PrimaryActionButton } from '../../../ui/button';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useAllTeams } from '../hooks/use-teams';
import { useCreateStaffUser } from '../hooks/use-users';

type StaffField = 'name' | 'email' | 'role' | 'teamId' | 'password' | 'workPhone';

const FIELDS = ['name', 'email', 'role', 'teamId', 'password', 'workPhone'] as const;

const FIELD_IDS: Record<StaffField, string> = {
  name: 'medewerker-naam',
  email: 'medewerker-email',
  role: 'medewerker-rol',
  teamId: 'medewerker-team',
  password: 'medewerker-wachtwoord',
  workPhone: 'medewerker-telefoon',
};

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);

export function CreateStaffUserForm() {
  const createUser = useCreateStaffUser();
  const teams = useAllTeams();
  const [clientErrors, setClientErrors] = useState<FormErrors<StaffField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  const errors = clientErrors ?? (createUser.error ? problemFormErrors(createUser.error, FIELDS) : null);
  const teamOptions = (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createUser.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (field: StaffField) => String(data.get(field) ?? '');
    const name = value('name').trim();
    const email = value('email').trim();
    const role = value('role');
    const teamId = value('teamId');
    const password = value('password');
    const workPhone = value('workPhone').trim().replace(/\s+/g, ' ');
    const passwordProblem = checkPassword(password);
    const problems = clientFormErrors<StaffField>({
      name: name ? undefined : t('admin.createUser.name.required'),
      email: email ? undefined : t('admin.createUser.email.required'),
      role: isStaffRole(role) ? undefined : t('admin.createUser.role.required'),
      teamId: teamId ? undefined : t('admin.createUser.team.required'),
      password: !password ? t('admin.createUser.password.required') : passwordProblem ? PASSWORD_PROBLEM_MESSAGES[passwordProblem] : undefined,
      workPhone: workPhone && !isDutchPhone(workPhone) ? t('admin.createUser.workPhone.invalid') : undefined,
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    setCreated(null);
    if (problems || !isStaffRole(role)) return;
    createUser.mutate(
      { name, email, role, teamId, password, ...(workPhone ? { workPhone } : {}) },
      {
        onSuccess: (user) => {
          setCreated(user.name);
          form.reset();
        },
      },
    );
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-labelledby="medewerker-toevoegen">
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <TextField id={FIELD_IDS.name} name="name" autoComplete="off" required label={t('admin.createUser.name.label')} error={errors?.fields.name} />
      <TextField
        id={FIELD_IDS.email}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        required
        label={t('admin.createUser.email.label')}
        error={errors?.fields.email}
      />
      <SelectField
        id={FIELD_IDS.role}
        name="role"
        required
        defaultValue=""
        label={t('admin.createUser.role.label')}
        placeholder={t('admin.createUser.role.placeholder')}
        options={ROLE_OPTIONS}
        error={errors?.fields.role}
      />
      <SelectField
        id={FIELD_IDS.teamId}
        name="teamId"
        required
        defaultValue=""
        label={t('admin.createUser.team.label')}
        placeholder={teams.isPending ? t('admin.createUser.team.loading') : t('admin.createUser.team.placeholder')}
        description={teams.isError ? teams.error.message : undefined}
        options={teamOptions}
        error={errors?.fields.teamId}
      />
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        label={t('admin.createUser.password.label')}
        description={t('admin.createUser.password.description', { min: PASSWORD_MIN_LENGTH })}
        error={errors?.fields.password}
      />
      <TextField
        id={FIELD_IDS.workPhone}
        name="workPhone"
        type="tel"
        autoComplete="off"
        label={t('admin.createUser.workPhone.label')}
        description={t('admin.createUser.workPhone.description')}
        error={errors?.fields.workPhone}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={createUser.isPending}>
          {t('admin.createUser.submit')}
        </PrimaryActionButton>
      </div>
      <p className="utrecht-paragraph koers-form-status" role="status">
        {created ? t('admin.createUser.created', { name: created }) : ''}
      </p>
    </form>
  );
}
