import { Navigate } from 'react-router';
import { PATHS, ROLE_HOME } from '../../../routing/paths';
import { useSession } from '../hooks/use-session';

/** `/`: to the landing page of the user's role, or to the login page. */
export function HomeRedirect() {
  const { data: session } = useSession();
  return <Navigate to={session ? ROLE_HOME[session.user.role] : PATHS.login} replace />;
}
