import type { InvitationCreated } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { t } from '../../../i18n/i18n';
import { PrimaryActionButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { useCreateInvitation } from '../hooks/use-create-invitation';
import { ActivationLinkResult } from './activation-link-result';

type InviteField = 'name' | 'email';

const FIELD_IDS: Record<InviteField, string> = { name: 'uitnodiging-naam', email: 'uitnodiging-email' };

/**
 * The klantmanager invites a jongere and gets a one-time activation link to pass on. With a caseId
 * (from the case page) the account is linked to that case's jongere, so they land on their own plan.
 * With onCreated the caller shows the result (e.g. outside a part that disappears once the case is refreshed).
 */
export function InviteJongereForm({
  caseId,
  defaultName,
  defaultEmail,
  onCreated,
}: { caseId?: string; defaultName?: string; defaultEmail?: string; onCreated?: (name: string, invitation: InvitationCreated) => void } = {}) {
  const invite = useCreateInvitation();
  const [clientErrors, setClientErrors] = useState<FormErrors<InviteField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<{ name: string; invitation: InvitationCreated } | null>(null);

  const errors = clientErrors ?? (invite.error ? problemFormErrors(invite.error, ['name', 'email'] as const) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const problems = clientFormErrors<InviteField>({
      name: name ? undefined : t('invite.name.required'),
      email: email ? undefined : t('invite.email.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    setCreated(null);
    invite.mutate(
      { name, email, ...(caseId ? { caseId } : {}) },
      {
        onSuccess: (invitation) => {
          if (onCreated) onCreated(name, invitation);
          else setCreated({ name, invitation });
          form.reset();
        },
      },
    );
  };

  return (
    <>
      <form className="utrecht-form koers-form" noValidate onSubmit={onSubmit}>
        {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={FIELD_IDS} /> : null}
        <TextField
          id={FIELD_IDS.name}
          name="name"
          autoComplete="off"
          required
          defaultValue={defaultName}
          label={t('invite.name.label')}
          description={t('invite.name.description')}
          error={errors?.fields.name}
        />
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={defaultEmail}
          label={t('invite.email.label')}
          description={t('invite.email.description')}
          error={errors?.fields.email}
        />
        <div className="koers-form__actions">
          <PrimaryActionButton type="submit" busy={invite.isPending}>
            {t('invite.submit')}
          </PrimaryActionButton>
        </div>
      </form>
      {created ? <ActivationLinkResult key={created.invitation.id} name={created.name} invitation={created.invitation} /> : null}
    </>
  );
}
