import type { CaseDetail, InvitationCreated, PasswordResetCreated, YouthAccount } from '@koers/contracts';
import { useState } from 'react';
import { formatDateTime } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { ActivationLinkResult } from '../../caseload/components/activation-link-result';
import { InviteJongereForm } from '../../caseload/components/invite-jongere-form';
import { usePasswordResetLink } from '../hooks/use-password-reset-link';
import { useRefreshCaseDetail, useRenewInvitation } from '../hooks/use-renew-invitation';
import { tc } from '../i18n';

/** The jongere's account in plain Dutch: none yet, invited (link valid until … / expired), can log in, or switched off. */
export function youthAccountText(account: YouthAccount, now: number = Date.now()): string {
  switch (account.state) {
    case 'none':
      return tc('case.overview.contact.noAccount');
    case 'active':
      return tc('case.overview.contact.hasAccount');
    case 'deactivated':
      return tc('case.overview.contact.deactivated');
    case 'invited': {
      const expiresAt = account.invitationExpiresAt;
      if (!expiresAt) return tc('case.overview.contact.invitedNoLink');
      const expires = formatDateTime(expiresAt);
      return new Date(expiresAt).getTime() > now ? tc('case.overview.contact.invited', { expires }) : tc('case.overview.contact.invitedExpired', { expires });
    }
  }
}

interface ShownLink {
  name: string;
  invitation: InvitationCreated | PasswordResetCreated;
}

/**
 * What the contact person can do about the jongere's account: invite (no account yet), make a new
 * activation link (invited, not activated) or a "nieuw wachtwoord kiezen" link (can log in). A switched-off
 * account gets no link at all: only the beheerder can switch it on again (a link made or refused just
 * before still shows its answer). The link
 * just made is kept here, outside the invite form, so it stays on screen when the refreshed case turns
 * "geen account" into "uitgenodigd".
 */
export function YouthAccountActions({ kase }: { kase: CaseDetail }) {
  const { youth } = kase;
  const [shown, setShown] = useState<ShownLink | null>(null);
  const refresh = useRefreshCaseDetail(kase.id);
  const renew = useRenewInvitation(kase.id);
  const reset = usePasswordResetLink(kase.id);

  const makeNewLink = () => {
    if (renew.isPending) return;
    setShown(null);
    renew.mutate(undefined, {
      onSuccess: (invitation) => setShown({ name: youth.name, invitation }),
      // E.g. the jongere activated meanwhile (409): show the state as it is now.
      onError: () => void refresh(),
    });
  };

  const makeResetLink = () => {
    if (reset.isPending) return;
    setShown(null);
    reset.mutate(undefined, {
      onSuccess: (link) => setShown({ name: youth.name, invitation: link }),
      // E.g. the account was switched off meanwhile (409): show the state as it is now.
      onError: () => void refresh(),
    });
  };

  // A link refused because the account was switched off meanwhile: the answer stays on screen after the refresh.
  const refused = renew.error ?? reset.error;

  return (
    <>
      {youth.account.state === 'none' ? (
        <details className="koers-case-invite">
          <summary>{tc('case.overview.invite.summary')}</summary>
          <Paragraph>{tc('case.overview.invite.intro')}</Paragraph>
          <InviteJongereForm
            caseId={kase.id}
            defaultName={youth.name}
            defaultEmail={youth.email ?? undefined}
            onCreated={(name, invitation) => {
              setShown({ name, invitation });
              void refresh();
            }}
          />
        </details>
      ) : null}
      {youth.account.state === 'invited' ? (
        <div className="koers-case-renew">
          <Paragraph>{tc('case.overview.renew.intro')}</Paragraph>
          {renew.error ? (
            <Alert type="error" role="alert">
              <Paragraph>{renew.error.message}</Paragraph>
            </Alert>
          ) : null}
          <SecondaryActionButton busy={renew.isPending} onClick={makeNewLink}>
            {tc('case.overview.renew.submit')}
          </SecondaryActionButton>
        </div>
      ) : null}
      {youth.account.state === 'active' ? (
        <div className="koers-case-renew">
          <Paragraph>{tc('case.overview.reset.intro')}</Paragraph>
          {reset.error ? (
            <Alert type="error" role="alert">
              <Paragraph>{reset.error.message}</Paragraph>
            </Alert>
          ) : null}
          <SecondaryActionButton busy={reset.isPending} onClick={makeResetLink}>
            {tc('case.overview.reset.submit')}
          </SecondaryActionButton>
        </div>
      ) : null}
      {youth.account.state === 'deactivated' ? (
        <div className="koers-case-renew">
          <Paragraph>{tc('case.overview.deactivated.intro')}</Paragraph>
          {refused ? (
            <Alert type="error" role="alert">
              <Paragraph>{refused.message}</Paragraph>
            </Alert>
          ) : null}
        </div>
      ) : null}
      {shown ? <ActivationLinkResult key={shown.invitation.id} name={shown.name} invitation={shown.invitation} /> : null}
    </>
  );
}
