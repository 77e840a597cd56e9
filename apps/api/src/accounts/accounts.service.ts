import type { InvitationCreated, Page, Team, UserSummary } from '@koers/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { ContactPersonService } from '../handovers/contact-person.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { PasswordService } from '../platform/auth/password.service';
import { SessionService } from '../platform/auth/session.service';
import { TokenHasher } from '../platform/auth/token-hasher';
import { AppConfig } from '../platform/config/app-config';
import { decodeCursor, pageSize, toPage } from '../platform/database/keyset';
import { DomainException, ErrorCode } from '../platform/errors/domain.exception';
import type { PageQueryDto } from '../platform/database/page-query.dto';
import type { CreateInvitationDto, CreateStaffUserDto, CreateTeamDto, ListUsersQueryDto } from './accounts.dto';

interface UserRow {
  id: string;
  name: string;
  email: string | null;
  role: UserSummary['role'];
  team_id: string | null;
  team_name: string | null;
  active: boolean;
  created_at: Date;
}

const toUserSummary = (r: UserRow): UserSummary => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
  active: r.active,
  createdAt: r.created_at.toISOString(),
});

const emailTaken = () =>
  new DomainException(ErrorCode.Conflict, 409, 'Er is al een account met dit e-mailadres.', {
    errors: [{ field: 'email', message: 'Er is al een account met dit e-mailadres.' }],
  });

@Injectable()
export class AccountsService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly tokens: TokenHasher,
    private readonly contactPerson: ContactPersonService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async listTeams(query: PageQueryDto): Promise<Page<Team>> {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    const rows: { id: string; name: string; created_at: Date }[] = await this.db.query(
      `SELECT id, name, created_at FROM team
        WHERE ($1::text IS NULL OR (name, id) > ($1::text, $2::uuid))
        ORDER BY name, id LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(rows, limit, (r) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString() }), (r) => [r.name, r.id]);
  }

  async createTeam(dto: CreateTeamDto): Promise<Team> {
    const rows: { id: string; name: string; created_at: Date }[] = await this.db.query(
      `INSERT INTO team (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id, name, created_at`,
      [dto.name.trim()],
    );
    if (!rows[0]) {
      throw new DomainException(ErrorCode.Conflict, 409, 'Er is al een team met deze naam.', {
        errors: [{ field: 'name', message: 'Er is al een team met deze naam.' }],
      });
    }
    return { id: rows[0].id, name: rows[0].name, createdAt: rows[0].created_at.toISOString() };
  }

  async listUsers(query: ListUsersQueryDto): Promise<Page<UserSummary>> {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, 2);
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.name, u.email, u.role, u.team_id, t.name AS team_name, u.active, u.created_at
         FROM app_user u LEFT JOIN team t ON t.id = u.team_id
        WHERE ($1::text IS NULL OR u.role = $1)
          AND ($2::uuid IS NULL OR u.team_id = $2)
          AND ($3::text IS NULL OR (u.name, u.id) > ($3::text, $4::uuid))
        ORDER BY u.name, u.id LIMIT $5`,
      [query.role ?? null, query.teamId ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toPage(rows, limit, toUserSummary, (r) => [r.name, r.id]);
  }

  async createStaffUser(dto: CreateStaffUserDto): Promise<UserSummary> {
    this.passwords.assertAcceptable(dto.password);
    await this.assertTeamExists(dto.teamId);
    const passwordHash = await this.passwords.hash(dto.password);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO app_user (name, email, role, team_id, password_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [dto.name.trim(), dto.email.trim(), dto.role, dto.teamId, passwordHash],
    );
    if (!rows[0]) throw emailTaken();
    return this.getUser(rows[0].id);
  }

  /**
   * Deactivation ends the user's sessions at once and puts their open cases on the teamleider's
   * "zonder contactpersoon" list, in the same transaction.
   */
  async setActive(id: string, active: boolean, actor: AuthUser): Promise<UserSummary> {
    if (id === actor.id && !active) {
      throw new DomainException(ErrorCode.Conflict, 409, 'U kunt uw eigen account niet uitschakelen.');
    }
    await this.db.transaction(async (tx) => {
      const result: [unknown[], number] = await tx.query(
        `UPDATE app_user SET active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE now() END, updated_at = now() WHERE id = $1`,
        [id, active],
      );
      if (result[1] === 0) throw DomainException.notFound('Deze gebruiker');
      if (!active) await this.sessions.destroyAllFor(id, tx);
      if (!active) await this.contactPerson.vacateCasesOf(tx, id, actor);
    });
    return this.getUser(id);
  }

  async createInvitation(dto: CreateInvitationDto, actor: AuthUser): Promise<InvitationCreated> {
    const token = this.tokens.newToken();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_VALID_HOURS * 3_600_000);
    return this.db.transaction(async (tx) => {
      // Linked to a case: only the case's own klantmanager (write access), and only a jongere without an account.
      const scope = dto.caseId ? await this.access.require(actor, dto.caseId, 'write', 'invitation.create', tx, true) : null;
      if (scope?.youthUserId) throw DomainException.conflict('Deze jongere heeft al een account.');
      const users: { id: string }[] = await tx.query(
        `INSERT INTO app_user (name, email, role, team_id) VALUES ($1, $2, 'jongere', $3) ON CONFLICT DO NOTHING RETURNING id`,
        [dto.name.trim(), dto.email.trim(), actor.teamId],
      );
      if (!users[0]) throw emailTaken();
      if (scope) {
        await tx.query(`UPDATE youth SET user_id = $2, updated_at = now() WHERE id = $1 AND user_id IS NULL`, [scope.youthId, users[0].id]);
        await this.audit.record(tx, { action: 'youth.account.link', objectType: 'youth', objectId: scope.youthId, caseId: scope.id, youthId: scope.youthId, fields: ['userId'] });
      }
      const invitations: { id: string }[] = await tx.query(
        `INSERT INTO invitation (token_hash, user_id, created_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [this.tokens.hash('invitation', token), users[0].id, actor.id, expiresAt],
      );
      return {
        id: invitations[0]!.id,
        activationUrl: `${this.config.publicUrl}/activeren#${token}`,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }

  private async getUser(id: string): Promise<UserSummary> {
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.name, u.email, u.role, u.team_id, t.name AS team_name, u.active, u.created_at
         FROM app_user u LEFT JOIN team t ON t.id = u.team_id WHERE u.id = $1`,
      [id],
    );
    if (!rows[0]) throw DomainException.notFound('Deze gebruiker');
    return toUserSummary(rows[0]);
  }

  private async assertTeamExists(teamId: string): Promise<void> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM team WHERE id = $1`, [teamId]);
    if (!rows.length) throw DomainException.validation([{ field: 'teamId', message: 'Dit team bestaat niet.' }]);
  }
}
