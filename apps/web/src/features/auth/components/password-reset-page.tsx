import { type ReactNode, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { usePasswordResetPreview, useResetPassword } from '../hooks/use-password-reset';
import { ta } from '../i18n';
import { ActivationForm } from './activation-form';
import { isLinkProblem, PreviewFailed, readToken } from './activation-page';

/**
 * `/nieuw-wachtwoord#<token>`: someone (a jongere or a staff member) opens the link their contact
 * person or the beheerder made, and chooses a new password; then they log in with it. The token is in
 * the fragment, so it never reaches a server log. Same form and password rules as activation.
 */
export function PasswordResetPage() {
  const location = useLocation();
  const [token] = useState(() => readToken(location.hash));
  const preview = usePasswordResetPreview(token);
  const reset = useResetPassword();

  if (reset.isSuccess) return <Done />;
  if (!token) return <LinkProblem title={ta('passwordReset.incomplete.title')} message={ta('passwordReset.incomplete.message')} />;
  if (preview.isPending) return <Checking />;
  if (preview.isError) {
    if (isLinkProblem(preview.error)) return <LinkProblem title={ta('passwordReset.invalid.title')} message={preview.error.message} />;
    return <PreviewFailed title={ta('passwordReset.title')} message={preview.error.message} retry={() => void preview.refetch()} />;
  }
  if (isLinkProblem(reset.error)) return <LinkProblem title={ta('passwordReset.invalid.title')} message={reset.error.message} />;

  return (
    <ChooseNewPassword name={preview.data.name}>
      <ActivationForm
        token={token}
        activation={reset}
        labels={{ password: ta('passwordReset.password.label'), submit: ta('passwordReset.submit') }}
      />
    </ChooseNewPassword>
  );
}

function ChooseNewPassword({ name, children }: { name: string; children: ReactNode }) {
  usePageTitle(ta('passwordReset.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{ta('passwordReset.greeting', { name })}</PageHeading>
      <div className="koers-panel">
        <Paragraph>{ta('passwordReset.intro')}</Paragraph>
        {children}
      </div>
    </div>
  );
}

function Checking() {
  usePageTitle(ta('passwordReset.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{ta('passwordReset.title')}</PageHeading>
      <Loading>{ta('passwordReset.checking')}</Loading>
    </div>
  );
}

/** Saved: the page changes in place, so focus goes to its new title (a screen reader reads it). */
function Done() {
  usePageTitle(ta('passwordReset.done.title'));
  useEffect(() => {
    document.querySelector<HTMLElement>('h1[data-page-heading]')?.focus();
  }, []);
  return (
    <div className="koers-narrow">
      <PageHeading>{ta('passwordReset.done.title')}</PageHeading>
      <Alert type="ok">
        <Paragraph>{ta('passwordReset.done.message')}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to={PATHS.login}>{ta('passwordReset.done.login')}</Link>
      </Paragraph>
    </div>
  );
}

/** The link is used, expired, replaced or incomplete: say so, and say what to do. */
function LinkProblem({ title, message }: { title: string; message: string }) {
  usePageTitle(title);
  return (
    <div className="koers-narrow">
      <PageHeading>{title}</PageHeading>
      <Alert type="warning">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <section className="koers-section" aria-labelledby="wat-kun-je-doen">
        <Heading level={2} id="wat-kun-je-doen">
          {ta('passwordReset.whatToDo.title')}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{ta('passwordReset.whatToDo.askNewLink')}</li>
          <li className="utrecht-unordered-list__item">
            {ta('passwordReset.whatToDo.remembered')} <Link to={PATHS.login}>{ta('passwordReset.whatToDo.loginLink')}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
