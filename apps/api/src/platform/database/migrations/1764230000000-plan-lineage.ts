import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Steps and agreements get a lineage id, like goals have: a copy in the next plan version keeps it,
 * so the version diff can say "changed from … to …" instead of "removed … and added …".
 * Add, backfill (every existing row starts its own lineage), then constrain.
 */
export class PlanLineage1764230000000 implements MigrationInterface {
  name = 'PlanLineage1764230000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['step', 'agreement']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN lineage_id uuid`);
      await q.query(`UPDATE ${table} SET lineage_id = id`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN lineage_id SET DEFAULT gen_random_uuid(), ALTER COLUMN lineage_id SET NOT NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agreement DROP COLUMN lineage_id`);
    await q.query(`ALTER TABLE step DROP COLUMN lineage_id`);
  }
}
