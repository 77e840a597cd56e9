import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team's handover rules (notice, meetings, the predecessor's read period) are edited by the
 * teamleider and the beheerder: a version of their own, so a stale save is refused (409) instead of
 * silently overwriting the other's change.
 */
export class HandoverSettingsVersion1764940000000 implements MigrationInterface {
  name = 'HandoverSettingsVersion1764940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team ADD COLUMN handover_settings_version int NOT NULL DEFAULT 1 CHECK (handover_settings_version >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team DROP COLUMN handover_settings_version`);
  }
}
