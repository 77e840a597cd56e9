import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The klantmanager's side of the jongere's proposals: a version for the decision (two staff members
 * deciding at once: one wins, the other gets 409), a reply the jongere sees when it is to be discussed,
 * and where an accepted proposal was carried into. Accepted while no next version exists yet:
 * applied_at stays empty until the next version is made (after the evaluation), then it is applied.
 */
export class YouthProposalDecisions1764930000000 implements MigrationInterface {
  name = 'YouthProposalDecisions1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plan_proposal
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN reply text CHECK (reply IS NULL OR length(trim(reply)) > 0),
        ADD COLUMN applied_plan_version_id uuid REFERENCES plan_version(id) ON DELETE SET NULL,
        ADD COLUMN applied_at timestamptz`);
    await q.query(`CREATE INDEX plan_proposal_pending_idx ON plan_proposal (case_id, created_at) WHERE status = 'overgenomen' AND applied_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plan_proposal_pending_idx`);
    await q.query(`ALTER TABLE plan_proposal DROP COLUMN applied_at, DROP COLUMN applied_plan_version_id, DROP COLUMN reply, DROP COLUMN version`);
  }
}
