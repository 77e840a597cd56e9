import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jongere's "wie keek er in jouw dossier" is keyset-paginated on (at, id), newest first. The
 * index on (youth_id, at DESC) cannot order ties on `at` (all audit records of one transaction share
 * it) nor seek past a cursor on (at, id); this one can, and it replaces the old one (same leading columns).
 */
export class AccessLogIndex1764920000000 implements MigrationInterface {
  name = 'AccessLogIndex1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_event_youth_at_id_idx ON audit_event (youth_id, at DESC, id DESC) WHERE youth_id IS NOT NULL`);
    await q.query(`DROP INDEX audit_event_youth_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_event_youth_idx ON audit_event (youth_id, at DESC) WHERE youth_id IS NOT NULL`);
    await q.query(`DROP INDEX audit_event_youth_at_id_idx`);
  }
}
