import { type ActivateInvitationRequest, PASSWORD_MIN_LENGTH } from '@koers/contracts';
import { checkPassword, PASSWORD_PROBLEM_MESSAGES } from '@koers/domain';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { t } from '../../../i18n/i18n';
import { PrimaryActionButton } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { TextField } from '../../../ui/text-field';

type ActivationField = 'password' | 'repeat';

const FIELD_IDS: Record<ActivationField, string> = { password: 'nieuw-wachtwoord', repeat: 'herhaal-wachtwoord' };

/** What is wrong with the chosen password (checked as the jongere types, and again by the server). */
function passwordProblem(password: string): string | undefined {
  if (!password) return t('activation.password.required');
  const problem = checkPassword(password);
  return problem ? PASSWORD_PROBLEM_MESSAGES[problem] : undefined;
}

function repeatProblem(password: string, repeat: string, required = t('activation.repeat.required')): string | undefined {
  if (!repeat) return required;
  return repeat === password ? undefined : t('activation.repeat.mismatch');
}

/** What the form needs of its mutation: activation (useActivation) or a new password (useResetPassword). */
export interface PasswordMutation {
  mutate: (request: ActivateInvitationRequest) => void;
  isPending: boolean;
  error: Error | null;
}

interface ActivationFormProps {
  token: string;
  activation: PasswordMutation;
  /**
   * Other texts for the first field and the button (the "nieuw wachtwoord kiezen" page), and for
   * the texts that say "je" when the page speaks to staff ("u").
   */
  labels?: { password: string; submit: string; description?: string; repeat?: string; repeatRequired?: string };
}

/** The jongere (or, with a reset link, anyone) chooses a password; same rules as the server checks. */
export function ActivationForm({ token, activation, labels }: ActivationFormProps) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [clientErrors, setClientErrors] = useState<FormErrors<ActivationField> | null>(null);
  const [attempt, setAttempt] = useState(0);

  const serverErrors = activation.error ? problemFormErrors<ActivationField>(activation.error, ['password']) : null;
  const summary = clientErrors ?? serverErrors;
  // After a failed attempt, the field messages follow the typing, so they go away once it is right.
  // (Never on blur: a message appearing then shifts the page under the pointer and eats the click.)
  const fieldError = (field: ActivationField): string | undefined => {
    if (clientErrors) return field === 'password' ? passwordProblem(password) : repeatProblem(password, repeat, labels?.repeatRequired);
    return serverErrors?.fields[field];
  };
  const missing = Math.max(0, PASSWORD_MIN_LENGTH - [...password].length);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (activation.isPending) return;
    const problems = clientFormErrors<ActivationField>(
      { password: passwordProblem(password), repeat: repeatProblem(password, repeat, labels?.repeatRequired) },
      t('activation.errorTitle'),
    );
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (!problems) activation.mutate({ token, password });
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit}>
      {summary ? <FormErrorSummary key={attempt} errors={summary} fieldIds={FIELD_IDS} /> : null}
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="none"
        required
        label={labels?.password ?? t('activation.password.label')}
        description={
          <>
            {labels?.description ?? t('activation.password.description', { min: PASSWORD_MIN_LENGTH })}
            <span className="koers-password-meter" data-ok={missing === 0 || undefined}>
              {missing === 0 ? t('activation.password.longEnough') : missing === 1 ? t('activation.password.missingOne') : t('activation.password.missing', { count: missing })}
            </span>
          </>
        }
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError('password')}
      />
      <TextField
        id={FIELD_IDS.repeat}
        name="repeat"
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="none"
        required
        label={labels?.repeat ?? t('activation.repeat.label')}
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={fieldError('repeat')}
      />
      <CheckboxField label={t('activation.showPassword')} checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={activation.isPending}>
          {labels?.submit ?? t('activation.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
