import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationSender, type OutgoingNotification } from './notification-sender';

type Queryable = Pick<EntityManager, 'query'>;

/** In-app notifications (the bell): rows in `notification`, written in the caller's transaction. */
@Injectable()
export class InAppNotificationSender extends NotificationSender {
  async send(runner: Queryable, notifications: readonly OutgoingNotification[]): Promise<number> {
    if (!notifications.length) return 0;
    // One statement for all of them (no N+1); duplicates by (user, dedupe key) are skipped.
    const result: unknown = await runner.query(
      `INSERT INTO notification (user_id, kind, title, body, case_id, handover_id, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        notifications.map((n) => n.userId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.title),
        notifications.map((n) => n.body ?? null),
        notifications.map((n) => n.caseId ?? null),
        notifications.map((n) => n.handoverId ?? null),
        notifications.map((n) => n.dedupeKey ?? null),
      ],
    );
    const rows = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
    return Array.isArray(rows) ? rows.length : 0;
  }
}
