import {
  CONSEQUENCES_SUGGESTION,
  type FieldError,
  type PlanAgreement,
  type PlanDiff,
  type PlanEntityType,
  type PlanEvaluationResult,
  type PlanGoal,
  type PlanOverview,
  type PlanRevision,
  type PlanRevisionPage,
  type PlanStep,
  type PlanVersionDetail,
  type PlanVersionStatus,
  type Role,
  type UrgentObstacleKind,
} from '@koers/contracts';
import { diffPlanVersions, formatDateNl, todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import type {
  AgreePlanDto,
  ChangeGoalStatusDto,
  CreateAgreementDto,
  CreateGoalDto,
  CreateStepDto,
  PlanRevisionQueryDto,
  RecordEvaluationDto,
  UpdateAgreementDto,
  UpdateGoalDto,
  UpdatePlanVersionDto,
  UpdateStepDto,
} from './plan.dto';
import { renderPlanPdf } from './plan-pdf';
import { PlanQueries, type PlanVersionRow, type Queryable } from './plan.queries';
import { assertCaseOpen, assertEditable, obstacleGoalTitle, type PlanEdit, readinessOf } from './plan.rules';
import { applyPendingYouthProposals } from './youth-proposals';

type Target = { kind: PlanEntityType; id: string };

interface LockedVersion {
  id: string;
  case_id: string;
  number: number;
  status: PlanVersionStatus;
  version: number;
}

interface WriteContext {
  scope: CaseScope;
  pv: LockedVersion;
}

const WHAT: Record<PlanEntityType, string> = {
  plan_version: 'Deze planversie',
  goal: 'Dit doel',
  step: 'Deze stap',
  agreement: 'Deze afspraak',
};

const OPEN_STATUSES = `('concept', 'voorgesteld')`;

/** The fields of a record that its revision history keeps (values as the API shows them). */
const snapshot = {
  planVersion: (v: PlanVersionRow) => ({
    status: v.status,
    evaluationDate: v.evaluation_date,
    consequences: v.consequences,
    proposedAt: v.proposed_at,
    staffAgreedAt: v.staff_agreed_at,
    youthAgreedAt: v.youth_agreed_at,
    youthAgreedVia: v.youth_agreed_via,
    establishedAt: v.established_at,
  }),
  goal: (g: PlanGoal) => ({
    title: g.title,
    description: g.description,
    youthWords: g.youthWords,
    wishId: g.wish?.id ?? null,
    urgentObstacleId: g.urgentObstacle?.id ?? null,
    priority: g.priority,
    targetDate: g.targetDate,
    status: g.status,
    letGoReason: g.letGoReason,
  }),
  step: (s: PlanStep) => ({
    goalId: s.goalId,
    text: s.text,
    ownerKind: s.owner.kind,
    ownerNetworkMemberId: s.owner.networkMember?.id ?? null,
    dueDate: s.dueDate,
    done: s.done,
  }),
  agreement: (a: PlanAgreement) => ({ kind: a.kind, text: a.text, position: a.position }),
};

/** The request fields that were sent (for the audit trail: names only, never values). */
const sent = (dto: object): string[] => Object.entries(dto).filter(([k, v]) => k !== 'version' && v !== undefined).map(([k]) => k);

function rowsOf<R>(result: unknown): R[] {
  // pg returns [rows, count] for UPDATE/DELETE … RETURNING through TypeORM's query().
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as R[];
}

/**
 * The plan van aanpak: versions, goals with steps, agreements, sign-off, evaluation, history.
 *
 * Locking (so parallel writers neither lose updates nor deadlock): every write to a version's
 * content or progress first locks that plan_version row; steps that also change the case lock the
 * case row after it (plan_version → youth_case, never the other way round).
 */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
  ) {}

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  async overview(user: AuthUser, caseId: string): Promise<PlanOverview> {
    const scope = await this.access.require(user, caseId, 'read', 'plan.read');
    await this.audit.record(this.db, { action: 'plan.read', objectType: 'plan', objectId: caseId, caseId, youthId: scope.youthId });
    const versions = await PlanQueries.summaries(this.db, caseId);
    const open = versions.find((v) => v.status === 'concept' || v.status === 'voorgesteld');
    const inForce = versions.find((v) => v.status === 'vastgesteld');
    const shown = open ?? inForce ?? versions[0];
    const current = shown ? await PlanQueries.version(this.db, shown.id) : null;
    const names = await this.names(this.db, caseId);
    const canEdit = CaseAccessService.allows(user, scope, 'write') && scope.phase !== 'afgesloten';
    const today = todayInNl();
    return {
      caseId,
      youthName: names.youthName,
      contactPerson: names.contactPerson,
      current,
      inForceNumber: inForce?.number ?? null,
      versions,
      permissions: {
        canEdit,
        canEvaluate: canEdit && !!inForce && !open && !inForce.evaluatedAt && (!inForce.evaluationDate || inForce.evaluationDate <= today),
      },
    };
  }

  async versionByNumber(user: AuthUser, caseId: string, number: number): Promise<PlanVersionDetail> {
    const scope = await this.access.require(user, caseId, 'read', 'plan.read');
    const version = await PlanQueries.versionByNumber(this.db, caseId, number);
    if (!version) throw DomainException.notFound('Deze planversie');
    await this.audit.record(this.db, { action: 'plan.read', objectType: 'plan_version', objectId: version.id, caseId, youthId: scope.youthId });
    return version;
  }

  async diff(user: AuthUser, caseId: string, from: number, to: number): Promise<PlanDiff> {
    const scope = await this.access.require(user, caseId, 'read', 'plan.read');
    const older = await PlanQueries.versionByNumber(this.db, caseId, from);
    const newer = await PlanQueries.versionByNumber(this.db, caseId, to);
    const missing: FieldError[] = [];
    if (!older) missing.push({ field: 'from', message: `Versie ${from} bestaat niet.` });
    if (!newer) missing.push({ field: 'to', message: `Versie ${to} bestaat niet.` });
    if (!older || !newer) throw DomainException.validation(missing, 'Kies twee versies van het plan die bestaan.');
    await this.audit.record(this.db, { action: 'plan.read', objectType: 'plan_diff', objectId: `${older.id}..${newer.id}`, caseId, youthId: scope.youthId });
    return diffPlanVersions(older, newer);
  }

  async revisions(user: AuthUser, caseId: string, query: PlanRevisionQueryDto): Promise<PlanRevisionPage> {
    const scope = await this.access.require(user, caseId, 'read', 'plan.read');
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 1);
    const params: unknown[] = [caseId, query.entityType, query.entityId];
    const keyset = after ? `AND r.id < $${params.push(String(after[0]))}::bigint` : '';
    const rows: {
      id: string;
      entity_type: PlanEntityType;
      entity_id: string;
      changed_at: Date;
      changed_by: string;
      name: string | null;
      changed_by_role: Role;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[] = await this.db.query(
      `SELECT r.id::text AS id, r.entity_type, r.entity_id, r.changed_at, r.changed_by, u.name, r.changed_by_role, r.before, r.after
         FROM revision r LEFT JOIN app_user u ON u.id = r.changed_by
        WHERE r.case_id = $1 AND r.entity_type = $2 AND r.entity_id = $3 ${keyset}
        ORDER BY r.id DESC
        LIMIT $${params.push(limit + 1)}`,
      params,
    );
    await this.audit.record(this.db, { action: 'plan.read', objectType: 'revision', objectId: query.entityId, caseId, youthId: scope.youthId });
    return toPage(
      rows,
      limit,
      (r): PlanRevision => ({
        id: r.id,
        entityType: r.entity_type,
        entityId: r.entity_id,
        changedAt: r.changed_at.toISOString(),
        changedBy: { id: r.changed_by, name: r.name ?? '', role: r.changed_by_role },
        before: r.before,
        after: r.after,
      }),
      (r) => [r.id],
    );
  }

  /** The printable plan for the jongere: the version in force, else the current one (or the one asked for). */
  async pdf(user: AuthUser, caseId: string, number?: number): Promise<{ file: Buffer; fileName: string }> {
    const scope = await this.access.require(user, caseId, 'read', 'plan.export');
    let version: PlanVersionDetail | null;
    if (number !== undefined) {
      version = await PlanQueries.versionByNumber(this.db, caseId, number);
    } else {
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM plan_version WHERE case_id = $1 AND status <> 'vervangen'
          ORDER BY (status = 'vastgesteld') DESC, number DESC LIMIT 1`,
        [caseId],
      );
      version = rows[0] ? await PlanQueries.version(this.db, rows[0].id) : null;
    }
    if (!version) throw DomainException.notFound(number === undefined ? 'Het plan van dit traject' : 'Deze planversie');
    const names = await this.names(this.db, caseId);
    await this.audit.record(this.db, { action: 'plan.export', objectType: 'plan_version', objectId: version.id, caseId, youthId: scope.youthId });
    const file = await renderPlanPdf({ version, youthName: names.youthName, contactName: names.contactPerson?.name ?? null });
    return { file, fileName: `plan-van-aanpak-versie-${version.number}.pdf` };
  }

  // -------------------------------------------------------------------------------------------
  // Versions, sign-off and evaluation
  // -------------------------------------------------------------------------------------------

  /** Version 1 (concept) of the plan; refused when the case already has a plan. */
  async create(user: AuthUser, caseId: string): Promise<PlanVersionDetail> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'plan.create', tx, true);
      assertCaseOpen(scope.phase);
      const existing: { number: number }[] = await tx.query(`SELECT number FROM plan_version WHERE case_id = $1 LIMIT 1`, [caseId]);
      if (existing.length) throw DomainException.conflict('Dit traject heeft al een plan van aanpak. Een nieuwe versie ontstaat na een evaluatie.');
      const id = await this.insertVersion(tx, user, scope, 1, CONSEQUENCES_SUGGESTION);
      return (await PlanQueries.version(tx, id))!;
    });
  }

  async updateVersion(user: AuthUser, id: string, dto: UpdatePlanVersionDto): Promise<PlanVersionDetail> {
    const fields = sent(dto);
    if (fields.length === 0) throw nothingToChange();
    return this.inPlan(user, { kind: 'plan_version', id }, 'plan.update', 'content', async (tx, { scope }) => {
      if (dto.evaluationDate) assertNotPast('evaluationDate', dto.evaluationDate);
      const before = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      const params: unknown[] = [id, dto.version];
      const sets: string[] = [];
      if (dto.evaluationDate !== undefined) sets.push(`evaluation_date = $${params.push(dto.evaluationDate)}::date`);
      if (dto.consequences !== undefined) sets.push(`consequences = $${params.push(dto.consequences)}`);
      // A content change to a proposed version takes it back to concept: the agreements given no longer hold.
      await updateVersioned(
        tx,
        `UPDATE plan_version SET ${sets.join(', ')}, ${BACK_TO_CONCEPT}, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        params,
        () => PlanQueries.version(tx, id),
      );
      const after = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      await this.revise(tx, user, scope.id, 'plan_version', id, snapshot.planVersion(before), snapshot.planVersion(after));
      await this.audit.record(tx, {
        action: 'plan.update',
        objectType: 'plan_version',
        objectId: id,
        caseId: scope.id,
        youthId: scope.youthId,
        fields: before.status === 'voorgesteld' ? [...fields, 'status'] : fields,
      });
      return (await PlanQueries.version(tx, id))!;
    });
  }

  /** concept → voorgesteld, when nothing required is missing (400 with the Dutch list of what is). */
  async propose(user: AuthUser, id: string, version: number): Promise<PlanVersionDetail> {
    return this.db.transaction(async (tx) => {
      const { scope, pv } = await this.enter(tx, user, { kind: 'plan_version', id }, 'plan.propose');
      if (pv.status !== 'concept') {
        throw DomainException.conflict(pv.status === 'voorgesteld' ? 'Deze versie is al voorgelegd.' : 'Deze versie is al vastgesteld.', await PlanQueries.version(tx, id));
      }
      const before = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      const content = (await PlanQueries.version(tx, id))!;
      await updateVersioned(
        tx,
        `UPDATE plan_version SET status = 'voorgesteld', proposed_at = now(), proposed_by = $3, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, version, user.id],
        () => PlanQueries.version(tx, id),
      );
      const readiness = readinessOf(content, todayInNl());
      if (!readiness.ready) throw DomainException.validation(readiness.missing, 'Het plan is nog niet klaar om voor te leggen. Dit ontbreekt nog:');
      const after = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      await this.revise(tx, user, scope.id, 'plan_version', id, snapshot.planVersion(before), snapshot.planVersion(after));
      await this.audit.record(tx, { action: 'plan.propose', objectType: 'plan_version', objectId: id, caseId: scope.id, youthId: scope.youthId, fields: ['status', 'proposed_at'] });
      return (await PlanQueries.version(tx, id))!;
    });
  }

  /**
   * Records an agreement with a voorgesteld version: the klantmanager's own, or the jongere's given in
   * a meeting. When both have agreed the version is vastgesteld, the previous one vervangen, and the
   * case's next evaluation date and phase follow — all in one transaction.
   */
  async agree(user: AuthUser, id: string, dto: AgreePlanDto): Promise<PlanVersionDetail> {
    if (dto.party === 'jongere' && dto.via !== 'gesprek') {
      throw DomainException.validation([
        {
          field: 'via',
          message:
            dto.via === 'eigen_login'
              ? 'Met de eigen login stemt de jongere zelf in. U legt vast dat de jongere in een gesprek heeft ingestemd: kies "gesprek".'
              : 'Geef aan hoe de jongere heeft ingestemd: in een gesprek ("gesprek").',
        },
      ]);
    }
    if (dto.party === 'klantmanager' && dto.via !== undefined) {
      throw DomainException.validation([{ field: 'via', message: 'Alleen bij de instemming van de jongere hoort hoe die is gegeven.' }]);
    }
    return this.db.transaction(async (tx) => {
      const { scope, pv } = await this.enter(tx, user, { kind: 'plan_version', id }, 'plan.agree');
      if (pv.status === 'concept') throw DomainException.conflict('Leg het plan eerst voor. Daarna kunnen de jongere en u ermee instemmen.', await PlanQueries.version(tx, id));
      if (pv.status !== 'voorgesteld') throw DomainException.conflict('Deze versie is al vastgesteld.', await PlanQueries.version(tx, id));
      const before = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      if (dto.party === 'klantmanager' && before.staff_agreed_at) throw DomainException.conflict('De klantmanager heeft al ingestemd met deze versie.', await PlanQueries.version(tx, id));
      if (dto.party === 'jongere' && before.youth_agreed_at) throw DomainException.conflict('De instemming van de jongere is al vastgelegd.', await PlanQueries.version(tx, id));
      const set =
        dto.party === 'klantmanager'
          ? `staff_agreed_at = now(), staff_agreed_by = $3`
          : `youth_agreed_at = now(), youth_agreed_via = 'gesprek', youth_agreement_recorded_by = $3`;
      await updateVersioned(tx, `UPDATE plan_version SET ${set}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`, [id, dto.version, user.id], () =>
        PlanQueries.version(tx, id),
      );
      if (before.evaluation_date && before.evaluation_date < todayInNl()) {
        throw DomainException.validation(
          [{ field: 'evaluationDate', message: `De evaluatiedatum (${formatDateNl(before.evaluation_date)}) is al voorbij. Kies eerst een nieuwe datum; daarna stemt u opnieuw in.` }],
          'Dit plan kan zo niet worden vastgesteld.',
        );
      }
      const after = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
      await this.revise(tx, user, scope.id, 'plan_version', id, snapshot.planVersion(before), snapshot.planVersion(after));
      await this.audit.record(tx, {
        action: 'plan.agree',
        objectType: 'plan_version',
        objectId: id,
        caseId: scope.id,
        youthId: scope.youthId,
        fields: dto.party === 'klantmanager' ? ['staff_agreed_at'] : ['youth_agreed_at', 'youth_agreed_via'],
      });
      if (after.staff_agreed_at && after.youth_agreed_at) await this.establish(tx, user, scope, after);
      return (await PlanQueries.version(tx, id))!;
    });
  }

  /** Both agreed: establishes the version (also used when the jongere agrees with their own login, apps/api/src/my-plan). */
  async establish(tx: EntityManager, user: AuthUser, scope: CaseScope, row: PlanVersionRow): Promise<void> {
    const previous: { id: string; version: number }[] = await tx.query(
      `SELECT id, version FROM plan_version WHERE case_id = $1 AND status = 'vastgesteld' AND id <> $2 FOR UPDATE`,
      [scope.id, row.id],
    );
    for (const p of previous) {
      await this.reviseVersion(tx, user, scope, p.id, () =>
        updateVersioned(tx, `UPDATE plan_version SET status = 'vervangen', version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`, [p.id, p.version], () =>
          PlanQueries.version(tx, p.id),
        ),
      );
      await this.audit.record(tx, { action: 'plan.replace', objectType: 'plan_version', objectId: p.id, caseId: scope.id, youthId: scope.youthId, fields: ['status'] });
    }
    await this.reviseVersion(tx, user, scope, row.id, () =>
      updateVersioned(
        tx,
        `UPDATE plan_version SET status = 'vastgesteld', established_at = now(), version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
        [row.id, row.version],
        () => PlanQueries.version(tx, row.id),
      ),
    );
    await this.audit.record(tx, { action: 'plan.establish', objectType: 'plan_version', objectId: row.id, caseId: scope.id, youthId: scope.youthId, fields: ['status', 'established_at'] });
    // Lock order: plan_version (above) before youth_case.
    const locked = (await this.access.load(scope.id, tx, true))!;
    await updateVersioned(
      tx,
      `UPDATE youth_case
          SET next_evaluation_date = $3::date,
              phase = CASE WHEN phase IN ('aanmelding', 'intake', 'plan') THEN 'uitvoering' ELSE phase END,
              phase_before_timeout = CASE WHEN phase = 'time_out' AND phase_before_timeout IN ('aanmelding', 'intake', 'plan') THEN 'uitvoering' ELSE phase_before_timeout END,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [scope.id, locked.version, row.evaluation_date],
      () => this.access.load(scope.id, tx),
    );
    await this.audit.record(tx, {
      action: 'case.plan_established',
      objectType: 'case',
      objectId: scope.id,
      caseId: scope.id,
      youthId: scope.youthId,
      fields: ['next_evaluation_date', ...(['aanmelding', 'intake', 'plan'].includes(locked.phase) ? ['phase'] : [])],
    });
  }

  /**
   * Records the evaluation of the version in force (on or after its evaluation date) and starts the
   * next version as a concept copy: goals still open or bezig (same lineage), their steps not yet
   * done, all agreements and the consequences text. The new evaluation date is chosen anew.
   */
  async evaluate(user: AuthUser, caseId: string, dto: RecordEvaluationDto): Promise<PlanEvaluationResult> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'plan.evaluate', tx);
      assertCaseOpen(scope.phase);
      const inForce: { id: string }[] = await tx.query(`SELECT id FROM plan_version WHERE case_id = $1 AND status = 'vastgesteld' FOR UPDATE`, [caseId]);
      if (!inForce[0]) throw DomainException.conflict('Er is nog geen vastgesteld plan om te evalueren.');
      const evaluated = (await PlanQueries.versionRow(tx, 'pv.id = $1', [inForce[0].id]))!;
      if (evaluated.evaluation_id) throw DomainException.conflict('Deze versie van het plan is al geëvalueerd. Werk verder aan de nieuwe versie.');
      const open: { number: number }[] = await tx.query(`SELECT number FROM plan_version WHERE case_id = $1 AND status IN ${OPEN_STATUSES}`, [caseId]);
      if (open[0]) throw DomainException.conflict(`Versie ${open[0].number} van het plan is al in de maak. Maak die eerst af.`);
      if (evaluated.evaluation_date && todayInNl() < evaluated.evaluation_date) {
        const when = formatDateNl(evaluated.evaluation_date);
        throw DomainException.validation(
          [{ field: 'evaluationDate', message: `De evaluatie staat gepland op ${when}. Vanaf die dag kunt u de evaluatie vastleggen.` }],
          `Het is nog te vroeg voor de evaluatie: die staat gepland op ${when}.`,
        );
      }
      await tx.query(
        `INSERT INTO evaluation (case_id, plan_version_id, went_well, was_hard, changes, youth_view, evaluated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [caseId, evaluated.id, dto.wentWell, dto.wasHard, dto.changes, dto.youthView ?? null, user.id],
      );
      await this.audit.record(tx, { action: 'plan.evaluate', objectType: 'plan_version', objectId: evaluated.id, caseId, youthId: scope.youthId, fields: sent(dto) });

      // Lock order: plan_version (above) before youth_case.
      const locked = (await this.access.load(caseId, tx, true))!;
      const next: { n: number }[] = await tx.query(`SELECT max(number) + 1 AS n FROM plan_version WHERE case_id = $1`, [caseId]);
      const nextId = await this.insertVersion(tx, user, scope, next[0]!.n, evaluated.consequences);
      await tx.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, description, youth_words, wish_id, urgent_obstacle_id, priority, target_date,
                           status, let_go_reason, author_user_id, author_role, created_at, updated_at, updated_by)
         SELECT $2, case_id, lineage_id, title, description, youth_words, wish_id, urgent_obstacle_id, priority, target_date,
                status, let_go_reason, author_user_id, author_role, created_at, updated_at, updated_by
           FROM goal WHERE plan_version_id = $1 AND status IN ('open', 'bezig')`,
        [evaluated.id, nextId],
      );
      await tx.query(
        `INSERT INTO step (goal_id, case_id, lineage_id, text, owner_kind, owner_network_member_id, owner_user_id, due_date, position,
                           author_user_id, author_role, created_at, updated_at, updated_by)
         SELECT ng.id, s.case_id, s.lineage_id, s.text, s.owner_kind, s.owner_network_member_id,
                CASE WHEN s.owner_kind = 'klantmanager' THEN $3::uuid ELSE s.owner_user_id END, s.due_date, s.position,
                s.author_user_id, s.author_role, s.created_at, s.updated_at, s.updated_by
           FROM step s
           JOIN goal og ON og.id = s.goal_id
           JOIN goal ng ON ng.plan_version_id = $2 AND ng.lineage_id = og.lineage_id
          WHERE og.plan_version_id = $1 AND s.done_at IS NULL`,
        [evaluated.id, nextId, locked.contactUserId],
      );
      await tx.query(
        `INSERT INTO agreement (plan_version_id, case_id, lineage_id, kind, text, position, author_user_id, author_role, created_at, updated_at, updated_by)
         SELECT $2, case_id, lineage_id, kind, text, position, author_user_id, author_role, created_at, updated_at, updated_by
           FROM agreement WHERE plan_version_id = $1`,
        [evaluated.id, nextId],
      );
      // What the klantmanager took over from the jongere while there was no next version: into it now.
      await applyPendingYouthProposals(tx, this.audit, user, scope, nextId);
      // An urgent obstacle's goal is the copy in the version being worked on.
      await tx.query(
        `UPDATE urgent_obstacle o SET goal_id = ng.id
           FROM goal og JOIN goal ng ON ng.lineage_id = og.lineage_id AND ng.plan_version_id = $2
          WHERE o.goal_id = og.id AND og.plan_version_id = $1`,
        [evaluated.id, nextId],
      );
      // The evaluation is done; the next date counts once the next version is vastgesteld.
      await updateVersioned(
        tx,
        `UPDATE youth_case SET next_evaluation_date = NULL, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
        [caseId, locked.version],
        () => this.access.load(caseId, tx),
      );
      await this.audit.record(tx, { action: 'case.plan_evaluated', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId, fields: ['next_evaluation_date'] });
      const evaluation = (await PlanQueries.version(tx, evaluated.id))!.evaluation!;
      return { evaluation, nextVersion: (await PlanQueries.version(tx, nextId))! };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Goals
  // -------------------------------------------------------------------------------------------

  async createGoal(user: AuthUser, planVersionId: string, dto: CreateGoalDto): Promise<PlanGoal> {
    return this.inPlan(user, { kind: 'plan_version', id: planVersionId }, 'plan.goal.create', 'content', async (tx, { scope }) => {
      const errors = [...dateNotPast('targetDate', dto.targetDate), ...(await this.wishErrors(tx, scope.id, dto.wishId))];
      if (errors.length) throw DomainException.validation(errors);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, description, youth_words, wish_id, priority, target_date, author_user_id, author_role)
         VALUES ($1, $2, gen_random_uuid(), $3, $4, $5, $6,
                 coalesce($7::int, (SELECT coalesce(max(priority), 0) + 1 FROM goal WHERE plan_version_id = $1)), $8, $9, $10)
         RETURNING id`,
        [planVersionId, scope.id, dto.title, dto.description ?? null, dto.youthWords ?? null, dto.wishId ?? null, dto.priority ?? null, dto.targetDate ?? null, user.id, user.role],
      );
      const goal = (await PlanQueries.goal(tx, rows[0]!.id))!;
      await this.revise(tx, user, scope.id, 'goal', goal.id, null, snapshot.goal(goal));
      await this.audit.record(tx, { action: 'plan.goal.create', objectType: 'goal', objectId: goal.id, caseId: scope.id, youthId: scope.youthId, fields: sent(dto) });
      return goal;
    });
  }

  async updateGoal(user: AuthUser, goalId: string, dto: UpdateGoalDto): Promise<PlanGoal> {
    const fields = sent(dto);
    if (fields.length === 0) throw nothingToChange();
    return this.inPlan(user, { kind: 'goal', id: goalId }, 'plan.goal.update', 'content', async (tx, { scope }) => {
      const before = (await PlanQueries.goal(tx, goalId))!;
      const errors = [
        ...(dto.targetDate !== before.targetDate ? dateNotPast('targetDate', dto.targetDate) : []),
        ...(dto.wishId !== before.wish?.id ? await this.wishErrors(tx, scope.id, dto.wishId) : []),
      ];
      if (errors.length) throw DomainException.validation(errors);
      const params: unknown[] = [goalId, dto.version, user.id];
      const columns: [keyof UpdateGoalDto, string, string][] = [
        ['title', 'title', ''],
        ['description', 'description', ''],
        ['youthWords', 'youth_words', ''],
        ['wishId', 'wish_id', '::uuid'],
        ['priority', 'priority', '::int'],
        ['targetDate', 'target_date', '::date'],
      ];
      const sets = columns.filter(([k]) => dto[k] !== undefined).map(([k, col, cast]) => `${col} = $${params.push(dto[k])}${cast}`);
      await updateVersioned(
        tx,
        `UPDATE goal SET ${sets.join(', ')}, updated_at = now(), updated_by = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
        params,
        () => PlanQueries.goal(tx, goalId),
      );
      const after = (await PlanQueries.goal(tx, goalId))!;
      await this.revise(tx, user, scope.id, 'goal', goalId, snapshot.goal(before), snapshot.goal(after));
      await this.audit.record(tx, { action: 'plan.goal.update', objectType: 'goal', objectId: goalId, caseId: scope.id, youthId: scope.youthId, fields });
      return after;
    });
  }

  /** Progress: allowed on the vastgesteld version too. Letting a goal go needs a reason. */
  async changeGoalStatus(user: AuthUser, goalId: string, dto: ChangeGoalStatusDto): Promise<PlanGoal> {
    if (dto.status === 'losgelaten' && !dto.letGoReason) {
      throw DomainException.validation([{ field: 'letGoReason', message: 'Schrijf op waarom dit doel wordt losgelaten.' }]);
    }
    if (dto.status !== 'losgelaten' && dto.letGoReason) {
      throw DomainException.validation([{ field: 'letGoReason', message: "Een reden hoort alleen bij de status 'losgelaten'." }]);
    }
    return this.inPlan(user, { kind: 'goal', id: goalId }, 'plan.goal.status', 'progress', async (tx, { scope }) => {
      const before = (await PlanQueries.goal(tx, goalId))!;
      await updateVersioned(
        tx,
        `UPDATE goal SET status = $3, let_go_reason = $4, updated_at = now(), updated_by = $5, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
        [goalId, dto.version, dto.status, dto.status === 'losgelaten' ? dto.letGoReason : null, user.id],
        () => PlanQueries.goal(tx, goalId),
      );
      const after = (await PlanQueries.goal(tx, goalId))!;
      await this.revise(tx, user, scope.id, 'goal', goalId, snapshot.goal(before), snapshot.goal(after));
      await this.audit.record(tx, {
        action: 'plan.goal.status',
        objectType: 'goal',
        objectId: goalId,
        caseId: scope.id,
        youthId: scope.youthId,
        fields: dto.status === 'losgelaten' ? ['status', 'letGoReason'] : ['status'],
      });
      return after;
    });
  }

  async deleteGoal(user: AuthUser, goalId: string, version: number): Promise<void> {
    await this.inPlan(user, { kind: 'goal', id: goalId }, 'plan.goal.delete', 'content', async (tx, { scope }) => {
      const before = (await PlanQueries.goal(tx, goalId))!;
      if (before.version !== version) throw staleConflict(before);
      for (const s of before.steps) await this.revise(tx, user, scope.id, 'step', s.id, snapshot.step(s), null);
      await this.revise(tx, user, scope.id, 'goal', goalId, snapshot.goal(before), null);
      await tx.query(`UPDATE urgent_obstacle SET goal_id = NULL WHERE goal_id = $1`, [goalId]);
      await this.deleteVersioned(tx, 'goal', goalId, version, () => PlanQueries.goal(tx, goalId));
      await this.audit.record(tx, { action: 'plan.goal.delete', objectType: 'goal', objectId: goalId, caseId: scope.id, youthId: scope.youthId });
    });
  }

  /**
   * "With one click": an urgent obstacle from the intake becomes the first goal of the version being
   * worked on (version 1 is started when the case has no plan yet).
   */
  async goalFromObstacle(user: AuthUser, caseId: string, obstacleId: string): Promise<PlanGoal> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'plan.goal.create', tx);
      assertCaseOpen(scope.phase);
      const obstacles: { id: string; kind: UrgentObstacleKind; description: string; resolved_at: Date | null }[] = await tx.query(
        `SELECT id, kind, description, resolved_at FROM urgent_obstacle WHERE id = $1 AND case_id = $2`,
        [obstacleId, caseId],
      );
      const obstacle = obstacles[0];
      if (!obstacle) throw DomainException.notFound('Dit urgente obstakel');
      if (obstacle.resolved_at) throw DomainException.conflict('Dit obstakel is al opgelost.');

      let open: { id: string }[] = await tx.query(`SELECT id FROM plan_version WHERE case_id = $1 AND status IN ${OPEN_STATUSES}`, [caseId]);
      if (!open[0]) {
        // No version in the works: start version 1, or refuse when the plan is vastgesteld.
        await this.access.load(caseId, tx, true);
        const any: { number: number }[] = await tx.query(`SELECT number FROM plan_version WHERE case_id = $1 LIMIT 1`, [caseId]);
        if (any.length) {
          throw DomainException.conflict('Het plan is vastgesteld en de inhoud ligt vast. Maak van dit obstakel een doel in de volgende versie, na de evaluatie.');
        }
        open = [{ id: await this.insertVersion(tx, user, scope, 1, CONSEQUENCES_SUGGESTION) }];
      }
      const pv = await this.lockVersion(tx, open[0]!.id);
      assertEditable(pv.status, 'content');
      const existing: { id: string }[] = await tx.query(`SELECT id FROM goal WHERE plan_version_id = $1 AND urgent_obstacle_id = $2`, [pv.id, obstacleId]);
      if (existing[0]) throw DomainException.conflict('Van dit obstakel is in deze versie al een doel gemaakt.', await PlanQueries.goal(tx, existing[0].id));
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, description, urgent_obstacle_id, priority, author_user_id, author_role)
         VALUES ($1, $2, gen_random_uuid(), $3, $4, $5, (SELECT coalesce(min(priority), 1) - 1 FROM goal WHERE plan_version_id = $1), $6, $7)
         RETURNING id`,
        [pv.id, caseId, obstacleGoalTitle(obstacle.kind, obstacle.description), obstacle.description, obstacleId, user.id, user.role],
      );
      const goalId = rows[0]!.id;
      await tx.query(`UPDATE urgent_obstacle SET goal_id = $2 WHERE id = $1`, [obstacleId, goalId]);
      const goal = (await PlanQueries.goal(tx, goalId))!;
      await this.revise(tx, user, caseId, 'goal', goalId, null, snapshot.goal(goal));
      await this.audit.record(tx, {
        action: 'plan.goal.create',
        objectType: 'goal',
        objectId: goalId,
        caseId,
        youthId: scope.youthId,
        fields: ['title', 'description', 'urgentObstacleId', 'priority'],
      });
      await this.reopenIfProposed(tx, user, scope, pv.id);
      return goal;
    });
  }

  // -------------------------------------------------------------------------------------------
  // Steps
  // -------------------------------------------------------------------------------------------

  async createStep(user: AuthUser, goalId: string, dto: CreateStepDto): Promise<PlanStep> {
    return this.inPlan(user, { kind: 'goal', id: goalId }, 'plan.step.create', 'content', async (tx, { scope }) => {
      const member = await this.ownerErrors(tx, scope.id, dto.ownerKind, dto.ownerNetworkMemberId, dto.ownerNetworkMemberId ?? null);
      const errors = [...member, ...dateNotPast('dueDate', dto.dueDate)];
      if (errors.length) throw DomainException.validation(errors);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_network_member_id, owner_user_id, due_date, position, author_user_id, author_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(position), -1) + 1 FROM step WHERE goal_id = $1), $8, $9)
         RETURNING id`,
        [goalId, scope.id, dto.text, dto.ownerKind, dto.ownerKind === 'netwerk' ? dto.ownerNetworkMemberId : null, ownerUser(scope, dto.ownerKind), dto.dueDate ?? null, user.id, user.role],
      );
      const step = (await PlanQueries.step(tx, rows[0]!.id))!;
      await this.revise(tx, user, scope.id, 'step', step.id, null, snapshot.step(step));
      await this.audit.record(tx, { action: 'plan.step.create', objectType: 'step', objectId: step.id, caseId: scope.id, youthId: scope.youthId, fields: sent(dto) });
      return step;
    });
  }

  async updateStep(user: AuthUser, stepId: string, dto: UpdateStepDto): Promise<PlanStep> {
    const fields = sent(dto);
    if (fields.length === 0) throw nothingToChange();
    return this.inPlan(user, { kind: 'step', id: stepId }, 'plan.step.update', 'content', async (tx, { scope }) => {
      const before = (await PlanQueries.step(tx, stepId))!;
      const kind = dto.ownerKind ?? before.owner.kind;
      const member = kind !== 'netwerk' ? null : dto.ownerNetworkMemberId !== undefined ? dto.ownerNetworkMemberId : (before.owner.networkMember?.id ?? null);
      const errors = [
        ...(member !== before.owner.networkMember?.id || dto.ownerNetworkMemberId ? await this.ownerErrors(tx, scope.id, kind, dto.ownerNetworkMemberId, member) : []),
        ...(dto.dueDate !== before.dueDate ? dateNotPast('dueDate', dto.dueDate) : []),
      ];
      if (errors.length) throw DomainException.validation(errors);
      const params: unknown[] = [stepId, dto.version, user.id];
      const sets: string[] = [];
      if (dto.text !== undefined) sets.push(`text = $${params.push(dto.text)}`);
      if (dto.ownerKind !== undefined || dto.ownerNetworkMemberId !== undefined) {
        sets.push(`owner_kind = $${params.push(kind)}`, `owner_network_member_id = $${params.push(member)}::uuid`, `owner_user_id = $${params.push(ownerUser(scope, kind))}::uuid`);
      }
      if (dto.dueDate !== undefined) sets.push(`due_date = $${params.push(dto.dueDate)}::date`);
      await updateVersioned(
        tx,
        `UPDATE step SET ${sets.join(', ')}, updated_at = now(), updated_by = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
        params,
        () => PlanQueries.step(tx, stepId),
      );
      const after = (await PlanQueries.step(tx, stepId))!;
      await this.revise(tx, user, scope.id, 'step', stepId, snapshot.step(before), snapshot.step(after));
      await this.audit.record(tx, { action: 'plan.step.update', objectType: 'step', objectId: stepId, caseId: scope.id, youthId: scope.youthId, fields });
      return after;
    });
  }

  /** Progress: allowed on the vastgesteld version too. */
  async markStepDone(user: AuthUser, stepId: string, done: boolean, version: number): Promise<PlanStep> {
    return this.inPlan(user, { kind: 'step', id: stepId }, 'plan.step.done', 'progress', async (tx, { scope }) => {
      const before = (await PlanQueries.step(tx, stepId))!;
      await updateVersioned(
        tx,
        `UPDATE step SET done_at = CASE WHEN $3::boolean THEN coalesce(done_at, now()) END, updated_at = now(), updated_by = $4, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [stepId, version, done, user.id],
        () => PlanQueries.step(tx, stepId),
      );
      const after = (await PlanQueries.step(tx, stepId))!;
      await this.revise(tx, user, scope.id, 'step', stepId, snapshot.step(before), snapshot.step(after));
      await this.audit.record(tx, { action: 'plan.step.done', objectType: 'step', objectId: stepId, caseId: scope.id, youthId: scope.youthId, fields: ['done'] });
      return after;
    });
  }

  async deleteStep(user: AuthUser, stepId: string, version: number): Promise<void> {
    await this.inPlan(user, { kind: 'step', id: stepId }, 'plan.step.delete', 'content', async (tx, { scope }) => {
      const before = (await PlanQueries.step(tx, stepId))!;
      if (before.version !== version) throw staleConflict(before);
      await this.revise(tx, user, scope.id, 'step', stepId, snapshot.step(before), null);
      await this.deleteVersioned(tx, 'step', stepId, version, () => PlanQueries.step(tx, stepId));
      await this.audit.record(tx, { action: 'plan.step.delete', objectType: 'step', objectId: stepId, caseId: scope.id, youthId: scope.youthId });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Agreements
  // -------------------------------------------------------------------------------------------

  async createAgreement(user: AuthUser, planVersionId: string, dto: CreateAgreementDto): Promise<PlanAgreement> {
    return this.inPlan(user, { kind: 'plan_version', id: planVersionId }, 'plan.agreement.create', 'content', async (tx, { scope }) => {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO agreement (plan_version_id, case_id, kind, text, position, author_user_id, author_role)
         VALUES ($1, $2, $3, $4, (SELECT coalesce(max(position), -1) + 1 FROM agreement WHERE plan_version_id = $1 AND kind = $3), $5, $6)
         RETURNING id`,
        [planVersionId, scope.id, dto.kind, dto.text, user.id, user.role],
      );
      const agreement = (await PlanQueries.agreement(tx, rows[0]!.id))!;
      await this.revise(tx, user, scope.id, 'agreement', agreement.id, null, snapshot.agreement(agreement));
      await this.audit.record(tx, { action: 'plan.agreement.create', objectType: 'agreement', objectId: agreement.id, caseId: scope.id, youthId: scope.youthId, fields: sent(dto) });
      return agreement;
    });
  }

  async updateAgreement(user: AuthUser, id: string, dto: UpdateAgreementDto): Promise<PlanAgreement> {
    const fields = sent(dto);
    if (fields.length === 0) throw nothingToChange();
    return this.inPlan(user, { kind: 'agreement', id }, 'plan.agreement.update', 'content', async (tx, { scope, pv }) => {
      const before = (await PlanQueries.agreement(tx, id))!;
      const params: unknown[] = [id, dto.version, user.id];
      const sets: string[] = [];
      if (dto.text !== undefined) sets.push(`text = $${params.push(dto.text)}`);
      if (dto.kind !== undefined && dto.kind !== before.kind) {
        const kind = `$${params.push(dto.kind)}`;
        sets.push(`kind = ${kind}`, `position = (SELECT coalesce(max(position), -1) + 1 FROM agreement WHERE plan_version_id = $${params.push(pv.id)} AND kind = ${kind})`);
      }
      if (sets.length === 0) sets.push('text = text');
      await updateVersioned(
        tx,
        `UPDATE agreement SET ${sets.join(', ')}, updated_at = now(), updated_by = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
        params,
        () => PlanQueries.agreement(tx, id),
      );
      const after = (await PlanQueries.agreement(tx, id))!;
      await this.revise(tx, user, scope.id, 'agreement', id, snapshot.agreement(before), snapshot.agreement(after));
      await this.audit.record(tx, { action: 'plan.agreement.update', objectType: 'agreement', objectId: id, caseId: scope.id, youthId: scope.youthId, fields });
      return after;
    });
  }

  async deleteAgreement(user: AuthUser, id: string, version: number): Promise<void> {
    await this.inPlan(user, { kind: 'agreement', id }, 'plan.agreement.delete', 'content', async (tx, { scope }) => {
      const before = (await PlanQueries.agreement(tx, id))!;
      if (before.version !== version) throw staleConflict(before);
      await this.revise(tx, user, scope.id, 'agreement', id, snapshot.agreement(before), null);
      await this.deleteVersioned(tx, 'agreement', id, version, () => PlanQueries.agreement(tx, id));
      await this.audit.record(tx, { action: 'plan.agreement.delete', objectType: 'agreement', objectId: id, caseId: scope.id, youthId: scope.youthId });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Plumbing
  // -------------------------------------------------------------------------------------------

  /**
   * One write inside a plan version: finds the record's case (404 when it does not exist or may not
   * be touched), locks the version, checks that its status allows this kind of change, runs it,
   * and takes a voorgesteld version back to concept after a content change.
   */
  private inPlan<T>(user: AuthUser, target: Target, action: string, edit: PlanEdit, change: (tx: EntityManager, ctx: WriteContext) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const ctx = await this.enter(tx, user, target, action);
      assertEditable(ctx.pv.status, edit);
      const result = await change(tx, ctx);
      if (edit === 'content') await this.reopenIfProposed(tx, user, ctx.scope, ctx.pv.id);
      return result;
    });
  }

  private async enter(tx: EntityManager, user: AuthUser, target: Target, action: string): Promise<WriteContext> {
    const located: { case_id: string; plan_version_id: string }[] = await tx.query(LOCATE[target.kind], [target.id]);
    const ref = located[0];
    if (!ref) throw DomainException.notFound(WHAT[target.kind]);
    const scope = await this.access.require(user, ref.case_id, 'write', action, tx);
    assertCaseOpen(scope.phase);
    return { scope, pv: await this.lockVersion(tx, ref.plan_version_id) };
  }

  private async lockVersion(tx: EntityManager, id: string): Promise<LockedVersion> {
    const rows: LockedVersion[] = await tx.query(`SELECT id, case_id, number, status, version FROM plan_version WHERE id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) throw DomainException.notFound(WHAT.plan_version);
    return rows[0];
  }

  /** After a content change: a voorgesteld version goes back to concept (also used when a proposal of the jongere is taken over). */
  async reopenIfProposed(tx: EntityManager, user: AuthUser, scope: CaseScope, planVersionId: string): Promise<void> {
    const row = (await PlanQueries.versionRow(tx, 'pv.id = $1', [planVersionId]))!;
    if (row.status !== 'voorgesteld') return;
    await this.reviseVersion(tx, user, scope, planVersionId, () =>
      updateVersioned(tx, `UPDATE plan_version SET ${BACK_TO_CONCEPT}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`, [planVersionId, row.version], () =>
        PlanQueries.version(tx, planVersionId),
      ),
    );
    await this.audit.record(tx, {
      action: 'plan.reopen',
      objectType: 'plan_version',
      objectId: planVersionId,
      caseId: scope.id,
      youthId: scope.youthId,
      fields: ['status', 'staff_agreed_at', 'youth_agreed_at'],
    });
  }

  /** Runs a change to a plan_version row and records its revision (before and after). */
  private async reviseVersion(tx: EntityManager, user: AuthUser, scope: CaseScope, id: string, change: () => Promise<unknown>): Promise<void> {
    const before = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
    await change();
    const after = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
    await this.revise(tx, user, scope.id, 'plan_version', id, snapshot.planVersion(before), snapshot.planVersion(after));
  }

  private async insertVersion(tx: EntityManager, user: AuthUser, scope: CaseScope, number: number, consequences: string | null): Promise<string> {
    const rows: { id: string }[] = await tx.query(`INSERT INTO plan_version (case_id, number, consequences) VALUES ($1, $2, $3) RETURNING id`, [scope.id, number, consequences]);
    const id = rows[0]!.id;
    const row = (await PlanQueries.versionRow(tx, 'pv.id = $1', [id]))!;
    await this.revise(tx, user, scope.id, 'plan_version', id, null, snapshot.planVersion(row));
    await this.audit.record(tx, { action: 'plan.create', objectType: 'plan_version', objectId: id, caseId: scope.id, youthId: scope.youthId, fields: ['number', 'consequences'] });
    return id;
  }

  /** Every change to the plan passes here: it keeps the revision and tells open pages (live, on commit). */
  private async revise(tx: EntityManager, user: AuthUser, caseId: string, entityType: PlanEntityType, entityId: string, before: object | null, after: object | null): Promise<void> {
    await this.live.publish(tx, caseId, 'plan');
    await tx.query(
      `INSERT INTO revision (case_id, entity_type, entity_id, changed_by, changed_by_role, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [caseId, entityType, entityId, user.id, user.role, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null],
    );
  }

  /** Delete with the same optimistic check as updateVersioned: 409 with the current record when stale. */
  private async deleteVersioned(tx: EntityManager, table: 'goal' | 'step' | 'agreement', id: string, version: number, current: () => Promise<unknown>): Promise<void> {
    const rows = rowsOf<{ id: string }>(await tx.query(`DELETE FROM ${table} WHERE id = $1 AND version = $2 RETURNING id`, [id, version]));
    if (rows.length === 1) return;
    const now = await current();
    if (!now) throw DomainException.notFound(WHAT[table]);
    throw staleConflict(now);
  }

  private async wishErrors(tx: Queryable, caseId: string, wishId: string | null | undefined): Promise<FieldError[]> {
    if (!wishId) return [];
    const rows: unknown[] = await tx.query(`SELECT 1 FROM intake_wish WHERE id = $1 AND case_id = $2 AND removed_at IS NULL`, [wishId, caseId]);
    return rows.length ? [] : [{ field: 'wishId', message: 'Kies een wens of behoefte uit de intake van deze jongere.' }];
  }

  private async ownerErrors(tx: Queryable, caseId: string, kind: string, sentMember: string | null | undefined, member: string | null): Promise<FieldError[]> {
    if (kind !== 'netwerk') {
      return sentMember ? [{ field: 'ownerNetworkMemberId', message: 'Kies alleen iemand uit het netwerk als die persoon deze stap doet.' }] : [];
    }
    if (!member) return [{ field: 'ownerNetworkMemberId', message: 'Kies wie uit het netwerk deze stap doet.' }];
    const rows: unknown[] = await tx.query(`SELECT 1 FROM network_member WHERE id = $1 AND case_id = $2 AND removed_at IS NULL`, [member, caseId]);
    return rows.length ? [] : [{ field: 'ownerNetworkMemberId', message: 'Kies iemand uit het netwerk van deze jongere.' }];
  }

  private async names(runner: Queryable, caseId: string): Promise<{ youthName: string; contactPerson: { id: string; name: string } | null }> {
    const rows: { youth_name: string; contact_user_id: string | null; contact_name: string | null }[] = await runner.query(
      `SELECT y.name AS youth_name, c.contact_user_id, u.name AS contact_name
         FROM youth_case c JOIN youth y ON y.id = c.youth_id LEFT JOIN app_user u ON u.id = c.contact_user_id
        WHERE c.id = $1`,
      [caseId],
    );
    const r = rows[0]!;
    return { youthName: r.youth_name, contactPerson: r.contact_user_id ? { id: r.contact_user_id, name: r.contact_name ?? '' } : null };
  }
}

/** Where a record lives: its case and plan version. */
const LOCATE: Record<PlanEntityType, string> = {
  plan_version: `SELECT case_id, id AS plan_version_id FROM plan_version WHERE id = $1`,
  goal: `SELECT case_id, plan_version_id FROM goal WHERE id = $1`,
  step: `SELECT s.case_id, g.plan_version_id FROM step s JOIN goal g ON g.id = s.goal_id WHERE s.id = $1`,
  agreement: `SELECT case_id, plan_version_id FROM agreement WHERE id = $1`,
};

/** Back to concept: the proposal and the agreements given are cleared. */
const BACK_TO_CONCEPT = `status = 'concept', proposed_at = NULL, proposed_by = NULL, staff_agreed_at = NULL, staff_agreed_by = NULL,
  youth_agreed_at = NULL, youth_agreed_via = NULL, youth_agreement_recorded_by = NULL`;

/** The user a step's owner stands for (for "my open steps" lists): the jongere's account or the contact person. */
function ownerUser(scope: CaseScope, kind: string): string | null {
  if (kind === 'jongere') return scope.youthUserId;
  if (kind === 'klantmanager') return scope.contactUserId;
  return null;
}

function dateNotPast(field: string, date: string | null | undefined): FieldError[] {
  return date && date < todayInNl() ? [{ field, message: 'Kies een datum vanaf vandaag.' }] : [];
}

function assertNotPast(field: string, date: string): void {
  const errors = dateNotPast(field, date);
  if (errors.length) throw DomainException.validation(errors);
}

function nothingToChange(): DomainException {
  return DomainException.validation([], 'Er is niets om te wijzigen: stuur minstens één veld mee.');
}

function staleConflict(current: unknown): DomainException {
  return DomainException.conflict('Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.', current);
}
