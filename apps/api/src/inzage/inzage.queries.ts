import {
  AGREEMENT_KIND_LABELS,
  type AccessLogEntry,
  type AgreementKind,
  CONSENT_CHANNEL_LABELS,
  CONSENT_PURPOSE_LABELS,
  type ConsentChannel,
  type ConsentPurpose,
  CONTACT_KIND_LABELS,
  type ContactKind,
  DIVERSITY_FIELD_LABELS,
  type DiversityFieldName,
  GOAL_STATUS_LABELS,
  type GoalStatus,
  HANDOVER_STATUS_LABELS,
  type HandoverStatus,
  HOUSING_SITUATION_LABELS,
  type HousingSituation,
  INCOME_SOURCE_LABELS,
  INTAKE_FIELD_LABELS,
  INTAKE_FIELD_NAMES,
  type IncomeSource,
  type InzageCase,
  type InzageConsent,
  type InzageExport,
  type InzageGoal,
  type InzageIntake,
  type InzagePerson,
  type InzagePlanVersion,
  LIFE_AREA_INFO,
  LIFE_AREA_MOMENT_LABELS,
  type LifeArea,
  type LifeAreaMoment,
  NETWORK_RELATION_LABELS,
  type NetworkRelation,
  PHASE_LABELS,
  PLAN_VERSION_STATUS_LABELS,
  PREFERRED_CONTACT_LABELS,
  PROPOSAL_KIND_LABELS,
  type Phase,
  type PlanVersionStatus,
  type PreferredContact,
  type ProposalKind,
  ROLE_LABELS,
  type Role,
  STEP_OWNER_KIND_LABELS,
  type StepOwnerKind,
  TRANSPORT_LABELS,
  type TransportOption,
  URGENT_OBSTACLE_KIND_LABELS,
  type UrgentObstacleKind,
  WISH_KIND_LABELS,
  type WishKind,
  YOUTH_AGREED_VIA_LABELS,
  type YouthAgreedVia,
} from '@koers/contracts';
import type { EntityManager } from 'typeorm';
import { describeAuditAction } from './audit-descriptions';

type Queryable = Pick<EntityManager, 'query'>;

/*
 * The set-based reads of the inzage export: one query per kind of data for all of the jongere's
 * cases at once (`case_id = ANY($1)`), grouped in memory — never one query per case, version or goal.
 * Only what the jongere may see is selected: internal contact moments are filtered in SQL, and the
 * overdrachtsnotitie, decline reasons of candidates and the team's handover quality marks are never selected.
 */

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const label = <K extends string>(labels: Record<K, string>, value: K | null | undefined): string => (value ? (labels[value] ?? value) : '');
const groupBy = <T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
};

/** Intake field name → column: the contract names are the column names in camelCase. */
const column = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const PROPOSAL_STATUS_TEXT: Record<string, string> = { open: 'Nog niet besproken', overgenomen: 'Overgenomen in het plan', besproken: 'Besproken' };

export interface AccessLogRow {
  id: string;
  at: Date;
  at_key: string;
  action: string;
  actor_user_id: string | null;
  actor_role: Role | null;
  actor_name: string | null;
  fields: string[] | null;
}

export const ACCESS_LOG_SELECT = `
  SELECT a.id::text AS id, a.at, a.at::text AS at_key, a.action, a.actor_user_id, a.actor_role, u.name AS actor_name, a.fields
    FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_user_id`;

/**
 * What of the audit trail the jongere may see: not that an internal contact moment was written or read
 * (ADR 0005: a jongere must not learn that an internal note exists), and not a colleague declining to take
 * them over (a staff matter). Everything else: who looked or changed what, and when.
 * The internal-moment check is one index lookup per row (contact_moment_internal_id_text_idx): `OFFSET 0`
 * keeps PostgreSQL from turning it into a hash of every internal contact moment, a full scan of that
 * table on each page (tests/load/growing-reads.bench.test.ts checks this).
 */
export const ACCESS_LOG_VISIBLE = `(
  a.action NOT IN ('handover.decline')
  AND NOT (a.object_type = 'contact_moment' AND EXISTS (SELECT 1 FROM contact_moment cm WHERE cm.id::text = a.object_id AND cm.internal OFFSET 0)))`;

export function toAccessLogEntry(r: AccessLogRow, youthUserId: string | null): AccessLogEntry {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actor_name ?? 'Koers',
    actorRole: r.actor_role,
    actorRoleLabel: r.actor_role ? label(ROLE_LABELS, r.actor_role) : 'Automatisch',
    byYou: youthUserId !== null && r.actor_user_id === youthUserId,
    description: describeAuditAction(r.action, r.fields?.[0] ?? null),
  };
}

export interface ExportScope {
  youthId: string;
  youthUserId: string | null;
  caseIds: string[];
  /** May the special-category data be in this export (the jongere; the case's contact person)? */
  includeDiversity: boolean;
}

function formatIntakeValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  // The three 'information given' marks start as false: only a given one is worth telling.
  if (typeof value === 'boolean') return value ? 'Ja' : field.startsWith('info') ? null : 'Nee';
  if (field === 'housing') return label(HOUSING_SITUATION_LABELS, value as HousingSituation);
  if (field === 'incomeSource') return label(INCOME_SOURCE_LABELS, value as IncomeSource);
  if (field === 'transport') return label(TRANSPORT_LABELS, value as TransportOption);
  return String(value);
}

export class InzageQueries {
  /** Everything Koers holds about the jongere, in what they may see. Run inside one consistent (REPEATABLE READ) transaction. */
  static async load(tx: Queryable, scope: ExportScope, now: Date): Promise<InzageExport & { diversityIncluded: boolean }> {
    const ids = scope.caseIds;
    const youth: {
      name: string;
      date_of_birth: string;
      email: string | null;
      phone: string | null;
      preferred_contact: PreferredContact;
      created_at: Date;
      account_email: string | null;
      account_created_at: Date | null;
      account_active: boolean | null;
    }[] = await tx.query(
      `SELECT y.name, to_char(y.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, y.email, y.phone, y.preferred_contact, y.created_at,
              u.email AS account_email, u.created_at AS account_created_at, u.active AS account_active
         FROM youth y LEFT JOIN app_user u ON u.id = y.user_id
        WHERE y.id = $1`,
      [scope.youthId],
    );
    const y = youth[0]!;
    const person: InzagePerson = {
      name: y.name,
      dateOfBirth: y.date_of_birth,
      email: y.email,
      phone: y.phone,
      preferredContact: label(PREFERRED_CONTACT_LABELS, y.preferred_contact),
      registeredAt: y.created_at.toISOString(),
      account: y.account_created_at ? { email: y.account_email, createdAt: y.account_created_at.toISOString(), active: y.account_active ?? false } : null,
    };

    const consentRows: {
      purpose: ConsentPurpose;
      explanation: string;
      given_at: Date;
      given_via: ConsentChannel;
      recorded_by_name: string;
      withdrawn_at: Date | null;
      withdrawn_by_name: string | null;
    }[] = await tx.query(
      `SELECT c.purpose, c.explanation, c.given_at, c.given_via, r.name AS recorded_by_name, c.withdrawn_at, w.name AS withdrawn_by_name
         FROM consent c JOIN app_user r ON r.id = c.recorded_by LEFT JOIN app_user w ON w.id = c.withdrawn_by
        WHERE c.youth_id = $1 ORDER BY c.given_at, c.id`,
      [scope.youthId],
    );
    const consents: InzageConsent[] = consentRows.map((c) => ({
      purpose: label(CONSENT_PURPOSE_LABELS, c.purpose),
      explanation: c.explanation,
      givenAt: c.given_at.toISOString(),
      givenVia: label(CONSENT_CHANNEL_LABELS, c.given_via),
      recordedBy: c.recorded_by_name,
      withdrawnAt: iso(c.withdrawn_at),
      withdrawnBy: c.withdrawn_by_name,
    }));

    const cases = await this.cases(tx, ids, scope.includeDiversity);

    const notifications: { title: string; body: string | null; created_at: Date; read_at: Date | null }[] = scope.youthUserId
      ? await tx.query(`SELECT title, body, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id DESC`, [scope.youthUserId])
      : [];

    const audit: AccessLogRow[] = await tx.query(
      `${ACCESS_LOG_SELECT}
        WHERE a.youth_id = $1 AND a.result = 'allowed' AND (a.case_id IS NULL OR a.case_id = ANY($2::uuid[])) AND ${ACCESS_LOG_VISIBLE}
        ORDER BY a.at DESC, a.id DESC`,
      [scope.youthId, ids],
    );

    return {
      generatedAt: now.toISOString(),
      about:
        'Dit is alles wat Koers over jou bewaart. Je hebt het recht om dit te zien (AVG, artikel 15). ' +
        'Klopt er iets niet? Vraag je contactpersoon om het te verbeteren.',
      person,
      consents,
      cases: cases.list,
      notifications: notifications.map((n) => ({ title: n.title, body: n.body, createdAt: n.created_at.toISOString(), readAt: iso(n.read_at) })),
      accessLog: audit.map((r) => toAccessLogEntry(r, scope.youthUserId)),
      diversityIncluded: cases.diversityIncluded,
    };
  }

  private static async cases(tx: Queryable, ids: string[], includeDiversity: boolean): Promise<{ list: InzageCase[]; diversityIncluded: boolean }> {
    const caseRows: {
      id: string;
      phase: Phase;
      created_at: Date;
      closed_at: Date | null;
      closed_reason: string | null;
      timeout_reason: string | null;
      timeout_until: string | null;
      team_name: string;
      contact_name: string | null;
      contact_email: string | null;
    }[] = await tx.query(
      `SELECT c.id, c.phase, c.created_at, c.closed_at, c.closed_reason, c.timeout_reason, to_char(c.timeout_until, 'YYYY-MM-DD') AS timeout_until,
              t.name AS team_name, u.name AS contact_name, u.email AS contact_email
         FROM youth_case c JOIN team t ON t.id = c.team_id LEFT JOIN app_user u ON u.id = c.contact_user_id
        WHERE c.id = ANY($1::uuid[]) ORDER BY c.created_at DESC, c.id`,
      [ids],
    );

    const plans = await this.plans(tx, ids);
    const intakes = await this.intakes(tx, ids, includeDiversity);

    const comments: { case_id: string; text: string; created_at: Date; author_name: string; goal_title: string | null }[] = await tx.query(
      `SELECT gc.case_id, gc.text, gc.created_at, u.name AS author_name,
              (SELECT g.title FROM goal g WHERE g.case_id = gc.case_id AND g.lineage_id = gc.goal_lineage_id ORDER BY g.created_at DESC LIMIT 1) AS goal_title
         FROM goal_comment gc JOIN app_user u ON u.id = gc.author_user_id
        WHERE gc.case_id = ANY($1::uuid[]) ORDER BY gc.created_at, gc.id`,
      [ids],
    );
    const proposals: { case_id: string; kind: ProposalKind; text: string; status: string; reply: string | null; created_at: Date }[] = await tx.query(
      `SELECT case_id, kind, text, status, reply, created_at FROM plan_proposal WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    // Internal moments are staff-only: filtered here, they never leave the database.
    const contacts: { case_id: string; occurred_at: Date; kind: ContactKind; note: string | null; user_name: string }[] = await tx.query(
      `SELECT cm.case_id, cm.occurred_at, cm.kind, cm.note, u.name AS user_name
         FROM contact_moment cm JOIN app_user u ON u.id = cm.user_id
        WHERE cm.case_id = ANY($1::uuid[]) AND NOT cm.internal
        ORDER BY cm.occurred_at DESC, cm.id`,
      [ids],
    );
    const milestones: {
      case_id: string;
      title: string;
      achieved_on: string;
      certificate_name: string | null;
      note: string | null;
      created_by_name: string;
      goal_title: string | null;
    }[] = await tx.query(
      `SELECT m.case_id, m.title, to_char(m.achieved_on, 'YYYY-MM-DD') AS achieved_on, m.certificate_name, m.note, u.name AS created_by_name,
              (SELECT g.title FROM goal g WHERE g.case_id = m.case_id AND g.lineage_id = m.goal_lineage_id ORDER BY g.created_at DESC LIMIT 1) AS goal_title
         FROM milestone m JOIN app_user u ON u.id = m.created_by
        WHERE m.case_id = ANY($1::uuid[]) ORDER BY m.achieved_on DESC, m.created_at DESC, m.id`,
      [ids],
    );
    const network: {
      case_id: string;
      name: string;
      relation: NetworkRelation;
      organisation: string | null;
      phone: string | null;
      email: string | null;
      role_in_plan: string | null;
      is_lead: boolean;
      removed_at: Date | null;
    }[] = await tx.query(
      `SELECT case_id, name, relation, organisation, phone, email, role_in_plan, is_lead, removed_at
         FROM network_member WHERE case_id = ANY($1::uuid[]) ORDER BY removed_at IS NOT NULL, is_lead DESC, name, id`,
      [ids],
    );
    // Every handover of their case (Mijn plan shows one from the proposal on), as the jongere sees it.
    // Never selected: the overdrachtsnotitie (note_*), the reason, candidates' decline reasons, warmth and what was missing,
    // a note staff recorded with the jongere's preference, and the meeting notes (all staff-only, as in /api/me/handover).
    const handovers: {
      id: string;
      case_id: string;
      status: HandoverStatus;
      from_name: string | null;
      to_name: string | null;
      planned_switch_date: string | null;
      preference_recorded_at: Date | null;
      preference_name: string | null;
      preference_note: string | null;
      announced_on: string | null;
      switched_at: Date | null;
      aborted_at: Date | null;
    }[] = await tx.query(
      `SELECT h.id, h.case_id, h.status, f.name AS from_name,
              CASE WHEN h.accepted_at IS NOT NULL OR h.status = 'overgedragen' THEN tu.name END AS to_name,
              to_char(h.planned_switch_date, 'YYYY-MM-DD') AS planned_switch_date,
              h.youth_preference_recorded_at AS preference_recorded_at, pu.name AS preference_name,
              CASE WHEN h.youth_preference_via = 'eigen_login' THEN h.youth_preference_note END AS preference_note,
              to_char(h.announced_on, 'YYYY-MM-DD') AS announced_on, h.switched_at, h.aborted_at
         FROM handover h
         LEFT JOIN app_user f ON f.id = h.from_user_id
         LEFT JOIN app_user tu ON tu.id = h.to_user_id
         LEFT JOIN app_user pu ON pu.id = h.youth_preference_user_id
        WHERE h.case_id = ANY($1::uuid[])
        ORDER BY h.created_at DESC, h.id`,
      [ids],
    );
    const meetings: { handover_id: string; held_on: string; current_contact_present: boolean; youth_confirmed_at: Date | null; youth_remark: string | null }[] = await tx.query(
      `SELECT m.handover_id, to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.current_contact_present, m.youth_confirmed_at, m.youth_remark
         FROM handover_meeting m JOIN handover h ON h.id = m.handover_id
        WHERE h.case_id = ANY($1::uuid[]) ORDER BY m.held_on, m.created_at, m.id`,
      [ids],
    );

    const byCase = <T extends { case_id: string }>(rows: T[]) => groupBy(rows, (r) => r.case_id);
    const commentsBy = byCase(comments);
    const proposalsBy = byCase(proposals);
    const contactsBy = byCase(contacts);
    const milestonesBy = byCase(milestones);
    const networkBy = byCase(network);
    const handoversBy = byCase(handovers);
    const meetingsBy = groupBy(meetings, (m) => m.handover_id);

    const list = caseRows.map(
      (c): InzageCase => ({
        id: c.id,
        phase: c.phase,
        phaseLabel: label(PHASE_LABELS, c.phase),
        startedAt: c.created_at.toISOString(),
        closedAt: iso(c.closed_at),
        closedReason: c.closed_reason,
        timeout: c.phase === 'time_out' && c.timeout_reason && c.timeout_until ? { reason: c.timeout_reason, until: c.timeout_until } : null,
        team: c.team_name,
        contactPerson: c.contact_name ? { name: c.contact_name, email: c.contact_email } : null,
        planVersions: plans.get(c.id) ?? [],
        goalComments: (commentsBy.get(c.id) ?? []).map((g) => ({ goal: g.goal_title, text: g.text, writtenBy: g.author_name, createdAt: g.created_at.toISOString() })),
        proposals: (proposalsBy.get(c.id) ?? []).map((p) => ({
          kind: label(PROPOSAL_KIND_LABELS, p.kind),
          text: p.text,
          status: PROPOSAL_STATUS_TEXT[p.status] ?? p.status,
          reply: p.reply,
          createdAt: p.created_at.toISOString(),
        })),
        intake: intakes.byCase.get(c.id) ?? null,
        contactMoments: (contactsBy.get(c.id) ?? []).map((m) => ({ occurredAt: m.occurred_at.toISOString(), kind: label(CONTACT_KIND_LABELS, m.kind), note: m.note, with: m.user_name })),
        milestones: (milestonesBy.get(c.id) ?? []).map((m) => ({
          title: m.title,
          achievedOn: m.achieved_on,
          goal: m.goal_title,
          certificateName: m.certificate_name,
          note: m.note,
          createdBy: m.created_by_name,
        })),
        network: (networkBy.get(c.id) ?? []).map((n) => ({
          name: n.name,
          relation: label(NETWORK_RELATION_LABELS, n.relation),
          organisation: n.organisation,
          phone: n.phone,
          email: n.email,
          roleInPlan: n.role_in_plan,
          isLead: n.is_lead,
          removedAt: iso(n.removed_at),
        })),
        handovers: (handoversBy.get(c.id) ?? []).map((h) => ({
          status: label(HANDOVER_STATUS_LABELS, h.status),
          from: h.from_name,
          to: h.to_name,
          plannedSwitchDate: h.planned_switch_date,
          yourPreference: h.preference_recorded_at ? { candidate: h.preference_name, note: h.preference_note, recordedAt: h.preference_recorded_at.toISOString() } : null,
          announcedOn: h.announced_on,
          meetings: (meetingsBy.get(h.id) ?? []).map((m) => ({
            heldOn: m.held_on,
            currentContactPresent: m.current_contact_present,
            confirmedByYouAt: iso(m.youth_confirmed_at),
            yourRemark: m.youth_remark,
          })),
          switchedAt: iso(h.switched_at),
          abortedAt: iso(h.aborted_at),
        })),
      }),
    );
    return { list, diversityIncluded: intakes.diversityIncluded };
  }

  /** All plan versions of the cases with their goals, steps and agreements: four queries in all. */
  private static async plans(tx: Queryable, ids: string[]): Promise<Map<string, InzagePlanVersion[]>> {
    const versions: {
      id: string;
      case_id: string;
      number: number;
      status: PlanVersionStatus;
      created_at: Date;
      evaluation_date: string | null;
      consequences: string | null;
      proposed_at: Date | null;
      staff_agreed_at: Date | null;
      staff_agreed_by_name: string | null;
      youth_agreed_at: Date | null;
      youth_agreed_via: YouthAgreedVia | null;
      established_at: Date | null;
      went_well: string | null;
      was_hard: string | null;
      changes: string | null;
      youth_view: string | null;
      evaluated_at: Date | null;
      evaluated_by_name: string | null;
    }[] = await tx.query(
      `SELECT pv.id, pv.case_id, pv.number, pv.status, pv.created_at, to_char(pv.evaluation_date, 'YYYY-MM-DD') AS evaluation_date, pv.consequences,
              pv.proposed_at, pv.staff_agreed_at, su.name AS staff_agreed_by_name, pv.youth_agreed_at, pv.youth_agreed_via, pv.established_at,
              ev.went_well, ev.was_hard, ev.changes, ev.youth_view, ev.evaluated_at, eu.name AS evaluated_by_name
         FROM plan_version pv
         LEFT JOIN app_user su ON su.id = pv.staff_agreed_by
         LEFT JOIN evaluation ev ON ev.plan_version_id = pv.id
         LEFT JOIN app_user eu ON eu.id = ev.evaluated_by
        WHERE pv.case_id = ANY($1::uuid[]) ORDER BY pv.number DESC`,
      [ids],
    );
    const goals: {
      id: string;
      plan_version_id: string;
      title: string;
      youth_words: string | null;
      description: string | null;
      status: GoalStatus;
      target_date: string | null;
      let_go_reason: string | null;
      author_name: string;
    }[] = await tx.query(
      `SELECT g.id, g.plan_version_id, g.title, g.youth_words, g.description, g.status, to_char(g.target_date, 'YYYY-MM-DD') AS target_date,
              g.let_go_reason, a.name AS author_name
         FROM goal g JOIN app_user a ON a.id = g.author_user_id
        WHERE g.case_id = ANY($1::uuid[]) ORDER BY g.priority, g.created_at, g.id`,
      [ids],
    );
    const steps: {
      goal_id: string;
      text: string;
      owner_kind: StepOwnerKind;
      who: string | null;
      due_date: string | null;
      done_at: Date | null;
      author_name: string;
    }[] = await tx.query(
      `SELECT s.goal_id, s.text, s.owner_kind,
              CASE s.owner_kind WHEN 'jongere' THEN y.name WHEN 'klantmanager' THEN coalesce(ou.name, cu.name) ELSE n.name END AS who,
              to_char(s.due_date, 'YYYY-MM-DD') AS due_date, s.done_at, a.name AS author_name
         FROM step s
         JOIN youth_case c ON c.id = s.case_id
         JOIN youth y ON y.id = c.youth_id
         JOIN app_user a ON a.id = s.author_user_id
         LEFT JOIN app_user cu ON cu.id = c.contact_user_id
         LEFT JOIN app_user ou ON ou.id = s.owner_user_id
         LEFT JOIN network_member n ON n.id = s.owner_network_member_id
        WHERE s.case_id = ANY($1::uuid[]) ORDER BY s.position, s.created_at, s.id`,
      [ids],
    );
    // What the gemeente does first, just as prominent as the jongere's obligations.
    const agreements: { plan_version_id: string; kind: AgreementKind; text: string }[] = await tx.query(
      `SELECT plan_version_id, kind, text FROM agreement
        WHERE case_id = ANY($1::uuid[])
        ORDER BY array_position(ARRAY['ondersteuning', 'werk_zoeken', 'verplichting'], kind), position, created_at, id`,
      [ids],
    );
    const stepsBy = groupBy(steps, (s) => s.goal_id);
    const goalsBy = groupBy(goals, (g) => g.plan_version_id);
    const agreementsBy = groupBy(agreements, (a) => a.plan_version_id);
    const toGoal = (g: (typeof goals)[number]): InzageGoal => ({
      title: g.title,
      youthWords: g.youth_words,
      description: g.description,
      status: label(GOAL_STATUS_LABELS, g.status),
      targetDate: g.target_date,
      letGoReason: g.let_go_reason,
      writtenBy: g.author_name,
      steps: (stepsBy.get(g.id) ?? []).map((s) => ({
        text: s.text,
        who: s.who ?? label(STEP_OWNER_KIND_LABELS, s.owner_kind),
        ownerKind: label(STEP_OWNER_KIND_LABELS, s.owner_kind),
        dueDate: s.due_date,
        doneAt: iso(s.done_at),
        writtenBy: s.author_name,
      })),
    });
    const out = new Map<string, InzagePlanVersion[]>();
    for (const v of versions) {
      const list = out.get(v.case_id) ?? [];
      list.push({
        number: v.number,
        status: v.status,
        statusLabel: label(PLAN_VERSION_STATUS_LABELS, v.status),
        createdAt: v.created_at.toISOString(),
        evaluationDate: v.evaluation_date,
        consequences: v.consequences,
        goals: (goalsBy.get(v.id) ?? []).map(toGoal),
        agreements: (agreementsBy.get(v.id) ?? []).map((a) => ({ kind: a.kind, kindLabel: AGREEMENT_TEXT[a.kind] ?? label(AGREEMENT_KIND_LABELS, a.kind), text: a.text })),
        signOff: {
          proposedAt: iso(v.proposed_at),
          staffAgreedAt: iso(v.staff_agreed_at),
          staffAgreedBy: v.staff_agreed_by_name,
          youthAgreedAt: iso(v.youth_agreed_at),
          youthAgreedVia: v.youth_agreed_via ? label(YOUTH_AGREED_VIA_LABELS, v.youth_agreed_via) : null,
          establishedAt: iso(v.established_at),
        },
        evaluation: v.evaluated_at
          ? {
              wentWell: v.went_well ?? '',
              wasHard: v.was_hard ?? '',
              changes: v.changes ?? '',
              youthView: v.youth_view,
              evaluatedAt: v.evaluated_at.toISOString(),
              evaluatedBy: v.evaluated_by_name,
            }
          : null,
      });
      out.set(v.case_id, list);
    }
    return out;
  }

  /** The intake as the jongere may see it (they read the whole intake), with their diversiteitsfactoren only when held. */
  private static async intakes(tx: Queryable, ids: string[], includeDiversity: boolean): Promise<{ byCase: Map<string, InzageIntake>; diversityIncluded: boolean }> {
    const fieldsSql = INTAKE_FIELD_NAMES.map((f) => `i.${column(f)} AS "${f}"`).join(', ');
    const intakeRows: (Record<string, unknown> & { case_id: string; completed_at: Date | null; updated_at: Date })[] = await tx.query(
      `SELECT i.case_id, ${fieldsSql}, i.completed_at, i.updated_at FROM intake i WHERE i.case_id = ANY($1::uuid[])`,
      [ids],
    );
    const wishes: { case_id: string; kind: WishKind; text: string; author_name: string; created_at: Date; removed_at: Date | null }[] = await tx.query(
      `SELECT w.case_id, w.kind, w.text, u.name AS author_name, w.created_at, w.removed_at
         FROM intake_wish w JOIN app_user u ON u.id = w.author_user_id
        WHERE w.case_id = ANY($1::uuid[]) ORDER BY w.created_at, w.id`,
      [ids],
    );
    const obstacles: { case_id: string; kind: UrgentObstacleKind; description: string; created_at: Date; resolved_at: Date | null }[] = await tx.query(
      `SELECT case_id, kind, description, created_at, resolved_at FROM urgent_obstacle WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
    const scores: { case_id: string; area: LifeArea; moment: LifeAreaMoment; staff_score: number | null; youth_score: number | null; note: string | null; recorded_at: Date }[] =
      await tx.query(
        `SELECT case_id, area, moment, staff_score, youth_score, note, recorded_at FROM life_area_score
          WHERE case_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
        [ids],
      );
    const diversityNames = Object.keys(DIVERSITY_FIELD_LABELS) as DiversityFieldName[];
    const diversity: (Record<DiversityFieldName, string | null> & { case_id: string; updated_at: Date; given_at: Date })[] = includeDiversity
      ? await tx.query(
          `SELECT d.case_id, ${diversityNames.map((f) => `d.${column(f)} AS "${f}"`).join(', ')}, d.updated_at, c.given_at
             FROM diversity_info d JOIN consent c ON c.id = d.consent_id
            WHERE d.case_id = ANY($1::uuid[]) AND c.withdrawn_at IS NULL`,
          [ids],
        )
      : [];
    // Does Koers hold any (only asked when this export may not show them, to say they were left out).
    const withheld: { case_id: string }[] = includeDiversity
      ? []
      : await tx.query(`SELECT case_id FROM diversity_info WHERE case_id = ANY($1::uuid[])`, [ids]);

    const wishesBy = groupBy(wishes, (w) => w.case_id);
    const obstaclesBy = groupBy(obstacles, (o) => o.case_id);
    const scoresBy = groupBy(scores, (s) => s.case_id);
    const diversityBy = new Map(diversity.map((d) => [d.case_id, d]));
    const withheldSet = new Set(withheld.map((w) => w.case_id));
    const intakeBy = new Map(intakeRows.map((r) => [r.case_id, r]));
    let diversityIncluded = false;

    const byCase = new Map<string, InzageIntake>();
    for (const caseId of ids) {
      const r = intakeBy.get(caseId);
      const w = wishesBy.get(caseId) ?? [];
      const o = obstaclesBy.get(caseId) ?? [];
      const s = scoresBy.get(caseId) ?? [];
      const d = diversityBy.get(caseId);
      if (!r && w.length === 0 && o.length === 0 && s.length === 0 && !d) continue;
      const diversityFields = d
        ? diversityNames.flatMap((f) => (d[f] ? [{ field: f, label: DIVERSITY_FIELD_LABELS[f], value: d[f] }] : []))
        : [];
      if (diversityFields.length) diversityIncluded = true;
      byCase.set(caseId, {
        fields: r
          ? INTAKE_FIELD_NAMES.flatMap((f) => {
              const value = formatIntakeValue(f, r[f]);
              return value === null ? [] : [{ field: f, label: INTAKE_FIELD_LABELS[f], value }];
            })
          : [],
        completedAt: iso(r?.completed_at ?? null),
        updatedAt: (r?.updated_at ?? new Date(0)).toISOString(),
        wishes: w.map((x) => ({ kind: label(WISH_KIND_LABELS, x.kind), text: x.text, writtenBy: x.author_name, createdAt: x.created_at.toISOString(), removedAt: iso(x.removed_at) })),
        urgentObstacles: o.map((x) => ({ kind: label(URGENT_OBSTACLE_KIND_LABELS, x.kind), description: x.description, createdAt: x.created_at.toISOString(), resolvedAt: iso(x.resolved_at) })),
        lifeAreas: s.map((x) => ({
          area: LIFE_AREA_INFO[x.area]?.label ?? x.area,
          moment: label(LIFE_AREA_MOMENT_LABELS, x.moment),
          staffScore: x.staff_score,
          youthScore: x.youth_score,
          note: x.note,
          recordedAt: x.recorded_at.toISOString(),
        })),
        diversity: d && diversityFields.length ? { fields: diversityFields, consentGivenAt: d.given_at.toISOString(), updatedAt: d.updated_at.toISOString() } : null,
        diversityWithheld: withheldSet.has(caseId),
      });
    }
    return { byCase, diversityIncluded };
  }
}

/** The agreement headings as the jongere reads them (the same as in the plan PDF). */
const AGREEMENT_TEXT: Record<AgreementKind, string> = {
  ondersteuning: 'Wat de gemeente voor je doet',
  werk_zoeken: 'Werk zoeken',
  verplichting: 'Wat jij afspreekt te doen',
};
