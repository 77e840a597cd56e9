import type { InvitationCreated, Page, StaffProfile, StaffRole, Team, UserSummary } from '@koers/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { ContactPersonService } from '../handovers/contact-person.service';
import { rowsOf } from '../handovers/handovers.queries';
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
  work_phone: string | null;
}

const toUserSummary = (r: UserRow): UserSummary => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
  active: r.active,
  createdAt: r.created_at.toISOString(),
  workPhone: r.work_phone,
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
      `SELECT u.id, u.name, u.email, u.role, u.team_id, t.name AS team_name, u.active, u.created_at, u.work_phone
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
      `INSERT INTO app_user (name, email, role, team_id, password_hash, work_phone) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [dto.name.trim(), dto.email.trim(), dto.role, dto.teamId, passwordHash, dto.workPhone ?? null],
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
      // An open "nieuw wachtwoord kiezen" link must not come back to life when the account is switched on again.
      if (!active) await tx.query(`UPDATE invitation SET expires_at = now() WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL AND expires_at > now()`, [id]);
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
        // Conditional: linked meanwhile through another case of this jongere (that case's lock is not ours) → 409, nothing kept.
        const linked = rowsOf<{ id: string }>(
          await tx.query(`UPDATE youth SET user_id = $2, updated_at = now() WHERE id = $1 AND user_id IS NULL RETURNING id`, [scope.youthId, users[0].id]),
        );
        if (!linked[0]) throw DomainException.conflict('Deze jongere heeft al een account.');
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

  /** "Mijn gegevens" of the signed-in staff member. */
  async profile(actor: AuthUser): Promise<StaffProfile> {
    const rows: { id: string; name: string; email: string | null; role: StaffRole; work_phone: string | null }[] = await this.db.query(
      `SELECT id, name, email, role, work_phone FROM app_user WHERE id = $1 AND role <> 'jongere'`,
      [actor.id],
    );
    if (!rows[0]) throw DomainException.notFound('Dit account');
    const r = rows[0];
    return { id: r.id, name: r.name, email: r.email, role: r.role, workPhone: r.work_phone };
  }

  /** A staff member sets their own work phone number (null: none). */
  async setOwnWorkPhone(actor: AuthUser, workPhone: string | null): Promise<StaffProfile> {
    await this.writeWorkPhone(actor.id, workPhone, actor);
    return this.profile(actor);
  }

  /** The beheerder sets a staff member's work phone number (a jongere's account has none: 400). */
  async setWorkPhone(id: string, workPhone: string | null, actor: AuthUser): Promise<UserSummary> {
    await this.writeWorkPhone(id, workPhone, actor);
    return this.getUser(id);
  }

  private async writeWorkPhone(id: string, workPhone: string | null, actor: AuthUser): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows: { role: string }[] = await tx.query(`SELECT role FROM app_user WHERE id = $1 FOR UPDATE`, [id]);
      if (!rows[0]) throw DomainException.notFound('Deze gebruiker');
      if (rows[0].role === 'jongere') throw DomainException.validation([{ field: 'workPhone', message: 'Alleen medewerkers hebben een werktelefoonnummer.' }]);
      await tx.query(`UPDATE app_user SET work_phone = $2, updated_at = now() WHERE id = $1`, [id, workPhone]);
      await this.audit.record(tx, { action: 'account.work_phone.update', objectType: 'user', objectId: id, fields: ['workPhone'] }, actor);
    });
  }

  private async getUser(id: string): Promise<UserSummary> {
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.name, u.email, u.role, u.team_id, t.name AS team_name, u.active, u.created_at, u.work_phone
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
