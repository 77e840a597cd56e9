import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Nieuw wachtwoord kiezen" links live in the invitation table next to activation links: same
 * one-time, expiring, hashed token; `purpose` tells them apart, so an activation link can never reset
 * a password and a reset link can never activate an account.
 */
export class PasswordReset1764990000000 implements MigrationInterface {
  name = 'PasswordReset1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invitation ADD COLUMN purpose text NOT NULL DEFAULT 'activation'
        CONSTRAINT invitation_purpose_check CHECK (purpose IN ('activation', 'password_reset'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM invitation WHERE purpose = 'password_reset'`);
    await q.query(`ALTER TABLE invitation DROP COLUMN purpose`);
  }
}
