import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jongere's "wie keek er in jouw dossier" (and the inzage export) hides audit records about an
 * internal contact moment: `EXISTS (… contact_moment cm WHERE cm.id::text = a.object_id AND cm.internal)`.
 * audit_event.object_id is text, so the primary key on the uuid cannot serve that lookup and every
 * request scanned the whole contact_moment table (found by tests/load/growing-reads.bench.test.ts).
 * This index serves it directly, and only holds the (few) internal moments.
 */
export class InternalContactLookupIndex1765010000000 implements MigrationInterface {
  name = 'InternalContactLookupIndex1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contact_moment_internal_id_text_idx ON contact_moment ((id::text)) WHERE internal`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contact_moment_internal_id_text_idx`);
  }
}
