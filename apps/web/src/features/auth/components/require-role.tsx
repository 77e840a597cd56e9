import type { Role } from '@koers/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { LoginLocationState } from '../../../routing/location-state';
import { PATHS, ROLE_HOME } from '../../../routing/paths';
import { sessionEndReason, useSession } from '../hooks/use-session';

/**
 * Route guard. Without a session: to the login page (and back here after logging in). With a
 * session of another role: to that role's own landing page. The server refuses such calls anyway;
 * this only keeps users from landing on a page that cannot work for them.
 */
export function RequireRole({ role, roles }: { role?: Role; roles?: readonly Role[] }) {
  const allowed = roles ?? (role ? [role] : []);
  const { data: session } = useSession();
  const queryClient = useQueryClient();
  const location = useLocation();
  if (!session) {
    const ended = sessionEndReason(queryClient);
    const state: LoginLocationState =
      ended === 'logout' ? { loggedOut: true } : { from: location.pathname + location.search, expired: ended === 'expired' };
    return <Navigate to={PATHS.login} replace state={state} />;
  }
  if (!allowed.includes(session.user.role)) return <Navigate to={ROLE_HOME[session.user.role]} replace />;
  return <Outlet />;
}
