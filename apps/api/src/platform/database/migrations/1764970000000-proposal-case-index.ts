import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * All of a case's proposals (the staff plan tab, Mijn plan, inzage) are read by case, whatever their
 * status. The partial indexes cover only open and pending ones, so these reads scanned the whole table.
 */
export class ProposalCaseIndex1764970000000 implements MigrationInterface {
  name = 'ProposalCaseIndex1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX plan_proposal_case_all_idx ON plan_proposal (case_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plan_proposal_case_all_idx`);
  }
}
