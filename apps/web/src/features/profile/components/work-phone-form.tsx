import { isDutchPhone, WORK_PHONE_MAX } from '@koers/domain';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { tpr } from '../i18n';

export interface WorkPhoneFormProps {
  /** Unique id of the field (the form's ids derive from it). */
  id: string;
  current: string | null;
  /** Saves the number (null: none) and resolves with what is saved now. */
  save: (workPhone: string | null) => Promise<{ workPhone: string | null }>;
  /** Extra words for the label, for screen readers when there are several forms (e.g. a name). */
  labelHint?: string;
  autoComplete?: string;
}

/**
 * One field for a work phone number, checked here the same way as on the server (a Dutch number,
 * at most 20 characters); an empty field removes the number. Errors are on the field (and focused);
 * the result is announced in a status region.
 */
export function WorkPhoneForm({ id, current, save, labelHint, autoComplete = 'off' }: WorkPhoneFormProps) {
  const [value, setValue] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const fail = (text: string) => {
    setError(text);
    input.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setStatus(null);
    const phone = value.trim().replace(/\s+/g, ' ');
    if (phone.length > WORK_PHONE_MAX) return fail(tpr('workPhone.tooLong', { max: WORK_PHONE_MAX }));
    if (phone && !isDutchPhone(phone)) return fail(tpr('workPhone.invalid'));
    setError(undefined);
    setPending(true);
    save(phone || null)
      .then((saved) => {
        setValue(saved.workPhone ?? '');
        setStatus({ type: 'ok', text: saved.workPhone ? tpr('workPhone.saved', { phone: saved.workPhone }) : tpr('workPhone.removed') });
      })
      .catch((err: unknown) => {
        const field = isApiError(err) ? err.problem.errors?.find((f) => f.field === 'workPhone')?.message : undefined;
        if (field) fail(field);
        else setStatus({ type: 'error', text: tpr('workPhone.failed', { reason: err instanceof Error ? err.message : String(err) }) });
      })
      .finally(() => setPending(false));
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={submit}>
      <TextField
        ref={input}
        id={id}
        name="workPhone"
        type="tel"
        inputMode="tel"
        autoComplete={autoComplete}
        maxLength={WORK_PHONE_MAX + 10}
        label={labelHint ? `${tpr('workPhone.label')} ${labelHint}` : tpr('workPhone.label')}
        description={tpr('workPhone.description')}
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={pending}>
          {tpr('workPhone.save')}
        </PrimaryActionButton>
      </div>
      <div role="status">{status ? <Alert type={status.type}>{status.text}</Alert> : null}</div>
    </form>
  );
}
