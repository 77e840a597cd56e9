import { PATHS } from '../../routing/paths';

/** Teamleider: plan handovers for the whole caseload of someone who leaves. */
export const TEAM_LEAVING_PATH = `${PATHS.teamHandovers}/iemand-vertrekt`;

/** Beheerder: a team's rules for warm handovers (`/beheer/teams/:teamId/overdracht`). */
export const ADMIN_HANDOVER_SETTINGS_PATH = `${PATHS.admin}/teams/:teamId/overdracht`;
export const adminHandoverSettingsPath = (teamId: string) => `${PATHS.admin}/teams/${teamId}/overdracht`;

/** Klantmanager: the handovers they are part of. */
export const MY_HANDOVERS_PATH = '/mijn-overdrachten';
