import { createDatabase, dropDatabase, newTestDatabaseName, startTestPostgres } from '@koers/testing';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../src/platform/database/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { adminUrl: string; template: string };
  }
}

/** Once per run: a PostgreSQL server (embedded or TEST_DATABASE_URL), migrated once into a template database. */
export default async function setup(project: TestProject) {
  process.env.NODE_ENV = 'test';
  const server = await startTestPostgres();
  const template = newTestDatabaseName('template');
  await createDatabase(server, template);
  await runMigrations(server.urlFor(template));
  project.provide('pg', { adminUrl: server.urlFor('postgres'), template });
  return async () => {
    await dropDatabase(server, template);
    await server.stop();
  };
}
