import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Role } from '@koers/contracts';
import type { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'een lange zin als wachtwoord';
let passwordHash: Promise<string> | undefined;

export async function createTeam(db: DataSource, name = `Team ${randomUUID().slice(0, 8)}`): Promise<{ id: string; name: string }> {
  const rows: { id: string }[] = await db.query(`INSERT INTO team (name) VALUES ($1) RETURNING id`, [name]);
  return { id: rows[0]!.id, name };
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  password: string;
}

/** A user with a known password; a team is created when none is given (except for beheerders). */
export async function createUser(db: DataSource, role: Role, options: { teamId?: string | null; email?: string; name?: string; active?: boolean } = {}): Promise<TestUser> {
  passwordHash ??= hash(TEST_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const teamId = options.teamId !== undefined ? options.teamId : role === 'beheerder' ? null : (await createTeam(db)).id;
  const email = options.email ?? `${role}-${randomUUID().slice(0, 8)}@test.koers`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO app_user (name, email, role, team_id, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [options.name ?? `Test ${role}`, email, role, teamId, await passwordHash, options.active ?? true],
  );
  return { id: rows[0]!.id, email, role, teamId, password: TEST_PASSWORD };
}
