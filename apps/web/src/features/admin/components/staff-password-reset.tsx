import type { UserSummary } from '@koers/contracts';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { ta } from '../../auth/i18n';
import { ActivationLinkResult } from '../../caseload/components/activation-link-result';
import type { StaffPasswordReset } from '../hooks/use-staff-password-reset';

/** "Link voor nieuw wachtwoord maken" in a staff member's row (active staff accounts only). */
export function StaffPasswordResetButton({ user, reset }: { user: UserSummary; reset: StaffPasswordReset }) {
  if (user.role === 'jongere' || !user.active) return null;
  const busy = reset.isPending && reset.variables?.id === user.id;
  return (
    <SecondaryActionButton busy={busy} onClick={() => !reset.isPending && reset.mutate({ id: user.id, name: user.name })}>
      {ta('staffReset.submit')} <VisuallyHidden>{`(${user.name})`}</VisuallyHidden>
    </SecondaryActionButton>
  );
}

/** The link just made (shown once, focus moves to it) or why it could not be made. */
export function StaffPasswordResetResult({ reset }: { reset: StaffPasswordReset }) {
  if (reset.isError) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{reset.error.message}</Paragraph>
      </Alert>
    );
  }
  if (!reset.data || !reset.variables) return null;
  return <ActivationLinkResult key={reset.data.id} name={reset.variables.name} invitation={reset.data} />;
}
