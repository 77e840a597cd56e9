import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A staff member's work phone number, so the jongere sees how to reach their contact person by
 * phone ("Bel <naam>"). Optional; staff accounts only; the format is checked by the API (Dutch
 * numbers, see isDutchPhone in @koers/domain), the database keeps the length and the characters.
 */
export class StaffWorkPhone1764950000000 implements MigrationInterface {
  name = 'StaffWorkPhone1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ADD COLUMN work_phone text
        CONSTRAINT app_user_work_phone_format CHECK (work_phone IS NULL OR (length(work_phone) BETWEEN 5 AND 20 AND work_phone ~ '^\\+?[0-9 ()-]+$')),
        ADD CONSTRAINT app_user_work_phone_staff CHECK (work_phone IS NULL OR role <> 'jongere')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN work_phone`);
  }
}
