import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { DomainException } from '../platform/errors/domain.exception';

/** read: see the case. write: change it as staff. youth-write: what a jongere may change in their own case. */
export type CaseAccessMode = 'read' | 'write' | 'youth-write';

/** The facts about a case that access decisions need. */
export interface CaseScope {
  id: string;
  youthId: string;
  youthUserId: string | null;
  teamId: string;
  contactUserId: string | null;
  /** The chosen successor of the handover in progress (read-only until the switch). */
  successorUserId: string | null;
  /**
   * The candidates of the handover in progress while no successor is chosen yet, minus those who
   * declined (read-only). Empty once a successor is chosen.
   */
  candidateUserIds: string[];
  /** Former contact persons whose read period after a handover has not ended yet. */
  formerContactUserIds: string[];
  teamReadAccess: boolean;
  phase: string;
  version: number;
}

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Decides, per case, who may do what (docs/adr/0003-access-control.md):
 * - jongere: only their own case (read; youth-write for what they may co-write);
 * - klantmanager: cases where they are the contact person (read, write); read-only: a case whose
 *   handover in progress has them as chosen successor, or as a candidate (not declined) while no
 *   successor is chosen yet; a case they handed over until the team's read period ends
 *   (handover.predecessor_read_until); and cases of their team when the team allows it (off by default);
 * - the successor's read access starts when they are proposed. With several candidates, each one
 *   who has not declined reads the case while the choice is open, so they can weigh it up; once one
 *   is chosen only that one reads on (need to know: the others are asked nothing, and they never see
 *   the handover note written for the successor). If the chosen one declines, the remaining
 *   candidates read again. A refusal ends the decliner's access; so do abandoning the handover and
 *   the switch, after which only the new contact person (full) and the former one (read period)
 *   have access. "Mijn overdrachten" lists a handover for a candidate in exactly this period.
 * - teamleider: the cases of their team, read-only;
 * - beheerder: no case data.
 * A refusal is answered 404 (the case's existence is not revealed) and leaves a 'denied' audit record.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  static allows(user: AuthUser, scope: CaseScope, mode: CaseAccessMode): boolean {
    switch (user.role) {
      case 'jongere':
        return scope.youthUserId === user.id && (mode === 'read' || mode === 'youth-write');
      case 'klantmanager':
        if (scope.contactUserId === user.id) return true;
        if (mode !== 'read') return false;
        if (scope.successorUserId === user.id || scope.candidateUserIds.includes(user.id) || scope.formerContactUserIds.includes(user.id)) return true;
        return scope.teamReadAccess && scope.teamId === user.teamId;
      case 'teamleider':
        return mode === 'read' && scope.teamId === user.teamId;
      default:
        return false;
    }
  }

  async load(caseId: string, runner: Queryable = this.db, lock = false): Promise<CaseScope | null> {
    // Lock first, then read in a new statement: after waiting for the lock, a single SELECT … FOR
    // UPDATE would see the locked row's new version but its subqueries (handover access) as they
    // were before the wait.
    if (lock) await runner.query(`SELECT 1 FROM youth_case WHERE id = $1 FOR UPDATE`, [caseId]);
    const rows: CaseScope[] = await runner.query(
      `SELECT c.id, c.youth_id AS "youthId", y.user_id AS "youthUserId", c.team_id AS "teamId",
              c.contact_user_id AS "contactUserId", t.team_read_access AS "teamReadAccess", c.phase, c.version,
              (SELECT h.to_user_id FROM handover h
                WHERE h.case_id = c.id AND h.status IN ('voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie')) AS "successorUserId",
              ARRAY(SELECT hc.user_id FROM handover h JOIN handover_candidate hc ON hc.handover_id = h.id
                     WHERE h.case_id = c.id AND h.status IN ('voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie')
                       AND h.to_user_id IS NULL AND hc.declined_at IS NULL) AS "candidateUserIds",
              ARRAY(SELECT h.from_user_id FROM handover h
                     WHERE h.case_id = c.id AND h.predecessor_read_until > now() AND h.from_user_id IS NOT NULL) AS "formerContactUserIds"
         FROM youth_case c JOIN youth y ON y.id = c.youth_id JOIN team t ON t.id = c.team_id
        WHERE c.id = $1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  /**
   * Loads the case and checks access; throws 404 and records the denial when not allowed.
   * Pass the transaction's manager (and lock) when the caller is about to change the case.
   */
  async require(user: AuthUser, caseId: string, mode: CaseAccessMode, action: string, runner: Queryable = this.db, lock = false): Promise<CaseScope> {
    const scope = await this.load(caseId, runner, lock);
    if (!scope || !CaseAccessService.allows(user, scope, mode)) {
      await this.audit.denied({ action, objectType: 'case', objectId: caseId, caseId: scope?.id ?? null, youthId: scope?.youthId ?? null }, user);
      throw DomainException.notFound('Dit traject');
    }
    return scope;
  }
}
