import type { RouteObject } from 'react-router';
import { AdminPage } from '../features/admin/components/admin-page';
import { ActivationPage } from '../features/auth/components/activation-page';
import { HomeRedirect } from '../features/auth/components/home-redirect';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireRole } from '../features/auth/components/require-role';
import { CaseloadPage } from '../features/caseload/components/caseload-page';
import { AppLayout } from '../features/layout/components/app-layout';
import { NotFoundPage } from '../features/layout/components/not-found-page';
import { RouteErrorPage } from '../features/layout/components/route-error-page';
import { MyPlanPage } from '../features/my-plan/components/my-plan-page';
import { TeamPage } from '../features/team/components/team-page';
import { PATHS } from '../routing/paths';

/** Every page. Role pages sit behind RequireRole; everything renders inside AppLayout. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: PATHS.login, element: <LoginPage /> },
      { path: PATHS.activation, element: <ActivationPage /> },
      { element: <RequireRole role="klantmanager" />, children: [{ path: PATHS.caseload, element: <CaseloadPage /> }] },
      { element: <RequireRole role="teamleider" />, children: [{ path: PATHS.team, element: <TeamPage /> }] },
      { element: <RequireRole role="jongere" />, children: [{ path: PATHS.myPlan, element: <MyPlanPage /> }] },
      { element: <RequireRole role="beheerder" />, children: [{ path: PATHS.admin, element: <AdminPage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
