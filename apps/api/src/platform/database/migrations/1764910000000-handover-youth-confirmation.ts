import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jongere's own part in a warme overdracht: they confirm, with their own login, that an
 * introductory meeting took place (with an optional remark of their own, which staff see).
 * Their preference among the candidates uses the existing handover.youth_preference_* columns
 * with youth_preference_via = 'eigen_login'.
 */
export class HandoverYouthConfirmation1764910000000 implements MigrationInterface {
  name = 'HandoverYouthConfirmation1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE handover_meeting ADD COLUMN youth_confirmed_at timestamptz`);
    await q.query(`ALTER TABLE handover_meeting ADD COLUMN youth_remark text CHECK (youth_remark IS NULL OR length(youth_remark) <= 2000)`);
    await q.query(`ALTER TABLE handover_meeting ADD CONSTRAINT handover_meeting_remark_confirmed CHECK (youth_remark IS NULL OR youth_confirmed_at IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE handover_meeting DROP CONSTRAINT handover_meeting_remark_confirmed`);
    await q.query(`ALTER TABLE handover_meeting DROP COLUMN youth_remark`);
    await q.query(`ALTER TABLE handover_meeting DROP COLUMN youth_confirmed_at`);
  }
}
