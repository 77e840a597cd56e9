import type { PersonRef } from './cases';
import type { Page } from './pagination';

export const CONTACT_KINDS = ['face_to_face', 'phone', 'whatsapp', 'video', 'email', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  face_to_face: 'Face-to-face',
  phone: 'Telefoon',
  whatsapp: 'WhatsApp',
  video: 'Videobellen',
  email: 'E-mail',
  other: 'Anders',
};

export const CONTACT_NOTE_MAX = 2000;

/**
 * A contactmoment: a logged meeting or message. Internal moments (and their notes) are for staff
 * only; a jongere never receives them.
 */
export interface ContactMoment {
  id: string;
  caseId: string;
  /** When it happened, ISO timestamp (never in the future). */
  occurredAt: string;
  kind: ContactKind;
  note: string | null;
  /** Staff only. Always false in what a jongere receives (internal moments are left out). */
  internal: boolean;
  /** Who had the contact (logged it). */
  user: PersonRef;
  /** ISO timestamp of logging. */
  createdAt: string;
}

export interface CreateContactMomentRequest {
  /** ISO timestamp with time zone, e.g. '2027-03-12T14:30:00+01:00' or '…Z'; not in the future. */
  occurredAt: string;
  kind: ContactKind;
  note?: string | null;
  /** Staff only (default false). */
  internal?: boolean;
}

/** `GET /api/cases/:caseId/contacts?cursor=&limit=` — newest first (occurredAt). */
export interface ContactMomentListQuery {
  cursor?: string;
  limit?: number;
}

export type ContactMomentPage = Page<ContactMoment>;

/** Team settings for the caseload signals (the "geen contact" signal: no contact for N weeks). */
export const NO_CONTACT_WEEKS_MIN = 1;
export const NO_CONTACT_WEEKS_MAX = 52;
export const NO_CONTACT_WEEKS_DEFAULT = 3;

export interface TeamSettings {
  teamId: string;
  teamName: string;
  /** After this many weeks without a contactmoment a case shows the signal "Lang geen contact". */
  noContactWeeks: number;
}

/** `PATCH /api/teams/:teamId/settings` — teamleider of that team, or beheerder. */
export interface UpdateTeamSettingsRequest {
  noContactWeeks: number;
}
