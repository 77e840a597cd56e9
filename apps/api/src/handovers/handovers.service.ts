import type { HandoverDetail, HandoverPage, HandoverSummary } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { NotificationSender, type OutgoingNotification } from '../notifications/notification-sender';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import { moveContactPerson } from './contact-switch';
import { HandoverMessages } from './handover-messages';
import { missingForWarmSwitch } from './handover.rules';
import type {
  AbortHandoverDto,
  AddHandoverCandidateDto,
  AnnounceHandoverDto,
  ChooseSuccessorDto,
  DeclineHandoverDto,
  LogHandoverMeetingDto,
  MyHandoversQueryDto,
  ProposeHandoverDto,
  RecordYouthPreferenceDto,
  SwitchHandoverDto,
  UpdateHandoverDto,
  WriteHandoverNoteDto,
} from './handovers.dto';
import { factsOf, HANDOVER_SELECT, type HandoverRow, isOpen, loadDetail, loadRow, OPEN_SQL, roleIn, toSummary } from './handovers.queries';

type Role = ReturnType<typeof roleIn>;

interface WriteContext {
  scope: CaseScope;
  h: HandoverRow;
  role: Role;
}

interface WriteOutcome {
  /** Changed fields, for the audit trail (names only). */
  fields: string[];
  notify?: OutgoingNotification[];
  /** Only staff hear of this change live (the jongere's view of the handover did not change). */
  staffOnly?: boolean;
}

/** A write on a handover: who may do it, and in which states. */
interface WriteRule {
  action: string;
  allowed: (r: Role, h: HandoverRow) => boolean;
  /** Dutch: why this user may not (403). */
  deniedDetail: string;
}

const MANAGE = (action: string): WriteRule => ({
  action,
  allowed: (r) => r.isContact || r.isLeader,
  deniedDetail: 'Alleen de huidige contactpersoon of de teamleider kan dit doen.',
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The warme overdracht: a handover record that moves voorgesteld → aangekondigd → kennismaking →
 * overdrachtsnotitie → overgedragen (or afgebroken). Every write runs in one transaction that first
 * locks the case row, then the handover row (always in that order), checks the version (409 with
 * the current handover when stale), checks the state and the user's part in it, writes, audits and
 * sends notifications in the same transaction.
 */
@Injectable()
export class HandoversService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly sender: NotificationSender,
    private readonly live: LiveEventsService,
  ) {}

  // -------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------

  /** All handovers of a case, newest first (naturally few). */
  async listForCase(user: AuthUser, caseId: string): Promise<HandoverSummary[]> {
    const scope = await this.access.require(user, caseId, 'read', 'handover.read');
    const rows: HandoverRow[] = await this.db.query(`${HANDOVER_SELECT} WHERE h.case_id = $1 ORDER BY h.created_at DESC, h.id`, [caseId]);
    await this.audit.record(this.db, { action: 'handover.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    const today = todayInNl();
    return rows.map((r) => toSummary(r, today));
  }

  async get(user: AuthUser, id: string): Promise<HandoverDetail> {
    const caseId = await this.caseOf(this.db, id);
    const scope = await this.access.require(user, caseId, 'read', 'handover.read');
    const detail = await loadDetail(this.db, id, user);
    if (!detail) throw DomainException.notFound('Deze overdracht');
    await this.audit.record(this.db, { action: 'handover.read', objectType: 'handover', objectId: id, caseId, youthId: scope.youthId });
    return detail;
  }

  /** A klantmanager's open handovers: outgoing (their cases) and incoming (they are the chosen successor, or a candidate while none is chosen). */
  async mine(user: AuthUser, query: MyHandoversQueryDto): Promise<HandoverPage> {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    if (after && !(typeof after[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) {
      throw DomainException.validation([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
    }
    const params: unknown[] = [user.id];
    // A candidate still waiting for the choice (no successor chosen yet) sees it too, so they know it may come.
    // Exactly then they may read the case (CaseAccessService.load: candidateUserIds), so the page links to it.
    const candidate = `(h.to_user_id IS NULL AND EXISTS (SELECT 1 FROM handover_candidate hc WHERE hc.handover_id = h.id AND hc.user_id = $1 AND hc.declined_at IS NULL))`;
    const mineSql =
      query.direction === 'incoming'
        ? `(h.to_user_id = $1 OR ${candidate})`
        : query.direction === 'outgoing'
          ? `c.contact_user_id = $1`
          : `(h.to_user_id = $1 OR c.contact_user_id = $1 OR ${candidate})`;
    const where = [`h.status IN ${OPEN_SQL}`, `h.kind = 'gepland'`, mineSql];
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(h.planned_switch_date, h.id) > ($2::date, $3::uuid)`);
    }
    params.push(limit + 1);
    const rows: HandoverRow[] = await this.db.query(`${HANDOVER_SELECT} WHERE ${where.join(' AND ')} ORDER BY h.planned_switch_date, h.id LIMIT $${params.length}`, params);
    const today = todayInNl();
    return toPage(rows, limit, (r) => toSummary(r, today), (r) => [r.planned_switch_date, r.id]);
  }

  // -------------------------------------------------------------------------------------------
  // Voorgesteld
  // -------------------------------------------------------------------------------------------

  async propose(user: AuthUser, caseId: string, dto: ProposeHandoverDto): Promise<HandoverDetail> {
    const id = await this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'read', 'handover.propose', tx, true);
      const isContact = user.role === 'klantmanager' && scope.contactUserId === user.id;
      const isLeader = user.role === 'teamleider' && scope.teamId === user.teamId;
      if (!isContact && !isLeader) await this.deny(user, 'handover.propose', scope, null, MANAGE('').deniedDetail);
      if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Een overdracht is niet nodig.');
      if (!scope.contactUserId) throw DomainException.conflict('Dit traject heeft geen contactpersoon. Wijs eerst een contactpersoon toe.');
      const open: { id: string }[] = await tx.query(`SELECT id FROM handover WHERE case_id = $1 AND status IN ${OPEN_SQL}`, [caseId]);
      if (open[0]) throw DomainException.conflict('Voor dit traject loopt al een overdracht.', await loadDetail(tx, open[0].id, user));

      const errors = [...this.dateErrors('plannedSwitchDate', dto.plannedSwitchDate)];
      const eligible = await this.eligible(tx, scope, dto.candidateUserIds);
      if (eligible.size !== dto.candidateUserIds.length) {
        errors.push({ field: 'candidateUserIds', message: 'Kies collega-klantmanagers uit het team van dit traject, met een actief account en niet de huidige contactpersoon.' });
      }
      if (errors.length) throw DomainException.validation(errors);

      const chosen = dto.candidateUserIds.length === 1 ? dto.candidateUserIds[0]! : null;
      let handoverId: string;
      try {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO handover (case_id, team_id, kind, from_user_id, to_user_id, reason, planned_switch_date, proposed_by)
           VALUES ($1, $2, 'gepland', $3, $4, $5, $6, $7) RETURNING id`,
          [caseId, scope.teamId, scope.contactUserId, chosen, dto.reason, dto.plannedSwitchDate, user.id],
        );
        handoverId = rows[0]!.id;
      } catch (e) {
        if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw DomainException.conflict('Voor dit traject loopt al een overdracht.');
        throw e;
      }
      await tx.query(
        `INSERT INTO handover_candidate (handover_id, user_id, position, added_by)
         SELECT $1, u.id, u.n, $3 FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)`,
        [handoverId, dto.candidateUserIds, user.id],
      );
      await this.audit.record(tx, {
        action: 'handover.propose',
        objectType: 'handover',
        objectId: handoverId,
        caseId,
        youthId: scope.youthId,
        fields: ['candidateUserIds', 'reason', 'plannedSwitchDate', ...(chosen ? ['successor'] : [])],
      });
      const youthName = await this.youthName(tx, caseId);
      const base = { caseId, handoverId, youthName };
      const notify: OutgoingNotification[] = [];
      if (chosen) notify.push(HandoverMessages.chosen(chosen, { ...base, by: user.name, plannedSwitchDate: dto.plannedSwitchDate }));
      if (isLeader) notify.push(HandoverMessages.startedByLeader(scope.contactUserId, { ...base, by: user.name, plannedSwitchDate: dto.plannedSwitchDate }));
      await this.sender.send(tx, notify);
      await this.live.publish(tx, caseId, 'handover');
      return handoverId;
    });
    return (await loadDetail(this.db, id, user))!;
  }

  async update(user: AuthUser, id: string, dto: UpdateHandoverDto): Promise<HandoverDetail> {
    if (dto.reason === undefined && dto.plannedSwitchDate === undefined) throw DomainException.validation([], 'Er is niets om te wijzigen: stuur minstens één veld mee.');
    return this.write(user, id, dto.version, MANAGE('handover.update'), async (tx, { h }) => {
      this.assertOpenPlanned(h);
      if (dto.plannedSwitchDate !== undefined && dto.plannedSwitchDate !== h.planned_switch_date) {
        const errors = this.dateErrors('plannedSwitchDate', dto.plannedSwitchDate);
        if (errors.length) throw DomainException.validation(errors);
      }
      await this.bump(tx, h, `reason = coalesce($3, reason), planned_switch_date = coalesce($4::date, planned_switch_date)`, [dto.reason ?? null, dto.plannedSwitchDate ?? null]);
      const notify: OutgoingNotification[] = [];
      if (dto.plannedSwitchDate && dto.plannedSwitchDate !== h.planned_switch_date) {
        const base = { caseId: h.case_id, handoverId: h.id, youthName: h.youth_name, plannedSwitchDate: dto.plannedSwitchDate };
        for (const to of [h.to_user_id, h.case_contact_user_id]) if (to && to !== user.id) notify.push(HandoverMessages.dateChanged(to, base));
      }
      return { fields: Object.keys(dto).filter((k) => k !== 'version' && dto[k as keyof UpdateHandoverDto] !== undefined), notify };
    });
  }

  async addCandidate(user: AuthUser, id: string, dto: AddHandoverCandidateDto): Promise<HandoverDetail> {
    return this.write(user, id, dto.version, MANAGE('handover.candidate.add'), async (tx, { scope, h }) => {
      this.assertDeciding(h);
      const existing: { user_id: string; declined_at: Date | null }[] = await tx.query(`SELECT user_id, declined_at FROM handover_candidate WHERE handover_id = $1`, [id]);
      if (existing.some((c) => c.user_id === dto.userId)) throw DomainException.validation([{ field: 'userId', message: 'Deze collega staat al op de lijst van mogelijke opvolgers.' }]);
      if ((await this.eligible(tx, scope, [dto.userId])).size !== 1) {
        throw DomainException.validation([{ field: 'userId', message: 'Kies een collega-klantmanager uit het team van dit traject, met een actief account en niet de huidige contactpersoon.' }]);
      }
      await tx.query(
        `INSERT INTO handover_candidate (handover_id, user_id, position, added_by)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM handover_candidate WHERE handover_id = $1), $3)`,
        [id, dto.userId, user.id],
      );
      // The only candidate left is chosen at once (after a refusal, "the proposer picks another").
      const autoChoose = !h.to_user_id && existing.every((c) => c.declined_at !== null);
      await this.bump(tx, h, autoChoose ? `to_user_id = $3` : `updated_at = now()`, autoChoose ? [dto.userId] : []);
      const notify = autoChoose ? [HandoverMessages.chosen(dto.userId, { caseId: h.case_id, handoverId: id, youthName: h.youth_name, by: user.name, plannedSwitchDate: h.planned_switch_date })] : [];
      return { fields: ['candidates', ...(autoChoose ? ['successor'] : [])], notify };
    });
  }

  async recordPreference(user: AuthUser, id: string, dto: RecordYouthPreferenceDto): Promise<HandoverDetail> {
    return this.write(user, id, dto.version, MANAGE('handover.preference'), async (tx, { h }) => {
      if (h.status !== 'voorgesteld') throw this.stateConflict(h, 'De voorkeur van de jongere kan alleen worden vastgelegd zolang de opvolger nog niet vaststaat.');
      if (dto.candidateUserId !== null && !(await this.activeCandidate(tx, id, dto.candidateUserId))) {
        throw DomainException.validation([{ field: 'candidateUserId', message: 'Kies een van de mogelijke opvolgers, of "geen voorkeur".' }]);
      }
      await this.bump(
        tx,
        h,
        `youth_preference_user_id = $3, youth_preference_note = $4, youth_preference_via = 'gesprek', youth_preference_recorded_by = $5, youth_preference_recorded_at = now()`,
        [dto.candidateUserId, dto.note ?? null, user.id],
      );
      return { fields: ['youthPreference', ...(dto.note ? ['youthPreferenceNote'] : [])] };
    });
  }

  async choose(user: AuthUser, id: string, dto: ChooseSuccessorDto): Promise<HandoverDetail> {
    return this.write(user, id, dto.version, MANAGE('handover.choose'), async (tx, { h }) => {
      this.assertDeciding(h);
      if (h.to_user_id === dto.candidateUserId) throw DomainException.validation([{ field: 'candidateUserId', message: 'Deze collega is al gekozen.' }]);
      if (!(await this.activeCandidate(tx, id, dto.candidateUserId))) {
        throw DomainException.validation([{ field: 'candidateUserId', message: 'Kies een van de mogelijke opvolgers die de overdracht niet heeft afgewezen.' }]);
      }
      await this.bump(tx, h, `to_user_id = $3, accepted_at = NULL`, [dto.candidateUserId]);
      return {
        fields: ['successor'],
        notify: [HandoverMessages.chosen(dto.candidateUserId, { caseId: h.case_id, handoverId: id, youthName: h.youth_name, by: user.name, plannedSwitchDate: h.planned_switch_date })],
      };
    });
  }

  async accept(user: AuthUser, id: string, version: number): Promise<HandoverDetail> {
    const rule: WriteRule = { action: 'handover.accept', allowed: (r) => r.isSuccessor, deniedDetail: 'Alleen de gekozen opvolger kan de overdracht accepteren.' };
    return this.write(user, id, version, rule, async (tx, { h }) => {
      if (h.status !== 'voorgesteld') throw this.stateConflict(h, 'Deze overdracht is al verder; accepteren is niet meer nodig.');
      if (h.accepted_at) throw this.stateConflict(h, 'U heeft deze overdracht al geaccepteerd.');
      await this.bump(tx, h, `accepted_at = now()`, []);
      const notify = this.recipients(user, [h.case_contact_user_id, h.proposed_by]).map((to) =>
        HandoverMessages.accepted(to, { caseId: h.case_id, handoverId: id, youthName: h.youth_name, successor: user.name, noticeDays: h.handover_notice_days, plannedSwitchDate: h.planned_switch_date }),
      );
      return { fields: ['acceptedAt'], notify };
    });
  }

  async decline(user: AuthUser, id: string, dto: DeclineHandoverDto): Promise<HandoverDetail> {
    const rule: WriteRule = { action: 'handover.decline', allowed: (r) => r.isSuccessor, deniedDetail: 'Alleen de gekozen opvolger kan de overdracht afwijzen.' };
    return this.write(user, id, dto.version, rule, async (tx, { h }) => {
      if (h.status !== 'voorgesteld') throw this.stateConflict(h, 'De jongere weet al van de overdracht. Vraag de contactpersoon of de teamleider om de overdracht af te breken.');
      await tx.query(`UPDATE handover_candidate SET declined_at = now(), declined_reason = $3 WHERE handover_id = $1 AND user_id = $2`, [id, user.id, dto.reason]);
      await this.bump(tx, h, `to_user_id = NULL, accepted_at = NULL`, []);
      const notify = this.recipients(user, [h.case_contact_user_id, h.proposed_by]).map((to) =>
        HandoverMessages.declined(to, { caseId: h.case_id, handoverId: id, youthName: h.youth_name, successor: user.name, reason: dto.reason }),
      );
      return { fields: ['successor', 'declinedReason'], notify };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Aangekondigd, kennismaking, overdrachtsnotitie
  // -------------------------------------------------------------------------------------------

  async announce(user: AuthUser, id: string, dto: AnnounceHandoverDto): Promise<HandoverDetail> {
    return this.write(user, id, dto.version, MANAGE('handover.announce'), async (tx, { h }) => {
      this.assertOpenPlanned(h);
      if (h.status !== 'voorgesteld') throw this.stateConflict(h, 'De aankondiging is al vastgelegd.');
      if (!h.to_user_id || !h.accepted_at) throw this.stateConflict(h, 'Wacht tot de gekozen opvolger de overdracht heeft geaccepteerd. Vertel het de jongere daarna.');
      if (dto.announcedOn > todayInNl()) throw DomainException.validation([{ field: 'announcedOn', message: 'Deze datum ligt in de toekomst. Leg de aankondiging vast als de jongere het gehoord heeft.' }]);
      await this.bump(tx, h, `status = 'aangekondigd', announced_on = $3, announced_how = $4, announced_note = $5, announced_by = $6`, [
        dto.announcedOn,
        dto.how,
        dto.note ?? null,
        user.id,
      ]);
      return { fields: ['status', 'announcedOn', 'how', ...(dto.note ? ['note'] : [])] };
    });
  }

  async logMeeting(user: AuthUser, id: string, dto: LogHandoverMeetingDto): Promise<HandoverDetail> {
    const rule: WriteRule = {
      action: 'handover.meeting',
      allowed: (r) => r.isContact || r.isLeader || r.isSuccessor,
      deniedDetail: 'Alleen de contactpersoon, de opvolger of de teamleider kan een kennismaking vastleggen.',
    };
    return this.write(user, id, dto.version, rule, async (tx, { h }) => {
      this.assertOpenPlanned(h);
      if (h.status === 'voorgesteld') throw this.stateConflict(h, 'Vertel de jongere eerst over de overdracht (aankondigen). Daarna volgen de kennismakingen.');
      const errors = [];
      if (dto.heldOn > todayInNl()) errors.push({ field: 'heldOn', message: 'Deze datum ligt in de toekomst. Leg een kennismaking vast als die geweest is.' });
      else if (h.announced_on && dto.heldOn < h.announced_on) errors.push({ field: 'heldOn', message: 'Een kennismaking kan niet vóór de aankondiging aan de jongere zijn.' });
      if (errors.length) throw DomainException.validation(errors);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO handover_meeting (handover_id, held_on, current_contact_present, others_present, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [id, dto.heldOn, dto.currentContactPresent, dto.othersPresent ?? null, dto.note ?? null, user.id],
      );
      await this.bump(tx, h, `status = CASE WHEN status = 'aangekondigd' THEN 'kennismaking' ELSE status END`, []);
      await this.audit.record(tx, { action: 'handover.meeting.create', objectType: 'handover_meeting', objectId: rows[0]!.id, caseId: h.case_id, youthId: h.youth_id, fields: Object.keys(dto).filter((k) => k !== 'version') });
      return { fields: ['meetings', ...(h.status === 'aangekondigd' ? ['status'] : [])] };
    });
  }

  async writeNote(user: AuthUser, id: string, dto: WriteHandoverNoteDto): Promise<HandoverDetail> {
    const rule: WriteRule = { action: 'handover.note', allowed: (r) => r.isContact, deniedDetail: 'Alleen de huidige contactpersoon schrijft de overdrachtsnotitie.' };
    return this.write(user, id, dto.version, rule, async (tx, { h }) => {
      this.assertOpenPlanned(h);
      if (h.status !== 'kennismaking' && h.status !== 'overdrachtsnotitie') {
        throw this.stateConflict(h, 'Schrijf de overdrachtsnotitie na de eerste kennismaking tussen de jongere en de opvolger.');
      }
      const first = h.note_written_at === null;
      await this.bump(tx, h, `status = 'overdrachtsnotitie', note_works_well = $3, note_avoid = $4, note_open_commitments = $5, note_written_by = $6, note_written_at = now()`, [
        dto.worksWell,
        dto.avoid ?? null,
        dto.openCommitments ?? null,
        user.id,
      ]);
      const notify = first && h.to_user_id ? [HandoverMessages.noteReady(h.to_user_id, { caseId: h.case_id, handoverId: id, youthName: h.youth_name })] : [];
      // The note is staff-only; only the first one changes the status the jongere sees.
      return { fields: ['note', ...(h.status !== 'overdrachtsnotitie' ? ['status'] : [])], notify, staffOnly: h.status === 'overdrachtsnotitie' };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Overgedragen, afgebroken
  // -------------------------------------------------------------------------------------------

  /**
   * The switch, in one transaction: the successor becomes the one contact person (the same column,
   * so never two), open klantmanager steps move to them, the former contact person keeps read access
   * for the team's period, both are notified, the jongere gets a message from the new contact person,
   * and a cold switch (something missing) needs a reason and alerts the teamleider.
   */
  async switch(user: AuthUser, id: string, dto: SwitchHandoverDto): Promise<HandoverDetail> {
    const rule: WriteRule = {
      action: 'handover.switch',
      allowed: (r, h) => r.isLeader || (r.isContact && h.accepted_at !== null),
      deniedDetail: 'Alleen de huidige contactpersoon of de teamleider kan overdragen. Zolang de opvolger niet heeft geaccepteerd, kan alleen de teamleider dat.',
    };
    return this.write(
      user,
      id,
      dto.version,
      rule,
      async (tx, { h }) => {
        this.assertOpenPlanned(h);
        if (!h.to_user_id) throw this.stateConflict(h, 'Er is nog geen opvolger gekozen.');
        if (h.case_phase === 'afgesloten') throw this.stateConflict(h, 'Dit traject is afgesloten. Breek de overdracht af.');
        const successor: { id: string; name: string; email: string | null }[] = await tx.query(
          `SELECT id, name, email FROM app_user WHERE id = $1 AND role = 'klantmanager' AND active AND team_id = $2`,
          [h.to_user_id, h.team_id],
        );
        if (!successor[0]) throw this.stateConflict(h, 'De gekozen opvolger is geen actieve klantmanager van dit team meer. Kies een andere opvolger of breek de overdracht af.');

        const today = todayInNl();
        const missing = missingForWarmSwitch(factsOf(h), today);
        const coldReason = missing.length ? (dto.coldReason ?? null) : null;
        if (missing.length && !coldReason) {
          throw DomainException.validation(
            [{ field: 'coldReason', message: 'Deze overdracht is niet warm. Geef een reden om toch nu over te dragen, bijvoorbeeld ziekte of een noodgeval.' }],
            'Nog niet alles voor een warme overdracht is gedaan.',
          );
        }
        // The case must still be with the person the handover started from; otherwise 409.
        const { movedSteps } = await moveContactPerson(tx, { caseId: h.case_id, from: h.from_user_id, to: h.to_user_id, actorId: user.id });
        const after = await updateVersioned<{ predecessor_read_until: Date | null }>(
          tx,
          `UPDATE handover SET status = 'overgedragen', switched_at = now(), switched_by = $3, warmth = $4, cold_reason = $5, missing_at_switch = $6::text[],
                  predecessor_read_until = CASE WHEN $7::int > 0 THEN now() + make_interval(days => $7::int) END,
                  version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 RETURNING predecessor_read_until`,
          [id, h.version, user.id, missing.length ? 'koud' : 'warm', coldReason, missing, h.predecessor_read_days],
          () => loadDetail(tx, id, user),
        );
        await this.audit.record(tx, { action: 'case.contact_person', objectType: 'case', objectId: h.case_id, caseId: h.case_id, youthId: h.youth_id, fields: ['contact_user_id', ...(movedSteps ? ['step.owner_user_id'] : [])] });
        // The plan shows who does each step (and the contact person); the 'handover' event follows in write().
        if (movedSteps) await this.live.publish(tx, h.case_id, 'plan');

        const base = { caseId: h.case_id, handoverId: id, youthName: h.youth_name };
        const notify: OutgoingNotification[] = [HandoverMessages.nowContact(h.to_user_id, { ...base, from: h.from_name })];
        if (h.from_user_id) notify.push(HandoverMessages.handedOver(h.from_user_id, { ...base, successor: successor[0].name, readUntil: after.predecessor_read_until }));
        if (h.youth_user_id) notify.push(HandoverMessages.toYouth(h.youth_user_id, { caseId: h.case_id, youthName: h.youth_name, contactName: successor[0].name, contactEmail: successor[0].email }));
        if (missing.length) {
          for (const leader of await this.leadersOf(tx, h.team_id, user.id)) {
            notify.push(HandoverMessages.switchedCold(leader, { ...base, from: h.from_name ?? 'De contactpersoon', successor: successor[0].name, missing, coldReason: coldReason! }));
          }
        }
        return { fields: ['status', 'warmth', ...(coldReason ? ['coldReason'] : [])], notify };
      },
      // Lock the successor's account before the case (the same order as deactivation), so a
      // deactivation and a switch to that person cannot cross.
      async (tx, caseId) => {
        const rows: { to_user_id: string | null }[] = await tx.query(`SELECT to_user_id FROM handover WHERE id = $1 AND case_id = $2`, [id, caseId]);
        if (rows[0]?.to_user_id) await tx.query(`SELECT 1 FROM app_user WHERE id = $1 FOR SHARE`, [rows[0].to_user_id]);
      },
    );
  }

  async abort(user: AuthUser, id: string, dto: AbortHandoverDto): Promise<HandoverDetail> {
    return this.write(user, id, dto.version, MANAGE('handover.abort'), async (tx, { h }) => {
      this.assertOpenPlanned(h);
      await this.bump(tx, h, `status = 'afgebroken', aborted_at = now(), aborted_by = $3, abort_reason = $4`, [user.id, dto.reason]);
      const notify = this.recipients(user, [h.to_user_id, h.case_contact_user_id]).map((to) =>
        HandoverMessages.aborted(to, { caseId: h.case_id, handoverId: id, youthName: h.youth_name, reason: dto.reason }),
      );
      return { fields: ['status', 'abortReason'], notify };
    });
  }

  // -------------------------------------------------------------------------------------------
  // Plumbing
  // -------------------------------------------------------------------------------------------

  /**
   * One write: find the handover's case (404 when missing or not readable), lock the case row and
   * then the handover row, 409 when the version is stale, 403 when this user has no part in this
   * step, then the change, the audit record and the notifications, all in one transaction.
   */
  private async write(
    user: AuthUser,
    id: string,
    version: number,
    rule: WriteRule,
    change: (tx: EntityManager, ctx: WriteContext) => Promise<WriteOutcome>,
    beforeCaseLock?: (tx: EntityManager, caseId: string) => Promise<void>,
  ): Promise<HandoverDetail> {
    await this.db.transaction(async (tx) => {
      const caseId = await this.caseOf(tx, id);
      if (beforeCaseLock) await beforeCaseLock(tx, caseId);
      const scope = await this.access.require(user, caseId, 'read', rule.action, tx, true);
      const h = (await loadRow(tx, id, true))!;
      if (h.version !== version) throw DomainException.conflict('Iemand anders heeft deze overdracht intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.', await loadDetail(tx, id, user));
      const role = roleIn(user, h);
      if (!rule.allowed(role, h)) await this.deny(user, rule.action, scope, id, rule.deniedDetail);
      const outcome = await change(tx, { scope, h, role });
      await this.audit.record(tx, { action: rule.action, objectType: 'handover', objectId: id, caseId, youthId: scope.youthId, fields: outcome.fields });
      await this.sender.send(tx, outcome.notify ?? []);
      await this.live.publish(tx, caseId, 'handover', { staffOnly: outcome.staffOnly });
    });
    return (await loadDetail(this.db, id, user))!;
  }

  /** The versioned update of the handover row, with extra SET clauses ($3… are `params`). */
  private async bump(tx: EntityManager, h: HandoverRow, sets: string, params: unknown[]): Promise<void> {
    await updateVersioned(
      tx,
      `UPDATE handover SET ${sets}, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [h.id, h.version, ...params],
      () => loadRow(tx, h.id),
    );
  }

  private async caseOf(runner: Pick<EntityManager, 'query'>, id: string): Promise<string> {
    const rows: { case_id: string }[] = await runner.query(`SELECT case_id FROM handover WHERE id = $1`, [id]);
    if (!rows[0]) throw DomainException.notFound('Deze overdracht');
    return rows[0].case_id;
  }

  private async deny(user: AuthUser, action: string, scope: CaseScope, handoverId: string | null, detail: string): Promise<never> {
    await this.audit.denied({ action, objectType: handoverId ? 'handover' : 'case', objectId: handoverId ?? scope.id, caseId: scope.id, youthId: scope.youthId }, user);
    throw DomainException.forbidden(detail);
  }

  private assertOpenPlanned(h: HandoverRow): void {
    if (!isOpen(h.status)) throw this.stateConflict(h, h.status === 'overgedragen' ? 'Deze overdracht is al afgerond.' : 'Deze overdracht is afgebroken.');
    if (h.kind !== 'gepland') throw this.stateConflict(h, 'Dit traject heeft geen contactpersoon meer. De teamleider wijst een nieuwe contactpersoon toe.');
  }

  /** Choosing among candidates: only before anyone accepted. */
  private assertDeciding(h: HandoverRow): void {
    this.assertOpenPlanned(h);
    if (h.status !== 'voorgesteld' || h.accepted_at) throw this.stateConflict(h, 'De opvolger heeft de overdracht al geaccepteerd. Breek de overdracht af om een ander te kiezen.');
  }

  private stateConflict(h: HandoverRow, title: string): DomainException {
    return DomainException.conflict(title, toSummary(h));
  }

  private dateErrors(field: string, date: string) {
    return date < todayInNl() ? [{ field, message: 'Kies een overdrachtsdatum vanaf vandaag.' }] : [];
  }

  /** The given users that may become this case's contact person: active klantmanagers of its team, not the current one. */
  private async eligible(tx: EntityManager, scope: CaseScope, userIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND role = 'klantmanager' AND active AND team_id = $2 AND id IS DISTINCT FROM $3::uuid`,
      [userIds, scope.teamId, scope.contactUserId],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async activeCandidate(tx: EntityManager, handoverId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM handover_candidate hc JOIN app_user u ON u.id = hc.user_id
        WHERE hc.handover_id = $1 AND hc.user_id = $2 AND hc.declined_at IS NULL AND u.active`,
      [handoverId, userId],
    );
    return rows.length > 0;
  }

  private async youthName(tx: EntityManager, caseId: string): Promise<string> {
    const rows: { name: string }[] = await tx.query(`SELECT y.name FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE c.id = $1`, [caseId]);
    return rows[0]!.name;
  }

  private async leadersOf(tx: EntityManager, teamId: string, except: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(`SELECT id FROM app_user WHERE team_id = $1 AND role = 'teamleider' AND active AND id <> $2`, [teamId, except]);
    return rows.map((r) => r.id);
  }

  /** Distinct recipients, without the one who acts. */
  private recipients(user: AuthUser, ids: (string | null)[]): string[] {
    return [...new Set(ids.filter((x): x is string => !!x && x !== user.id))];
  }
}
