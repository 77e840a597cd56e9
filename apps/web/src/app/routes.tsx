import type { RouteObject } from 'react-router';
import { AdminPage } from '../features/admin/components/admin-page';
import { ActivationPage } from '../features/auth/components/activation-page';
import { PasswordResetPage } from '../features/auth/components/password-reset-page';
import { HomeRedirect } from '../features/auth/components/home-redirect';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireRole } from '../features/auth/components/require-role';
import { CaseOverviewTab } from '../features/case/components/case-overview-tab';
import { CasePage } from '../features/case/components/case-page';
import { CaseloadPage } from '../features/caseload/components/caseload-page';
import { RegisterYouthPage } from '../features/caseload/components/register-youth-page';
import { REGISTER_YOUTH_PATH } from '../features/caseload/paths';
import { ContactsTab } from '../features/contacts/components/contacts-tab';
import { HandoverTab } from '../features/handovers/components/handover-tab';
import { TeamHandoversPage } from '../features/handovers/components/team-handovers-page';
import { AdminHandoverSettingsPage } from '../features/handovers/components/admin-handover-settings-page';
import { LeavingPage } from '../features/handovers/components/leaving-page';
import { MyHandoversPage } from '../features/handovers/components/my-handovers-page';
import { ADMIN_HANDOVER_SETTINGS_PATH, MY_HANDOVERS_PATH, TEAM_LEAVING_PATH } from '../features/handovers/paths';
import { IntakeTab } from '../features/intake/components/intake-tab';
import { InzagePage } from '../features/inzage/components/inzage-page';
import { MilestonesTab } from '../features/milestones/components/milestones-tab';
import { NetworkTab } from '../features/network/components/network-tab';
import { PlanTab } from '../features/plan/components/plan-tab';
import { StaffProfilePage } from '../features/profile/components/staff-profile-page';
import { STAFF_PROFILE_PATH } from '../features/profile/paths';
import { AppLayout } from '../features/layout/components/app-layout';
import { NotFoundPage } from '../features/layout/components/not-found-page';
import { RouteErrorPage } from '../features/layout/components/route-error-page';
import { MyPlanPage } from '../features/my-plan/components/my-plan-page';
import { selfCheckPublicRoutes, selfCheckRoutes } from '../features/self-check/routes';
import { TeamPage } from '../features/team/components/team-page';
import { WerkwijzerContentPage } from '../features/werkwijzer/components/werkwijzer-content-page';
import { WerkwijzerTab } from '../features/werkwijzer/components/werkwijzer-tab';
import { WERKWIJZER_ADMIN_PATH } from '../features/werkwijzer/paths';
import { CASE_TABS, PATHS } from '../routing/paths';

/** Every page. Role pages sit behind RequireRole; everything renders inside AppLayout. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: PATHS.login, element: <LoginPage /> },
      { path: PATHS.activation, element: <ActivationPage /> },
      { path: PATHS.passwordReset, element: <PasswordResetPage /> },
      ...selfCheckPublicRoutes,
      {
        element: <RequireRole role="klantmanager" />,
        children: [
          { path: PATHS.caseload, element: <CaseloadPage /> },
          { path: REGISTER_YOUTH_PATH, element: <RegisterYouthPage /> },
          { path: MY_HANDOVERS_PATH, element: <MyHandoversPage /> },
        ],
      },
      {
        element: <RequireRole roles={['klantmanager', 'teamleider']} />,
        children: [
          {
            path: PATHS.case,
            element: <CasePage />,
            children: [
              { index: true, element: <CaseOverviewTab /> },
              { path: CASE_TABS.intake, element: <IntakeTab /> },
              { path: CASE_TABS.plan, element: <PlanTab /> },
              { path: CASE_TABS.milestones, element: <MilestonesTab /> },
              { path: CASE_TABS.contacts, element: <ContactsTab /> },
              { path: CASE_TABS.network, element: <NetworkTab /> },
              { path: CASE_TABS.werkwijzer, element: <WerkwijzerTab /> },
              { path: CASE_TABS.handover, element: <HandoverTab /> },
            ],
          },
          ...selfCheckRoutes,
        ],
      },
      { element: <RequireRole role="teamleider" />, children: [{ path: PATHS.team, element: <TeamPage /> }, { path: PATHS.teamHandovers, element: <TeamHandoversPage /> }, { path: TEAM_LEAVING_PATH, element: <LeavingPage /> }] },
      { element: <RequireRole role="jongere" />, children: [{ path: PATHS.myPlan, element: <MyPlanPage /> }, { path: PATHS.myData, element: <InzagePage /> }] },
      { element: <RequireRole role="beheerder" />, children: [{ path: PATHS.admin, element: <AdminPage /> }, { path: WERKWIJZER_ADMIN_PATH, element: <WerkwijzerContentPage /> }, { path: ADMIN_HANDOVER_SETTINGS_PATH, element: <AdminHandoverSettingsPage /> }] },
      { element: <RequireRole roles={['klantmanager', 'teamleider', 'beheerder']} />, children: [{ path: STAFF_PROFILE_PATH, element: <StaffProfilePage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
