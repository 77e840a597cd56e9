import {
  type AgreementKind,
  type GoalStatus,
  type PersonRef,
  type PlanAgreement,
  type PlanAuthor,
  type PlanEvaluation,
  type PlanGoal,
  type PlanStep,
  type PlanVersionDetail,
  type PlanVersionStatus,
  type PlanVersionSummary,
  type Role,
  STEP_OWNER_KIND_LABELS,
  type StepOwnerKind,
  type UrgentObstacleKind,
  type WishKind,
  type YouthAgreedVia,
} from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import type { EntityManager } from 'typeorm';
import { readinessOf } from './plan.rules';

export type Queryable = Pick<EntityManager, 'query'>;

/*
 * The plan's read queries and the explicit mapping from rows to contract types. Children are
 * loaded with one query per level (goals, then all their steps with `= ANY($1)`), never per parent.
 */

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const person = (id: string | null, name: string | null): PersonRef | null => (id ? { id, name: name ?? '' } : null);
const author = (id: string, name: string, role: Role): PlanAuthor => ({ id, name, role });
const editor = (id: string | null, name: string | null, role: Role | null): PlanAuthor | null => (id ? { id, name: name ?? '', role: role ?? 'klantmanager' } : null);

/** Columns of who wrote (a) and who last changed (e) a row of table alias `t`. */
const AUTHORSHIP = (t: string) => `
  ${t}.author_user_id, a.name AS author_name, ${t}.author_role, ${t}.created_at, ${t}.updated_at,
  ${t}.updated_by, e.name AS editor_name, e.role AS editor_role, ${t}.version`;
const AUTHORSHIP_JOINS = (t: string) => `JOIN app_user a ON a.id = ${t}.author_user_id LEFT JOIN app_user e ON e.id = ${t}.updated_by`;

interface AuthorshipRow {
  author_user_id: string;
  author_name: string;
  author_role: Role;
  created_at: Date;
  updated_at: Date;
  updated_by: string | null;
  editor_name: string | null;
  editor_role: Role | null;
  version: number;
}

function authorship(r: AuthorshipRow) {
  return {
    author: author(r.author_user_id, r.author_name, r.author_role),
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    lastEditedBy: editor(r.updated_by, r.editor_name, r.editor_role),
    version: r.version,
  };
}

interface StepRow extends AuthorshipRow {
  id: string;
  goal_id: string;
  lineage_id: string;
  text: string;
  owner_kind: StepOwnerKind;
  owner_network_member_id: string | null;
  member_name: string | null;
  member_organisation: string | null;
  youth_name: string;
  contact_name: string | null;
  due_date: string | null;
  done_at: Date | null;
  position: number;
}

function ownerName(r: StepRow): string {
  if (r.owner_kind === 'jongere') return r.youth_name;
  if (r.owner_kind === 'klantmanager') return r.contact_name ?? STEP_OWNER_KIND_LABELS.klantmanager;
  return r.member_name ?? STEP_OWNER_KIND_LABELS.netwerk;
}

function toStep(r: StepRow): PlanStep {
  return {
    id: r.id,
    goalId: r.goal_id,
    lineageId: r.lineage_id,
    text: r.text,
    owner: {
      kind: r.owner_kind,
      networkMember: r.owner_network_member_id ? { id: r.owner_network_member_id, name: r.member_name ?? '', organisation: r.member_organisation } : null,
      name: ownerName(r),
    },
    dueDate: r.due_date,
    done: r.done_at !== null,
    doneAt: iso(r.done_at),
    position: r.position,
    ...authorship(r),
  };
}

interface GoalRow extends AuthorshipRow {
  id: string;
  plan_version_id: string;
  lineage_id: string;
  title: string;
  description: string | null;
  youth_words: string | null;
  wish_id: string | null;
  wish_kind: WishKind | null;
  wish_text: string | null;
  obstacle_id: string | null;
  obstacle_kind: UrgentObstacleKind | null;
  obstacle_description: string | null;
  priority: number;
  target_date: string | null;
  status: GoalStatus;
  let_go_reason: string | null;
}

function toGoal(r: GoalRow, steps: PlanStep[]): PlanGoal {
  return {
    id: r.id,
    planVersionId: r.plan_version_id,
    lineageId: r.lineage_id,
    title: r.title,
    description: r.description,
    youthWords: r.youth_words,
    wish: r.wish_id ? { id: r.wish_id, kind: r.wish_kind!, text: r.wish_text ?? '' } : null,
    urgentObstacle: r.obstacle_id ? { id: r.obstacle_id, kind: r.obstacle_kind!, description: r.obstacle_description ?? '' } : null,
    priority: r.priority,
    targetDate: r.target_date,
    status: r.status,
    letGoReason: r.let_go_reason,
    ...authorship(r),
    steps,
  };
}

interface AgreementRow extends AuthorshipRow {
  id: string;
  plan_version_id: string;
  lineage_id: string;
  kind: AgreementKind;
  text: string;
  position: number;
}

function toAgreement(r: AgreementRow): PlanAgreement {
  return { id: r.id, planVersionId: r.plan_version_id, lineageId: r.lineage_id, kind: r.kind, text: r.text, position: r.position, ...authorship(r) };
}

export interface PlanVersionRow {
  id: string;
  case_id: string;
  number: number;
  status: PlanVersionStatus;
  version: number;
  evaluation_date: string | null;
  consequences: string | null;
  created_at: Date;
  proposed_at: Date | null;
  proposed_by: string | null;
  proposed_by_name: string | null;
  staff_agreed_at: Date | null;
  staff_agreed_by: string | null;
  staff_agreed_by_name: string | null;
  youth_agreed_at: Date | null;
  youth_agreed_via: YouthAgreedVia | null;
  youth_agreement_recorded_by: string | null;
  recorded_by_name: string | null;
  established_at: Date | null;
  evaluation_id: string | null;
  went_well: string | null;
  was_hard: string | null;
  changes: string | null;
  youth_view: string | null;
  evaluated_at: Date | null;
  evaluated_by: string | null;
  evaluated_by_name: string | null;
}

const VERSION_SELECT = `
  SELECT pv.id, pv.case_id, pv.number, pv.status, pv.version, to_char(pv.evaluation_date, 'YYYY-MM-DD') AS evaluation_date,
         pv.consequences, pv.created_at, pv.proposed_at, pv.proposed_by, pu.name AS proposed_by_name,
         pv.staff_agreed_at, pv.staff_agreed_by, su.name AS staff_agreed_by_name,
         pv.youth_agreed_at, pv.youth_agreed_via, pv.youth_agreement_recorded_by, ru.name AS recorded_by_name, pv.established_at,
         ev.id AS evaluation_id, ev.went_well, ev.was_hard, ev.changes, ev.youth_view, ev.evaluated_at, ev.evaluated_by, eu.name AS evaluated_by_name
    FROM plan_version pv
    LEFT JOIN app_user pu ON pu.id = pv.proposed_by
    LEFT JOIN app_user su ON su.id = pv.staff_agreed_by
    LEFT JOIN app_user ru ON ru.id = pv.youth_agreement_recorded_by
    LEFT JOIN evaluation ev ON ev.plan_version_id = pv.id
    LEFT JOIN app_user eu ON eu.id = ev.evaluated_by`;

function toEvaluation(r: PlanVersionRow): PlanEvaluation | null {
  if (!r.evaluation_id) return null;
  return {
    id: r.evaluation_id,
    planVersionId: r.id,
    planVersionNumber: r.number,
    wentWell: r.went_well ?? '',
    wasHard: r.was_hard ?? '',
    changes: r.changes ?? '',
    youthView: r.youth_view,
    evaluatedAt: r.evaluated_at!.toISOString(),
    evaluatedBy: person(r.evaluated_by, r.evaluated_by_name),
  };
}

/** All read queries of the plan. Access must have been checked by the caller. */
export class PlanQueries {
  static async steps(runner: Queryable, goalIds: string[]): Promise<PlanStep[]> {
    if (goalIds.length === 0) return [];
    return this.stepsWhere(runner, 's.goal_id = ANY($1::uuid[])', [goalIds]);
  }

  static async step(runner: Queryable, id: string): Promise<PlanStep | null> {
    return (await this.stepsWhere(runner, 's.id = $1', [id]))[0] ?? null;
  }

  private static async stepsWhere(runner: Queryable, where: string, params: unknown[]): Promise<PlanStep[]> {
    const rows: StepRow[] = await runner.query(
      `SELECT s.id, s.goal_id, s.lineage_id, s.text, s.owner_kind, s.owner_network_member_id, n.name AS member_name, n.organisation AS member_organisation,
              y.name AS youth_name, cu.name AS contact_name, to_char(s.due_date, 'YYYY-MM-DD') AS due_date, s.done_at, s.position, ${AUTHORSHIP('s')}
         FROM step s
         JOIN youth_case c ON c.id = s.case_id
         JOIN youth y ON y.id = c.youth_id
         LEFT JOIN app_user cu ON cu.id = c.contact_user_id
         LEFT JOIN network_member n ON n.id = s.owner_network_member_id
         ${AUTHORSHIP_JOINS('s')}
        WHERE ${where}
        ORDER BY s.position, s.created_at, s.id`,
      params,
    );
    return rows.map(toStep);
  }

  static async goals(runner: Queryable, planVersionId: string): Promise<PlanGoal[]> {
    return this.goalsWhere(runner, 'g.plan_version_id = $1', [planVersionId]);
  }

  static async goal(runner: Queryable, id: string): Promise<PlanGoal | null> {
    return (await this.goalsWhere(runner, 'g.id = $1', [id]))[0] ?? null;
  }

  private static async goalsWhere(runner: Queryable, where: string, params: unknown[]): Promise<PlanGoal[]> {
    const rows: GoalRow[] = await runner.query(
      `SELECT g.id, g.plan_version_id, g.lineage_id, g.title, g.description, g.youth_words,
              w.id AS wish_id, w.kind AS wish_kind, w.text AS wish_text,
              o.id AS obstacle_id, o.kind AS obstacle_kind, o.description AS obstacle_description,
              g.priority, to_char(g.target_date, 'YYYY-MM-DD') AS target_date, g.status, g.let_go_reason, ${AUTHORSHIP('g')}
         FROM goal g
         LEFT JOIN intake_wish w ON w.id = g.wish_id
         LEFT JOIN urgent_obstacle o ON o.id = g.urgent_obstacle_id
         ${AUTHORSHIP_JOINS('g')}
        WHERE ${where}
        ORDER BY g.priority, g.created_at, g.id`,
      params,
    );
    const steps = await this.steps(
      runner,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toGoal(r, steps.filter((s) => s.goalId === r.id)));
  }

  static async agreements(runner: Queryable, planVersionId: string): Promise<PlanAgreement[]> {
    return this.agreementsWhere(runner, 'ag.plan_version_id = $1', [planVersionId]);
  }

  static async agreement(runner: Queryable, id: string): Promise<PlanAgreement | null> {
    return (await this.agreementsWhere(runner, 'ag.id = $1', [id]))[0] ?? null;
  }

  private static async agreementsWhere(runner: Queryable, where: string, params: unknown[]): Promise<PlanAgreement[]> {
    const rows: AgreementRow[] = await runner.query(
      `SELECT ag.id, ag.plan_version_id, ag.lineage_id, ag.kind, ag.text, ag.position, ${AUTHORSHIP('ag')}
         FROM agreement ag ${AUTHORSHIP_JOINS('ag')}
        WHERE ${where}
        ORDER BY array_position(ARRAY['werk_zoeken', 'verplichting', 'ondersteuning'], ag.kind), ag.position, ag.created_at, ag.id`,
      params,
    );
    return rows.map(toAgreement);
  }

  static async versionRow(runner: Queryable, where: string, params: unknown[]): Promise<PlanVersionRow | null> {
    const rows: PlanVersionRow[] = await runner.query(`${VERSION_SELECT} WHERE ${where}`, params);
    return rows[0] ?? null;
  }

  /** One version with everything on it. */
  static async version(runner: Queryable, id: string): Promise<PlanVersionDetail | null> {
    const row = await this.versionRow(runner, 'pv.id = $1', [id]);
    return row ? this.detail(runner, row) : null;
  }

  static async versionByNumber(runner: Queryable, caseId: string, number: number): Promise<PlanVersionDetail | null> {
    const row = await this.versionRow(runner, 'pv.case_id = $1 AND pv.number = $2', [caseId, number]);
    return row ? this.detail(runner, row) : null;
  }

  static async detail(runner: Queryable, r: PlanVersionRow): Promise<PlanVersionDetail> {
    const goals = await this.goals(runner, r.id);
    const agreements = await this.agreements(runner, r.id);
    const base = {
      id: r.id,
      caseId: r.case_id,
      number: r.number,
      status: r.status,
      version: r.version,
      evaluationDate: r.evaluation_date,
      consequences: r.consequences,
      createdAt: r.created_at.toISOString(),
      signOff: {
        proposedAt: iso(r.proposed_at),
        proposedBy: person(r.proposed_by, r.proposed_by_name),
        staff: r.staff_agreed_at ? { agreedAt: r.staff_agreed_at.toISOString(), by: person(r.staff_agreed_by, r.staff_agreed_by_name) } : null,
        youth:
          r.youth_agreed_at && r.youth_agreed_via
            ? { agreedAt: r.youth_agreed_at.toISOString(), via: r.youth_agreed_via, recordedBy: person(r.youth_agreement_recorded_by, r.recorded_by_name) }
            : null,
        establishedAt: iso(r.established_at),
      },
      goals,
      agreements,
      evaluation: toEvaluation(r),
    };
    return { ...base, readiness: readinessOf(base, todayInNl()) };
  }

  /** Every version of a case's plan, newest first (one per evaluation: naturally few). */
  static async summaries(runner: Queryable, caseId: string): Promise<PlanVersionSummary[]> {
    const rows: {
      id: string;
      number: number;
      status: PlanVersionStatus;
      created_at: Date;
      proposed_at: Date | null;
      established_at: Date | null;
      evaluation_date: string | null;
      evaluated_at: Date | null;
    }[] = await runner.query(
      `SELECT pv.id, pv.number, pv.status, pv.created_at, pv.proposed_at, pv.established_at,
              to_char(pv.evaluation_date, 'YYYY-MM-DD') AS evaluation_date, ev.evaluated_at
         FROM plan_version pv LEFT JOIN evaluation ev ON ev.plan_version_id = pv.id
        WHERE pv.case_id = $1
        ORDER BY pv.number DESC`,
      [caseId],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      proposedAt: iso(r.proposed_at),
      establishedAt: iso(r.established_at),
      evaluationDate: r.evaluation_date,
      evaluatedAt: iso(r.evaluated_at),
    }));
  }
}
