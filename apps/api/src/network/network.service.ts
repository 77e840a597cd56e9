import { NETWORK_MAX_MEMBERS, type NetworkMember, type NetworkMemberList, type NetworkRelation } from '@koers/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService, type CaseScope } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { DomainException } from '../platform/errors/domain.exception';
import type { CreateNetworkMemberDto, UpdateNetworkMemberDto } from './network.dto';

type Queryable = Pick<EntityManager, 'query'>;

interface MemberRow {
  id: string;
  case_id: string;
  name: string;
  relation: NetworkRelation;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  role_in_plan: string | null;
  is_lead: boolean;
  created_at: Date;
  open_steps: number;
}

/**
 * Open steps per network member of one case: not done, in a plan version that is current or in
 * progress (not 'vervangen'), under a goal that is still open. Reached through the case's goals
 * (goal_case_idx, step_goal_idx), so it is one indexed pass for the whole network.
 */
const OPEN_STEPS_BY_OWNER = `
  SELECT st.owner_network_member_id AS member_id, count(*)::int AS open_steps
    FROM goal g
    JOIN plan_version pv ON pv.id = g.plan_version_id
    JOIN step st ON st.goal_id = g.id
   WHERE g.case_id = $1 AND st.owner_network_member_id IS NOT NULL AND st.done_at IS NULL
     AND pv.status <> 'vervangen' AND g.status NOT IN ('behaald', 'losgelaten')
   GROUP BY st.owner_network_member_id`;

const MEMBER_SELECT = `
  SELECT n.id, n.case_id, n.name, n.relation, n.organisation, n.phone, n.email, n.role_in_plan, n.is_lead, n.created_at,
         coalesce(s.open_steps, 0) AS open_steps
    FROM network_member n
    LEFT JOIN (${OPEN_STEPS_BY_OWNER}) s ON s.member_id = n.id`;

/** DTO field → column, for the fields a PATCH may change. */
const COLUMNS = {
  name: 'name',
  relation: 'relation',
  organisation: 'organisation',
  phone: 'phone',
  email: 'email',
  roleInPlan: 'role_in_plan',
  isLead: 'is_lead',
} as const satisfies Record<keyof UpdateNetworkMemberDto, keyof MemberRow>;

function toMember(r: MemberRow): NetworkMember {
  return {
    id: r.id,
    caseId: r.case_id,
    name: r.name,
    relation: r.relation,
    organisation: r.organisation,
    phone: r.phone,
    email: r.email,
    roleInPlan: r.role_in_plan,
    isLead: r.is_lead,
    openSteps: r.open_steps,
    createdAt: r.created_at.toISOString(),
  };
}

function rowsOf<T>(result: unknown): T[] {
  // pg returns [rows, count] for UPDATE/DELETE … RETURNING through TypeORM's query().
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

function assertOpen(scope: CaseScope): void {
  if (scope.phase === 'afgesloten') throw DomainException.conflict('Dit traject is afgesloten. Heropen het eerst om het netwerk te wijzigen.');
}

/**
 * Het netwerk: the people and organisations around the jongere. At most one member per case is the
 * eindverantwoordelijke; marking another one moves the mark (in one transaction, under the case
 * row lock, so parallel requests cannot end with two or none by accident). Removal is soft and is
 * refused while the member owns open plan steps.
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The whole active network (bounded: at most NETWORK_MAX_MEMBERS). Audited as `network.read`. */
  async list(user: AuthUser, caseId: string): Promise<NetworkMemberList> {
    const scope = await this.access.require(user, caseId, 'read', 'network.read');
    const rows: MemberRow[] = await this.db.query(
      `${MEMBER_SELECT} WHERE n.case_id = $1 AND n.removed_at IS NULL ORDER BY n.is_lead DESC, lower(n.name), n.id`,
      [caseId],
    );
    await this.audit.record(this.db, { action: 'network.read', objectType: 'case', objectId: caseId, caseId, youthId: scope.youthId });
    return { items: rows.map(toMember) };
  }

  async create(user: AuthUser, caseId: string, dto: CreateNetworkMemberDto): Promise<NetworkMember> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'network.create', tx, true);
      assertOpen(scope);
      const count: { n: number }[] = await tx.query(`SELECT count(*)::int AS n FROM network_member WHERE case_id = $1 AND removed_at IS NULL`, [caseId]);
      if (count[0]!.n >= NETWORK_MAX_MEMBERS) {
        throw DomainException.conflict(`Het netwerk heeft al ${NETWORK_MAX_MEMBERS} mensen. Verwijder eerst wie er niet meer bij hoort.`);
      }
      if (dto.isLead) await this.takeLeadAway(tx, scope, null);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO network_member (case_id, name, relation, organisation, phone, email, role_in_plan, is_lead)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [caseId, dto.name, dto.relation, dto.organisation ?? null, dto.phone ?? null, dto.email ?? null, dto.roleInPlan ?? null, dto.isLead ?? false],
      );
      const id = rows[0]!.id;
      const fields = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((f) => dto[f] !== undefined && dto[f] !== null);
      await this.audit.record(tx, { action: 'network.create', objectType: 'network_member', objectId: id, caseId, youthId: scope.youthId, fields });
      return this.loadOne(tx, caseId, id);
    });
  }

  /** Changes the fields that are sent; null clears an optional field. Unchanged values are not written or audited. */
  async update(user: AuthUser, caseId: string, memberId: string, dto: UpdateNetworkMemberDto): Promise<NetworkMember> {
    const sent = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((f) => dto[f] !== undefined);
    if (!sent.length) throw DomainException.validation([{ field: 'body', message: 'Geef minstens één gegeven dat u wilt wijzigen.' }]);
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'network.update', tx, true);
      assertOpen(scope);
      const current = await this.loadActiveRow(tx, caseId, memberId);
      const changed = sent.filter((f) => dto[f] !== current[COLUMNS[f]]);
      if (!changed.length) return toMember(current);
      if (changed.includes('isLead') && dto.isLead) await this.takeLeadAway(tx, scope, memberId);
      const params: unknown[] = [memberId, caseId];
      const sets = changed.map((f) => `${COLUMNS[f]} = $${params.push(dto[f] ?? null)}`);
      await tx.query(`UPDATE network_member SET ${sets.join(', ')} WHERE id = $1 AND case_id = $2`, params);
      await this.audit.record(tx, { action: 'network.update', objectType: 'network_member', objectId: memberId, caseId, youthId: scope.youthId, fields: changed });
      return this.loadOne(tx, caseId, memberId);
    });
  }

  /** Soft removal (removed_at). Refused with 409 while the member owns open plan steps. */
  async remove(user: AuthUser, caseId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const scope = await this.access.require(user, caseId, 'write', 'network.delete', tx, true);
      assertOpen(scope);
      const current = await this.loadActiveRow(tx, caseId, memberId);
      if (current.open_steps > 0) {
        const steps = current.open_steps === 1 ? '1 open stap' : `${current.open_steps} open stappen`;
        const them = current.open_steps === 1 ? 'die stap' : 'die stappen';
        throw DomainException.conflict(
          `${current.name} is nog eigenaar van ${steps} in het plan. Geef ${them} eerst aan iemand anders of rond ${them} af. Daarna kunt u ${current.name} uit het netwerk halen.`,
          toMember(current),
        );
      }
      await tx.query(`UPDATE network_member SET removed_at = now(), is_lead = false WHERE id = $1 AND case_id = $2`, [memberId, caseId]);
      const fields = current.is_lead ? ['removedAt', 'isLead'] : ['removedAt'];
      await this.audit.record(tx, { action: 'network.delete', objectType: 'network_member', objectId: memberId, caseId, youthId: scope.youthId, fields });
    });
  }

  /** Takes the eindverantwoordelijke mark off whoever has it (except `keep`), audited per member. Needs the case row lock. */
  private async takeLeadAway(tx: Queryable, scope: CaseScope, keep: string | null): Promise<void> {
    const rows = rowsOf<{ id: string }>(
      await tx.query(
        `UPDATE network_member SET is_lead = false WHERE case_id = $1 AND is_lead AND removed_at IS NULL AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
        [scope.id, keep],
      ),
    );
    for (const r of rows) {
      await this.audit.record(tx, { action: 'network.update', objectType: 'network_member', objectId: r.id, caseId: scope.id, youthId: scope.youthId, fields: ['isLead'] });
    }
  }

  private async loadActiveRow(runner: Queryable, caseId: string, memberId: string): Promise<MemberRow> {
    const rows: MemberRow[] = await runner.query(`${MEMBER_SELECT} WHERE n.case_id = $1 AND n.id = $2 AND n.removed_at IS NULL`, [caseId, memberId]);
    if (!rows[0]) throw DomainException.notFound('Deze persoon in het netwerk');
    return rows[0];
  }

  private async loadOne(runner: Queryable, caseId: string, memberId: string): Promise<NetworkMember> {
    return toMember(await this.loadActiveRow(runner, caseId, memberId));
  }
}
