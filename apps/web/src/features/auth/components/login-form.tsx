import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { t } from '../../../i18n/i18n';
import { PrimaryActionButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { useLogin } from '../hooks/use-login';

type LoginField = 'email' | 'password';

const FIELD_IDS: Record<LoginField, string> = { email: 'login-email', password: 'login-password' };

/** E-mail and password. On success the session is in the cache; the login page then moves on. */
export function LoginForm() {
  const login = useLogin();
  const [clientErrors, setClientErrors] = useState<FormErrors<LoginField> | null>(null);
  const [attempt, setAttempt] = useState(0);

  const errors = clientErrors ?? (login.error ? problemFormErrors(login.error, ['email', 'password'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const problems = clientFormErrors<LoginField>({
      email: email ? undefined : t('login.email.required'),
      password: password ? undefined : t('login.password.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    login.mutate({ email, password });
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
      <TextField
        id={FIELD_IDS.email}
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        required
        label={t('login.email.label')}
        error={errors?.fields.email}
      />
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t('login.password.label')}
        error={errors?.fields.password}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={login.isPending}>
          {t('login.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
