import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jongere adds their own steps: in a signed (or proposed) plan a new step becomes a proposal of
 * kind 'nieuwe_stap', about the goal it belongs to (target_lineage_id = the goal's lineage).
 */
export class YouthSteps1764900000000 implements MigrationInterface {
  name = 'YouthSteps1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_proposal DROP CONSTRAINT plan_proposal_kind_check`);
    await q.query(`ALTER TABLE plan_proposal ADD CONSTRAINT plan_proposal_kind_check CHECK (kind IN ('nieuw_doel', 'doel_tekst', 'stap_tekst', 'nieuwe_stap', 'niet_eens'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM plan_proposal WHERE kind = 'nieuwe_stap'`);
    await q.query(`ALTER TABLE plan_proposal DROP CONSTRAINT plan_proposal_kind_check`);
    await q.query(`ALTER TABLE plan_proposal ADD CONSTRAINT plan_proposal_kind_check CHECK (kind IN ('nieuw_doel', 'doel_tekst', 'stap_tekst', 'niet_eens'))`);
  }
}
