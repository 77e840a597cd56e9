import type { Page } from './pagination';

/**
 * In-app notifications (the bell). Every role can have them; a jongere only ever gets texts written
 * for them (never internal handover details).
 */
export const NOTIFICATION_KINDS = [
  /** You were chosen as the successor in a handover (accept or decline it). */
  'overdracht_voorgesteld',
  /** The chosen successor accepted. */
  'overdracht_geaccepteerd',
  /** The chosen successor declined (with a reason): pick another. */
  'overdracht_afgewezen',
  /** A step of a handover you run is due (announce, meet, write the note, switch). */
  'overdracht_stap',
  /** Teamleider: a handover became (or is about to become) cold. */
  'overdracht_koud',
  /** The switch happened (to the former and the new contact person). */
  'overdracht_afgerond',
  /** A handover was abandoned. */
  'overdracht_afgebroken',
  /** Teamleider: one or more cases have no contact person (account deactivated). */
  'zonder_contactpersoon',
  /** Jongere: you have a new contact person (message from them). */
  'nieuwe_contactpersoon',
  /** Staff deciding a handover: the jongere gave a preference or confirmed a meeting through their own login. */
  'overdracht_jongere',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  /** Dutch, short. */
  title: string;
  /** Dutch, a few sentences, or null. */
  body: string | null;
  /** Where it leads: the case (open /cases/:caseId) … */
  caseId: string | null;
  /** … and/or the handover (GET /api/handovers/:handoverId). Null for a jongere. */
  handoverId: string | null;
  /** ISO timestamp. */
  createdAt: string;
  /** ISO timestamp, or null while unread. */
  readAt: string | null;
}

/** `GET /api/notifications?unread=true&cursor=&limit=` — newest first. */
export interface NotificationListQuery {
  /** Only unread ones. */
  unread?: boolean;
  cursor?: string;
  limit?: number;
}

export type NotificationPage = Page<AppNotification>;

/** `GET /api/notifications/unread-count` — for the bell. */
export interface UnreadNotificationCount {
  count: number;
}

/** `POST /api/notifications/read-all` — how many were marked read. */
export interface MarkAllNotificationsReadResult {
  count: number;
}
