import type { InvitationCreated, PasswordResetCreated } from '@koers/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime, t } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { TextField } from '../../../ui/text-field';
import { ta } from '../../auth/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The activation link (or a "nieuw wachtwoord kiezen" link), shown once, with a copy button.
 * Focus moves here so it is not missed.
 */
export function ActivationLinkResult({ name, invitation }: { name: string; invitation: InvitationCreated | PasswordResetCreated }) {
  const isReset = 'resetUrl' in invitation;
  const url = isReset ? invitation.resetUrl : invitation.activationUrl;
  const [copy, setCopy] = useState<CopyState>('idle');
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const linkId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard access (e.g. not on https): select the text so the user can copy it.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <Alert type="ok" className="koers-invitation-result">
      <Heading level={3} ref={headingRef} tabIndex={-1}>
        {isReset ? ta('passwordReset.result.title', { name }) : t('invite.result.title', { name })}
      </Heading>
      <Paragraph>
        {isReset
          ? ta('passwordReset.result.explain', { name, expires: formatDateTime(invitation.expiresAt) })
          : t('invite.result.explain', { expires: formatDateTime(invitation.expiresAt) })}
      </Paragraph>
      <TextField
        ref={inputRef}
        id={linkId}
        label={isReset ? ta('passwordReset.result.linkLabel') : t('invite.result.linkLabel')}
        value={url}
        readOnly
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        className="koers-invitation-result__link"
      />
      <div className="koers-form__actions koers-form__actions--inline">
        <SecondaryActionButton onClick={() => void copyLink()}>{t('invite.result.copy')}</SecondaryActionButton>
        <p className="utrecht-paragraph koers-copy-status" role="status">
          {copy === 'copied' ? t('invite.result.copied') : copy === 'failed' ? t('invite.result.copyFailed') : ''}
        </p>
      </div>
    </Alert>
  );
}
