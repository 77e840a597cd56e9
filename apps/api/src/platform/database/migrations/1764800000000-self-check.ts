import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Doe de check": rounds per team, respondents (staff by user, jongeren by an invitation token —
 * the link itself is not built yet), their private answers, and the team's improvement plan per theme.
 */
export class SelfCheck1764800000000 implements MigrationInterface {
  name = 'SelfCheck1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE self_check_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        opened_by uuid NOT NULL REFERENCES app_user(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX self_check_round_team_idx ON self_check_round (team_id, opened_at DESC)`);
    // At most one open round per team.
    await q.query(`CREATE UNIQUE INDEX self_check_round_one_open ON self_check_round (team_id) WHERE closed_at IS NULL`);
    await q.query(`
      CREATE TABLE self_check_respondent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES self_check_round(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('staff', 'jongere')),
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        invite_token_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT self_check_respondent_identity CHECK (
          (kind = 'staff' AND user_id IS NOT NULL) OR (kind = 'jongere' AND (user_id IS NOT NULL OR invite_token_hash IS NOT NULL))
        ),
        UNIQUE (round_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE self_check_answer (
        respondent_id uuid NOT NULL REFERENCES self_check_respondent(id) ON DELETE CASCADE,
        factor text NOT NULL CHECK (factor ~ '^[1-7]\\.[0-9]{1,2}$'),
        score smallint CHECK (score IS NULL OR score BETWEEN 1 AND 10),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (respondent_id, factor)
      )`);
    await q.query(`
      CREATE TABLE improvement_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES self_check_round(id) ON DELETE CASCADE,
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        theme smallint NOT NULL CHECK (theme BETWEEN 1 AND 7),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 120),
        due_date date,
        done boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX improvement_action_round_idx ON improvement_action (round_id, theme)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE improvement_action`);
    await q.query(`DROP TABLE self_check_answer`);
    await q.query(`DROP TABLE self_check_respondent`);
    await q.query(`DROP TABLE self_check_round`);
  }
}
