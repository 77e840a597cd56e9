import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a jongere contributes to their own plan: comments on goals, and proposals (a new goal, new
 * wording of a goal or step they wrote, or what they disagree with) that the klantmanager takes
 * into the next version. A proposal is never applied to the signed version by itself, and never lost.
 */
export class YouthContributions1764700000000 implements MigrationInterface {
  name = 'YouthContributions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE goal_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        goal_lineage_id uuid NOT NULL,
        text text NOT NULL CHECK (length(trim(text)) > 0),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX goal_comment_case_idx ON goal_comment (case_id, goal_lineage_id, created_at)`);
    await q.query(`
      CREATE TABLE plan_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES youth_case(id) ON DELETE CASCADE,
        plan_version_id uuid NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('nieuw_doel', 'doel_tekst', 'stap_tekst', 'niet_eens')),
        target_lineage_id uuid,
        text text NOT NULL CHECK (length(trim(text)) > 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'overgenomen', 'besproken')),
        author_user_id uuid NOT NULL REFERENCES app_user(id),
        author_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user(id),
        CONSTRAINT plan_proposal_target CHECK (kind IN ('nieuw_doel', 'niet_eens') OR target_lineage_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX plan_proposal_case_idx ON plan_proposal (case_id, created_at) WHERE status = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_proposal`);
    await q.query(`DROP TABLE goal_comment`);
  }
}
