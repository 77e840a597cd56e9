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
  /** Staff only: a Dutch work phone number (the jongere sees it as "Bel <naam>"), or null. */
  workPhone: string | null;
}

export interface CreateStaffUserRequest {
  name: string;
  email: string;
  role: StaffRole;
  teamId: string;
  /** Initial password; the user should change it. At least 12 characters. */
  password: string;
  /** Optional Dutch work phone number (see isDutchPhone in @koers/domain), at most 20 characters. */
  workPhone?: string | null;
}

/**
 * `PUT /api/me/profile` (a staff member, their own) and `PUT /api/users/:id/work-phone` (beheerder):
 * null or an empty string removes the number.
 */
export interface UpdateWorkPhoneRequest {
  workPhone: string | null;
}

/** `GET /api/me/profile` — "Mijn gegevens" of a staff member. */
export interface StaffProfile {
  id: string;
  name: string;
  email: string | null;
  role: StaffRole;
  workPhone: string | null;
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

/**
 * A one-time "nieuw wachtwoord kiezen" link for an account that can already log in, made by the
 * jongere's contact person or (staff) the beheerder and handed over in person. Making it changes
 * nothing yet; using it sets the new password and ends every session of the account.
 */
export interface PasswordResetCreated {
  id: string;
  /** The link to hand over (`/nieuw-wachtwoord#<token>`). Older unused links of the account stop working. */
  resetUrl: string;
  expiresAt: string;
}
