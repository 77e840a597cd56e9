import type { PasswordResetCreated } from '@koers/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { PASSWORD_RESET_TOKEN, TokenHasher } from '../platform/auth/token-hasher';
import { AppConfig } from '../platform/config/app-config';
import { DomainException } from '../platform/errors/domain.exception';

export const YOUTH_NOT_ACTIVATED = 'De jongere heeft het account nog niet geactiveerd. Maak een nieuwe activatielink.';
export const YOUTH_DISABLED = 'Het account van deze jongere is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.';
export const STAFF_DISABLED = 'Dit account is uitgeschakeld. Schakel het eerst weer in; daarna kunt u een link voor een nieuw wachtwoord maken.';
export const YOUTH_VIA_CASE = 'Een jongere krijgt een link voor een nieuw wachtwoord van de eigen contactpersoon, op de pagina van het traject.';

/**
 * "Nieuw wachtwoord kiezen" links, handed over in person like an activation link (Koers sends no
 * e-mail). Making one changes nothing about the account: the current password keeps working until
 * the link is used (AuthService.resetPassword), so a link someone else sees cannot lock anyone out.
 * A jongere's link: their contact person (write access to the case). A staff member's: the beheerder.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenHasher,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async forCase(actor: AuthUser, caseId: string): Promise<PasswordResetCreated> {
    return this.db.transaction(async (tx) => {
      const scope = await this.access.require(actor, caseId, 'write', 'password_reset.create', tx, true);
      if (!scope.youthUserId) throw DomainException.conflict('Deze jongere heeft nog geen account. Nodig de jongere eerst uit.');
      const account = await this.lockAccount(tx, scope.youthUserId);
      if (!account?.active) throw DomainException.conflict(YOUTH_DISABLED);
      if (!account.activated) throw DomainException.conflict(YOUTH_NOT_ACTIVATED);
      const created = await this.issue(tx, scope.youthUserId, actor);
      await this.audit.record(tx, { action: 'youth.password_reset.create', objectType: 'youth', objectId: scope.youthId, caseId: scope.id, youthId: scope.youthId });
      return created;
    });
  }

  async forStaff(actor: AuthUser, userId: string): Promise<PasswordResetCreated> {
    return this.db.transaction(async (tx) => {
      const account = await this.lockAccount(tx, userId);
      if (!account) throw DomainException.notFound('Deze gebruiker');
      if (account.role === 'jongere') throw DomainException.conflict(YOUTH_VIA_CASE);
      if (!account.active) throw DomainException.conflict(STAFF_DISABLED);
      const created = await this.issue(tx, userId, actor);
      await this.audit.record(tx, { action: 'account.password_reset.create', objectType: 'user', objectId: userId });
      return created;
    });
  }

  /** The account row, locked: serialises two links for one account and a link with a reset in use. */
  private async lockAccount(tx: EntityManager, userId: string): Promise<{ role: string; active: boolean; activated: boolean } | undefined> {
    const rows: { role: string; active: boolean; activated: boolean }[] = await tx.query(
      `SELECT role, active, password_hash IS NOT NULL AS activated FROM app_user WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    return rows[0];
  }

  private async issue(tx: EntityManager, userId: string, actor: AuthUser): Promise<PasswordResetCreated> {
    const token = this.tokens.newToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_RESET_VALID_HOURS * 3_600_000);
    // Older unused reset links stop working: only the newest one handed over counts.
    await tx.query(`UPDATE invitation SET expires_at = now() WHERE user_id = $1 AND purpose = 'password_reset' AND used_at IS NULL AND expires_at > now()`, [userId]);
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO invitation (token_hash, user_id, created_by, expires_at, purpose) VALUES ($1, $2, $3, $4, 'password_reset') RETURNING id`,
      [this.tokens.hash(PASSWORD_RESET_TOKEN, token), userId, actor.id, expiresAt],
    );
    return { id: rows[0]!.id, resetUrl: `${this.config.publicUrl}/nieuw-wachtwoord#${token}`, expiresAt: expiresAt.toISOString() };
  }
}
