import type {
  FactorCheck,
  FactorMark,
  FactorMarkStatus,
  PlanQualityReport,
  Role,
  WerkwijzerContent,
  WerkwijzerFactor,
  WerkwijzerPanel,
  WerkwijzerPanelFactor,
} from '@koers/contracts';
import {
  type AgreementFact,
  checkPlanQuality,
  computeFactorChecks,
  type ContactFacts,
  type GoalFact,
  type HandoverFact,
  isAutomaticFactor,
  type MilestoneFact,
  type NetworkFact,
  type ObstacleFact,
  type PlanFacts,
  todayInNl,
  type WerkwijzerCaseData,
  type WishFact,
} from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { DomainException } from '../platform/errors/domain.exception';
import { MarkFactorDto } from './werkwijzer.dto';

type Queryable = Pick<EntityManager, 'query'>;

/** The loaded, validated content (loaded once at start by the module). */
export class WerkwijzerContentStore {
  private readonly factors: Map<string, WerkwijzerFactor>;

  constructor(readonly content: WerkwijzerContent) {
    this.factors = new Map(content.themes.flatMap((t) => t.factors).map((f) => [f.number, f]));
  }

  factor(number: string): WerkwijzerFactor {
    return this.factors.get(number)!;
  }
}

/** A text column that holds something other than spaces. */
const filled = (column: string) => `coalesce(trim(${column}), '') <> ''`;

interface CaseFactsRow {
  phase: WerkwijzerCaseData['phase'];
  contactUserId: string | null;
  contactName: string | null;
  noContactWeeks: number;
  intakeCompleted: boolean;
  housing: boolean;
  finances: boolean;
  children: boolean;
  transport: boolean;
  health: boolean;
  motivation: boolean;
  qualities: boolean;
  ownStory: boolean;
  infoEducation: boolean;
  infoLabourMarket: boolean;
  infoSupportOptions: boolean;
  youthAgreedAny: boolean;
  wishes: WishFact[];
  obstacles: ObstacleFact[];
  network: NetworkFact[];
  milestones: MilestoneFact[];
  contacts: ContactFacts;
  handovers: HandoverFact[];
  versions: Omit<PlanFacts, 'goals' | 'agreements'>[];
}

/**
 * Everything the checks read, in one statement (the lists as JSON, built by PostgreSQL).
 * $2: whether internal contact moments count (not for a jongere: they never see them).
 */
const CASE_FACTS = `
  SELECT c.phase, c.contact_user_id AS "contactUserId", cu.name AS "contactName", t.no_contact_weeks AS "noContactWeeks",
         i.completed_at IS NOT NULL AS "intakeCompleted",
         (i.housing IS NOT NULL OR i.fixed_sleeping_place IS NOT NULL OR ${filled('i.housing_note')}) AS housing,
         (i.income_source IS NOT NULL OR i.has_debts IS NOT NULL OR ${filled('i.finances_note')} OR ${filled('i.debts_note')}) AS finances,
         (i.has_children IS NOT NULL OR ${filled('i.childcare_note')}) AS children,
         (i.transport IS NOT NULL OR ${filled('i.transport_note')}) AS transport,
         (${filled('i.health_note')} OR ${filled('i.mental_health_note')}) AS health,
         ${filled('i.motivation')} AS motivation,
         ${filled('i.qualities')} AS qualities,
         ${filled('i.own_story')} AS "ownStory",
         coalesce(i.info_education, false) AS "infoEducation",
         coalesce(i.info_labour_market, false) AS "infoLabourMarket",
         coalesce(i.info_support_options, false) AS "infoSupportOptions",
         EXISTS (SELECT 1 FROM plan_version pv WHERE pv.case_id = c.id AND pv.youth_agreed_at IS NOT NULL) AS "youthAgreedAny",
         (SELECT coalesce(json_agg(json_build_object('id', w.id, 'kind', w.kind) ORDER BY w.created_at), '[]')
            FROM intake_wish w WHERE w.case_id = c.id AND w.removed_at IS NULL) AS wishes,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'kind', o.kind, 'resolved', o.resolved_at IS NOT NULL) ORDER BY o.created_at), '[]')
            FROM urgent_obstacle o WHERE o.case_id = c.id) AS obstacles,
         (SELECT coalesce(json_agg(json_build_object('id', n.id, 'relation', n.relation, 'isLead', n.is_lead, 'hasRoleInPlan', ${filled('n.role_in_plan')}) ORDER BY n.created_at), '[]')
            FROM network_member n WHERE n.case_id = c.id AND n.removed_at IS NULL) AS network,
         (SELECT coalesce(json_agg(json_build_object('achievedOn', to_char(m.achieved_on, 'YYYY-MM-DD'), 'goalLineageId', m.goal_lineage_id, 'certificateName', m.certificate_name) ORDER BY m.achieved_on), '[]')
            FROM milestone m WHERE m.case_id = c.id) AS milestones,
         (SELECT json_build_object('total', count(*), 'personal', count(*) FILTER (WHERE cm.kind IN ('face_to_face', 'video')),
                                   'lastOn', to_char(max(cm.occurred_at) AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'))
            FROM contact_moment cm WHERE cm.case_id = c.id AND ($2 OR NOT cm.internal)) AS contacts,
         (SELECT coalesce(json_agg(json_build_object(
                   'on', to_char(h.switched_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD'),
                   'warm', h.warmth = 'warm',
                   'introductionsBefore', (SELECT count(*) FROM handover_meeting hm WHERE hm.handover_id = h.id AND hm.held_on <= (h.switched_at AT TIME ZONE 'Europe/Amsterdam')::date))
                 ORDER BY h.switched_at), '[]')
            FROM handover h WHERE h.case_id = c.id AND h.status = 'overgedragen') AS handovers,
         (SELECT coalesce(json_agg(json_build_object('id', pv.id, 'number', pv.number, 'status', pv.status, 'evaluationDate', to_char(pv.evaluation_date, 'YYYY-MM-DD'),
                                                     'youthAgreed', pv.youth_agreed_at IS NOT NULL, 'consequences', pv.consequences) ORDER BY pv.number DESC), '[]')
            FROM plan_version pv WHERE pv.case_id = c.id AND pv.status <> 'vervangen') AS versions
    FROM youth_case c
    JOIN team t ON t.id = c.team_id
    LEFT JOIN app_user cu ON cu.id = c.contact_user_id
    LEFT JOIN intake i ON i.case_id = c.id
   WHERE c.id = $1`;

/** The goals (with their steps) and agreements of one plan version, in one statement. */
const PLAN_CONTENT = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object(
              'id', g.id, 'lineageId', g.lineage_id, 'title', g.title, 'description', g.description, 'youthWords', g.youth_words,
              'authorRole', g.author_role, 'wish', CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'kind', w.kind) END,
              'urgentObstacleId', g.urgent_obstacle_id, 'priority', g.priority, 'targetDate', to_char(g.target_date, 'YYYY-MM-DD'), 'status', g.status,
              'steps', (SELECT coalesce(json_agg(json_build_object(
                                 'text', s.text, 'ownerKind', s.owner_kind, 'ownerNetworkMemberId', s.owner_network_member_id,
                                 'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'done', s.done_at IS NOT NULL, 'authorRole', s.author_role)
                               ORDER BY s.position, s.created_at, s.id), '[]')
                          FROM step s WHERE s.goal_id = g.id))
            ORDER BY g.priority, g.created_at, g.id), '[]')
       FROM goal g LEFT JOIN intake_wish w ON w.id = g.wish_id
      WHERE g.plan_version_id = $1) AS goals,
    (SELECT coalesce(json_agg(json_build_object('kind', a.kind, 'text', a.text, 'authorRole', a.author_role) ORDER BY a.position, a.created_at, a.id), '[]')
       FROM agreement a WHERE a.plan_version_id = $1) AS agreements`;

interface MarkRow {
  factor: string;
  status: FactorMarkStatus;
  note: string | null;
  marked_by: string;
  marked_by_name: string;
  marked_at: Date;
}

const MARKS = `
  SELECT m.factor, m.status, m.note, m.marked_by, u.name AS marked_by_name, m.marked_at
    FROM werkwijzer_mark m JOIN app_user u ON u.id = m.marked_by`;

function toMark(r: MarkRow, role: Role): FactorMark {
  return {
    status: r.status,
    // Notes are the klantmanager's working notes: staff only.
    note: role === 'jongere' ? null : r.note,
    markedBy: { id: r.marked_by, name: r.marked_by_name },
    markedAt: r.marked_at.toISOString(),
  };
}

/**
 * The werkwijzer in a case: the content, the panel (computed evidence per success factor, manual
 * marks and the plan-quality checks) and the manual marks themselves.
 */
@Injectable()
export class WerkwijzerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly store: WerkwijzerContentStore,
  ) {}

  content(): WerkwijzerContent {
    return this.store.content;
  }

  async panel(user: AuthUser, caseId: string): Promise<WerkwijzerPanel> {
    const scope = await this.access.require(user, caseId, 'read', 'werkwijzer.read');
    // One consistent snapshot for the few queries below.
    const { data, marks } = await this.db.transaction('REPEATABLE READ', async (tx) => ({
      data: await this.caseData(tx, caseId, user.role !== 'jongere'),
      marks: (await tx.query(`${MARKS} WHERE m.case_id = $1`, [caseId])) as MarkRow[],
    }));
    await this.audit.record(this.db, { action: 'werkwijzer.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });

    const checks = new Map<string, FactorCheck>(computeFactorChecks(data).map((c) => [c.factor, c]));
    const markByFactor = new Map(marks.map((m) => [m.factor, toMark(m, user.role)]));
    const themes = this.store.content.themes.map((theme) => {
      const factors = theme.factors.map((f) => this.panelFactor(f, checks.get(f.number)!, markByFactor.get(f.number) ?? null));
      const nvt = factors.filter((f) => f.mark?.status === 'nvt').length;
      const applied = factors.filter((f) => f.status === 'evidence' || f.mark?.status === 'toegepast').length;
      return { number: theme.number, title: theme.title, factors, summary: { applied, applicable: factors.length - nvt, total: factors.length } };
    });

    const quality = checkPlanQuality(data);
    const titles = new Map(this.store.content.planQualityRules.map((r) => [r.rule, r.title]));
    const planQuality: PlanQualityReport = { ...quality, checks: quality.checks.map((c) => ({ ...c, title: titles.get(c.rule)! })) };

    return {
      caseId,
      computedAt: new Date().toISOString(),
      themes,
      planQuality,
      permissions: { canMark: this.canMark(user, scope) },
    };
  }

  async mark(user: AuthUser, caseId: string, factor: string, dto: MarkFactorDto): Promise<WerkwijzerPanelFactor> {
    return this.db.transaction(async (tx) => {
      const scope = await this.writable(user, caseId, factor, 'werkwijzer.mark', tx);
      const note = dto.note ?? null;
      await tx.query(
        `INSERT INTO werkwijzer_mark (case_id, factor, status, note, marked_by, marked_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (case_id, factor) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, marked_by = EXCLUDED.marked_by, marked_at = EXCLUDED.marked_at`,
        [caseId, factor, dto.status, note, user.id],
      );
      await this.audit.record(tx, {
        action: 'werkwijzer.mark',
        objectType: 'werkwijzer_mark',
        objectId: factor,
        caseId,
        youthId: scope.youthId,
        fields: ['status', ...(dto.note !== undefined ? ['note'] : [])],
      });
      const rows: MarkRow[] = await tx.query(`${MARKS} WHERE m.case_id = $1 AND m.factor = $2`, [caseId, factor]);
      return this.panelFactor(this.store.factor(factor), { factor, status: 'not-computed', evidence: null }, toMark(rows[0]!, user.role));
    });
  }

  async unmark(user: AuthUser, caseId: string, factor: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const scope = await this.writable(user, caseId, factor, 'werkwijzer.unmark', tx);
      const deleted: unknown = await tx.query(`DELETE FROM werkwijzer_mark WHERE case_id = $1 AND factor = $2 RETURNING factor`, [caseId, factor]);
      // pg returns [rows, count] for DELETE … RETURNING through TypeORM's query().
      const rows = (Array.isArray(deleted) && Array.isArray(deleted[0]) ? deleted[0] : deleted) as unknown[];
      if (rows.length === 0) throw DomainException.notFound('Deze markering');
      await this.audit.record(tx, { action: 'werkwijzer.unmark', objectType: 'werkwijzer_mark', objectId: factor, caseId, youthId: scope.youthId, fields: ['status', 'note'] });
    });
  }

  private canMark(user: AuthUser, scope: CaseScope): boolean {
    return CaseAccessService.allows(user, scope, 'write') && scope.phase !== 'afgesloten';
  }

  /** The contact person, on an open case, for a factor Koers does not compute itself. */
  private async writable(user: AuthUser, caseId: string, factor: string, action: string, tx: Queryable): Promise<CaseScope> {
    const scope = await this.access.require(user, caseId, 'write', action, tx);
    if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het traject eerst als u de werkwijzer wilt bijwerken.');
    if (isAutomaticFactor(factor)) {
      throw DomainException.validation(
        [{ field: 'factor', message: `Succesfactor ${factor} berekent Koers zelf uit de gegevens van het traject. Die kunt u niet met de hand markeren.` }],
        'Deze succesfactor kunt u niet markeren.',
      );
    }
    return scope;
  }

  private panelFactor(f: WerkwijzerFactor, check: FactorCheck, mark: FactorMark | null): WerkwijzerPanelFactor {
    const automatic = isAutomaticFactor(f.number);
    return {
      number: f.number,
      title: f.title,
      moments: f.moments,
      source: automatic ? 'automatic' : 'manual',
      status: check.status,
      evidence: check.evidence,
      mark: automatic ? null : mark,
    };
  }

  /** The plain data object the domain checks read (see WerkwijzerCaseData). */
  private async caseData(runner: Queryable, caseId: string, includeInternalContacts: boolean): Promise<WerkwijzerCaseData> {
    const rows: CaseFactsRow[] = await runner.query(CASE_FACTS, [caseId, includeInternalContacts]);
    const r = rows[0];
    if (!r) throw DomainException.notFound('Dit traject');
    const open = r.versions.find((v) => v.status === 'concept' || v.status === 'voorgesteld');
    const shown = open ?? r.versions.find((v) => v.status === 'vastgesteld') ?? null;
    let plan: PlanFacts | null = null;
    if (shown) {
      const content: { goals: GoalFact[]; agreements: AgreementFact[] }[] = await runner.query(PLAN_CONTENT, [shown.id]);
      plan = { ...shown, goals: content[0]!.goals, agreements: content[0]!.agreements };
    }
    return {
      today: todayInNl(),
      phase: r.phase,
      contactPerson: r.contactUserId ? { id: r.contactUserId, name: r.contactName ?? '' } : null,
      handovers: r.handovers.map((h) => ({ ...h, introductionsBefore: Number(h.introductionsBefore) })),
      noContactWeeks: r.noContactWeeks,
      intake: {
        completed: r.intakeCompleted,
        housing: r.housing,
        finances: r.finances,
        children: r.children,
        transport: r.transport,
        health: r.health,
        motivation: r.motivation,
        qualities: r.qualities,
        ownStory: r.ownStory,
        infoEducation: r.infoEducation,
        infoLabourMarket: r.infoLabourMarket,
        infoSupportOptions: r.infoSupportOptions,
      },
      wishes: r.wishes,
      urgentObstacles: r.obstacles,
      plan,
      youthAgreedToAnyVersion: r.youthAgreedAny,
      milestones: r.milestones,
      contacts: { total: Number(r.contacts.total), personal: Number(r.contacts.personal), lastOn: r.contacts.lastOn },
      network: r.network,
    };
  }
}
