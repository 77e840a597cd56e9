import type { AppNotification, MarkAllNotificationsReadResult, NotificationKind, NotificationPage, UnreadNotificationCount } from '@koers/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException } from '../platform/errors/domain.exception';
import type { DueNotificationSource } from './notification-sender';
import type { NotificationListQueryDto } from './notifications.dto';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  case_id: string | null;
  handover_id: string | null;
  created_at: Date;
  /** created_at as PostgreSQL text: exact to the microsecond, for the keyset cursor. */
  created_key: string;
  read_at: Date | null;
}

const SELECT = `SELECT id, kind, title, body, case_id, handover_id, created_at, created_at::text AS created_key, read_at FROM notification`;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toNotification(r: NotificationRow): AppNotification {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    caseId: r.case_id,
    handoverId: r.handover_id,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at?.toISOString() ?? null,
  };
}

/**
 * The bell: a user's own notifications, newest first. Before answering, every registered
 * DueNotificationSource may add reminders that became due for this user (idempotent).
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');
  private readonly sources: DueNotificationSource[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  registerSource(source: DueNotificationSource): void {
    this.sources.push(source);
  }

  async list(user: AuthUser, query: NotificationListQueryDto): Promise<NotificationPage> {
    await this.sweep(user);
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    if (after && !(typeof after[0] === 'string' && TIMESTAMP.test(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) {
      throw DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
    }
    const params: unknown[] = [user.id];
    const where = ['user_id = $1'];
    if (query.unread) where.push('read_at IS NULL');
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(created_at, id) < ($2::timestamptz, $3::uuid)`);
    }
    params.push(limit + 1);
    // Ordered as notification_user_idx (user_id, created_at DESC, id DESC).
    const rows: NotificationRow[] = await this.db.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`, params);
    return toPage(rows, limit, toNotification, (r) => [r.created_key, r.id]);
  }

  async unreadCount(user: AuthUser): Promise<UnreadNotificationCount> {
    await this.sweep(user);
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [user.id]);
    return { count: rows[0]!.n };
  }

  /** Someone else's notification answers 404, like one that does not exist. */
  async markRead(user: AuthUser, id: string): Promise<AppNotification> {
    return this.db.transaction(async (tx) => {
      const result: unknown = await tx.query(`UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, user.id]);
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
      if (!rows.length) throw DomainException.notFound('Deze melding');
      await this.audit.record(tx, { action: 'notification.read', objectType: 'notification', objectId: id, fields: ['read_at'] });
      const current: NotificationRow[] = await tx.query(`${SELECT} WHERE id = $1`, [id]);
      return toNotification(current[0]!);
    });
  }

  async markAllRead(user: AuthUser): Promise<MarkAllNotificationsReadResult> {
    return this.db.transaction(async (tx) => {
      const result: unknown = await tx.query(`UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [user.id]);
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
      if (rows.length) await this.audit.record(tx, { action: 'notification.read_all', objectType: 'notification', fields: ['read_at'] });
      return { count: rows.length };
    });
  }

  /** A failing reminder source must not take the bell down: log it and answer with what there is. */
  private async sweep(user: AuthUser): Promise<void> {
    for (const source of this.sources) {
      try {
        await source.sweep(user);
      } catch (e) {
        this.logger.error({ err: e }, 'notification source failed');
      }
    }
  }
}
