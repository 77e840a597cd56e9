import type { InvitationPreview, PasswordResetPreview } from '@koers/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainException, ErrorCode } from '../errors/domain.exception';
import type { AuthUser } from './auth-user';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { PASSWORD_RESET_TOKEN, TokenHasher } from './token-hasher';

interface UserRow {
  id: string;
  name: string;
  email: string | null;
  role: AuthUser['role'];
  team_id: string | null;
  team_name: string | null;
  password_hash: string | null;
  active: boolean;
}

const USER_SELECT = `SELECT u.id, u.name, u.email, u.role, u.team_id, t.name AS team_name, u.password_hash, u.active
                       FROM app_user u LEFT JOIN team t ON t.id = u.team_id`;

function toAuthUser(row: UserRow): AuthUser {
  return { id: row.id, name: row.name, email: row.email, role: row.role, teamId: row.team_id, teamName: row.team_name };
}

const INVALID_INVITATION = () =>
  new DomainException(ErrorCode.InvitationInvalid, 410, 'Deze activatielink werkt niet meer. Hij is al gebruikt of verlopen. Vraag je klantmanager om een nieuwe link.');

export const INVALID_RESET_LINK = 'Deze link werkt niet meer. Hij is al gebruikt, verlopen of vervangen door een nieuwere link. Vraag een nieuwe link aan de persoon die je deze link gaf.';

const INVALID_RESET = () => new DomainException(ErrorCode.InvitationInvalid, 410, INVALID_RESET_LINK);

/** An open reset link of an active account that can log in (a reset never activates an account). */
const OPEN_RESET = `FROM invitation i JOIN app_user u ON u.id = i.user_id
  WHERE i.token_hash = $1 AND i.purpose = 'password_reset' AND i.used_at IS NULL AND i.expires_at > now()
    AND u.active AND u.password_hash IS NOT NULL`;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokenHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async verifyCredentials(email: string, password: string): Promise<AuthUser> {
    const key = this.throttle.key(email);
    await this.throttle.assertNotLocked(key);
    const rows: UserRow[] = await this.db.query(`${USER_SELECT} WHERE lower(u.email) = lower($1)`, [email.trim()]);
    const row = rows[0];
    const ok = await this.passwords.verify(row?.password_hash ?? null, password);
    if (!row || !ok || !row.active) {
      await this.throttle.recordFailure(key, row?.id ?? null);
      throw new DomainException(ErrorCode.InvalidCredentials, 401, 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    await this.throttle.reset(key);
    return toAuthUser(row);
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const rows: { name: string; expires_at: Date }[] = await this.db.query(
      `SELECT u.name, i.expires_at FROM invitation i JOIN app_user u ON u.id = i.user_id
        WHERE i.token_hash = $1 AND i.purpose = 'activation' AND i.used_at IS NULL AND i.expires_at > now() AND u.active`,
      [this.tokens.hash('invitation', token)],
    );
    if (!rows[0]) throw INVALID_INVITATION();
    return { name: rows[0].name, expiresAt: rows[0].expires_at.toISOString() };
  }

  /** Sets the jongere's password; the link works once. Returns the user, who is then logged in. */
  async activate(token: string, password: string): Promise<AuthUser> {
    this.passwords.assertAcceptable(password);
    const passwordHash = await this.passwords.hash(password);
    return this.db.transaction(async (tx) => {
      const invitations: { id: string; user_id: string }[] = await tx.query(
        `SELECT i.id, i.user_id FROM invitation i JOIN app_user u ON u.id = i.user_id
          WHERE i.token_hash = $1 AND i.purpose = 'activation' AND i.used_at IS NULL AND i.expires_at > now() AND u.active
          FOR UPDATE OF i`,
        [this.tokens.hash('invitation', token)],
      );
      const invitation = invitations[0];
      if (!invitation) throw INVALID_INVITATION();
      await tx.query(`UPDATE invitation SET used_at = now() WHERE id = $1`, [invitation.id]);
      // Any other open invitation for the same jongere stops working too.
      await tx.query(`UPDATE invitation SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL`, [invitation.user_id]);
      await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [invitation.user_id, passwordHash]);
      const rows: UserRow[] = await tx.query(`${USER_SELECT} WHERE u.id = $1`, [invitation.user_id]);
      return toAuthUser(rows[0]!);
    });
  }

  /**
   * Checks a "nieuw wachtwoord kiezen" link and gives the account's name, and whether it is a jongere's
   * or a staff member's (so the page says "je" or "u"; which staff role is not told). 410 when used,
   * expired or replaced.
   */
  async previewPasswordReset(token: string): Promise<PasswordResetPreview> {
    const rows: { name: string; expires_at: Date; jongere: boolean }[] = await this.db.query(
      `SELECT u.name, i.expires_at, u.role = 'jongere' AS jongere ${OPEN_RESET}`,
      [this.tokens.hash(PASSWORD_RESET_TOKEN, token)],
    );
    if (!rows[0]) throw INVALID_RESET();
    return { name: rows[0].name, expiresAt: rows[0].expires_at.toISOString(), audience: rows[0].jongere ? 'jongere' : 'staff' };
  }

  /**
   * Sets a new password with a reset link (once). Ends every session of the account (whoever was
   * logged in with the old password is out), lifts the login lock, and records who used it. The
   * user then logs in with the new password: no session is started here.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    this.passwords.assertAcceptable(password);
    const passwordHash = await this.passwords.hash(password);
    await this.db.transaction(async (tx) => {
      const rows: (UserRow & { invitation_id: string })[] = await tx.query(
        `SELECT i.id AS invitation_id, u.id, u.name, u.email, u.role, u.team_id, NULL AS team_name, u.password_hash, u.active ${OPEN_RESET}
          FOR UPDATE OF i, u`,
        [this.tokens.hash(PASSWORD_RESET_TOKEN, token)],
      );
      const row = rows[0];
      if (!row) throw INVALID_RESET();
      await tx.query(`UPDATE invitation SET used_at = now() WHERE id = $1`, [row.invitation_id]);
      // Any other open reset link of this account stops working too.
      await tx.query(`UPDATE invitation SET expires_at = now() WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL`, [row.id]);
      await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [row.id, passwordHash]);
      await this.sessions.destroyAllFor(row.id, tx);
      if (row.email) await tx.query(`DELETE FROM login_throttle WHERE account_key = $1`, [this.throttle.key(row.email)]);
      const youth: { id: string }[] = row.role === 'jongere' ? await tx.query(`SELECT id FROM youth WHERE user_id = $1`, [row.id]) : [];
      await this.audit.record(
        tx,
        { action: 'account.password_reset.use', objectType: 'user', objectId: row.id, youthId: youth[0]?.id ?? null, fields: ['password'] },
        toAuthUser(row),
      );
    });
  }
}
