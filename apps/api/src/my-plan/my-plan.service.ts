import {
  type GoalComment,
  type GoalCommentPage,
  MAX_PAGE_SIZE,
  MY_PLAN_LATEST_COMMENTS,
  type MyAgreement,
  type MyChangeResult,
  type MyComment,
  type MyCommentPage,
  type MyContactPerson,
  type MyGoal,
  type MyPlan,
  type MyPlanVersion,
  type MyProposal,
  type MyProposalPage,
  type MyStep,
  type MyWish,
  type Page,
  type PlanGoal,
  type PlanStep,
  type PlanVersionDetail,
  type PlanVersionStatus,
  type ProposalFilter,
  type ProposalKind,
  type ProposalStatus,
  type YouthProposal,
  type YouthProposalPage,
} from '@koers/contracts';
import { formatDateNl, todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { PlanQueries, type Queryable } from '../plan/plan.queries';
import { assertCaseOpen } from '../plan/plan.rules';
import { applyYouthProposal, type ProposalToApply } from '../plan/youth-proposals';
import { PlanService } from '../plan/plan.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import type { PageQueryDto } from '../platform/database/page-query.dto';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';

interface ProposalRow {
  id: string;
  kind: ProposalKind;
  target_lineage_id: string | null;
  text: string;
  status: ProposalStatus;
  created_at: Date;
  /** Not returned by every query (a new proposal has none of these). */
  reply?: string | null;
  decided_at?: Date | null;
  applied_number?: number | null;
}

/** A proposal's columns, with the number of the version it was carried into (table alias p). */
const PROPOSAL_COLUMNS = `p.id, p.kind, p.target_lineage_id, p.text, p.status, p.created_at, p.reply, p.decided_at,
  (SELECT number FROM plan_version WHERE id = p.applied_plan_version_id) AS applied_number`;

interface CommentRow {
  id: string;
  goal_lineage_id: string;
  text: string;
  author_user_id: string;
  author_name: string;
  created_at: Date;
}

interface StaffProposalRow extends ProposalRow {
  number: number;
  author_name: string;
  version: number;
  created_key: string;
}

interface StaffCommentRow extends CommentRow {
  author_role: string;
  created_key: string;
}

/** A comment thread: its newest comments (oldest first) and how many there are. */
interface Thread {
  rows: CommentRow[];
  count: number;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_CURSOR = 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.';

/** Keyset cursor (created_at as text, id) of the newest-first lists; a malformed one is a Dutch 400. */
function createdCursor(cursor: string | undefined): [string, string] | null {
  const after = decodeCursor(cursor, 2);
  if (!after) return null;
  if (typeof after[0] === 'string' && TIMESTAMP.test(after[0]) && typeof after[1] === 'string' && UUID.test(after[1])) return [after[0], after[1]];
  throw DomainException.validation([{ field: 'cursor', message: BAD_CURSOR }]);
}

/** SQL for the proposal filters (table alias p); each has an index: plan_proposal_case_idx (open), plan_proposal_pending_idx (wachtend), else plan_proposal_case_all_idx. */
const PROPOSAL_FILTER_SQL: Record<ProposalFilter, string> = {
  open: `p.status = 'open'`,
  besproken: `p.status = 'besproken'`,
  overgenomen: `p.status = 'overgenomen'`,
  wachtend: `p.status = 'overgenomen' AND p.applied_at IS NULL`,
};

interface Located {
  case_id: string;
  plan_version_id: string;
  lineage_id: string;
  author_user_id: string;
}

const toProposal = (r: ProposalRow): MyProposal => ({
  id: r.id,
  kind: r.kind,
  targetLineageId: r.target_lineage_id,
  text: r.text,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  reply: r.reply ?? null,
  decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
  appliedInVersion: r.applied_number ?? null,
});

const NO_PLAN = 'Je hebt nog geen plan. Je klantmanager maakt het plan samen met jou.';
const STALE = 'Iemand anders heeft dit net veranderd. Bekijk de nieuwe tekst en probeer het opnieuw.';

/**
 * "Mijn plan": the logged-in jongere's own plan. Every route works on their own case only (found by
 * youth.user_id and checked with CaseAccessService). What they write into a concept is applied; what
 * they write while a version is voorgesteld or vastgesteld becomes a proposal for the next version.
 */
@Injectable()
export class MyPlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly plan: PlanService,
    private readonly live: LiveEventsService,
  ) {}

  // --- reading ---------------------------------------------------------------------------------

  async get(user: AuthUser): Promise<MyPlan> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'read', 'my_plan.read');
      const versions: { id: string; status: PlanVersionStatus }[] = await tx.query(
        `SELECT id, status FROM plan_version WHERE case_id = $1 AND status IN ('vastgesteld', 'voorgesteld', 'concept')`,
        [scope.id],
      );
      const details = new Map<string, PlanVersionDetail>();
      for (const v of versions) details.set(v.status, (await PlanQueries.version(tx, v.id))!);
      const threads = await latestComments(tx, scope.id, [...details.values()].flatMap((d) => d.goals.map((g) => g.lineageId)));
      const byStatus = (status: PlanVersionStatus): MyPlanVersion | null => {
        const v = details.get(status);
        return v ? toMyVersion(v, user, threads) : null;
      };
      const contact: { name: string; email: string | null; work_phone: string | null }[] = await tx.query(
        `SELECT u.name, u.email, u.work_phone FROM youth_case c JOIN app_user u ON u.id = c.contact_user_id WHERE c.id = $1`,
        [scope.id],
      );
      const youth: { name: string }[] = await tx.query(`SELECT name FROM youth WHERE id = $1`, [scope.youthId]);
      // Open ones only (plan_proposal_case_idx); all of them are behind GET /api/me/plan/proposals.
      const proposals: ProposalRow[] = await tx.query(
        `SELECT ${PROPOSAL_COLUMNS} FROM plan_proposal p WHERE p.case_id = $1 AND p.status = 'open' ORDER BY p.created_at DESC, p.id DESC LIMIT ${MAX_PAGE_SIZE}`,
        [scope.id],
      );
      const wishes: { id: string; text: string; created_at: Date }[] = await tx.query(
        `SELECT id, text, created_at FROM intake_wish WHERE case_id = $1 AND removed_at IS NULL ORDER BY created_at, id LIMIT 100`,
        [scope.id],
      );
      await this.audit.record(tx, { action: 'my_plan.read', objectType: 'case', objectId: scope.id, caseId: scope.id, youthId: scope.youthId });
      const contactPerson: MyContactPerson | null = contact[0] ? { name: contact[0].name, email: contact[0].email, phone: contact[0].work_phone } : null;
      return {
        caseId: scope.id,
        youthName: youth[0]?.name ?? '',
        contactPerson,
        current: byStatus('vastgesteld'),
        proposed: byStatus('voorgesteld'),
        concept: byStatus('concept'),
        proposals: proposals.map(toProposal),
        wishes: wishes.map((w): MyWish => ({ id: w.id, text: w.text, createdAt: w.created_at.toISOString() })),
      };
    });
  }

  /** The jongere's own proposals, newest first, optionally of one status (keyset-paginated). */
  async ownProposals(user: AuthUser, query: ProposalQuery): Promise<MyProposalPage> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'read', 'my_plan.proposals.read');
      const page = await proposalPage(tx, scope.id, query);
      await this.audit.record(tx, { action: 'my_plan.proposals.read', objectType: 'case', objectId: scope.id, caseId: scope.id, youthId: scope.youthId });
      return { items: page.items.map(toProposal), nextCursor: page.nextCursor };
    });
  }

  /** A goal's comment thread in the jongere's own plan, newest first (keyset-paginated). */
  async ownComments(user: AuthUser, lineageId: string, query: PageQueryDto): Promise<MyCommentPage> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'read', 'my_plan.comments.read');
      const page = await commentPage(tx, scope.id, lineageId, query);
      await this.audit.record(tx, { action: 'my_plan.comments.read', objectType: 'case', objectId: scope.id, caseId: scope.id, youthId: scope.youthId });
      return { items: page.items.map((c) => toMyComment(c, user)), nextCursor: page.nextCursor, total: page.total };
    });
  }

  /** For staff: the jongere's proposals on a case, newest first, optionally of one status (keyset-paginated). */
  async proposalsForStaff(user: AuthUser, caseId: string, query: ProposalQuery): Promise<YouthProposalPage> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'read', 'my_plan.proposals.read', tx);
      const page = await proposalPage(tx, scope.id, query);
      await this.audit.record(tx, { action: 'my_plan.proposals.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
      return { items: page.items.map(toYouthProposal), nextCursor: page.nextCursor };
    });
  }

  private async proposalsWhere(runner: Queryable, where: string, params: unknown[]): Promise<YouthProposal[]> {
    const rows: StaffProposalRow[] = await runner.query(`${STAFF_PROPOSAL_SELECT} WHERE ${where}`, params);
    return rows.map(toYouthProposal);
  }

  /** For the contact person: a reply in a goal's comment thread (by goal lineage, so it stays with the goal across versions). */
  async staffComment(user: AuthUser, caseId: string, goalId: string, text: string): Promise<GoalComment> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'my_plan.goal.staff_comment', tx);
      await this.live.publish(tx, scope.id, 'comments');
      assertCaseOpen(scope.phase);
      const goal: { lineage_id: string }[] = await tx.query(`SELECT lineage_id FROM goal WHERE id = $1 AND case_id = $2`, [goalId, scope.id]);
      if (!goal[0]) throw DomainException.notFound('Dit doel');
      const rows: { id: string; created_at: Date }[] = await tx.query(
        `INSERT INTO goal_comment (case_id, goal_lineage_id, text, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [scope.id, goal[0].lineage_id, text, user.id, user.role],
      );
      const row = rows[0]!;
      await this.audit.record(tx, { action: 'my_plan.goal.staff_comment', objectType: 'goal_comment', objectId: row.id, caseId: scope.id, youthId: scope.youthId, fields: ['text'] });
      return { id: row.id, goalLineageId: goal[0].lineage_id, text, byMe: true, authorName: user.name, authorRole: user.role, createdAt: row.created_at.toISOString() };
    });
  }

  /** For staff: a goal's comment thread (by lineage), newest first (keyset-paginated). */
  async commentsForStaff(user: AuthUser, caseId: string, lineageId: string, query: PageQueryDto): Promise<GoalCommentPage> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'read', 'my_plan.comments.read', tx);
      const page = await commentPage(tx, scope.id, lineageId, query);
      await this.audit.record(tx, { action: 'my_plan.comments.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
      return {
        items: page.items.map((c) => ({ ...toMyComment(c, user), goalLineageId: c.goal_lineage_id, authorRole: c.author_role })),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    });
  }

  /**
   * For the contact person: take a proposal over into the plan, or keep it to discuss (with an
   * optional reply the jongere sees). Taking over carries it into the version in the making in the
   * same transaction (a voorgesteld version goes back to concept: the agreements given no longer
   * hold); with no version in the making it waits and is applied when the next version is made
   * (PlanService.evaluate). The signed (vastgesteld) version is never changed. A discussed proposal
   * can still be taken over later; a taken-over one is final. Stale version → 409 with the current.
   */
  async decide(user: AuthUser, proposalId: string, decision: { status: 'overgenomen' | 'besproken'; version: number; reply?: string | null }): Promise<YouthProposal> {
    return this.db.transaction(async (tx) => {
      const located: { case_id: string }[] = await tx.query(`SELECT case_id FROM plan_proposal WHERE id = $1`, [proposalId]);
      if (!located[0]) throw DomainException.notFound('Dit voorstel');
      const scope = await this.access.require(user, located[0].case_id, 'write', 'my_plan.proposal.decide', tx);
      await this.live.publish(tx, scope.id, 'proposals');
      assertCaseOpen(scope.phase);
      // Lock order: plan_version before the rows in it, newest version first (as PlanService establishes). Lock every live version,
      // the vastgesteld one included: an evaluation making the next version holds that one, so this waits
      // for it; the second statement then sees the new concept (READ COMMITTED: a fresh snapshot).
      await tx.query(`SELECT id FROM plan_version WHERE case_id = $1 AND status <> 'vervangen' ORDER BY number DESC FOR UPDATE`, [scope.id]);
      const open: { id: string; number: number; status: PlanVersionStatus }[] = await tx.query(
        `SELECT id, number, status FROM plan_version WHERE case_id = $1 AND status IN ('concept', 'voorgesteld')`,
        [scope.id],
      );
      const reply = decision.status === 'besproken' ? (decision.reply ?? null) : null;
      const rows: unknown = await tx.query(
        `UPDATE plan_proposal SET status = $3, decided_at = now(), decided_by = $4, reply = CASE WHEN $3 = 'besproken' THEN $5 ELSE reply END, version = version + 1
          WHERE id = $1 AND version = $2 AND status IN ('open', 'besproken')
          RETURNING id, kind, target_lineage_id, text, author_user_id, author_role, created_at`,
        [proposalId, decision.version, decision.status, user.id, reply],
      );
      const updated = (Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0] : rows) as ProposalToApply[];
      if (updated.length !== 1) {
        const current = (await this.proposalsWhere(tx, 'p.id = $1', [proposalId]))[0]!;
        throw DomainException.conflict(current.status === 'overgenomen' ? 'Dit voorstel is al overgenomen in het plan.' : 'Iemand anders heeft net over dit voorstel beslist. Bekijk het opnieuw.', current);
      }
      await this.audit.record(tx, {
        action: 'my_plan.proposal.decide',
        objectType: 'plan_proposal',
        objectId: proposalId,
        caseId: scope.id,
        youthId: scope.youthId,
        fields: reply ? ['status', 'reply'] : ['status'],
      });
      const target = open[0];
      if (decision.status === 'overgenomen' && updated[0]!.kind === 'niet_eens') {
        // Nothing to copy: the klantmanager changes the plan together with the jongere.
        await tx.query(`UPDATE plan_proposal SET applied_plan_version_id = $2, applied_at = now() WHERE id = $1`, [proposalId, target?.id ?? null]);
      } else if (decision.status === 'overgenomen' && target) {
        const outcome = await applyYouthProposal(tx, this.audit, user, scope, updated[0]!, target.id);
        if (outcome === 'ontbreekt') {
          throw DomainException.conflict(
            `${updated[0]!.kind === 'stap_tekst' ? 'Deze stap' : 'Dit doel'} staat niet in versie ${target.number} van het plan. Neem het voorstel niet over, maar kies "Bespreken".`,
            (await this.proposalsWhere(tx, 'p.id = $1', [proposalId]))[0],
          );
        }
        await this.plan.reopenIfProposed(tx, user, scope, target.id);
        // The version in the making changed too: open plan tabs read it again.
        await this.live.publish(tx, scope.id, 'plan');
      }
      return (await this.proposalsWhere(tx, 'p.id = $1', [proposalId]))[0]!;
    });
  }

  // --- writing ---------------------------------------------------------------------------------

  /** A goal in the jongere's own words: into the concept, or as a proposal for the next version. */
  async addGoal(user: AuthUser, title: string): Promise<MyChangeResult> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'youth-write', 'my_plan.goal.create');
      assertOpen(scope);
      const open: { id: string; status: PlanVersionStatus }[] = await tx.query(
        `SELECT id, status FROM plan_version WHERE case_id = $1 AND status IN ('concept', 'voorgesteld', 'vastgesteld')
          ORDER BY number DESC FOR UPDATE`,
        [scope.id],
      );
      const concept = open.find((v) => v.status === 'concept');
      if (concept) {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, youth_words, priority, author_user_id, author_role)
           VALUES ($1, $2, gen_random_uuid(), $3, $3, (SELECT coalesce(max(priority), 0) + 1 FROM goal WHERE plan_version_id = $1), $4, 'jongere')
           RETURNING id`,
          [concept.id, scope.id, title, user.id],
        );
        const goal = (await PlanQueries.goal(tx, rows[0]!.id))!;
        await this.revise(tx, user, scope.id, 'goal', goal.id, null, { title: goal.title, youthWords: goal.youthWords });
        await this.audit.record(tx, { action: 'my_plan.goal.create', objectType: 'goal', objectId: goal.id, caseId: scope.id, youthId: scope.youthId, fields: ['title'] });
        return { outcome: 'toegepast', goal: toMyGoal(goal, user) };
      }
      const target = open[0];
      if (!target) throw DomainException.conflict(NO_PLAN);
      const proposal = await this.propose(tx, user, scope, target.id, 'nieuw_doel', null, title);
      return { outcome: 'voorstel', proposal };
    });
  }

  /** New wording of a goal the jongere wrote. */
  async editGoal(user: AuthUser, goalId: string, title: string, version: number): Promise<MyChangeResult> {
    return this.db.transaction(async (tx) => {
      const { scope, ref, status } = await this.locate(tx, user, 'goal', goalId, 'my_plan.goal.update');
      if (ref.author_user_id !== user.id) throw DomainException.forbidden('Je kunt alleen doelen aanpassen die je zelf hebt geschreven. Je kunt wel een reactie geven.');
      const before = (await PlanQueries.goal(tx, goalId))!;
      if (status === 'concept') {
        await updateVersioned(
          tx,
          `UPDATE goal SET title = $3, youth_words = $3, updated_at = now(), updated_by = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
          [goalId, version, title, user.id],
          async () => toMyGoal((await PlanQueries.goal(tx, goalId))!, user),
          STALE,
        );
        const after = (await PlanQueries.goal(tx, goalId))!;
        await this.revise(tx, user, scope.id, 'goal', goalId, { title: before.title, youthWords: before.youthWords }, { title: after.title, youthWords: after.youthWords });
        await this.audit.record(tx, { action: 'my_plan.goal.update', objectType: 'goal', objectId: goalId, caseId: scope.id, youthId: scope.youthId, fields: ['title'] });
        return { outcome: 'toegepast', goal: toMyGoal(after, user) };
      }
      assertYouthEditable(status, toMyGoal(before, user));
      if (before.version !== version) throw DomainException.conflict(STALE, toMyGoal(before, user));
      return { outcome: 'voorstel', proposal: await this.propose(tx, user, scope, ref.plan_version_id, 'doel_tekst', ref.lineage_id, title) };
    });
  }

  /** New wording of a step the jongere wrote. */
  async editStep(user: AuthUser, stepId: string, text: string, version: number): Promise<MyChangeResult> {
    return this.db.transaction(async (tx) => {
      const { scope, ref, status } = await this.locate(tx, user, 'step', stepId, 'my_plan.step.update');
      if (ref.author_user_id !== user.id) throw DomainException.forbidden('Je kunt alleen stappen aanpassen die je zelf hebt geschreven. Je kunt wel een reactie geven.');
      const before = (await PlanQueries.step(tx, stepId))!;
      if (status === 'concept') {
        await updateVersioned(
          tx,
          `UPDATE step SET text = $3, updated_at = now(), updated_by = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`,
          [stepId, version, text, user.id],
          async () => toMyStep((await PlanQueries.step(tx, stepId))!, user),
          STALE,
        );
        const after = (await PlanQueries.step(tx, stepId))!;
        await this.revise(tx, user, scope.id, 'step', stepId, { text: before.text }, { text: after.text });
        await this.audit.record(tx, { action: 'my_plan.step.update', objectType: 'step', objectId: stepId, caseId: scope.id, youthId: scope.youthId, fields: ['text'] });
        return { outcome: 'toegepast', step: toMyStep(after, user) };
      }
      assertYouthEditable(status, toMyStep(before, user));
      if (before.version !== version) throw DomainException.conflict(STALE, toMyStep(before, user));
      return { outcome: 'voorstel', proposal: await this.propose(tx, user, scope, ref.plan_version_id, 'stap_tekst', ref.lineage_id, text) };
    });
  }

  /**
   * A step of the jongere's own on any goal of their plan (also one staff wrote): they do it and wrote
   * it. In a concept it goes in at once; in a voorgesteld or vastgesteld version it becomes a proposal
   * for the next version (about the goal's lineage), never a silent change to the signed plan.
   */
  async addStep(user: AuthUser, goalId: string, text: string): Promise<MyChangeResult> {
    return this.db.transaction(async (tx) => {
      const { scope, ref, status } = await this.locate(tx, user, 'goal', goalId, 'my_plan.step.create');
      if (status === 'concept') {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_user_id, position, author_user_id, author_role)
           VALUES ($1, $2, $3, 'jongere', $4, (SELECT coalesce(max(position), -1) + 1 FROM step WHERE goal_id = $1), $4, 'jongere')
           RETURNING id`,
          [goalId, scope.id, text, user.id],
        );
        const step = (await PlanQueries.step(tx, rows[0]!.id))!;
        await this.revise(tx, user, scope.id, 'step', step.id, null, { text: step.text, ownerKind: 'jongere' });
        await this.audit.record(tx, { action: 'my_plan.step.create', objectType: 'step', objectId: step.id, caseId: scope.id, youthId: scope.youthId, fields: ['text'] });
        return { outcome: 'toegepast', step: toMyStep(step, user) };
      }
      assertYouthEditable(status);
      return { outcome: 'voorstel', proposal: await this.propose(tx, user, scope, ref.plan_version_id, 'nieuwe_stap', ref.lineage_id, text) };
    });
  }

  /** Progress on a step the jongere owns: allowed on the vastgesteld version too. */
  async markStepDone(user: AuthUser, stepId: string, done: boolean, version: number): Promise<MyStep> {
    return this.db.transaction(async (tx) => {
      const { scope, status } = await this.locate(tx, user, 'step', stepId, 'my_plan.step.done');
      const before = (await PlanQueries.step(tx, stepId))!;
      if (before.owner.kind !== 'jongere') throw DomainException.forbidden('Je kunt alleen je eigen stappen afvinken.');
      assertYouthEditable(status, toMyStep(before, user));
      await updateVersioned(
        tx,
        `UPDATE step SET done_at = CASE WHEN $3::boolean THEN coalesce(done_at, now()) END, updated_at = now(), updated_by = $4, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [stepId, version, done, user.id],
        async () => toMyStep((await PlanQueries.step(tx, stepId))!, user),
        STALE,
      );
      const after = (await PlanQueries.step(tx, stepId))!;
      await this.revise(tx, user, scope.id, 'step', stepId, { done: before.done }, { done: after.done });
      await this.audit.record(tx, { action: 'my_plan.step.done', objectType: 'step', objectId: stepId, caseId: scope.id, youthId: scope.youthId, fields: ['done'] });
      return toMyStep(after, user);
    });
  }

  /** A comment on any goal of their own plan (also on what staff wrote). */
  async comment(user: AuthUser, goalId: string, text: string): Promise<MyComment> {
    return this.db.transaction(async (tx) => {
      const { scope, ref } = await this.locate(tx, user, 'goal', goalId, 'my_plan.goal.comment');
      const rows: { id: string; created_at: Date }[] = await tx.query(
        `INSERT INTO goal_comment (case_id, goal_lineage_id, text, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [scope.id, ref.lineage_id, text, user.id, user.role],
      );
      const row = rows[0]!;
      await this.live.publish(tx, scope.id, 'comments');
      await this.audit.record(tx, { action: 'my_plan.goal.comment', objectType: 'goal_comment', objectId: row.id, caseId: scope.id, youthId: scope.youthId, fields: ['text'] });
      return { id: row.id, text, byMe: true, authorName: user.name, createdAt: row.created_at.toISOString() };
    });
  }

  async addWish(user: AuthUser, text: string): Promise<MyWish> {
    return this.db.transaction(async (tx) => {
      const scope = await this.ownCase(user, tx, 'youth-write', 'my_plan.wish.create');
      assertOpen(scope);
      const rows: { id: string; created_at: Date }[] = await tx.query(
        `INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, 'wens', $2, $3, 'jongere') RETURNING id, created_at`,
        [scope.id, text, user.id],
      );
      const row = rows[0]!;
      await this.live.publish(tx, scope.id, 'wishes');
      await this.audit.record(tx, { action: 'my_plan.wish.create', objectType: 'intake_wish', objectId: row.id, caseId: scope.id, youthId: scope.youthId, fields: ['text'] });
      return { id: row.id, text, createdAt: row.created_at.toISOString() };
    });
  }

  /** The jongere agrees to a voorgesteld version with their own login; when staff agreed too, it is vastgesteld. */
  async agree(user: AuthUser, planVersionId: string, version: number): Promise<MyPlanVersion> {
    return this.db.transaction(async (tx) => {
      const { scope, status } = await this.locate(tx, user, 'plan_version', planVersionId, 'my_plan.agree');
      if (status !== 'voorgesteld') throw DomainException.conflict(status === 'concept' ? 'Dit plan is nog niet klaar. Je klantmanager legt het aan je voor als het klaar is.' : 'Met deze versie is al ingestemd.');
      const before = (await PlanQueries.versionRow(tx, 'pv.id = $1', [planVersionId]))!;
      if (before.youth_agreed_at) throw DomainException.conflict('Je hebt al ingestemd met dit plan.', toMyVersion((await PlanQueries.version(tx, planVersionId))!, user));
      if (before.evaluation_date && before.evaluation_date < todayInNl()) {
        throw DomainException.conflict(`De datum van het volgende gesprek (${formatDateNl(before.evaluation_date)}) is al voorbij. Vraag je klantmanager om een nieuwe datum.`);
      }
      await updateVersioned(
        tx,
        `UPDATE plan_version SET youth_agreed_at = now(), youth_agreed_via = 'eigen_login', youth_agreement_recorded_by = $3, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [planVersionId, version, user.id],
        async () => toMyVersion((await PlanQueries.version(tx, planVersionId))!, user),
        'Het plan is net veranderd. Lees het nog een keer en stem dan opnieuw in.',
      );
      const after = (await PlanQueries.versionRow(tx, 'pv.id = $1', [planVersionId]))!;
      await this.revise(tx, user, scope.id, 'plan_version', planVersionId, { youthAgreedAt: null }, { youthAgreedAt: after.youth_agreed_at, youthAgreedVia: 'eigen_login' });
      await this.audit.record(tx, { action: 'plan.agree', objectType: 'plan_version', objectId: planVersionId, caseId: scope.id, youthId: scope.youthId, fields: ['youth_agreed_at', 'youth_agreed_via'] });
      if (after.staff_agreed_at) await this.plan.establish(tx, user, scope, after);
      return toMyVersion((await PlanQueries.version(tx, planVersionId))!, user);
    });
  }

  /** What the jongere does not agree with: kept as a proposal for the klantmanager. */
  async disagree(user: AuthUser, planVersionId: string, text: string): Promise<MyProposal> {
    return this.db.transaction(async (tx) => {
      const { scope, status } = await this.locate(tx, user, 'plan_version', planVersionId, 'my_plan.disagree');
      assertYouthEditable(status);
      return this.propose(tx, user, scope, planVersionId, 'niet_eens', null, text);
    });
  }

  // --- plumbing --------------------------------------------------------------------------------

  /** The jongere's own case: the open one, else the newest. 404 when they have none. */
  private async ownCase(user: AuthUser, tx: EntityManager, mode: 'read' | 'youth-write', action: string): Promise<CaseScope> {
    const rows: { id: string }[] = await tx.query(
      `SELECT c.id FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE y.user_id = $1
        ORDER BY (c.phase = 'afgesloten'), c.created_at DESC LIMIT 1`,
      [user.id],
    );
    if (!rows[0]) throw DomainException.notFound('Je plan');
    return this.access.require(user, rows[0].id, mode, action, tx);
  }

  /** Finds a record's case and version, checks it is the jongere's own (404 otherwise) and locks the version. */
  private async locate(
    tx: EntityManager,
    user: AuthUser,
    kind: 'goal' | 'step' | 'plan_version',
    id: string,
    action: string,
  ): Promise<{ scope: CaseScope; ref: Located; status: PlanVersionStatus }> {
    const rows: Located[] = await tx.query(LOCATE[kind], [id]);
    const ref = rows[0];
    if (!ref) throw DomainException.notFound(kind === 'goal' ? 'Dit doel' : kind === 'step' ? 'Deze stap' : 'Dit plan');
    const scope = await this.access.require(user, ref.case_id, 'youth-write', action, tx);
    assertOpen(scope);
    const pv: { status: PlanVersionStatus }[] = await tx.query(`SELECT status FROM plan_version WHERE id = $1 FOR UPDATE`, [ref.plan_version_id]);
    return { scope, ref, status: pv[0]!.status };
  }

  private async propose(tx: EntityManager, user: AuthUser, scope: CaseScope, planVersionId: string, kind: ProposalKind, target: string | null, text: string): Promise<MyProposal> {
    const rows: ProposalRow[] = await tx.query(
      `INSERT INTO plan_proposal (case_id, plan_version_id, kind, target_lineage_id, text, author_user_id, author_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, kind, target_lineage_id, text, status, created_at`,
      [scope.id, planVersionId, kind, target, text, user.id, user.role],
    );
    const row = rows[0]!;
    await this.live.publish(tx, scope.id, 'proposals');
    await this.audit.record(tx, { action: 'my_plan.propose', objectType: 'plan_proposal', objectId: row.id, caseId: scope.id, youthId: scope.youthId, fields: ['kind', 'text'] });
    return toProposal(row);
  }

  private async revise(tx: Queryable, user: AuthUser, caseId: string, entityType: string, entityId: string, before: object | null, after: object | null): Promise<void> {
    await this.live.publish(tx, caseId, 'plan');
    await tx.query(
      `INSERT INTO revision (case_id, entity_type, entity_id, changed_by, changed_by_role, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [caseId, entityType, entityId, user.id, user.role, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null],
    );
  }
}

type ProposalQuery = PageQueryDto & { status?: ProposalFilter };

const STAFF_PROPOSAL_SELECT = `SELECT ${PROPOSAL_COLUMNS}, p.version, pv.number, u.name AS author_name, p.created_at::text AS created_key
  FROM plan_proposal p JOIN plan_version pv ON pv.id = p.plan_version_id JOIN app_user u ON u.id = p.author_user_id`;

const toYouthProposal = (r: StaffProposalRow): YouthProposal => ({ ...toProposal(r), planVersionNumber: r.number, authorName: r.author_name, version: r.version });

const toMyComment = (c: CommentRow, user: AuthUser): MyComment => ({
  id: c.id,
  text: c.text,
  byMe: c.author_user_id === user.id,
  authorName: c.author_name,
  createdAt: c.created_at.toISOString(),
});

/** A page of a case's proposals, newest first on (created_at, id). */
async function proposalPage(runner: Queryable, caseId: string, query: ProposalQuery): Promise<Page<StaffProposalRow>> {
  const limit = pageSize(query.limit);
  const after = createdCursor(query.cursor);
  const params: unknown[] = [caseId];
  const where = ['p.case_id = $1'];
  if (query.status) where.push(PROPOSAL_FILTER_SQL[query.status]);
  if (after) {
    params.push(after[0], after[1]);
    // The first condition lets the index range start at the cursor; the row comparison breaks ties on id.
    where.push(`p.created_at <= $2::timestamptz AND (p.created_at, p.id) < ($2::timestamptz, $3::uuid)`);
  }
  params.push(limit + 1);
  const rows: StaffProposalRow[] = await runner.query(
    `${STAFF_PROPOSAL_SELECT} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, limit, (r) => r, (r) => [r.created_key, r.id]);
}

/**
 * A page of a goal's comment thread (by lineage), newest first on (created_at, id), via goal_comment_case_idx
 * (case_id, goal_lineage_id, created_at). A lineage that is no goal of the case is 404.
 */
async function commentPage(runner: Queryable, caseId: string, lineageId: string, query: PageQueryDto): Promise<Page<StaffCommentRow> & { total: number }> {
  const limit = pageSize(query.limit);
  const after = createdCursor(query.cursor);
  const goal: unknown[] = await runner.query(`SELECT 1 FROM goal WHERE case_id = $1 AND lineage_id = $2 LIMIT 1`, [caseId, lineageId]);
  if (!goal.length) throw DomainException.notFound('Dit doel');
  const params: unknown[] = [caseId, lineageId];
  const where = ['gc.case_id = $1', 'gc.goal_lineage_id = $2'];
  if (after) {
    params.push(after[0], after[1]);
    where.push(`gc.created_at <= $3::timestamptz AND (gc.created_at, gc.id) < ($3::timestamptz, $4::uuid)`);
  }
  params.push(limit + 1);
  const rows: StaffCommentRow[] = await runner.query(
    `SELECT gc.id, gc.goal_lineage_id, gc.text, gc.author_user_id, gc.author_role, u.name AS author_name, gc.created_at, gc.created_at::text AS created_key
       FROM goal_comment gc JOIN app_user u ON u.id = gc.author_user_id
      WHERE ${where.join(' AND ')} ORDER BY gc.created_at DESC, gc.id DESC LIMIT $${params.length}`,
    params,
  );
  const total: { n: number }[] = await runner.query(`SELECT count(*)::int AS n FROM goal_comment WHERE case_id = $1 AND goal_lineage_id = $2`, [caseId, lineageId]);
  return { ...toPage(rows, limit, (r) => r, (r) => [r.created_key, r.id]), total: total[0]!.n };
}

/** The newest comments of each goal lineage (oldest first) and their number: two queries for all goals, no N+1. */
async function latestComments(runner: Queryable, caseId: string, lineageIds: string[]): Promise<Map<string, Thread>> {
  const threads = new Map<string, Thread>();
  const lineages = [...new Set(lineageIds)];
  if (!lineages.length) return threads;
  const rows: CommentRow[] = await runner.query(
    `SELECT c.* FROM unnest($2::uuid[]) AS l(lineage_id)
       CROSS JOIN LATERAL (
         SELECT gc.id, gc.goal_lineage_id, gc.text, gc.author_user_id, u.name AS author_name, gc.created_at
           FROM goal_comment gc JOIN app_user u ON u.id = gc.author_user_id
          WHERE gc.case_id = $1 AND gc.goal_lineage_id = l.lineage_id
          ORDER BY gc.created_at DESC, gc.id DESC LIMIT ${MY_PLAN_LATEST_COMMENTS}) c`,
    [caseId, lineages],
  );
  const counts: { goal_lineage_id: string; n: number }[] = await runner.query(
    `SELECT goal_lineage_id, count(*)::int AS n FROM goal_comment WHERE case_id = $1 AND goal_lineage_id = ANY($2::uuid[]) GROUP BY goal_lineage_id`,
    [caseId, lineages],
  );
  for (const c of counts) threads.set(c.goal_lineage_id, { rows: [], count: c.n });
  for (const r of rows) threads.get(r.goal_lineage_id)?.rows.unshift(r);
  return threads;
}

const LOCATE = {
  goal: `SELECT case_id, plan_version_id, lineage_id, author_user_id FROM goal WHERE id = $1`,
  step: `SELECT s.case_id, g.plan_version_id, s.lineage_id, s.author_user_id FROM step s JOIN goal g ON g.id = s.goal_id WHERE s.id = $1`,
  plan_version: `SELECT case_id, id AS plan_version_id, id AS lineage_id, NULL AS author_user_id FROM plan_version WHERE id = $1`,
} as const;

function assertOpen(scope: CaseScope): void {
  try {
    assertCaseOpen(scope.phase);
  } catch {
    throw DomainException.conflict('Je traject is afgesloten. Je kunt je plan nog lezen, maar niet meer veranderen.');
  }
}

/**
 * The jongere works on the current version only. A version that was replaced answers 409 in plain words,
 * with the item as the jongere sees it (never the staff shape).
 */
function assertYouthEditable(status: PlanVersionStatus, current?: MyGoal | MyStep): void {
  if (status === 'vervangen') throw DomainException.conflict('Dit is een oude versie van je plan. Er is al een nieuwe. Kijk in je nieuwe plan.', current);
}

function toMyStep(s: PlanStep, user: AuthUser): MyStep {
  return {
    id: s.id,
    lineageId: s.lineageId,
    text: s.text,
    ownerKind: s.owner.kind,
    ownerName: s.owner.name,
    dueDate: s.dueDate,
    done: s.done,
    canMarkDone: s.owner.kind === 'jongere',
    writtenByMe: s.author.id === user.id,
    lastEditedBy: s.lastEditedBy ? { name: s.lastEditedBy.name, byMe: s.lastEditedBy.id === user.id } : null,
    version: s.version,
  };
}

function toMyGoal(g: PlanGoal, user: AuthUser, threads: Map<string, Thread> = new Map()): MyGoal {
  const steps = g.steps.map((s) => toMyStep(s, user));
  return {
    id: g.id,
    lineageId: g.lineageId,
    title: g.title,
    youthWords: g.youthWords,
    description: g.description,
    status: g.status,
    targetDate: g.targetDate,
    writtenByMe: g.author.id === user.id,
    authorName: g.author.name,
    lastEditedBy: g.lastEditedBy ? { name: g.lastEditedBy.name, byMe: g.lastEditedBy.id === user.id } : null,
    version: g.version,
    steps,
    nextStepId: steps.find((s) => !s.done)?.id ?? null,
    comments: (threads.get(g.lineageId)?.rows ?? []).map((c) => toMyComment(c, user)),
    commentCount: threads.get(g.lineageId)?.count ?? 0,
  };
}

function toMyVersion(v: PlanVersionDetail, user: AuthUser, threads: Map<string, Thread> = new Map()): MyPlanVersion {
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    version: v.version,
    evaluationDate: v.evaluationDate,
    establishedAt: v.signOff.establishedAt,
    youthAgreedAt: v.signOff.youth?.agreedAt ?? null,
    consequences: v.consequences,
    goals: v.goals.map((g) => toMyGoal(g, user, threads)),
    agreements: v.agreements.map((a): MyAgreement => ({ id: a.id, kind: a.kind, text: a.text })),
  };
}
