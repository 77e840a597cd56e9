import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface CurrentUser {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  team: TeamRef | null;
}

/** Returned by login and by `GET /api/auth/session`. Send `csrfToken` as `X-CSRF-Token` on every state-changing request. */
export interface SessionResponse {
  user: CurrentUser;
  csrfToken: string;
  /** ISO timestamps: when the session ends when idle, and at the latest. */
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

export interface ActivateInvitationRequest {
  token: string;
  password: string;
}

/** Setting a new password with a "nieuw wachtwoord kiezen" link (same password rules as activation). */
export type ResetPasswordRequest = ActivateInvitationRequest;

/** What an activation page may show before someone sets a password (activation or a new password). */
export interface InvitationPreview {
  name: string;
  expiresAt: string;
}

/** Whom a "nieuw wachtwoord kiezen" link is for: a jongere (B1, "je") or a staff member ("u"). Nothing more of the role. */
export type PasswordResetAudience = 'jongere' | 'staff';

/** `POST /api/auth/password-reset/preview`: the activation preview, plus whom the page speaks to. */
export interface PasswordResetPreview extends InvitationPreview {
  audience: PasswordResetAudience;
}

export const CSRF_HEADER = 'x-csrf-token';
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
