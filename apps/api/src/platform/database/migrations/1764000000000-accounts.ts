import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764000000000 implements MigrationInterface {
  name = 'Accounts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX team_name_uq ON team (lower(name))`);
    await q.query(`CREATE INDEX team_name_id_idx ON team (name, id)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        email text,
        role text NOT NULL CHECK (role IN ('klantmanager', 'teamleider', 'jongere', 'beheerder')),
        team_id uuid REFERENCES team(id),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_staff_has_email CHECK (role = 'jongere' OR email IS NOT NULL),
        CONSTRAINT app_user_non_admin_has_team CHECK (role = 'beheerder' OR team_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`CREATE INDEX app_user_team_role_idx ON app_user (team_id, role)`);
    await q.query(`CREATE INDEX app_user_name_id_idx ON app_user (name, id)`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES app_user(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invitation_user_idx ON invitation (user_id)`);

    await q.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        ip text
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await q.query(`CREATE INDEX user_session_expiry_idx ON user_session (absolute_expires_at)`);

    await q.query(`
      CREATE TABLE login_throttle (
        account_key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE team`);
  }
}
