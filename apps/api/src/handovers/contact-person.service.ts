import { type ContactPersonInfo, HANDOVER_REQUIREMENTS, type HandoverDetail, type OpenHandoverStatus } from '@koers/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { NotificationSender, type OutgoingNotification } from '../notifications/notification-sender';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { updateVersioned } from '../platform/database/versioned-update';
import { DomainException } from '../platform/errors/domain.exception';
import { LiveEventsService } from '../platform/live/live-events.service';
import { moveContactPerson } from './contact-switch';
import { HandoverMessages } from './handover-messages';
import { loadDetail, OPEN_SQL, rowsOf } from './handovers.queries';

const VACANCY_REASON = 'Het account van de contactpersoon is uitgeschakeld.';

/**
 * The contact person outside the planned workflow: who it is (also for the jongere), the
 * "zonder contactpersoon" state when an account is deactivated, and the teamleider assigning a new
 * contact person to such a case. Being without contact person is tracked as an uitval handover
 * that ends koud when someone is assigned, with the time it took.
 */
@Injectable()
export class ContactPersonService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly sender: NotificationSender,
    private readonly live: LiveEventsService,
  ) {}

  /**
   * Who the contact person is and how to reach them, and a planned handover in progress. A jongere
   * sees the handover from the proposal on (as on GET /api/me/handover: they may state a preference
   * among the candidates then), not on a closed case, and the successor only once they accepted.
   */
  async info(user: AuthUser, caseId: string): Promise<ContactPersonInfo> {
    const scope = await this.access.require(user, caseId, 'read', 'contact_person.read');
    const rows: { id: string | null; name: string | null; email: string | null; without_contact_since: Date | null }[] = await this.db.query(
      `SELECT u.id, u.name, u.email, c.without_contact_since FROM youth_case c LEFT JOIN app_user u ON u.id = c.contact_user_id WHERE c.id = $1`,
      [caseId],
    );
    const r = rows[0]!;
    const open: { status: OpenHandoverStatus; to_user_id: string | null; to_name: string | null; accepted: boolean; planned: string | null; closed: boolean }[] = await this.db.query(
      `SELECT h.status, h.to_user_id, u.name AS to_name, h.accepted_at IS NOT NULL AS accepted, to_char(h.planned_switch_date, 'YYYY-MM-DD') AS planned,
              c.phase = 'afgesloten' AS closed
         FROM handover h JOIN youth_case c ON c.id = h.case_id LEFT JOIN app_user u ON u.id = h.to_user_id
        WHERE h.case_id = $1 AND h.kind = 'gepland' AND h.status IN ${OPEN_SQL}`,
      [caseId],
    );
    const h = open[0];
    const visible = h && (user.role !== 'jongere' || !h.closed);
    await this.audit.record(this.db, { action: 'contact_person.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    return {
      person: r.id ? { id: r.id, name: r.name ?? '', email: r.email } : null,
      withoutContactSince: r.without_contact_since?.toISOString() ?? null,
      upcoming: visible
        ? {
            successor: h.to_user_id && (user.role !== 'jongere' || h.accepted) ? { id: h.to_user_id, name: h.to_name ?? '' } : null,
            plannedSwitchDate: h.planned,
            status: h.status,
          }
        : null,
    };
  }

  /**
   * The teamleider gives a case "zonder contactpersoon" a contact person. One transaction: the
   * colleague's account is locked first (as deactivation does), then the case; the case version
   * must match (parallel assignments: exactly one wins); the uitval handover ends koud.
   */
  async assign(user: AuthUser, caseId: string, userId: string, version: number): Promise<HandoverDetail> {
    const handoverId = await this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'read', 'case.contact_person', tx);
      if (user.role !== 'teamleider' || scope.teamId !== user.teamId) {
        await this.audit.denied({ action: 'case.contact_person', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId }, user);
        throw DomainException.forbidden('Alleen de teamleider van het team wijst een contactpersoon toe.');
      }
      const colleague: { id: string; name: string; email: string | null }[] = await tx.query(
        `SELECT id, name, email FROM app_user WHERE id = $1 AND role = 'klantmanager' AND active AND team_id = $2 FOR SHARE`,
        [userId, scope.teamId],
      );
      if (!colleague[0]) throw DomainException.validation([{ field: 'userId', message: 'Kies een klantmanager uit het team van dit traject, met een actief account.' }]);
      const locked = (await this.access.load(caseId, tx, true))!;
      if (locked.contactUserId) throw DomainException.conflict('Dit traject heeft al een contactpersoon.', await this.vacancyState(tx, caseId));
      if (locked.version !== version) throw DomainException.conflict('Iemand anders heeft dit traject intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.', await this.vacancyState(tx, caseId));

      const vacancy: { id: string; version: number; from_user_id: string | null }[] = await tx.query(
        `SELECT id, version, from_user_id FROM handover WHERE case_id = $1 AND kind = 'uitval' AND status IN ${OPEN_SQL} FOR UPDATE`,
        [caseId],
      );
      const from = vacancy[0]?.from_user_id ?? null;
      await moveContactPerson(tx, { caseId, from: null, to: userId, actorId: user.id });
      // Steps the former contact person still owned move as well.
      if (from) {
        await tx.query(
          `UPDATE step s SET owner_user_id = $2, updated_at = now(), updated_by = $4, version = s.version + 1
             FROM goal g JOIN plan_version pv ON pv.id = g.plan_version_id
            WHERE s.goal_id = g.id AND s.case_id = $1 AND pv.status <> 'vervangen' AND s.owner_kind = 'klantmanager' AND s.done_at IS NULL AND s.owner_user_id = $3`,
          [caseId, userId, from, user.id],
        );
      }
      let id: string;
      if (vacancy[0]) {
        id = vacancy[0].id;
        await updateVersioned(
          tx,
          `UPDATE handover SET status = 'overgedragen', to_user_id = $3, switched_at = now(), switched_by = $4, warmth = 'koud',
                  cold_reason = reason, missing_at_switch = $5::text[], version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 RETURNING id`,
          [id, vacancy[0].version, userId, user.id, HANDOVER_REQUIREMENTS],
          () => loadDetail(tx, vacancy[0]!.id, user),
        );
      } else {
        const rows: { id: string }[] = await tx.query(
          `INSERT INTO handover (case_id, team_id, kind, status, to_user_id, reason, proposed_by, switched_at, switched_by, warmth, cold_reason, missing_at_switch)
           VALUES ($1, $2, 'uitval', 'overgedragen', $3, $4, $5, now(), $5, 'koud', $4, $6::text[]) RETURNING id`,
          [caseId, scope.teamId, userId, 'Dit traject had geen contactpersoon.', user.id, HANDOVER_REQUIREMENTS],
        );
        id = rows[0]!.id;
      }
      await this.audit.record(tx, { action: 'case.contact_person', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId, fields: ['contact_user_id', 'without_contact_since'] });
      await this.audit.record(tx, { action: 'handover.assign', objectType: 'handover', objectId: id, caseId, youthId: scope.youthId, fields: ['status', 'successor'] });

      const names: { youth_name: string; youth_user_id: string | null }[] = await tx.query(
        `SELECT y.name AS youth_name, y.user_id AS youth_user_id FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE c.id = $1`,
        [caseId],
      );
      const youth = names[0]!;
      const notify: OutgoingNotification[] = [HandoverMessages.nowContact(userId, { caseId, handoverId: id, youthName: youth.youth_name, from: null })];
      if (youth.youth_user_id) notify.push(HandoverMessages.toYouth(youth.youth_user_id, { caseId, youthName: youth.youth_name, contactName: colleague[0].name, contactEmail: colleague[0].email }));
      await this.sender.send(tx, notify);
      await this.live.publish(tx, caseId, 'handover');
      if (from) await this.live.publish(tx, caseId, 'plan');
      return id;
    });
    return (await loadDetail(this.db, handoverId, user))!;
  }

  /**
   * Called inside the transaction that deactivates an account (AccountsService.setActive):
   * - handovers in progress that would go to this person are abandoned; their candidacies lapse;
   * - their open cases go at once to the teamleider's "zonder contactpersoon" list (contact_user_id
   *   NULL, without_contact_since now), each with an uitval handover; handovers in progress on those
   *   cases are abandoned;
   * - the teamleiders of the teams hear about it, the audit trail records each case.
   * Locks: the account row is already locked by the caller's UPDATE; then the cases, in id order.
   */
  async vacateCasesOf(tx: EntityManager, userId: string, actor: AuthUser): Promise<number> {
    const person: { name: string }[] = await tx.query(`SELECT name FROM app_user WHERE id = $1`, [userId]);
    const name = person[0]?.name ?? 'een collega';
    const affected: { id: string }[] = await tx.query(
      `SELECT c.id FROM youth_case c
        WHERE (c.contact_user_id = $1 AND c.phase <> 'afgesloten')
           OR c.id IN (SELECT h.case_id FROM handover h
                        WHERE h.status IN ${OPEN_SQL}
                          AND (h.to_user_id = $1 OR EXISTS (SELECT 1 FROM handover_candidate hc WHERE hc.handover_id = h.id AND hc.user_id = $1 AND hc.declined_at IS NULL)))
        ORDER BY c.id FOR UPDATE`,
      [userId],
    );
    const notify: OutgoingNotification[] = [];
    // Sent when the deactivation commits: each affected case's contact person or handover changed.
    for (const c of affected) await this.live.publish(tx, c.id, 'handover');

    // Handovers to this person: abandoned.
    const toThem = rowsOf<{ id: string; case_id: string; contact: string | null; youth_id: string; youth_name: string }>(
      await tx.query(
        `UPDATE handover h SET status = 'afgebroken', aborted_at = now(), aborted_by = $2, abort_reason = $3, version = h.version + 1, updated_at = now()
           FROM youth_case c JOIN youth y ON y.id = c.youth_id
          WHERE c.id = h.case_id AND h.status IN ${OPEN_SQL} AND h.to_user_id = $1
          RETURNING h.id, h.case_id, c.contact_user_id AS contact, y.id AS youth_id, y.name AS youth_name`,
        [userId, actor.id, `Het account van de gekozen opvolger (${name}) is uitgeschakeld.`],
      ),
    );
    for (const h of toThem) {
      if (h.contact) notify.push(HandoverMessages.aborted(h.contact, { caseId: h.case_id, handoverId: h.id, youthName: h.youth_name, reason: `Het account van ${name} is uitgeschakeld. Start zo nodig een nieuwe overdracht.` }));
      await this.audit.record(tx, { action: 'handover.abort', objectType: 'handover', objectId: h.id, caseId: h.case_id, youthId: h.youth_id, fields: ['status', 'abortReason'] }, actor);
    }
    // Their other candidacies lapse.
    await tx.query(
      `WITH lapsed AS (
         UPDATE handover_candidate hc SET declined_at = now(), declined_reason = 'Account uitgeschakeld'
          WHERE hc.user_id = $1 AND hc.declined_at IS NULL AND hc.handover_id IN (SELECT id FROM handover WHERE status IN ${OPEN_SQL})
          RETURNING hc.handover_id)
       UPDATE handover SET version = version + 1, updated_at = now() WHERE id IN (SELECT handover_id FROM lapsed)`,
      [userId],
    );

    // Handovers in progress on their own cases: abandoned (the teamleider assigns someone now).
    const own = rowsOf<{ id: string; case_id: string; to_user_id: string | null; youth_id: string; youth_name: string }>(
      await tx.query(
        `UPDATE handover h SET status = 'afgebroken', aborted_at = now(), aborted_by = $2, abort_reason = $3, version = h.version + 1, updated_at = now()
           FROM youth_case c JOIN youth y ON y.id = c.youth_id
          WHERE c.id = h.case_id AND c.contact_user_id = $1 AND c.phase <> 'afgesloten' AND h.status IN ${OPEN_SQL}
          RETURNING h.id, h.case_id, h.to_user_id, y.id AS youth_id, y.name AS youth_name`,
        [userId, actor.id, `${VACANCY_REASON} De teamleider wijst een nieuwe contactpersoon toe.`],
      ),
    );
    for (const h of own) {
      if (h.to_user_id) notify.push(HandoverMessages.aborted(h.to_user_id, { caseId: h.case_id, handoverId: h.id, youthName: h.youth_name, reason: `Het account van ${name} is uitgeschakeld. De teamleider wijst een nieuwe contactpersoon toe.` }));
      await this.audit.record(tx, { action: 'handover.abort', objectType: 'handover', objectId: h.id, caseId: h.case_id, youthId: h.youth_id, fields: ['status', 'abortReason'] }, actor);
    }

    // Their cases: "zonder contactpersoon", at once.
    const vacated = rowsOf<{ id: string; team_id: string; youth_id: string }>(
      await tx.query(
        `UPDATE youth_case SET contact_user_id = NULL, without_contact_since = now(), version = version + 1, updated_at = now()
          WHERE contact_user_id = $1 AND phase <> 'afgesloten' RETURNING id, team_id, youth_id`,
        [userId],
      ),
    );
    if (!vacated.length) {
      await this.sender.send(tx, notify);
      return 0;
    }
    const handovers = rowsOf<{ id: string; case_id: string }>(
      await tx.query(
        `INSERT INTO handover (case_id, team_id, kind, from_user_id, reason, proposed_by)
         SELECT v.case_id, v.team_id, 'uitval', $3, $4, $5 FROM unnest($1::uuid[], $2::uuid[]) AS v(case_id, team_id)
         RETURNING id, case_id`,
        [vacated.map((c) => c.id), vacated.map((c) => c.team_id), userId, VACANCY_REASON, actor.id],
      ),
    );
    const handoverOf = new Map(handovers.map((h) => [h.case_id, h.id]));
    for (const c of vacated) {
      await this.audit.record(tx, { action: 'case.contact_vacated', objectType: 'case', objectId: c.id, caseId: c.id, youthId: c.youth_id, fields: ['contact_user_id', 'without_contact_since'] }, actor);
      await this.audit.record(tx, { action: 'handover.vacancy', objectType: 'handover', objectId: handoverOf.get(c.id) ?? null, caseId: c.id, youthId: c.youth_id, fields: ['status'] }, actor);
    }
    const perTeam = new Map<string, string[]>();
    for (const c of vacated) perTeam.set(c.team_id, [...(perTeam.get(c.team_id) ?? []), c.id]);
    const leaders: { id: string; team_id: string }[] = await tx.query(`SELECT id, team_id FROM app_user WHERE team_id = ANY($1::uuid[]) AND role = 'teamleider' AND active`, [[...perTeam.keys()]]);
    for (const l of leaders) {
      const cases = perTeam.get(l.team_id)!;
      notify.push(HandoverMessages.withoutContact(l.id, { count: cases.length, formerContact: name, caseId: cases.length === 1 ? cases[0]! : null }));
    }
    await this.sender.send(tx, notify);
    return vacated.length;
  }

  /** For a 409 on assignment: the case's current contact state. */
  private async vacancyState(tx: EntityManager, caseId: string): Promise<{ caseId: string; caseVersion: number; contactPerson: { id: string; name: string } | null; withoutContactSince: string | null }> {
    const rows: { version: number; contact_user_id: string | null; name: string | null; without_contact_since: Date | null }[] = await tx.query(
      `SELECT c.version, c.contact_user_id, u.name, c.without_contact_since FROM youth_case c LEFT JOIN app_user u ON u.id = c.contact_user_id WHERE c.id = $1`,
      [caseId],
    );
    const r = rows[0]!;
    return {
      caseId,
      caseVersion: r.version,
      contactPerson: r.contact_user_id ? { id: r.contact_user_id, name: r.name ?? '' } : null,
      withoutContactSince: r.without_contact_since?.toISOString() ?? null,
    };
  }
}
