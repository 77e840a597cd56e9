import { Navigate, useLocation } from 'react-router';
import { t } from '../../../i18n/i18n';
import { readLoginState } from '../../../routing/location-state';
import { ROLE_HOME } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Alert } from '../../../ui/alert';
import { Heading, PageHeading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { useSession } from '../hooks/use-session';
import { LoginForm } from './login-form';

export function LoginPage() {
  usePageTitle(t('login.title'));
  const { data: session } = useSession();
  const location = useLocation();
  const { from, loggedOut, expired } = readLoginState(location.state);

  if (session) return <Navigate to={from ?? ROLE_HOME[session.user.role]} replace />;

  return (
    <div className="koers-narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      {loggedOut ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('login.loggedOut')}</Paragraph>
        </Alert>
      ) : expired ? (
        <Alert type="warning" role="status">
          <Paragraph>{t('login.expired')}</Paragraph>
        </Alert>
      ) : from ? (
        <Alert type="info" role="status">
          <Paragraph>{t('login.loginToContinue')}</Paragraph>
        </Alert>
      ) : null}
      <div className="koers-panel">
        <Paragraph>{t('login.intro')}</Paragraph>
        <LoginForm />
      </div>
      <section className="koers-section" aria-labelledby="hulp-bij-inloggen">
        <Heading level={2} id="hulp-bij-inloggen">
          {t('login.help.title')}
        </Heading>
        <Paragraph>{t('login.help.jongere')}</Paragraph>
        <Paragraph>{t('login.help.forgotten')}</Paragraph>
      </section>
    </div>
  );
}
