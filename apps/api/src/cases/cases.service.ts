import type { ActivePhase, CaseDetail, CaseloadItem, CaseloadPage, Phase, PreferredContact, YouthAccount } from '@koers/contracts';
import { ageOn, computeSignals, todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import { CaseAccessService } from './case-access.service';
import type { CaseloadQueryDto, RegisterYouthDto } from './cases.dto';

type Queryable = Pick<EntityManager, 'query'>;

/** "Today" for signals: the Dutch calendar day, in SQL. */
const TODAY = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * The signal rules of libs/domain/src/signals.ts, as SQL over one case row (c, y, t), so the
 * caseload filters and sorts in the database. cases.int.test.ts checks that both agree.
 */
const SIGNAL_SQL = {
  urgent_obstakel: `(c.phase <> 'afgesloten' AND c.open_urgent_obstacles > 0)`,
  evaluatie_verlopen: `(c.phase NOT IN ('afgesloten', 'time_out') AND c.next_evaluation_date < ${TODAY})`,
  geen_contact: `(c.phase NOT IN ('afgesloten', 'time_out') AND (${TODAY} - (coalesce(c.last_contact_at, c.created_at) AT TIME ZONE 'Europe/Amsterdam')::date) >= t.no_contact_weeks * 7)`,
  leeftijdsgrens: `(c.phase <> 'afgesloten' AND EXISTS (SELECT 1 FROM unnest(ARRAY[18, 23, 27]) AS b(age)
                     WHERE (y.date_of_birth + make_interval(years => b.age))::date BETWEEN ${TODAY} AND (${TODAY} + interval '3 months')::date))`,
  time_out: `(c.phase = 'time_out')`,
} as const;
/** SQL NULL (e.g. no evaluation date yet) means "no signal", never "unknown". */
const signal = (kind: keyof typeof SIGNAL_SQL) => `coalesce(${SIGNAL_SQL[kind]}, false)`;

/** Higher needs attention sooner. */
const ATTENTION_SQL = `(5 * ${signal('urgent_obstakel')}::int + 4 * ${signal('evaluatie_verlopen')}::int + 3 * ${signal('geen_contact')}::int + 2 * ${signal('leeftijdsgrens')}::int)`;

interface CaseRow {
  id: string;
  version: number;
  phase: Phase;
  phase_before_timeout: ActivePhase | null;
  timeout_reason: string | null;
  timeout_until: string | null;
  closed_reason: string | null;
  closed_at: Date | null;
  next_evaluation_date: string | null;
  last_contact_at: Date | null;
  open_urgent_obstacles: number;
  created_at: Date;
  team_id: string;
  team_name: string;
  no_contact_weeks: number;
  contact_user_id: string | null;
  contact_name: string | null;
  youth_id: string;
  youth_user_id: string | null;
  youth_name: string;
  date_of_birth: string;
  email: string | null;
  phone: string | null;
  preferred_contact: PreferredContact;
}

const CASE_SELECT = `
  SELECT c.id, c.version, c.phase, c.phase_before_timeout, c.timeout_reason, to_char(c.timeout_until, 'YYYY-MM-DD') AS timeout_until,
         c.closed_reason, c.closed_at, to_char(c.next_evaluation_date, 'YYYY-MM-DD') AS next_evaluation_date, c.last_contact_at,
         c.open_urgent_obstacles, c.created_at, c.team_id, t.name AS team_name, t.no_contact_weeks,
         c.contact_user_id, u.name AS contact_name,
         y.id AS youth_id, y.user_id AS youth_user_id, y.name AS youth_name, to_char(y.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
         y.email, y.phone, y.preferred_contact
    FROM youth_case c
    JOIN youth y ON y.id = c.youth_id
    JOIN team t ON t.id = c.team_id
    LEFT JOIN app_user u ON u.id = c.contact_user_id`;

function dayOf(d: Date): string {
  return todayInNl(d);
}

function signalsOf(r: Pick<CaseRow, 'date_of_birth' | 'phase' | 'next_evaluation_date' | 'last_contact_at' | 'created_at' | 'no_contact_weeks' | 'open_urgent_obstacles' | 'timeout_until'>, today: string) {
  return computeSignals({
    today,
    dateOfBirth: r.date_of_birth,
    phase: r.phase,
    nextEvaluationDate: r.next_evaluation_date,
    lastContactDay: dayOf(r.last_contact_at ?? r.created_at),
    noContactWeeks: r.no_contact_weeks,
    openUrgentObstacles: r.open_urgent_obstacles,
    timeoutUntil: r.timeout_until,
  });
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The caseload: a klantmanager's own active cases, or (teamleider) the team's. Filtered, sorted by
   * attention and keyset-paginated in SQL. Cases in time-out only show when their return date is
   * near, or when asked for (phase or signal time_out). Closed cases only when asked for.
   */
  async caseload(user: AuthUser, query: CaseloadQueryDto): Promise<CaseloadPage> {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 3);
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (user.role === 'klantmanager') where.push(`c.contact_user_id = ${p(user.id)}`);
    else where.push(`c.team_id = ${p(user.teamId)}`);

    if (query.phase) where.push(`c.phase = ${p(query.phase)}`);
    else if (query.signal !== 'time_out') {
      where.push(`c.phase <> 'afgesloten'`);
      where.push(`(c.phase <> 'time_out' OR c.timeout_until <= ${TODAY} + 14)`);
    }
    if (query.signal) where.push(signal(query.signal));
    if (query.q) where.push(`lower(y.name) LIKE ${p(`%${query.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`)}`);
    if (after) where.push(`(-${ATTENTION_SQL}, lower(y.name), c.id) > (${p(-Number(after[0]))}::int, ${p(after[1])}::text, ${p(after[2])}::uuid)`);

    const rows: (CaseRow & { attention: number })[] = await this.db.query(
      `${CASE_SELECT.replace('SELECT ', `SELECT ${ATTENTION_SQL} AS attention, `)}
        WHERE ${where.join(' AND ')}
        ORDER BY attention DESC, lower(y.name), c.id
        LIMIT ${p(limit + 1)}`,
      params,
    );
    const today = todayInNl();
    return toPage(
      rows,
      limit,
      (r): CaseloadItem => ({
        id: r.id,
        youthName: r.youth_name,
        age: ageOn(r.date_of_birth, today),
        phase: r.phase,
        signals: signalsOf(r, today),
        nextEvaluationDate: r.next_evaluation_date,
        lastContactAt: r.last_contact_at?.toISOString() ?? null,
        timeoutUntil: r.timeout_until,
        contactPerson: r.contact_user_id ? { id: r.contact_user_id, name: r.contact_name ?? '' } : null,
      }),
      (r) => [r.attention, r.youth_name.toLowerCase(), r.id],
    );
  }

  /** "Nieuwe jongere aanmelden": the jongere and their case, with the klantmanager as contact person. */
  async register(user: AuthUser, dto: RegisterYouthDto): Promise<CaseDetail> {
    const today = todayInNl();
    const age = ageOn(dto.dateOfBirth, today);
    if (age < 16 || age > 27) {
      throw DomainException.validation([{ field: 'dateOfBirth', message: 'Koers is voor jongeren van 16 tot en met 27 jaar. Controleer de geboortedatum.' }]);
    }
    const caseId = await this.db.transaction(async (tx) => {
      const youth: { id: string }[] = await tx.query(
        `INSERT INTO youth (team_id, name, date_of_birth, email, phone, preferred_contact) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [user.teamId, dto.name, dto.dateOfBirth, dto.email ?? null, dto.phone ?? null, dto.preferredContact],
      );
      const cases: { id: string }[] = await tx.query(
        `INSERT INTO youth_case (youth_id, team_id, contact_user_id) VALUES ($1, $2, $3) RETURNING id`,
        [youth[0]!.id, user.teamId, user.id],
      );
      const id = cases[0]!.id;
      await tx.query(`INSERT INTO intake (case_id, updated_by) VALUES ($1, $2)`, [id, user.id]);
      await this.audit.record(tx, { action: 'case.create', objectType: 'case', objectId: id, caseId: id, youthId: youth[0]!.id, fields: Object.keys(dto) });
      return id;
    });
    return this.detailUnchecked(user, caseId);
  }

  async detail(user: AuthUser, caseId: string): Promise<CaseDetail> {
    const scope = await this.access.require(user, caseId, 'read', 'case.read');
    await this.audit.record(this.db, { action: 'case.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    return this.detailUnchecked(user, caseId);
  }

  async changePhase(user: AuthUser, caseId: string, phase: ActivePhase, version: number): Promise<CaseDetail> {
    return this.transition(user, caseId, version, 'case.phase', ['phase'], (tx, scope) => {
      if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst.');
      return updateVersioned(
        tx,
        `UPDATE youth_case SET phase = $3, phase_before_timeout = NULL, timeout_reason = NULL, timeout_until = NULL,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [caseId, version, phase],
        () => this.detailUnchecked(user, caseId, tx),
      );
    });
  }

  async timeOut(user: AuthUser, caseId: string, reason: string, until: string, version: number): Promise<CaseDetail> {
    if (until <= todayInNl()) throw DomainException.validation([{ field: 'until', message: 'Kies een terugkeerdatum in de toekomst.' }]);
    return this.transition(user, caseId, version, 'case.time_out', ['phase', 'timeout_reason', 'timeout_until'], (tx, scope) => {
      if (scope.phase === 'afgesloten' || scope.phase === 'time_out') {
        throw DomainException.conflict(scope.phase === 'time_out' ? 'Dit traject staat al in time-out.' : 'Dit traject is afgesloten.');
      }
      return updateVersioned(
        tx,
        `UPDATE youth_case SET phase_before_timeout = phase, phase = 'time_out', timeout_reason = $3, timeout_until = $4,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [caseId, version, reason, until],
        () => this.detailUnchecked(user, caseId, tx),
      );
    });
  }

  async close(user: AuthUser, caseId: string, reason: string, version: number): Promise<CaseDetail> {
    return this.transition(user, caseId, version, 'case.close', ['phase', 'closed_reason'], (tx, scope) => {
      if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is al afgesloten.');
      return updateVersioned(
        tx,
        `UPDATE youth_case SET phase = 'afgesloten', closed_reason = $3, closed_at = now(), phase_before_timeout = NULL,
                timeout_reason = NULL, timeout_until = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [caseId, version, reason],
        () => this.detailUnchecked(user, caseId, tx),
      );
    });
  }

  async reopen(user: AuthUser, caseId: string, phase: ActivePhase, version: number): Promise<CaseDetail> {
    return this.transition(user, caseId, version, 'case.reopen', ['phase', 'closed_reason'], (tx, scope) => {
      if (scope.phase !== 'afgesloten') throw DomainException.conflict('Dit traject is niet afgesloten.');
      return updateVersioned(
        tx,
        `UPDATE youth_case SET phase = $3, closed_reason = NULL, closed_at = NULL, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [caseId, version, phase],
        () => this.detailUnchecked(user, caseId, tx),
      );
    });
  }

  private async transition(
    user: AuthUser,
    caseId: string,
    _version: number,
    action: string,
    fields: string[],
    change: (tx: EntityManager, scope: Awaited<ReturnType<CaseAccessService['require']>>) => Promise<unknown>,
  ): Promise<CaseDetail> {
    await this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', action, tx);
      await change(tx, scope);
      await this.audit.record(tx, { action, objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId, fields });
    });
    return this.detailUnchecked(user, caseId);
  }

  /**
   * Whether the jongere's linked account has been switched off by the beheerder, or else activated (a
   * password chosen), and until when the newest unused link works.
   */
  private async youthAccount(userId: string | null, runner: Queryable): Promise<YouthAccount> {
    if (!userId) return { state: 'none', invitationExpiresAt: null };
    const rows: { active: boolean; activated: boolean; expires_at: Date | null }[] = await runner.query(
      `SELECT u.active, u.password_hash IS NOT NULL AS activated,
              (SELECT max(i.expires_at) FROM invitation i WHERE i.user_id = u.id AND i.used_at IS NULL) AS expires_at
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
    if (row && !row.active) return { state: 'deactivated', invitationExpiresAt: null };
    if (row?.activated) return { state: 'active', invitationExpiresAt: null };
    return { state: 'invited', invitationExpiresAt: row?.expires_at?.toISOString() ?? null };
  }

  /** The case page's header data. Access must have been checked by the caller. */
  async detailUnchecked(user: AuthUser, caseId: string, runner: Queryable = this.db): Promise<CaseDetail> {
    const rows: CaseRow[] = await runner.query(`${CASE_SELECT} WHERE c.id = $1`, [caseId]);
    const r = rows[0];
    if (!r) throw DomainException.notFound('Dit traject');
    const today = todayInNl();
    const scope = await this.access.load(caseId, runner);
    const account = await this.youthAccount(r.youth_user_id, runner);
    return {
      id: r.id,
      version: r.version,
      phase: r.phase,
      youth: {
        id: r.youth_id,
        name: r.youth_name,
        dateOfBirth: r.date_of_birth,
        age: ageOn(r.date_of_birth, today),
        email: r.email,
        phone: r.phone,
        preferredContact: r.preferred_contact,
        hasAccount: r.youth_user_id !== null,
        account,
      },
      contactPerson: r.contact_user_id ? { id: r.contact_user_id, name: r.contact_name ?? '' } : null,
      team: { id: r.team_id, name: r.team_name },
      timeout: r.phase === 'time_out' && r.timeout_reason && r.timeout_until && r.phase_before_timeout ? { reason: r.timeout_reason, until: r.timeout_until, returnsTo: r.phase_before_timeout } : null,
      closed: r.phase === 'afgesloten' && r.closed_reason && r.closed_at ? { reason: r.closed_reason, at: r.closed_at.toISOString() } : null,
      signals: signalsOf(r, today),
      nextEvaluationDate: r.next_evaluation_date,
      lastContactAt: r.last_contact_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
      permissions: { canEdit: scope ? CaseAccessService.allows(user, scope, 'write') : false },
    };
  }
}
