import type { AccessLogPage, InzageExport } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { IntakeService } from '../intake/intake.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException } from '../platform/errors/domain.exception';
import type { AccessLogQueryDto } from './inzage.dto';
import { renderInzagePdf } from './inzage-pdf';
import { ACCESS_LOG_SELECT, ACCESS_LOG_VISIBLE, type AccessLogRow, type ExportScope, InzageQueries, toAccessLogEntry } from './inzage.queries';

export type InzageFormat = 'json' | 'pdf';

export interface InzageFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const BAD_CURSOR = 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.';

/**
 * Inzage (AVG art. 15): the jongere sees and downloads everything Koers holds about them, and who
 * looked at or changed their dossier. Read in one REPEATABLE READ, read-only transaction, so the
 * export is one consistent moment; the export itself is then recorded in the audit trail.
 */
@Injectable()
export class InzageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The jongere's own export: all their cases. */
  async exportOwn(user: AuthUser, format: InzageFormat): Promise<InzageFile> {
    const youth = await this.ownYouth(user);
    const cases: { id: string }[] = await this.db.query(`SELECT id FROM youth_case WHERE youth_id = $1 ORDER BY created_at DESC, id`, [youth.id]);
    return this.export({ youthId: youth.id, youthUserId: user.id, caseIds: cases.map((c) => c.id), includeDiversity: true }, format);
  }

  /**
   * Staff answering an art. 15 request (also for a jongere without a login): the case's contact
   * person or a teamleider of the team. The diversiteitsfactoren are only in it when the contact
   * person makes it (a teamleider never sees them).
   */
  async exportForCase(user: AuthUser, caseId: string, format: InzageFormat): Promise<InzageFile> {
    const scope = await this.requireExporter(user, caseId);
    return this.export({ youthId: scope.youthId, youthUserId: scope.youthUserId, caseIds: [scope.id], includeDiversity: IntakeService.mayHoldDiversity(user, scope) }, format);
  }

  /** "Wie keek er in jouw dossier": what others did, newest first, keyset-paginated on (at, id). */
  async accessLog(user: AuthUser, query: AccessLogQueryDto): Promise<AccessLogPage> {
    const youth = await this.ownYouth(user);
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    if (after && !(typeof after[0] === 'string' && TIMESTAMP.test(after[0]) && typeof after[1] === 'string' && /^\d{1,19}$/.test(after[1]))) {
      throw DomainException.validation([{ field: 'cursor', message: BAD_CURSOR }]);
    }
    const params: unknown[] = [youth.id, user.id];
    const where = [`a.youth_id = $1`, `a.result = 'allowed'`, `a.actor_user_id IS DISTINCT FROM $2`, ACCESS_LOG_VISIBLE];
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(a.at, a.id) < ($3::timestamptz, $4::bigint)`);
    }
    params.push(limit + 1);
    // Uses audit_event_youth_at_id_idx (youth_id, at DESC, id DESC).
    const rows: AccessLogRow[] = await this.db.query(
      `${ACCESS_LOG_SELECT} WHERE ${where.join(' AND ')} ORDER BY a.at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
    await this.audit.record(this.db, { action: 'inzage.access_log.read', objectType: 'youth', objectId: youth.id, youthId: youth.id });
    return toPage(rows, limit, (r) => toAccessLogEntry(r, user.id), (r) => [r.at_key, r.id]);
  }

  // ---------------------------------------------------------------------------------------------

  private async export(scope: ExportScope, format: InzageFormat): Promise<InzageFile> {
    const now = new Date();
    // One snapshot for every query, and nothing written while reading.
    const { diversityIncluded, ...data } = await this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      return InzageQueries.load(tx, scope, now);
    });
    const primaryCaseId = scope.caseIds[0] ?? null;
    const body = format === 'pdf' ? await renderInzagePdf(data) : Buffer.from(JSON.stringify(data satisfies InzageExport, null, 2), 'utf8');
    await this.db.transaction(async (tx) => {
      await this.audit.record(tx, { action: 'inzage.export', objectType: 'case', objectId: primaryCaseId, caseId: primaryCaseId, youthId: scope.youthId, fields: [format] });
      if (diversityIncluded) {
        await this.audit.record(tx, { action: 'diversity.read', objectType: 'diversity_info', objectId: primaryCaseId, caseId: primaryCaseId, youthId: scope.youthId });
      }
    });
    const date = todayInNl(now);
    return format === 'pdf'
      ? { fileName: `koers-inzage-${date}.pdf`, contentType: 'application/pdf', body }
      : { fileName: `koers-inzage-${date}.json`, contentType: 'application/json; charset=utf-8', body };
  }

  private async ownYouth(user: AuthUser): Promise<{ id: string }> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM youth WHERE user_id = $1`, [user.id]);
    if (!rows[0]) throw DomainException.notFound('Je dossier');
    return rows[0];
  }

  private async requireExporter(user: AuthUser, caseId: string): Promise<CaseScope> {
    const scope = await this.access.require(user, caseId, 'read', 'inzage.export');
    const allowed = user.role === 'teamleider' || (user.role === 'klantmanager' && scope.contactUserId === user.id);
    if (!allowed) {
      await this.audit.denied({ action: 'inzage.export', objectType: 'case', objectId: caseId, caseId: scope.id, youthId: scope.youthId }, user);
      throw DomainException.notFound('Dit traject');
    }
    return scope;
  }
}
