import type {
  CaseloadCounts,
  CasesWithoutContactPage,
  CaseWithoutContact,
  CompletedHandoversPage,
  FieldError,
  HandoverCandidateOptions,
  HandoverPage,
  HandoverSettings,
  LeavingCaseItem,
  LeavingCasesPage,
  Phase,
  PlanBulkHandoversResult,
  SpreadCasesResult,
  WarmShareMonth,
} from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { NotificationSender, type OutgoingNotification } from '../notifications/notification-sender';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException } from '../platform/errors/domain.exception';
import { HandoverMessages } from './handover-messages';
import type {
  CaseloadCountsQueryDto,
  CompletedHandoversQueryDto,
  LeavingCasesQueryDto,
  PlanBulkHandoversDto,
  SpreadCasesDto,
  TeamHandoverListQueryDto,
  UpdateHandoverSettingsDto,
} from './handovers.dto';
import { HANDOVER_SELECT, type HandoverRow, OPEN_SQL, type Queryable, rowsOf, toSummary } from './handovers.queries';

/** "Today" in the Netherlands, in SQL. */
const TODAY = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

function badCursor(): DomainException {
  return DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
}

/** A keyset cursor of [key, uuid] where key must match `pattern`. */
function cursorOf(cursor: string | undefined, pattern: RegExp): [string, string] | null {
  const after = decodeCursor(cursor, 2);
  if (!after) return null;
  if (!(typeof after[0] === 'string' && pattern.test(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) throw badCursor();
  return [after[0], after[1]];
}

interface TeamRow {
  id: string;
  handover_notice_days: number;
  handover_min_meetings: number;
  predecessor_read_days: number;
  handover_settings_version: number;
}

const SETTINGS_COLUMNS = `id, handover_notice_days, handover_min_meetings, predecessor_read_days, handover_settings_version`;
/** Active cases of a klantmanager (not closed, not in time-out), as a subquery on app_user u. */
const ACTIVE_CASES_OF_U = `(SELECT count(*)::int FROM youth_case c WHERE c.contact_user_id = u.id AND c.phase NOT IN ('afgesloten', 'time_out'))`;

/**
 * The teamleider's side: the team's handovers (in progress, completed warm/cold, the share of warm
 * ones per month), cases without contact person, caseload per klantmanager, and planning handovers
 * for many cases at once. Always the teamleider's own team.
 */
@Injectable()
export class TeamHandoversService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sender: NotificationSender,
    private readonly access: CaseAccessService,
  ) {}

  /**
   * Who can take over this case: the active klantmanagers of the case's team except its contact
   * person, with their caseload. Only for whoever may start a handover on it: its contact person or
   * the teamleider of its team (others who cannot read the case: 404; who can read but not start: 403).
   */
  async candidates(user: AuthUser, caseId: string): Promise<HandoverCandidateOptions> {
    const scope = await this.access.require(user, caseId, 'read', 'handover.candidates.read');
    const mayStart = (user.role === 'klantmanager' && scope.contactUserId === user.id) || (user.role === 'teamleider' && scope.teamId === user.teamId);
    if (!mayStart) {
      await this.audit.denied({ action: 'handover.candidates.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId }, user);
      throw DomainException.forbidden('Alleen de huidige contactpersoon of de teamleider kan een opvolger kiezen.');
    }
    const rows: { id: string; name: string; active: number }[] = await this.db.query(
      `SELECT u.id, u.name, ${ACTIVE_CASES_OF_U} AS active
         FROM app_user u
        WHERE u.team_id = $1 AND u.role = 'klantmanager' AND u.active AND u.id IS DISTINCT FROM $2::uuid
        ORDER BY u.name, u.id`,
      [scope.teamId, scope.contactUserId],
    );
    return { items: rows.map((r) => ({ user: { id: r.id, name: r.name }, activeCases: r.active })) };
  }

  /**
   * The open cases (not closed) of one klantmanager of the teamleider's team, by the jongere's name,
   * for "iemand vertrekt": which cases to spread, and which already have a handover in progress.
   */
  async leavingCases(user: AuthUser, userId: string, query: LeavingCasesQueryDto): Promise<LeavingCasesPage> {
    const teamId = this.teamOf(user);
    const member: { id: string }[] = await this.db.query(`SELECT id FROM app_user WHERE id = $1 AND team_id = $2 AND role = 'klantmanager'`, [userId, teamId]);
    if (!member[0]) throw DomainException.notFound('Deze klantmanager');
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    if (after && !(typeof after[0] === 'string' && typeof after[1] === 'string' && UUID.test(after[1]))) throw badCursor();
    const params: unknown[] = [userId, teamId];
    const where = [`c.contact_user_id = $1`, `c.team_id = $2`, `c.phase <> 'afgesloten'`];
    if (after) where.push(`(y.name, c.id) > ($${params.push(after[0])}::text, $${params.push(after[1])}::uuid)`);
    const rows: { id: string; youth_name: string; phase: Phase; open_handover_id: string | null }[] = await this.db.query(
      `SELECT c.id, y.name AS youth_name, c.phase,
              (SELECT h.id FROM handover h WHERE h.case_id = c.id AND h.status IN ${OPEN_SQL} LIMIT 1) AS open_handover_id
         FROM youth_case c JOIN youth y ON y.id = c.youth_id
        WHERE ${where.join(' AND ')}
        ORDER BY y.name, c.id LIMIT $${params.push(limit + 1)}`,
      params,
    );
    return toPage(
      rows,
      limit,
      (r): LeavingCaseItem => ({ caseId: r.id, youthName: r.youth_name, phase: r.phase, openHandoverId: r.open_handover_id }),
      (r) => [r.youth_name, r.id],
    );
  }

  async inProgress(user: AuthUser, query: TeamHandoverListQueryDto): Promise<HandoverPage> {
    const teamId = this.teamOf(user);
    const limit = pageSize(query.limit);
    const after = cursorOf(query.cursor, DAY);
    const key = `coalesce(h.planned_switch_date, DATE '0001-01-01')`;
    const params: unknown[] = [teamId];
    const where = [`h.team_id = $1`, `h.status IN ${OPEN_SQL}`];
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(${key}, h.id) > ($2::date, $3::uuid)`);
    }
    params.push(limit + 1);
    // Without contact person (no date) first, then the soonest switch.
    const rows: HandoverRow[] = await this.db.query(`${HANDOVER_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${key}, h.id LIMIT $${params.length}`, params);
    const today = todayInNl();
    return toPage(rows, limit, (r) => toSummary(r, today), (r) => [r.planned_switch_date ?? '0001-01-01', r.id]);
  }

  async completed(user: AuthUser, query: CompletedHandoversQueryDto): Promise<CompletedHandoversPage> {
    const teamId = this.teamOf(user);
    const today = todayInNl();
    const from = query.from ?? addDays(today, -90);
    const to = query.to ?? today;
    if (from > to) throw DomainException.validation([{ field: 'from', message: 'De begindatum moet vóór de einddatum liggen.' }]);
    const limit = pageSize(query.limit);
    const after = cursorOf(query.cursor, TIMESTAMP);
    const period = `h.team_id = $1 AND h.status = 'overgedragen'
      AND h.switched_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
      AND h.switched_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
    const params: unknown[] = [teamId, from, to];
    const where = [period];
    if (query.warmth) where.push(`h.warmth = $${params.push(query.warmth)}`);
    if (after) where.push(`(h.switched_at, h.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: HandoverRow[] = await this.db.query(
      `${HANDOVER_SELECT} WHERE ${where.join(' AND ')} ORDER BY h.switched_at DESC, h.id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    const totals: { warm: number; koud: number }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE h.warmth = 'warm')::int AS warm, count(*) FILTER (WHERE h.warmth = 'koud')::int AS koud FROM handover h WHERE ${period}`,
      [teamId, from, to],
    );
    return { ...toPage(rows, limit, (r) => toSummary(r, today), (r) => [r.switched_key, r.id]), totals: totals[0]! };
  }

  /** The team's cases "zonder contactpersoon", longest waiting first. */
  async withoutContact(user: AuthUser, query: TeamHandoverListQueryDto): Promise<CasesWithoutContactPage> {
    const teamId = this.teamOf(user);
    const limit = pageSize(query.limit);
    const after = cursorOf(query.cursor, TIMESTAMP);
    const params: unknown[] = [teamId];
    const where = [`c.team_id = $1`, `c.without_contact_since IS NOT NULL`];
    if (after) where.push(`(c.without_contact_since, c.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: {
      id: string;
      version: number;
      youth_name: string;
      phase: Phase;
      without_contact_since: Date;
      since_key: string;
      handover_id: string | null;
      from_user_id: string | null;
      from_name: string | null;
    }[] = await this.db.query(
      `SELECT c.id, c.version, y.name AS youth_name, c.phase, c.without_contact_since, c.without_contact_since::text AS since_key,
              h.id AS handover_id, h.from_user_id, u.name AS from_name
         FROM youth_case c
         JOIN youth y ON y.id = c.youth_id
         LEFT JOIN handover h ON h.case_id = c.id AND h.kind = 'uitval' AND h.status IN ${OPEN_SQL}
         LEFT JOIN app_user u ON u.id = h.from_user_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.without_contact_since, c.id LIMIT $${params.push(limit + 1)}`,
      params,
    );
    const now = Date.now();
    return toPage(
      rows,
      limit,
      (r): CaseWithoutContact => ({
        caseId: r.id,
        caseVersion: r.version,
        youthName: r.youth_name,
        phase: r.phase,
        withoutContactSince: r.without_contact_since.toISOString(),
        hoursWithoutContact: Math.round(((now - r.without_contact_since.getTime()) / 3_600_000) * 10) / 10,
        formerContact: r.from_user_id ? { id: r.from_user_id, name: r.from_name ?? '' } : null,
        handoverId: r.handover_id,
      }),
      (r) => [r.since_key, r.id],
    );
  }

  /** Warm and cold switches per calendar month (Dutch time), the last `months` months, every month present. */
  async warmShare(user: AuthUser, months = 12): Promise<WarmShareMonth[]> {
    const teamId = this.teamOf(user);
    const rows: { month: string; warm: number; koud: number }[] = await this.db.query(
      `WITH months AS (
         SELECT generate_series(date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - make_interval(months => $2::int - 1),
                                date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam'), interval '1 month') AS m)
       SELECT to_char(months.m, 'YYYY-MM') AS month,
              count(h.id) FILTER (WHERE h.warmth = 'warm')::int AS warm,
              count(h.id) FILTER (WHERE h.warmth = 'koud')::int AS koud
         FROM months
         LEFT JOIN handover h ON h.team_id = $1 AND h.status = 'overgedragen'
                             AND h.switched_at >= months.m AT TIME ZONE 'Europe/Amsterdam'
                             AND h.switched_at < (months.m + interval '1 month') AT TIME ZONE 'Europe/Amsterdam'
        GROUP BY months.m ORDER BY months.m`,
      [teamId, months],
    );
    return rows.map((r) => ({ month: r.month, warm: r.warm, koud: r.koud, warmShare: r.warm + r.koud ? Math.round((r.warm / (r.warm + r.koud)) * 1000) / 1000 : null }));
  }

  /** Per active klantmanager of the team: what they carry now. */
  async caseload(user: AuthUser, query: CaseloadCountsQueryDto): Promise<CaseloadCounts> {
    const teamId = this.teamOf(user);
    const team: { no_contact_weeks: number }[] = await this.db.query(`SELECT no_contact_weeks FROM team WHERE id = $1`, [teamId]);
    const weeks = query.noContactWeeks ?? team[0]?.no_contact_weeks ?? 3;
    const active = `c.phase NOT IN ('afgesloten', 'time_out')`;
    const rows: { id: string; name: string; active: number; time_out: number; overdue: number; no_contact: number; incoming: number; outgoing: number }[] = await this.db.query(
      `SELECT u.id, u.name,
              count(c.id) FILTER (WHERE ${active})::int AS active,
              count(c.id) FILTER (WHERE c.phase = 'time_out')::int AS time_out,
              count(c.id) FILTER (WHERE ${active} AND c.next_evaluation_date < ${TODAY})::int AS overdue,
              count(c.id) FILTER (WHERE ${active} AND (${TODAY} - (coalesce(c.last_contact_at, c.created_at) AT TIME ZONE 'Europe/Amsterdam')::date) >= $2::int * 7)::int AS no_contact,
              (SELECT count(*)::int FROM handover h WHERE h.to_user_id = u.id AND h.status IN ${OPEN_SQL}) AS incoming,
              (SELECT count(*)::int FROM handover h JOIN youth_case hc ON hc.id = h.case_id WHERE hc.contact_user_id = u.id AND h.status IN ${OPEN_SQL}) AS outgoing
         FROM app_user u
         LEFT JOIN youth_case c ON c.contact_user_id = u.id AND c.phase <> 'afgesloten'
        WHERE u.team_id = $1 AND u.role = 'klantmanager' AND u.active
        GROUP BY u.id, u.name
        ORDER BY u.name, u.id`,
      [teamId, weeks],
    );
    return {
      noContactWeeks: weeks,
      items: rows.map((r) => ({
        user: { id: r.id, name: r.name },
        activeCases: r.active,
        timeOut: r.time_out,
        overdueEvaluations: r.overdue,
        noContact: r.no_contact,
        incomingHandovers: r.incoming,
        outgoingHandovers: r.outgoing,
      })),
    };
  }

  /**
   * A proposal to spread cases over colleagues (nothing is written): each case, in the given order,
   * goes to the chosen colleague with the fewest active cases at that moment (never to its own
   * contact person).
   */
  async spread(user: AuthUser, dto: SpreadCasesDto): Promise<SpreadCasesResult> {
    const teamId = this.teamOf(user);
    const cases: { id: string; contact_user_id: string }[] = await this.db.query(
      `SELECT id, contact_user_id FROM youth_case WHERE id = ANY($1::uuid[]) AND team_id = $2 AND phase <> 'afgesloten' AND contact_user_id IS NOT NULL`,
      [dto.caseIds, teamId],
    );
    const colleagues: { id: string; name: string; active: number }[] = await this.db.query(
      `SELECT u.id, u.name, ${ACTIVE_CASES_OF_U} AS active
         FROM app_user u WHERE u.id = ANY($1::uuid[]) AND u.role = 'klantmanager' AND u.active AND u.team_id = $2`,
      [dto.successorUserIds, teamId],
    );
    const errors: FieldError[] = [];
    if (cases.length !== dto.caseIds.length) errors.push({ field: 'caseIds', message: 'Kies lopende trajecten van uw team die een contactpersoon hebben.' });
    if (colleagues.length !== dto.successorUserIds.length) errors.push({ field: 'successorUserIds', message: 'Kies actieve klantmanagers van uw team.' });
    if (errors.length) throw DomainException.validation(errors);

    const contactOf = new Map(cases.map((c) => [c.id, c.contact_user_id]));
    const order = dto.successorUserIds.map((id) => colleagues.find((c) => c.id === id)!);
    const load = new Map(order.map((c) => [c.id, c.active]));
    const assignments = dto.caseIds.map((caseId, i) => {
      const options = order.filter((c) => c.id !== contactOf.get(caseId));
      if (!options.length) throw DomainException.validation([{ field: `caseIds.${i}`, message: 'Dit traject kan niet naar de eigen contactpersoon. Kies ook een andere collega.' }]);
      const pick = options.reduce((best, c) => (load.get(c.id)! < load.get(best.id)! ? c : best));
      load.set(pick.id, load.get(pick.id)! + 1);
      return { caseId, successorUserId: pick.id };
    });
    return {
      assignments,
      caseload: order.map((c) => ({ user: { id: c.id, name: c.name }, activeCasesBefore: c.active, activeCasesAfter: load.get(c.id)! })),
    };
  }

  /**
   * Plans handovers for many cases at once (someone leaves or goes on long leave): all or nothing.
   * Each gets its own handover with the one chosen successor, and follows the workflow on its own.
   */
  async planBulk(user: AuthUser, dto: PlanBulkHandoversDto): Promise<PlanBulkHandoversResult> {
    const teamId = this.teamOf(user);
    if (dto.plannedSwitchDate < todayInNl()) throw DomainException.validation([{ field: 'plannedSwitchDate', message: 'Kies een overdrachtsdatum vanaf vandaag.' }]);
    const ids = await this.db.transaction(async (tx) => {
      const caseIds = dto.assignments.map((a) => a.caseId);
      const cases: { id: string; team_id: string; contact_user_id: string | null; phase: string; youth_id: string; youth_name: string; open: boolean }[] = await tx.query(
        `SELECT c.id, c.team_id, c.contact_user_id, c.phase, c.youth_id, y.name AS youth_name,
                EXISTS (SELECT 1 FROM handover h WHERE h.case_id = c.id AND h.status IN ${OPEN_SQL}) AS open
           FROM youth_case c JOIN youth y ON y.id = c.youth_id
          WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
        [caseIds],
      );
      const byId = new Map(cases.map((c) => [c.id, c]));
      const colleagues: { id: string }[] = await tx.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND role = 'klantmanager' AND active AND team_id = $2`, [
        dto.assignments.map((a) => a.successorUserId),
        teamId,
      ]);
      const eligible = new Set(colleagues.map((c) => c.id));
      const errors: FieldError[] = [];
      for (const [i, a] of dto.assignments.entries()) {
        const c = byId.get(a.caseId);
        if (!c || c.team_id !== teamId) {
          if (c) await this.audit.denied({ action: 'handover.propose', objectType: 'case', objectId: c.id, caseId: c.id, youthId: c.youth_id }, user);
          errors.push({ field: `assignments.${i}.caseId`, message: 'Dit traject bestaat niet of hoort niet bij uw team.' });
          continue;
        }
        if (c.phase === 'afgesloten') errors.push({ field: `assignments.${i}.caseId`, message: `Het traject van ${c.youth_name} is afgesloten.` });
        else if (!c.contact_user_id) errors.push({ field: `assignments.${i}.caseId`, message: `${c.youth_name} heeft geen contactpersoon; wijs er direct een toe.` });
        else if (c.open) errors.push({ field: `assignments.${i}.caseId`, message: `Voor ${c.youth_name} loopt al een overdracht.` });
        if (!eligible.has(a.successorUserId) || a.successorUserId === c.contact_user_id) {
          errors.push({ field: `assignments.${i}.successorUserId`, message: 'Kies een actieve klantmanager van uw team, niet de huidige contactpersoon.' });
        }
      }
      if (errors.length) throw DomainException.validation(errors, 'Niet alle overdrachten kunnen zo gepland worden. Er is niets opgeslagen.');

      const created = rowsOf<{ id: string; case_id: string; to_user_id: string }>(
        await tx.query(
          `INSERT INTO handover (case_id, team_id, kind, from_user_id, to_user_id, reason, planned_switch_date, proposed_by)
           SELECT a.case_id, $3, 'gepland', c.contact_user_id, a.to_user_id, $4, $5, $6
             FROM unnest($1::uuid[], $2::uuid[]) AS a(case_id, to_user_id) JOIN youth_case c ON c.id = a.case_id
           RETURNING id, case_id, to_user_id`,
          [caseIds, dto.assignments.map((a) => a.successorUserId), teamId, dto.reason, dto.plannedSwitchDate, user.id],
        ),
      );
      await tx.query(
        `INSERT INTO handover_candidate (handover_id, user_id, position, added_by) SELECT h.id, h.to_user_id, 1, $2 FROM handover h WHERE h.id = ANY($1::uuid[])`,
        [created.map((h) => h.id), user.id],
      );
      const notify: OutgoingNotification[] = [];
      const perContact = new Map<string, number>();
      for (const h of created) {
        const c = byId.get(h.case_id)!;
        await this.audit.record(tx, { action: 'handover.propose', objectType: 'handover', objectId: h.id, caseId: c.id, youthId: c.youth_id, fields: ['candidateUserIds', 'reason', 'plannedSwitchDate', 'successor'] });
        notify.push(HandoverMessages.chosen(h.to_user_id, { caseId: c.id, handoverId: h.id, youthName: c.youth_name, by: user.name, plannedSwitchDate: dto.plannedSwitchDate }));
        perContact.set(c.contact_user_id!, (perContact.get(c.contact_user_id!) ?? 0) + 1);
      }
      for (const [contact, count] of perContact) notify.push(HandoverMessages.bulkStarted(contact, { count, by: user.name, plannedSwitchDate: dto.plannedSwitchDate }));
      await this.sender.send(tx, notify);
      return created.map((h) => h.id);
    });
    const rows: HandoverRow[] = await this.db.query(`${HANDOVER_SELECT} WHERE h.id = ANY($1::uuid[]) ORDER BY lower(y.name), h.id`, [ids]);
    const today = todayInNl();
    return { handovers: rows.map((r) => toSummary(r, today)) };
  }

  async settings(user: AuthUser, teamId: string): Promise<HandoverSettings> {
    await this.requireTeam(user, teamId, 'team.handover_settings.read');
    const row = await this.loadSettings(this.db, teamId);
    if (!row) throw DomainException.notFound('Dit team');
    return toSettings(row);
  }

  async updateSettings(user: AuthUser, teamId: string, dto: UpdateHandoverSettingsDto): Promise<HandoverSettings> {
    const fields = (['noticeDays', 'minMeetings', 'predecessorReadDays'] as const).filter((k) => dto[k] !== undefined);
    if (!fields.length) throw DomainException.validation([], 'Er is niets om te wijzigen: stuur minstens één veld mee.');
    await this.requireTeam(user, teamId, 'team.handover_settings.update');
    return this.db.transaction(async (tx) => {
      // Optimistic concurrency as in updateVersioned, on the settings' own version column: one
      // conditional UPDATE; no row back means someone else saved first → 409 with the current settings.
      const [row] = rowsOf<TeamRow>(
        await tx.query(
          `UPDATE team SET handover_notice_days = coalesce($3, handover_notice_days), handover_min_meetings = coalesce($4, handover_min_meetings),
                           predecessor_read_days = coalesce($5, predecessor_read_days), handover_settings_version = handover_settings_version + 1
            WHERE id = $1 AND handover_settings_version = $2 RETURNING ${SETTINGS_COLUMNS}`,
          [teamId, dto.version, dto.noticeDays ?? null, dto.minMeetings ?? null, dto.predecessorReadDays ?? null],
        ),
      );
      if (!row) {
        const current = await this.loadSettings(tx, teamId);
        if (!current) throw DomainException.notFound('Dit team');
        throw DomainException.conflict('Iemand anders heeft de overdrachtsregels intussen gewijzigd. Bekijk de nieuwe waarden en sla opnieuw op.', toSettings(current));
      }
      await this.audit.record(tx, { action: 'team.handover_settings.update', objectType: 'team', objectId: teamId, fields });
      return toSettings(row);
    });
  }

  private async loadSettings(runner: Queryable, teamId: string): Promise<TeamRow | null> {
    const rows: TeamRow[] = await runner.query(`SELECT ${SETTINGS_COLUMNS} FROM team WHERE id = $1`, [teamId]);
    return rows[0] ?? null;
  }

  /** Only the teamleider of this team, or a beheerder. Anyone else: 404, as if the team did not exist. */
  private async requireTeam(user: AuthUser, teamId: string, action: string): Promise<void> {
    if (user.role === 'beheerder' || (user.role === 'teamleider' && user.teamId === teamId)) return;
    await this.audit.denied({ action, objectType: 'team', objectId: teamId }, user);
    throw DomainException.notFound('Dit team');
  }

  private teamOf(user: AuthUser): string {
    if (user.role !== 'teamleider' || !user.teamId) throw DomainException.forbidden();
    return user.teamId;
  }
}

function toSettings(r: TeamRow): HandoverSettings {
  return { teamId: r.id, version: r.handover_settings_version, noticeDays: r.handover_notice_days, minMeetings: r.handover_min_meetings, predecessorReadDays: r.predecessor_read_days };
}
