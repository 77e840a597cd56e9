import { Outlet, ScrollRestoration } from 'react-router';
import { t } from '../../../i18n/i18n';
import { useFocusOnNavigation } from '../../../routing/use-focus-on-navigation';
import { Loading } from '../../../ui/loading';
import { SkipLink } from '../../../ui/skip-link';
import { useSession } from '../../auth/hooks/use-session';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { SessionUnavailable } from './session-unavailable';

export const MAIN_CONTENT_ID = 'inhoud';

/**
 * The frame of every page: skip link, header, main, footer. Pages render only once it is known
 * whether someone is logged in, so that guards and pages can rely on the session being settled.
 */
export function AppLayout() {
  const session = useSession();
  useFocusOnNavigation();

  return (
    <div className="koers-app">
      <SkipLink targetId={MAIN_CONTENT_ID}>{t('layout.skipLink')}</SkipLink>
      <AppHeader session={session.data ?? null} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="koers-main">
        <div className="koers-page">
          {session.isPending ? (
            <Loading>{t('common.loading')}</Loading>
          ) : session.isError ? (
            <SessionUnavailable error={session.error} retry={() => void session.refetch()} />
          ) : (
            <Outlet />
          )}
        </div>
      </main>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
