import type { ProblemDetails, SessionResponse } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { ApiClient, startTestApp, type TestApp } from '../../../test/utils';

describe('login, sessions and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '5' });
  });
  afterAll(() => t.close());

  it('logs in with the right password and sets a hardened session cookie', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    const res = await client.login(km.email, km.password);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: km.id, role: 'klantmanager', email: km.email });
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('koers_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const session = await client.get<SessionResponse>('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(km.id);
  });

  it('accepts the e-mail address in any case', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const res = await new ApiClient(t.baseUrl).login(km.email.toUpperCase(), km.password);
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password and an unknown account with the same Dutch problem', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const wrong = await new ApiClient(t.baseUrl).login(km.email, 'niet het goede wachtwoord');
    const unknown = await new ApiClient(t.baseUrl).login('niemand@test.koers', 'niet het goede wachtwoord');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS', title: 'Het e-mailadres of het wachtwoord klopt niet.' });
      expect(res.headers.getSetCookie()).toHaveLength(0);
    }
  });

  it('refuses a deactivated account', async () => {
    const km = await createUser(t.db, 'klantmanager', { active: false });
    expect((await new ApiClient(t.baseUrl).login(km.email, km.password)).status).toBe(401);
  });

  it('answers 401 without a session, and with a made-up cookie', async () => {
    const anonymous = new ApiClient(t.baseUrl);
    const res = await anonymous.get<ProblemDetails>('/api/auth/session');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('NOT_AUTHENTICATED');
    anonymous.cookie = 'koers_session=verzonnen';
    expect((await anonymous.get('/api/auth/session')).status).toBe(401);
  });

  it('issues a new session id at every login and ends the one sent along', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    const first = client.cookie;
    await client.login(km.email, km.password);
    expect(client.cookie).not.toBe(first);
    const old = new ApiClient(t.baseUrl);
    old.cookie = first;
    expect((await old.get('/api/auth/session')).status).toBe(401);
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    const stolen = client.cookie;
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(204);
    const replay = new ApiClient(t.baseUrl);
    replay.cookie = stolen;
    expect((await replay.get('/api/auth/session')).status).toBe(401);
  });

  it('ends a session after the idle timeout', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    await t.db.query(`UPDATE user_session SET idle_expires_at = now() - interval '1 second' WHERE user_id = $1`, [km.id]);
    expect((await client.get('/api/auth/session')).status).toBe(401);
    const left: unknown[] = await t.db.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [km.id]);
    expect(left).toHaveLength(0);
  });

  it('ends a session after the absolute timeout, even when active', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    await t.db.query(
      `UPDATE user_session SET absolute_expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = $1`,
      [km.id],
    );
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('extends the idle timeout on activity, never past the absolute timeout', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    await t.db.query(
      `UPDATE user_session SET last_seen_at = now() - interval '10 minutes', idle_expires_at = now() + interval '20 minutes', absolute_expires_at = now() + interval '25 minutes' WHERE user_id = $1`,
      [km.id],
    );
    const res = await client.get<SessionResponse>('/api/auth/session');
    expect(res.status).toBe(200);
    const idle = new Date(res.body.idleExpiresAt).getTime();
    const absolute = new Date(res.body.absoluteExpiresAt).getTime();
    expect(idle).toBe(absolute);
  });

  it('answers 429 after repeated failures, also for the right password, and logs nothing personal in the table', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    for (let i = 0; i < 3; i++) expect((await client.login(km.email, 'fout fout fout fout')).status).toBe(401);
    const locked = await client.login(km.email, km.password);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('AUTH_LOGIN_LOCKED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const keys: { account_key: string }[] = await t.db.query(`SELECT account_key FROM login_throttle`);
    expect(keys.some((k) => k.account_key.includes('@'))).toBe(false);
    // After the lock window the right password works again.
    await t.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second'`);
    expect((await client.login(km.email, km.password)).status).toBe(200);
  });

  it('refuses state-changing requests without the CSRF token, or from another site', async () => {
    const km = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    await client.login(km.email, km.password);
    const token = client.csrfToken!;
    client.csrfToken = null;
    const missing = await client.post<ProblemDetails>('/api/auth/logout');
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('CSRF_FAILED');
    client.csrfToken = 'x'.repeat(token.length);
    expect((await client.post('/api/auth/logout')).status).toBe(403);
    client.csrfToken = token;
    expect((await client.post('/api/auth/logout', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await client.post('/api/auth/logout', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // The session survived the refused attempts.
    expect((await client.get('/api/auth/session')).status).toBe(200);
    const anonymous = new ApiClient(t.baseUrl);
    const crossSiteLogin = await anonymous.post('/api/auth/login', { email: km.email, password: km.password }, { origin: 'https://evil.example' });
    expect(crossSiteLogin.status).toBe(403);
  });
});
