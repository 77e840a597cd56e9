import { createDatabase, dropDatabase, newTestDatabaseName, testPostgresAt } from '@koers/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { MIGRATIONS } from './data-source-options';
import { revertLastMigration, runMigrations } from './migrate';

async function tables(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
    return r.rows.map((row) => row.table_name);
  } finally {
    await c.end();
  }
}

describe('migrations', () => {
  const server = testPostgresAt(inject('pg').adminUrl);
  const name = newTestDatabaseName('migrations');
  let url: string;
  beforeAll(async () => {
    url = await createDatabase(server, name); // empty: not from the template
  });
  afterAll(() => dropDatabase(server, name));

  it('run from an empty database, revert one by one to empty, and run again', async () => {
    expect(await tables(url)).toEqual([]);
    const ran = await runMigrations(url);
    expect(ran).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tables(url)).toEqual(expect.arrayContaining(['app_user', 'team', 'user_session', 'invitation', 'login_throttle', 'typeorm_migration']));
    expect(await runMigrations(url)).toEqual([]);

    for (let i = 0; i < MIGRATIONS.length; i++) expect(await revertLastMigration(url)).toBe(true);
    expect(await revertLastMigration(url)).toBe(false);
    expect(await tables(url)).toEqual(['typeorm_migration']);

    expect(await runMigrations(url)).toHaveLength(MIGRATIONS.length);
  });
});
