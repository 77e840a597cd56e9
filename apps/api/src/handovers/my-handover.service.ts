import type { MyHandover, MyHandoverCandidate, MyHandoverMeeting, MyHandoverResponse, OpenHandoverStatus } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { NotificationSender, type OutgoingNotification } from '../notifications/notification-sender';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException, ErrorCode } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import { OPEN_SQL, type Queryable, rowsOf } from './handovers.queries';
import type { ConfirmMyHandoverMeetingDto, GiveMyHandoverPreferenceDto } from './my-handover.dto';

/**
 * Which handover the jongere sees (decided here, in one place):
 * - a planned handover (kind 'gepland') that is still open (voorgesteld … overdrachtsnotitie) on
 *   their own case that is not closed, from the moment it is proposed: a proposal always has one or
 *   more candidates, and the werkwijzer wants the jongere to have a say among them before the
 *   successor is settled — so waiting for the announcement would come too late for that;
 * - not an aborted handover (it does not happen, nothing to tell), not a finished one (the jongere
 *   then gets the message from their new contact person and sees them as contact person), and not
 *   the "uitval" record of a deactivated account (no candidates, the teamleider assigns someone).
 * What they see is only what is meant for them: who (name, e-mail), when, their own preference and
 * the meetings (date, whether the current contact person was there, their own confirmation). Never
 * the reason, the overdrachtsnotitie, meeting notes, who else was there, or why a colleague declined.
 */
const VISIBLE_SQL = `h.kind = 'gepland' AND h.status IN ${OPEN_SQL} AND c.phase <> 'afgesloten'`;

const notFound = (title: string) => new DomainException(ErrorCode.NotFound, 404, title);
const NO_HANDOVER = 'Er is geen overdracht waar je iets over kunt zeggen.';
const NO_MEETING = 'Dit gesprek bestaat niet, of het hoort niet bij jouw overdracht.';
const STALE = 'Er is net iets veranderd aan je overdracht. Bekijk hoe het nu is en probeer het opnieuw.';
const SETTLED = 'Je nieuwe klantmanager staat al vast. Je kunt je voorkeur nu niet meer veranderen.';

interface MineRow {
  id: string;
  case_id: string;
  status: OpenHandoverStatus;
  version: number;
  planned_switch_date: string | null;
  to_user_id: string | null;
  accepted_at: Date | null;
  proposed_by: string | null;
  youth_preference_user_id: string | null;
  youth_preference_note: string | null;
  youth_preference_via: 'gesprek' | 'eigen_login' | null;
  youth_preference_recorded_at: Date | null;
  preference_name: string | null;
  recorded_by_name: string | null;
  contact_user_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  successor_name: string | null;
  successor_email: string | null;
  youth_name: string;
}

const MINE_SELECT = `
  SELECT h.id, h.case_id, h.status, h.version, to_char(h.planned_switch_date, 'YYYY-MM-DD') AS planned_switch_date,
         h.to_user_id, h.accepted_at, h.proposed_by,
         h.youth_preference_user_id, h.youth_preference_note, h.youth_preference_via, h.youth_preference_recorded_at,
         pu.name AS preference_name, ru.name AS recorded_by_name,
         c.contact_user_id, cu.name AS contact_name, cu.email AS contact_email,
         su.name AS successor_name, su.email AS successor_email, y.name AS youth_name
    FROM handover h
    JOIN youth_case c ON c.id = h.case_id
    JOIN youth y ON y.id = c.youth_id
    LEFT JOIN app_user cu ON cu.id = c.contact_user_id
    LEFT JOIN app_user su ON su.id = h.to_user_id
    LEFT JOIN app_user pu ON pu.id = h.youth_preference_user_id
    LEFT JOIN app_user ru ON ru.id = h.youth_preference_recorded_by`;

/** Whether the jongere may still give a preference: only before the new klantmanager said yes. */
const preferenceOpen = (r: Pick<MineRow, 'status' | 'accepted_at'>) => r.status === 'voorgesteld' && r.accepted_at === null;

/** Staff texts (formal "u") for whoever decides: the jongere did something through their own login. */
const Messages = {
  preference(to: string, b: { caseId: string; handoverId: string; youthName: string; candidateName: string | null; note: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_jongere',
      title: `${b.youthName} heeft zelf een voorkeur gegeven voor de nieuwe contactpersoon`,
      body: `${b.candidateName ? `Voorkeur: ${b.candidateName}.` : 'Geen voorkeur: het maakt de jongere niet uit.'}${b.note ? ` Opmerking van de jongere: ${b.note}` : ''} Neem de voorkeur mee in de keuze van de opvolger.`,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },
  meetingConfirmed(to: string, b: { caseId: string; handoverId: string; youthName: string; heldOn: string; remark: string | null }): OutgoingNotification {
    return {
      userId: to,
      kind: 'overdracht_jongere',
      title: `${b.youthName} heeft de kennismaking van ${formatDateNl(b.heldOn)} bevestigd`,
      body: b.remark ? `Opmerking van de jongere: ${b.remark}` : null,
      caseId: b.caseId,
      handoverId: b.handoverId,
    };
  },
};

/**
 * The jongere's own part in a warme overdracht, through their own login: see it, give a preference
 * among the candidates, confirm the introductory meetings. Always their own case (found through
 * youth.user_id and checked by CaseAccessService); anything else is 404. Writes lock the case row and
 * then the handover row (the same order as the staff side), are audited and notify whoever decides
 * (the current contact person and the proposer) in the same transaction.
 */
@Injectable()
export class MyHandoverService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly sender: NotificationSender,
    private readonly live: LiveEventsService,
  ) {}

  async get(user: AuthUser): Promise<MyHandoverResponse> {
    const caseId = await this.ownCaseId(this.db, user);
    if (!caseId) return { handover: null };
    const scope = await this.access.require(user, caseId, 'read', 'my_handover.read');
    const rows: { id: string }[] = await this.db.query(`SELECT h.id FROM handover h JOIN youth_case c ON c.id = h.case_id WHERE h.case_id = $1 AND ${VISIBLE_SQL}`, [caseId]);
    if (!rows[0]) return { handover: null };
    const handover = await this.loadMine(this.db, rows[0].id);
    await this.audit.record(this.db, { action: 'my_handover.read', objectType: 'handover', objectId: rows[0].id, caseId, youthId: scope.youthId });
    return { handover };
  }

  async givePreference(user: AuthUser, dto: GiveMyHandoverPreferenceDto): Promise<MyHandover> {
    const id = await this.db.transaction(async (tx) => {
      const action = 'my_handover.preference';
      const caseId = await this.ownCaseId(tx, user);
      if (!caseId) throw notFound(NO_HANDOVER);
      const scope = await this.access.require(user, caseId, 'youth-write', action, tx, true);
      const found: { id: string }[] = await tx.query(`SELECT h.id FROM handover h JOIN youth_case c ON c.id = h.case_id WHERE h.case_id = $1 AND ${VISIBLE_SQL} FOR UPDATE OF h`, [caseId]);
      if (!found[0]) throw notFound(NO_HANDOVER);
      const h = (await this.row(tx, found[0].id))!;
      if (h.version !== dto.version) throw DomainException.conflict(STALE, await this.loadMine(tx, h.id));
      if (!preferenceOpen(h)) throw DomainException.conflict(SETTLED, await this.loadMine(tx, h.id));
      let candidateName: string | null = null;
      if (dto.candidateUserId !== null) {
        const candidate: { name: string }[] = await tx.query(
          `SELECT u.name FROM handover_candidate hc JOIN app_user u ON u.id = hc.user_id
            WHERE hc.handover_id = $1 AND hc.user_id = $2 AND hc.declined_at IS NULL AND u.active`,
          [h.id, dto.candidateUserId],
        );
        if (!candidate[0]) {
          throw DomainException.validation(
            [{ field: 'candidateUserId', message: 'Kies een van de klantmanagers die hier staan, of "Maakt me niet uit".' }],
            'Je keuze kon niet worden opgeslagen.',
          );
        }
        candidateName = candidate[0].name;
      }
      await updateVersioned(
        tx,
        `UPDATE handover SET youth_preference_user_id = $3, youth_preference_note = $4, youth_preference_via = 'eigen_login',
                youth_preference_recorded_by = $5, youth_preference_recorded_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id`,
        [h.id, h.version, dto.candidateUserId, dto.note ?? null, user.id],
        () => this.loadMine(tx, h.id),
        STALE,
      );
      await this.audit.record(tx, {
        action,
        objectType: 'handover',
        objectId: h.id,
        caseId,
        youthId: scope.youthId,
        fields: ['youthPreference', ...(dto.note ? ['youthPreferenceNote'] : [])],
      });
      const base = { caseId, handoverId: h.id, youthName: h.youth_name };
      await this.sender.send(
        tx,
        this.deciders(h).map((to) => Messages.preference(to, { ...base, candidateName, note: dto.note ?? null })),
      );
      await this.live.publish(tx, caseId, 'handover');
      return h.id;
    });
    return (await this.loadMine(this.db, id))!;
  }

  async confirmMeeting(user: AuthUser, meetingId: string, dto: ConfirmMyHandoverMeetingDto): Promise<MyHandover> {
    const id = await this.db.transaction(async (tx) => {
      const action = 'my_handover.meeting.confirm';
      const meeting: { handover_id: string; case_id: string }[] = await tx.query(
        `SELECT m.handover_id, h.case_id FROM handover_meeting m JOIN handover h ON h.id = m.handover_id WHERE m.id = $1`,
        [meetingId],
      );
      if (!meeting[0]) {
        await this.audit.denied({ action, objectType: 'handover_meeting', objectId: meetingId }, user);
        throw notFound(NO_MEETING);
      }
      const caseId = meeting[0].case_id;
      // Another jongere's meeting: 404 (and a 'denied' audit record), as if it did not exist.
      const scope = await this.denyAs404(() => this.access.require(user, caseId, 'youth-write', action, tx, true));
      const visible: { id: string }[] = await tx.query(`SELECT h.id FROM handover h JOIN youth_case c ON c.id = h.case_id WHERE h.id = $1 AND ${VISIBLE_SQL} FOR UPDATE OF h`, [
        meeting[0].handover_id,
      ]);
      if (!visible[0]) {
        await this.audit.denied({ action, objectType: 'handover_meeting', objectId: meetingId, caseId, youthId: scope.youthId }, user);
        throw notFound(NO_MEETING);
      }
      const h = (await this.row(tx, visible[0].id))!;
      const updated = rowsOf<{ held_on: string }>(
        await tx.query(
          `UPDATE handover_meeting SET youth_confirmed_at = now(), youth_remark = $2
            WHERE id = $1 AND youth_confirmed_at IS NULL RETURNING to_char(held_on, 'YYYY-MM-DD') AS held_on`,
          [meetingId, dto.remark ?? null],
        ),
      );
      if (!updated[0]) throw DomainException.conflict('Je hebt dit gesprek al bevestigd.', await this.loadMine(tx, h.id));
      await this.audit.record(tx, {
        action,
        objectType: 'handover_meeting',
        objectId: meetingId,
        caseId,
        youthId: scope.youthId,
        fields: ['youthConfirmedAt', ...(dto.remark ? ['youthRemark'] : [])],
      });
      const base = { caseId, handoverId: h.id, youthName: h.youth_name };
      await this.sender.send(
        tx,
        this.deciders(h).map((to) => Messages.meetingConfirmed(to, { ...base, heldOn: updated[0]!.held_on, remark: dto.remark ?? null })),
      );
      await this.live.publish(tx, caseId, 'handover');
      return h.id;
    });
    return (await this.loadMine(this.db, id))!;
  }

  // -------------------------------------------------------------------------------------------

  /** The jongere's own case: the open one, else the newest. Null when they have none. */
  private async ownCaseId(runner: Queryable, user: AuthUser): Promise<string | null> {
    const rows: { id: string }[] = await runner.query(
      `SELECT c.id FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE y.user_id = $1
        ORDER BY (c.phase = 'afgesloten'), c.created_at DESC LIMIT 1`,
      [user.id],
    );
    return rows[0]?.id ?? null;
  }

  /** CaseAccessService answers "Dit traject bestaat niet …" (formal); the jongere reads a text for them. */
  private async denyAs404(check: () => Promise<CaseScope>): Promise<CaseScope> {
    try {
      return await check();
    } catch (e) {
      if (e instanceof DomainException && e.status === 404) throw notFound(NO_MEETING);
      throw e;
    }
  }

  private async row(runner: Queryable, id: string): Promise<MineRow | null> {
    const rows: MineRow[] = await runner.query(`${MINE_SELECT} WHERE h.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Whoever decides: the current contact person and the one who proposed the handover. */
  private deciders(h: MineRow): string[] {
    return [...new Set([h.contact_user_id, h.proposed_by].filter((x): x is string => !!x))];
  }

  /** The handover as the jongere may see it (see VISIBLE_SQL for when; nothing staff-only). */
  private async loadMine(runner: Queryable | EntityManager, id: string): Promise<MyHandover | null> {
    const r = await this.row(runner, id);
    if (!r) return null;
    // One after the other: in a transaction they share one connection.
    const candidates = (await runner.query(
      `SELECT u.id, u.name, u.email FROM handover_candidate hc JOIN app_user u ON u.id = hc.user_id
        WHERE hc.handover_id = $1 AND hc.declined_at IS NULL AND u.active ORDER BY hc.position`,
      [id],
    )) as { id: string; name: string; email: string | null }[];
    const meetings = (await runner.query(
      `SELECT id, to_char(held_on, 'YYYY-MM-DD') AS held_on, current_contact_present, youth_confirmed_at, youth_remark
         FROM handover_meeting WHERE handover_id = $1 ORDER BY held_on, created_at`,
      [id],
    )) as { id: string; held_on: string; current_contact_present: boolean; youth_confirmed_at: Date | null; youth_remark: string | null }[];
    const settled = r.accepted_at !== null && r.to_user_id !== null;
    const shown = settled ? candidates.filter((c) => c.id === r.to_user_id) : candidates;
    return {
      id: r.id,
      status: r.status,
      version: r.version,
      plannedSwitchDate: r.planned_switch_date,
      currentContact: r.contact_name ? { name: r.contact_name, email: r.contact_email } : null,
      candidates: shown.map((c): MyHandoverCandidate => ({ id: c.id, name: c.name, email: c.email, preferred: r.youth_preference_user_id === c.id })),
      successor: settled && r.successor_name ? { id: r.to_user_id!, name: r.successor_name, email: r.successor_email } : null,
      canGivePreference: preferenceOpen(r) && candidates.length > 0,
      preference: r.youth_preference_recorded_at
        ? {
            candidate: r.youth_preference_user_id ? { id: r.youth_preference_user_id, name: r.preference_name ?? '' } : null,
            via: r.youth_preference_via ?? 'gesprek',
            // A note written down by staff after a talk stays with staff; the jongere's own remark is theirs.
            note: r.youth_preference_via === 'eigen_login' ? r.youth_preference_note : null,
            recordedByName: r.recorded_by_name,
            recordedAt: r.youth_preference_recorded_at.toISOString(),
          }
        : null,
      meetings: meetings.map(
        (m): MyHandoverMeeting => ({
          id: m.id,
          heldOn: m.held_on,
          currentContactPresent: m.current_contact_present,
          confirmedAt: m.youth_confirmed_at?.toISOString() ?? null,
          remark: m.youth_remark,
        }),
      ),
    };
  }
}
