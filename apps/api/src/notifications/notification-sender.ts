import type { NotificationKind } from '@koers/contracts';
import type { EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager, 'query'>;

/** One notification to one user. Texts are Dutch; a jongere's are written for them (B1, no internal details). */
export interface OutgoingNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  caseId?: string | null;
  handoverId?: string | null;
  /** Sent at most once per user and key (for reminders that a sweep may find again and again). */
  dedupeKey?: string | null;
}

/**
 * The one way domains send notifications. Call it inside the transaction of the change that causes
 * the notification, so both commit or fail together. The in-app implementation writes rows in that
 * transaction; a channel that leaves the process (e-mail) must do the same (an outbox row in the
 * transaction) and deliver after commit, never send from inside the transaction.
 */
export abstract class NotificationSender {
  /** Returns how many were actually sent (duplicates by dedupeKey are skipped). */
  abstract send(runner: Queryable, notifications: readonly OutgoingNotification[]): Promise<number>;
}

/**
 * Something that finds notifications that are due by time (e.g. a handover step due soon) for one
 * user. The notifications service asks every registered source before it answers that user.
 */
export interface DueNotificationSource {
  sweep(user: { id: string; role: string; teamId: string | null }): Promise<void>;
}
