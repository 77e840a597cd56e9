import type { InvitationCreated } from '@koers/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAccessService } from '../cases/case-access.service';
import { AuditService } from '../platform/audit/audit.service';
import type { AuthUser } from '../platform/auth/auth-user';
import { TokenHasher } from '../platform/auth/token-hasher';
import { AppConfig } from '../platform/config/app-config';
import { DomainException } from '../platform/errors/domain.exception';

/** An activated account needs no activation link: the 409 points to the reset link instead (PasswordResetService). */
export const ALREADY_ACTIVE =
  'De jongere kan al inloggen. Is het wachtwoord vergeten? Maak dan een link voor een nieuw wachtwoord met de knop "Link voor nieuw wachtwoord maken".';

/**
 * A new activation link for the jongere of a case whose account was invited but never activated
 * (the first link expired or got lost). Only the case's contact person (write access).
 */
@Injectable()
export class CaseInvitationService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenHasher,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async renew(actor: AuthUser, caseId: string): Promise<InvitationCreated> {
    const token = this.tokens.newToken();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_VALID_HOURS * 3_600_000);
    return this.db.transaction(async (tx) => {
      // The case lock serialises this with another renewal and with a first invitation for this case.
      const scope = await this.access.require(actor, caseId, 'write', 'invitation.renew', tx, true);
      if (!scope.youthUserId) throw DomainException.conflict('Deze jongere heeft nog geen account. Nodig de jongere eerst uit.');
      // Older unused links stop working. Done first: it locks those links, so an activation with one of
      // them either finished before (then the account shows as activated below) or fails afterwards.
      await tx.query(`UPDATE invitation SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [scope.youthUserId]);
      const users: { activated: boolean; active: boolean }[] = await tx.query(
        `SELECT password_hash IS NOT NULL AS activated, active FROM app_user WHERE id = $1`,
        [scope.youthUserId],
      );
      if (users[0]?.activated) throw DomainException.conflict(ALREADY_ACTIVE);
      if (!users[0]?.active) throw DomainException.conflict('Het account van deze jongere is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.');
      const invitations: { id: string }[] = await tx.query(
        `INSERT INTO invitation (token_hash, user_id, created_by, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [this.tokens.hash('invitation', token), scope.youthUserId, actor.id, expiresAt],
      );
      await this.audit.record(tx, { action: 'youth.invitation.renew', objectType: 'youth', objectId: scope.youthId, caseId: scope.id, youthId: scope.youthId });
      return {
        id: invitations[0]!.id,
        activationUrl: `${this.config.publicUrl}/activeren#${token}`,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }
}
