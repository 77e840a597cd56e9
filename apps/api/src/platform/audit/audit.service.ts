import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { currentRequest } from '../request/request-context';

export type AuditResult = 'allowed' | 'denied' | 'error';

export interface AuditEntry {
  /** e.g. `case.read`, `intake.update`, `plan.goal.create`. */
  action: string;
  objectType: string;
  objectId?: string | null;
  caseId?: string | null;
  youthId?: string | null;
  result?: AuditResult;
  /** For changes: the names of the changed fields (never values). */
  fields?: string[];
}

type Queryable = Pick<EntityManager, 'query'>;

/**
 * The audit trail: who did what to which case, from where, and whether it was allowed.
 * Write it with the transaction's manager, so the change and its record commit (or fail) together.
 * The table is append-only in the database (triggers refuse UPDATE, DELETE and TRUNCATE).
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(runner: Queryable, entry: AuditEntry, actor?: AuthUser | null): Promise<void> {
    const ctx = currentRequest();
    const user = actor ?? ctx?.user ?? null;
    await runner.query(
      `INSERT INTO audit_event (actor_user_id, actor_role, action, object_type, object_id, youth_id, case_id, result, fields, session_ref, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        user?.id ?? null,
        user?.role ?? null,
        entry.action,
        entry.objectType,
        entry.objectId ?? null,
        entry.youthId ?? null,
        entry.caseId ?? null,
        entry.result ?? 'allowed',
        entry.fields?.length ? entry.fields : null,
        ctx?.sessionRef ?? null,
        ctx?.ip ?? null,
        ctx?.requestId ?? null,
      ],
    );
  }

  /** A denied attempt, recorded outside any transaction (which would roll back with the refusal). */
  async denied(entry: Omit<AuditEntry, 'result'>, actor?: AuthUser | null): Promise<void> {
    try {
      await this.record(this.db, { ...entry, result: 'denied' }, actor);
    } catch (e) {
      this.logger.error({ err: e, action: entry.action }, 'could not record a denied attempt');
    }
  }
}
