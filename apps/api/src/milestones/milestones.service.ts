import type { Milestone, MilestonePage } from '@koers/contracts';
import { formatDateNl, todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import { renderPdf } from '../platform/pdf/pdf';
import { drawCertificate } from './certificate';
import type { CreateMilestoneDto, MilestoneListQueryDto } from './milestones.dto';

type Queryable = Pick<EntityManager, 'query'>;

interface MilestoneRow {
  id: string;
  case_id: string;
  title: string;
  achieved_on: string;
  goal_lineage_id: string | null;
  goal_title: string | null;
  certificate_name: string | null;
  note: string | null;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  /** created_at as PostgreSQL text: exact to the microsecond, for the keyset cursor. */
  created_key: string;
  seen_by_youth_at: Date | null;
}

const MILESTONE_SELECT = `
  SELECT m.id, m.case_id, m.title, to_char(m.achieved_on, 'YYYY-MM-DD') AS achieved_on, m.goal_lineage_id, g.title AS goal_title,
         m.certificate_name, m.note, m.created_by, u.name AS created_by_name, m.created_at, m.created_at::text AS created_key,
         m.seen_by_youth_at
    FROM milestone m
    JOIN app_user u ON u.id = m.created_by
    LEFT JOIN LATERAL (
      SELECT g.title FROM goal g JOIN plan_version pv ON pv.id = g.plan_version_id
       WHERE g.case_id = m.case_id AND g.lineage_id = m.goal_lineage_id
       ORDER BY pv.number DESC LIMIT 1
    ) g ON m.goal_lineage_id IS NOT NULL`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const badCursor = () => DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);

function toMilestone(r: MilestoneRow): Milestone {
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    achievedOn: r.achieved_on,
    goalLineageId: r.goal_lineage_id,
    goalTitle: r.goal_title,
    certificateName: r.certificate_name,
    certificateUrl: r.certificate_name ? `/api/cases/${r.case_id}/milestones/${r.id}/certificate.pdf` : null,
    note: r.note,
    createdBy: { id: r.created_by, name: r.created_by_name },
    createdAt: r.created_at.toISOString(),
    seenByYouthAt: r.seen_by_youth_at?.toISOString() ?? null,
  };
}

function assertOpen(scope: CaseScope): void {
  if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst om iets toe te voegen of te wijzigen.');
}

/**
 * Mijlpalen: successes of a case, named and celebrated. Written by the contact person; read by the
 * contact person, the teamleider of the team and the jongere. Every read of the list is audited
 * (`milestone.read`, also for later pages: a cursor can be made by hand, so skipping audit on pages
 * would leave a gap in "who saw what").
 */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
  ) {}

  async list(user: AuthUser, caseId: string, query: MilestoneListQueryDto): Promise<MilestonePage> {
    const scope = await this.access.require(user, caseId, 'read', 'milestone.read');
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 3);
    if (after && !(typeof after[0] === 'string' && DATE.test(after[0]) && typeof after[1] === 'string' && TIMESTAMP.test(after[1]) && typeof after[2] === 'string' && UUID.test(after[2]))) throw badCursor();
    const params: unknown[] = [caseId];
    let where = 'm.case_id = $1';
    if (after) {
      params.push(...after);
      where += ` AND (m.achieved_on, m.created_at, m.id) < ($2::date, $3::timestamptz, $4::uuid)`;
    }
    params.push(limit + 1);
    const rows: MilestoneRow[] = await this.db.query(
      `${MILESTONE_SELECT} WHERE ${where} ORDER BY m.achieved_on DESC, m.created_at DESC, m.id DESC LIMIT $${params.length}`,
      params,
    );
    await this.audit.record(this.db, { action: 'milestone.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    return toPage(rows, limit, toMilestone, (r) => [r.achieved_on, r.created_key, r.id]);
  }

  async create(user: AuthUser, caseId: string, dto: CreateMilestoneDto): Promise<Milestone> {
    if (dto.achievedOn > todayInNl()) {
      throw DomainException.validation([{ field: 'achievedOn', message: 'Een mijlpaal is al behaald: kies vandaag of een eerdere datum.' }]);
    }
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'milestone.create', tx);
      assertOpen(scope);
      if (dto.goalLineageId) {
        const goals: unknown[] = await tx.query(`SELECT 1 FROM goal WHERE case_id = $1 AND lineage_id = $2 LIMIT 1`, [caseId, dto.goalLineageId]);
        if (!goals.length) throw DomainException.validation([{ field: 'goalLineageId', message: 'Dit doel hoort niet bij dit traject.' }]);
      }
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO milestone (case_id, title, achieved_on, goal_lineage_id, certificate_name, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [caseId, dto.title, dto.achievedOn, dto.goalLineageId ?? null, dto.certificateName ?? null, dto.note ?? null, user.id],
      );
      const id = rows[0]!.id;
      const fields = (['title', 'achievedOn', 'goalLineageId', 'certificateName', 'note'] as const).filter((f) => dto[f] !== undefined && dto[f] !== null);
      await this.live.publish(tx, scope.id, 'milestones');
      await this.audit.record(tx, { action: 'milestone.create', objectType: 'milestone', objectId: id, caseId, youthId: scope.youthId, fields });
      return this.loadOne(tx, caseId, id);
    });
  }

  /** Mistakes happen: the contact person can remove a milestone (for good; the audit trail keeps that it existed). */
  async remove(user: AuthUser, caseId: string, milestoneId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'milestone.delete', tx);
      assertOpen(scope);
      const result: unknown = await tx.query(`DELETE FROM milestone WHERE id = $1 AND case_id = $2 RETURNING id`, [milestoneId, caseId]);
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
      if (!rows.length) throw DomainException.notFound('Deze mijlpaal');
      await this.live.publish(tx, scope.id, 'milestones');
      await this.audit.record(tx, { action: 'milestone.delete', objectType: 'milestone', objectId: milestoneId, caseId, youthId: scope.youthId });
    });
  }

  /** The jongere has seen (celebrated) the milestone. Only the first time counts; later calls change nothing. */
  async markSeen(user: AuthUser, caseId: string, milestoneId: string): Promise<Milestone> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'youth-write', 'milestone.seen', tx);
      const result: unknown = await tx.query(
        `UPDATE milestone SET seen_by_youth_at = now() WHERE id = $1 AND case_id = $2 AND seen_by_youth_at IS NULL RETURNING id`,
        [milestoneId, caseId],
      );
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
      if (rows.length) {
        await this.live.publish(tx, scope.id, 'milestones');
        await this.audit.record(tx, { action: 'milestone.seen', objectType: 'milestone', objectId: milestoneId, caseId, youthId: scope.youthId, fields: ['seenByYouthAt'] });
      }
      return this.loadOne(tx, caseId, milestoneId);
    });
  }

  /** The certificate as a PDF, for the contact person and the jongere; only for milestones with a certificate name. */
  async certificate(user: AuthUser, caseId: string, milestoneId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const scope = await this.access.require(user, caseId, user.role === 'jongere' ? 'read' : 'write', 'milestone.certificate');
    const rows: { certificate_name: string | null; achieved_on: string; youth_name: string; team_name: string; signer_name: string }[] = await this.db.query(
      `SELECT m.certificate_name, to_char(m.achieved_on, 'YYYY-MM-DD') AS achieved_on, y.name AS youth_name, t.name AS team_name,
              coalesce(cu.name, mu.name) AS signer_name
         FROM milestone m
         JOIN youth_case c ON c.id = m.case_id
         JOIN youth y ON y.id = c.youth_id
         JOIN team t ON t.id = c.team_id
         JOIN app_user mu ON mu.id = m.created_by
         LEFT JOIN app_user cu ON cu.id = c.contact_user_id
        WHERE m.id = $1 AND m.case_id = $2`,
      [milestoneId, caseId],
    );
    const r = rows[0];
    const certificateName = r?.certificate_name;
    if (!r || !certificateName) throw DomainException.notFound('Dit certificaat');
    await this.audit.record(this.db, { action: 'milestone.certificate', objectType: 'milestone', objectId: milestoneId, caseId, youthId: scope.youthId });
    const pdf = await renderPdf({ title: `Certificaat ${certificateName}`, subject: 'Certificaat', layout: 'landscape' }, (doc) =>
      drawCertificate(doc, {
        youthName: r.youth_name,
        certificateName,
        achievedOn: formatDateNl(r.achieved_on),
        teamName: r.team_name,
        signerName: r.signer_name,
      }),
    );
    return { fileName: `certificaat-${r.youth_name}-${r.achieved_on}.pdf`, pdf };
  }

  private async loadOne(runner: Queryable, caseId: string, id: string): Promise<Milestone> {
    const rows: MilestoneRow[] = await runner.query(`${MILESTONE_SELECT} WHERE m.id = $1 AND m.case_id = $2`, [id, caseId]);
    if (!rows[0]) throw DomainException.notFound('Deze mijlpaal');
    return toMilestone(rows[0]);
  }
}
