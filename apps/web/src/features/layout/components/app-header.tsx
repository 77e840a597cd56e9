import { ROLE_LABELS, type SessionResponse } from '@koers/contracts';
import { NavLink } from 'react-router';
import { t } from '../../../i18n/i18n';
import { PATHS, ROLE_HOME } from '../../../routing/paths';
import { SecondaryActionButton } from '../../../ui/button';
import { Link } from '../../../ui/link';
import { useLogout } from '../../auth/hooks/use-logout';
import { NotificationBell } from '../../notifications/components/notification-bell';
import { STAFF_PROFILE_PATH } from '../../profile/paths';
import { tpr } from '../../profile/i18n';

const NAV_LABEL_KEYS = {
  klantmanager: 'nav.caseload',
  teamleider: 'nav.team',
  jongere: 'nav.myPlan',
  beheerder: 'nav.admin',
} as const;

/** More places in the menu, per role (the home page comes first). */
const MORE_NAV: Partial<Record<SessionResponse['user']['role'], { to: string; key: 'nav.myData' }[]>> = {
  jongere: [{ to: PATHS.myData, key: 'nav.myData' }],
};

/** The banner on every page: the app name and, when logged in, who you are and a way out. */
export function AppHeader({ session }: { session: SessionResponse | null }) {
  return (
    <header className="koers-header">
      <div className="koers-header__bar">
        <Link to="/" className="koers-header__brand">
          <span className="koers-header__logo" aria-hidden="true" />
          {t('app.name')}
        </Link>
        {session ? <UserMenu session={session} /> : null}
      </div>
      {session ? (
        <nav className="koers-nav" aria-label={t('nav.label')}>
          <ul className="koers-nav__list">
            <li className="koers-nav__item">
              <NavLink to={ROLE_HOME[session.user.role]} end={Boolean(MORE_NAV[session.user.role])} className="koers-nav__link">
                {t(NAV_LABEL_KEYS[session.user.role])}
              </NavLink>
            </li>
            {(MORE_NAV[session.user.role] ?? []).map((item) => (
              <li key={item.to} className="koers-nav__item">
                <NavLink to={item.to} className="koers-nav__link">
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

function UserMenu({ session }: { session: SessionResponse }) {
  const logout = useLogout();
  const { user } = session;
  return (
    <div className="koers-header__user">
      <p className="koers-header__who">
        <span className="koers-header__name">{user.name}</span>
        <span className="koers-header__role">{ROLE_LABELS[user.role]}</span>
        {user.role !== 'jongere' ? (
          <Link to={STAFF_PROFILE_PATH} className="koers-header__profile">
            {tpr('profile.link')}
          </Link>
        ) : null}
      </p>
      <NotificationBell />
      <SecondaryActionButton className="koers-header__logout" busy={logout.isPending} onClick={() => !logout.isPending && logout.mutate()}>
        {t('header.logout')}
      </SecondaryActionButton>
    </div>
  );
}
