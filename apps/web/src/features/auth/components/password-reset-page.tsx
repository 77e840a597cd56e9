import { PASSWORD_MIN_LENGTH, type PasswordResetAudience } from '@koers/contracts';
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

/** The page's texts for a jongere (B1, "je") or a staff member ("u"). */
function textsFor(audience: PasswordResetAudience) {
  if (audience === 'staff') {
    return {
      greeting: (name: string) => ta('passwordReset.staff.greeting', { name }),
      intro: ta('passwordReset.staff.intro'),
      form: {
        password: ta('passwordReset.password.label'),
        submit: ta('passwordReset.submit'),
        description: ta('passwordReset.staff.password.description', { min: PASSWORD_MIN_LENGTH }),
        repeat: ta('passwordReset.staff.repeat.label'),
        repeatRequired: ta('passwordReset.staff.repeat.required'),
      },
      doneTitle: ta('passwordReset.staff.done.title'),
      doneMessage: ta('passwordReset.staff.done.message'),
      invalidTitle: ta('passwordReset.staff.invalid.title'),
      whatToDo: { title: ta('passwordReset.staff.whatToDo.title'), askNewLink: ta('passwordReset.staff.whatToDo.askNewLink'), remembered: ta('passwordReset.staff.whatToDo.remembered') },
    };
  }
  return {
    greeting: (name: string) => ta('passwordReset.greeting', { name }),
    intro: ta('passwordReset.intro'),
    form: { password: ta('passwordReset.password.label'), submit: ta('passwordReset.submit') },
    doneTitle: ta('passwordReset.done.title'),
    doneMessage: ta('passwordReset.done.message'),
    invalidTitle: ta('passwordReset.invalid.title'),
    whatToDo: { title: ta('passwordReset.whatToDo.title'), askNewLink: ta('passwordReset.whatToDo.askNewLink'), remembered: ta('passwordReset.whatToDo.remembered') },
  };
}

type Texts = ReturnType<typeof textsFor>;

/**
 * `/nieuw-wachtwoord#<token>`: someone (a jongere or a staff member) opens the link their contact
 * person or the beheerder made, and chooses a new password; then they log in with it. The token is in
 * the fragment, so it never reaches a server log. Same form and password rules as activation.
 * The preview says whose link it is: a jongere reads B1 "je" texts, staff "u". Until it is known
 * (checking, an incomplete or dead link) the page says "je": most links are for jongeren, and B1 is
 * clear to everyone.
 */
export function PasswordResetPage() {
  const location = useLocation();
  const [token] = useState(() => readToken(location.hash));
  const preview = usePasswordResetPreview(token);
  const reset = useResetPassword();

  const texts = textsFor(preview.data?.audience ?? 'jongere');

  if (reset.isSuccess) return <Done texts={texts} />;
  if (!token) return <LinkProblem title={ta('passwordReset.incomplete.title')} message={ta('passwordReset.incomplete.message')} texts={texts} />;
  if (preview.isPending) return <Checking />;
  if (preview.isError) {
    if (isLinkProblem(preview.error)) return <LinkProblem title={texts.invalidTitle} message={preview.error.message} texts={texts} />;
    return <PreviewFailed title={ta('passwordReset.title')} message={preview.error.message} retry={() => void preview.refetch()} />;
  }
  if (isLinkProblem(reset.error)) return <LinkProblem title={texts.invalidTitle} message={reset.error.message} texts={texts} />;

  return (
    <ChooseNewPassword name={preview.data.name} texts={texts}>
      <ActivationForm token={token} activation={reset} labels={texts.form} />
    </ChooseNewPassword>
  );
}

function ChooseNewPassword({ name, texts, children }: { name: string; texts: Texts; children: ReactNode }) {
  usePageTitle(ta('passwordReset.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{texts.greeting(name)}</PageHeading>
      <div className="koers-panel">
        <Paragraph>{texts.intro}</Paragraph>
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
function Done({ texts }: { texts: Texts }) {
  usePageTitle(texts.doneTitle);
  useEffect(() => {
    document.querySelector<HTMLElement>('h1[data-page-heading]')?.focus();
  }, []);
  return (
    <div className="koers-narrow">
      <PageHeading>{texts.doneTitle}</PageHeading>
      <Alert type="ok">
        <Paragraph>{texts.doneMessage}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to={PATHS.login}>{ta('passwordReset.done.login')}</Link>
      </Paragraph>
    </div>
  );
}

/** The link is used, expired, replaced or incomplete: say so, and say what to do. */
function LinkProblem({ title, message, texts }: { title: string; message: string; texts: Texts }) {
  usePageTitle(title);
  return (
    <div className="koers-narrow">
      <PageHeading>{title}</PageHeading>
      <Alert type="warning">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <section className="koers-section" aria-labelledby="wat-kun-je-doen">
        <Heading level={2} id="wat-kun-je-doen">
          {texts.whatToDo.title}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{texts.whatToDo.askNewLink}</li>
          <li className="utrecht-unordered-list__item">
            {texts.whatToDo.remembered} <Link to={PATHS.login}>{ta('passwordReset.whatToDo.loginLink')}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
