import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { type ApiError, isApiError } from '../../../api/api-error';
import { t } from '../../../i18n/i18n';
import { PATHS, ROLE_HOME } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { SecondaryActionButton } from '../../../ui/button';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { useActivation, useInvitationPreview } from '../hooks/use-activation';
import { ActivationForm } from './activation-form';

/** A 4xx on the link (410: used or expired) means the link itself is no good; anything else may pass. */
export function isLinkProblem(error: unknown): error is ApiError {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.fieldErrors.length === 0;
}

/**
 * `/activeren#<token>`: the jongere opens the link from their klantmanager and chooses a password.
 * The token is in the fragment, so it never reaches a server log; it is read once, on arrival.
 */
export function ActivationPage() {
  const location = useLocation();
  const [token] = useState(() => readToken(location.hash));
  const preview = useInvitationPreview(token);
  const activation = useActivation();

  if (activation.isSuccess) return <Navigate to={ROLE_HOME[activation.data.user.role]} replace />;

  if (!token) return <LinkProblem title={t('activation.incomplete.title')} message={t('activation.incomplete.message')} />;
  if (preview.isPending) return <ActivationLoading />;
  if (preview.isError) {
    if (isLinkProblem(preview.error)) return <LinkProblem title={t('activation.invalid.title')} message={preview.error.message} />;
    return <PreviewFailed message={preview.error.message} retry={() => void preview.refetch()} />;
  }
  if (isLinkProblem(activation.error)) return <LinkProblem title={t('activation.invalid.title')} message={activation.error.message} />;

  return <ChoosePassword name={preview.data.name} token={token} activation={activation} />;
}

export function readToken(hash: string): string {
  const raw = hash.replace(/^#/, '').trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // A malformed escape: let the server judge the token as it is.
  }
}

function ChoosePassword({ name, token, activation }: { name: string; token: string; activation: ReturnType<typeof useActivation> }) {
  usePageTitle(t('activation.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{t('activation.greeting', { name })}</PageHeading>
      <div className="koers-panel">
        <Paragraph>{t('activation.intro')}</Paragraph>
        <ActivationForm token={token} activation={activation} />
      </div>
    </div>
  );
}

function ActivationLoading() {
  usePageTitle(t('activation.title'));
  return (
    <div className="koers-narrow">
      <PageHeading>{t('activation.title')}</PageHeading>
      <Loading>{t('activation.checking')}</Loading>
    </div>
  );
}

/** The link is used, expired or incomplete: say so, and say what to do. */
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
          {t('activation.whatToDo.title')}
        </Heading>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{t('activation.whatToDo.askNewLink')}</li>
          <li className="utrecht-unordered-list__item">
            {t('activation.whatToDo.alreadyActive')} <Link to={PATHS.login}>{t('activation.whatToDo.loginLink')}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function PreviewFailed({ message, retry, title = t('activation.title') }: { message: string; retry: () => void; title?: string }) {
  usePageTitle(title);
  return (
    <div className="koers-narrow">
      <PageHeading>{title}</PageHeading>
      <Alert type="error" role="alert">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <div className="koers-form__actions">
        <SecondaryActionButton onClick={retry}>{t('common.retry')}</SecondaryActionButton>
      </div>
    </div>
  );
}
