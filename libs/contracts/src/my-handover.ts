import type { OpenHandoverStatus } from './handovers';

/*
 * The jongere's own part in a warme overdracht (through their own login), under /api/me/handover.
 * Only what is meant for the jongere: who, when, their own preference, the introductory meetings.
 * Never the handover's reason, the overdrachtsnotitie, meeting notes or why a colleague declined.
 */

export const MY_HANDOVER_LIMITS = { note: 2000, remark: 2000 } as const;

/** A colleague who may become the jongere's new klantmanager, and how to reach them. */
export interface MyHandoverCandidate {
  /** The colleague's user id: send it as `candidateUserId` to give a preference. */
  id: string;
  name: string;
  email: string | null;
  /** This is who the jongere prefers (however it was recorded). */
  preferred: boolean;
}

export interface MyHandoverPreference {
  /** Null: no preference ("maakt me niet uit"). */
  candidate: { id: string; name: string } | null;
  /** eigen_login: the jongere gave it here; gesprek: the klantmanager wrote it down after a talk. */
  via: 'gesprek' | 'eigen_login';
  /** The jongere's own remark (only when given through their own login; a klantmanager's note stays with staff). */
  note: string | null;
  /** Who wrote it down: the jongere's own name (eigen_login) or the klantmanager's. */
  recordedByName: string | null;
  /** ISO timestamp. */
  recordedAt: string;
}

/** A kennismakingsgesprek as the jongere sees it: no notes. */
export interface MyHandoverMeeting {
  id: string;
  /** YYYY-MM-DD */
  heldOn: string;
  /** Whether the current klantmanager was there too. */
  currentContactPresent: boolean;
  /** ISO timestamp when the jongere confirmed it took place; null while not confirmed. */
  confirmedAt: string | null;
  /** The jongere's own remark with the confirmation. */
  remark: string | null;
}

/**
 * `GET /api/me/handover` → `{ handover }`. A handover is shown to the jongere from the moment it is
 * proposed (there are candidates) until the switch; an aborted one, a switch after a deactivated
 * account (no candidates) and a closed case show nothing.
 */
export interface MyHandover {
  id: string;
  status: OpenHandoverStatus;
  /** Send it back with a preference; a stale one gets 409 with `current: MyHandover`. */
  version: number;
  /** YYYY-MM-DD */
  plannedSwitchDate: string | null;
  /** The current klantmanager. */
  currentContact: { name: string; email: string | null } | null;
  /** The colleagues who may become the new klantmanager (those who said no are left out). */
  candidates: MyHandoverCandidate[];
  /** The new klantmanager, once they have said yes; null before that. */
  successor: { id: string; name: string; email: string | null } | null;
  /** The jongere may (still) give or change their preference: before the new klantmanager is settled. */
  canGivePreference: boolean;
  preference: MyHandoverPreference | null;
  /** Oldest first. */
  meetings: MyHandoverMeeting[];
}

export interface MyHandoverResponse {
  /** Null when there is no handover the jongere should see. */
  handover: MyHandover | null;
}

/** `POST /api/me/handover/preference` */
export interface GiveMyHandoverPreferenceRequest {
  /** One of `candidates[].id`, or null for "maakt me niet uit". */
  candidateUserId: string | null;
  note?: string | null;
  version: number;
}

/** `POST /api/me/handover/meetings/:meetingId/confirm` */
export interface ConfirmMyHandoverMeetingRequest {
  remark?: string | null;
}
