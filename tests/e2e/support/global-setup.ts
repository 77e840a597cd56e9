import { existsSync } from 'node:fs';
import { createDatabase, dropDatabase, newTestDatabaseName, startTestPostgres } from '@koers/testing';
import type { TestProject } from 'vitest/node';
import { MAIN, startApp } from './app-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pgAdminUrl: string;
  }
}

/** Once per run: a test PostgreSQL and the built app on it (with demo data), as `npm start` would run it. */
export default async function setup(project: TestProject) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the e2e tests through nx (npx nx run e2e:test), which builds first.`);
  const server = await startTestPostgres();
  const name = newTestDatabaseName('e2e');
  const databaseUrl = await createDatabase(server, name);
  const app = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true' });
  project.provide('baseUrl', app.url);
  project.provide('pgAdminUrl', server.urlFor('postgres'));
  return async () => {
    const code = await app.stop('SIGTERM');
    await dropDatabase(server, name);
    await server.stop();
    if (code !== 0) throw new Error(`The app did not stop cleanly on SIGTERM (exit ${code}):\n${app.output()}`);
  };
}
