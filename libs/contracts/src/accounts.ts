import type { Role, StaffRole } from './roles';
import type { TeamRef } from './auth';

export interface Team {
  id: string;
  name: string;
  createdAt: string;
}

export interface CreateTeamRequest {
  name: string;
}

export interface UserSummary {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  team: TeamRef | null;
  active: boolean;
  createdAt: string;
}

export interface CreateStaffUserRequest {
  name: string;
  email: string;
  role: StaffRole;
  teamId: string;
  /** Initial password; the user should change it. At least 12 characters. */
  password: string;
}

export interface ListUsersQuery {
  role?: Role;
  teamId?: string;
  cursor?: string;
  limit?: number;
}

export interface CreateInvitationRequest {
  /** The jongere's name as they want to be called. */
  name: string;
  /** The e-mail address the jongere will log in with. */
  email: string;
  /**
   * The jongere's case (registered before they had an account). The new account is linked to the
   * jongere of that case, so after activation they land on their own plan. Needs write access to the
   * case; a jongere who already has an account → 409.
   */
  caseId?: string;
}

export interface InvitationCreated {
  id: string;
  /** The one-time activation link to give to the jongere. */
  activationUrl: string;
  expiresAt: string;
}
