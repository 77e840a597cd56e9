import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, SessionResponse, UserSummary } from '@koers/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppProcess, freePort, runAppToExit, startApp } from './support/app-process';

async function loginAs(url: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'koers-demo-wachtwoord' }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as SessionResponse;
  return { cookie: res.headers.getSetCookie()[0]!.split(';')[0]!, csrf: body.csrfToken };
}

async function countUsers(url: string): Promise<number> {
  const { cookie } = await loginAs(url, 'beheerder@koers.demo');
  const res = await fetch(`${url}/api/users?limit=100`, { headers: { cookie } });
  return ((await res.json()) as Page<UserSummary>).items.length;
}

/**
 * What `npm start` does on a fresh machine: no DATABASE_URL, so an embedded PostgreSQL in DATA_DIR,
 * migrations, demo data once, API and web on one port; Ctrl-C stops both; the next start keeps the data.
 */
describe('npm start with the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'koers-start-'));
  let app: AppProcess | undefined;
  afterAll(async () => {
    await app?.stop('SIGKILL');
  });

  it('starts, serves API and web on one port, refuses a second instance, stops cleanly and keeps its data', async () => {
    const env = { DATABASE_URL: undefined, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    app = await startApp(env);
    expect(app.output()).toMatch(/Koers draait op http:\/\/localhost:\d+/);
    expect(app.output()).toContain('klantmanager@koers.demo');
    expect(app.output()).toContain('Demodata geladen');

    const health = await fetch(`${app.url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    const index = await fetch(`${app.url}/caseload`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    const users = await countUsers(app.url);
    expect(users).toBeGreaterThanOrEqual(5);

    const second = await runAppToExit({ ...env, PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Koers draait al \(proces \d+\)/);

    expect(await app.stop('SIGINT')).toBe(0);
    expect(app.output()).toContain('Koers is gestopt.');

    app = await startApp(env);
    expect(app.output()).not.toContain('Demodata geladen');
    expect(await countUsers(app.url)).toBe(users);
    expect(await app.stop('SIGTERM')).toBe(0);
    app = undefined;
  });

  it('refuses to start in production with demo data, and says why', async () => {
    const res = await runAppToExit({ NODE_ENV: 'production', DEMO_DATA: 'true', DATA_DIR: dataDir });
    expect(res.code).toBe(1);
    expect(res.output).toContain('Ongeldige configuratie');
    expect(res.output).toContain('DEMO_DATA');
    expect(res.output).toContain('SECRET_KEY');
  });
});
