import type { ContactKind, ContactMoment, ContactMomentPage, TeamSettings } from '@koers/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import type { ContactMomentListQueryDto, CreateContactMomentDto } from './contacts.dto';

type Queryable = Pick<EntityManager, 'query'>;

interface ContactRow {
  id: string;
  case_id: string;
  occurred_at: Date;
  /** occurred_at as PostgreSQL text: exact to the microsecond, for the keyset cursor. */
  occurred_key: string;
  kind: ContactKind;
  note: string | null;
  internal: boolean;
  user_id: string;
  user_name: string;
  created_at: Date;
}

const CONTACT_SELECT = `
  SELECT cm.id, cm.case_id, cm.occurred_at, cm.occurred_at::text AS occurred_key, cm.kind, cm.note, cm.internal,
         cm.user_id, u.name AS user_name, cm.created_at
    FROM contact_moment cm
    JOIN app_user u ON u.id = cm.user_id`;

/** A clock a little ahead on the user's device is not "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toContact(r: ContactRow): ContactMoment {
  return {
    id: r.id,
    caseId: r.case_id,
    occurredAt: r.occurred_at.toISOString(),
    kind: r.kind,
    note: r.note,
    internal: r.internal,
    user: { id: r.user_id, name: r.user_name },
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Contactmomenten of a case, and the team setting for the "geen contact" signal.
 * Written by the contact person; read by the contact person and the teamleider; the jongere reads
 * only moments that are not internal (internal ones are filtered in SQL and never leave the server).
 * Every list read is audited as `contact.read`.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
  ) {}

  async list(user: AuthUser, caseId: string, query: ContactMomentListQueryDto): Promise<ContactMomentPage> {
    const scope = await this.access.require(user, caseId, 'read', 'contact.read');
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    if (after && !(typeof after[0] === 'string' && TIMESTAMP.test(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) {
      throw DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
    }
    const params: unknown[] = [caseId];
    const where = ['cm.case_id = $1'];
    // Staff-only moments never reach a jongere.
    if (user.role === 'jongere') where.push('NOT cm.internal');
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(cm.occurred_at < $2::timestamptz OR (cm.occurred_at = $2::timestamptz AND cm.id > $3::uuid))`);
    }
    params.push(limit + 1);
    // Ordered as the index contact_moment_case_idx (case_id, occurred_at DESC, id) is.
    const rows: ContactRow[] = await this.db.query(
      `${CONTACT_SELECT} WHERE ${where.join(' AND ')} ORDER BY cm.occurred_at DESC, cm.id LIMIT $${params.length}`,
      params,
    );
    await this.audit.record(this.db, { action: 'contact.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    return toPage(rows, limit, toContact, (r) => [r.occurred_key, r.id]);
  }

  /**
   * Logs a contactmoment and keeps youth_case.last_contact_at at the latest occurred_at, in the same
   * transaction. GREATEST never moves it backwards (a moment logged late for last week), and under
   * concurrent logging PostgreSQL re-evaluates it on the newest row, so the maximum always wins.
   */
  async create(user: AuthUser, caseId: string, dto: CreateContactMomentDto): Promise<ContactMoment> {
    const occurredAt = new Date(dto.occurredAt);
    if (occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw DomainException.validation([{ field: 'occurredAt', message: 'Een contactmoment kan niet in de toekomst liggen. Kies een moment dat al geweest is.' }]);
    }
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'contact.create', tx, true);
      if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst om een contactmoment vast te leggen.');
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO contact_moment (case_id, occurred_at, kind, note, internal, user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [caseId, occurredAt.toISOString(), dto.kind, dto.note ?? null, dto.internal ?? false, user.id],
      );
      const id = rows[0]!.id;
      await tx.query(`UPDATE youth_case SET last_contact_at = GREATEST(last_contact_at, $2::timestamptz) WHERE id = $1`, [caseId, occurredAt.toISOString()]);
      const fields = (['occurredAt', 'kind', 'note', 'internal'] as const).filter((f) => dto[f] !== undefined && dto[f] !== null);
      // Staff only: a jongere's page shows no contact moments live, and must not learn of internal ones.
      await this.live.publish(tx, scope.id, 'contacts', { staffOnly: true });
      await this.audit.record(tx, { action: 'contact.create', objectType: 'contact_moment', objectId: id, caseId, youthId: scope.youthId, fields });
      return this.loadOne(tx, id);
    });
  }

  async teamSettings(user: AuthUser, teamId: string): Promise<TeamSettings> {
    await this.requireTeam(user, teamId, 'team.settings.read');
    const rows: TeamRow[] = await this.db.query(`SELECT id, name, no_contact_weeks FROM team WHERE id = $1`, [teamId]);
    if (!rows[0]) throw DomainException.notFound('Dit team');
    return toTeamSettings(rows[0]);
  }

  /** The teamleider of the team (or a beheerder) sets after how many weeks without contact a case shows the signal. */
  async updateTeamSettings(user: AuthUser, teamId: string, noContactWeeks: number): Promise<TeamSettings> {
    await this.requireTeam(user, teamId, 'team.settings.update');
    return this.db.transaction(async (tx) => {
      const result: unknown = await tx.query(`UPDATE team SET no_contact_weeks = $2 WHERE id = $1 RETURNING id, name, no_contact_weeks`, [teamId, noContactWeeks]);
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as TeamRow[];
      if (!rows[0]) throw DomainException.notFound('Dit team');
      await this.audit.record(tx, { action: 'team.settings.update', objectType: 'team', objectId: teamId, fields: ['noContactWeeks'] });
      return toTeamSettings(rows[0]);
    });
  }

  /** Only the teamleider of this team, or a beheerder. Anyone else: 404, as if the team did not exist. */
  private async requireTeam(user: AuthUser, teamId: string, action: string): Promise<void> {
    const allowed = user.role === 'beheerder' || (user.role === 'teamleider' && user.teamId === teamId);
    if (!allowed) {
      await this.audit.denied({ action, objectType: 'team', objectId: teamId }, user);
      throw DomainException.notFound('Dit team');
    }
  }

  private async loadOne(runner: Queryable, id: string): Promise<ContactMoment> {
    const rows: ContactRow[] = await runner.query(`${CONTACT_SELECT} WHERE cm.id = $1`, [id]);
    if (!rows[0]) throw DomainException.notFound('Dit contactmoment');
    return toContact(rows[0]);
  }
}

interface TeamRow {
  id: string;
  name: string;
  no_contact_weeks: number;
}

function toTeamSettings(r: TeamRow): TeamSettings {
  return { teamId: r.id, teamName: r.name, noContactWeeks: r.no_contact_weeks };
}
