import type { InvitationCreated, Page, ProblemDetails, SessionResponse, Team, UserSummary } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, startTestApp, type TestApp } from '../../test/utils';

describe('accounts and teams (beheerder)', () => {
  let t: TestApp;
  let beheerder: ApiClient;
  let admin: TestUser;
  const as = (user: TestUser) => loginAs(t, user);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t.db, 'beheerder');
    beheerder = await as(admin);
  });
  afterAll(() => t.close());

  it('lets only a beheerder list and create accounts and teams', async () => {
    const km = await as(await createUser(t.db, 'klantmanager'));
    const tl = await as(await createUser(t.db, 'teamleider'));
    const jongere = await as(await createUser(t.db, 'jongere'));
    const anonymous = new ApiClient(t.baseUrl);
    for (const client of [km, tl, jongere]) {
      for (const res of [
        await client.get<ProblemDetails>('/api/users'),
        await client.get<ProblemDetails>('/api/teams'),
        await client.post<ProblemDetails>('/api/teams', { name: 'Stiekem team' }),
        await client.post<ProblemDetails>(`/api/users/${admin.id}/deactivate`),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
    }
    expect((await anonymous.get('/api/users')).status).toBe(401);
    expect((await anonymous.post('/api/teams', { name: 'x' })).status).toBe(401);
    const teams: unknown[] = await t.db.query(`SELECT 1 FROM team WHERE name = 'Stiekem team'`);
    expect(teams).toHaveLength(0);
    expect((await beheerder.get('/api/users')).status).toBe(200);
  });

  it('creates a team and refuses a duplicate name (any case) with 409', async () => {
    const created = await beheerder.post<Team>('/api/teams', { name: 'Team Zuid' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Team Zuid');
    const dup = await beheerder.post<ProblemDetails>('/api/teams', { name: 'team zuid' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors?.[0]?.field).toBe('name');
  });

  it('creates a staff account that can log in; refuses weak passwords and taken e-mail addresses', async () => {
    const team = await createTeam(t.db);
    const body = { name: 'Fatima Yilmaz', email: 'fatima@gemeente.test', role: 'klantmanager', teamId: team.id, password: 'wandelen langs de rivier' };
    const weak = await beheerder.post<ProblemDetails>('/api/users', { ...body, password: 'password1234' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/te vaak gebruikt/) }]);
    const short = await beheerder.post<ProblemDetails>('/api/users', { ...body, password: 'kort' });
    expect(short.body.errors?.[0]?.message).toMatch(/minstens 12 tekens/);

    const created = await beheerder.post<UserSummary>('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: body.email, role: 'klantmanager', active: true, team: { id: team.id } });
    expect(created.body).not.toHaveProperty('passwordHash');
    const login = await new ApiClient(t.baseUrl).login(body.email, body.password);
    expect(login.status).toBe(200);

    const taken = await beheerder.post<ProblemDetails>('/api/users', { ...body, email: 'FATIMA@gemeente.test' });
    expect(taken.status).toBe(409);
    const role = await beheerder.post<ProblemDetails>('/api/users', { ...body, email: 'ander@gemeente.test', role: 'jongere' });
    expect(role.status).toBe(400);
    expect(role.body.errors?.[0]?.field).toBe('role');
  });

  it('deactivation ends every session of that user at once; reactivation allows login again', async () => {
    const user = await createUser(t.db, 'klantmanager');
    const client = await as(user);
    const res = await beheerder.post<UserSummary>(`/api/users/${user.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await client.get('/api/auth/session')).status).toBe(401);
    expect((await new ApiClient(t.baseUrl).login(user.email, user.password)).status).toBe(401);
    await beheerder.post(`/api/users/${user.id}/activate`);
    expect((await new ApiClient(t.baseUrl).login(user.email, user.password)).status).toBe(200);
  });

  it('does not let a beheerder lock themselves out', async () => {
    const res = await beheerder.post<ProblemDetails>(`/api/users/${admin.id}/deactivate`);
    expect(res.status).toBe(409);
  });

  it('pages through users with a keyset cursor, filtered by role in SQL', async () => {
    const team = await createTeam(t.db);
    for (let i = 0; i < 5; i++) await createUser(t.db, 'teamleider', { teamId: team.id, name: `Leider ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page<UserSummary> } = await beheerder.get<Page<UserSummary>>(`/api/users?teamId=${team.id}&role=teamleider&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((u) => u.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Leider 0', 'Leider 1', 'Leider 2', 'Leider 3', 'Leider 4']);
    const bad = await beheerder.get<ProblemDetails>('/api/users?cursor=rommel');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('cursor');
  });
});

describe('invitations and activation (jongere)', () => {
  let t: TestApp;
  let km: ApiClient;
  let kmUser: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://koers.gemeente.test' });
    kmUser = await createUser(t.db, 'klantmanager');
    km = new ApiClient(t.baseUrl);
    await km.login(kmUser.email, kmUser.password);
  });
  afterAll(() => t.close());

  const tokenOf = (inv: InvitationCreated) => inv.activationUrl.split('#')[1]!;

  it('only a klantmanager invites', async () => {
    for (const role of ['teamleider', 'jongere', 'beheerder'] as const) {
      const c = new ApiClient(t.baseUrl);
      const u = await createUser(t.db, role);
      await c.login(u.email, u.password);
      expect((await c.post('/api/invitations', { name: 'X', email: `x-${role}@test.koers` })).status).toBe(403);
    }
  });

  it('activates once: the jongere sets a password, is logged in, and the link never works again', async () => {
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Noa', email: 'noa@test.koers' });
    expect(inv.status).toBe(201);
    expect(inv.body.activationUrl).toMatch(/^https:\/\/koers\.gemeente\.test\/activeren#[\w-]{40,}$/);
    const token = tokenOf(inv.body);

    const anonymous = new ApiClient(t.baseUrl);
    const preview = await anonymous.post<{ name: string }>('/api/auth/activation/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.body.name).toBe('Noa');

    // Not yet activated: no password, so no login.
    expect((await new ApiClient(t.baseUrl).login('noa@test.koers', 'wat dan ook maar lang')).status).toBe(401);

    const activated = await anonymous.post<SessionResponse>('/api/auth/activation', { token, password: 'mijn fiets is groen' });
    expect(activated.status).toBe(200);
    expect(activated.body.user).toMatchObject({ role: 'jongere', name: 'Noa', team: { id: kmUser.teamId } });
    expect(anonymous.cookie).toBeTruthy();

    const again = await new ApiClient(t.baseUrl).post<ProblemDetails>('/api/auth/activation', { token, password: 'een ander wachtwoord nu' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('INVITATION_INVALID');
    expect((await new ApiClient(t.baseUrl).post('/api/auth/activation/preview', { token })).status).toBe(410);
    // The first password still works; the second attempt changed nothing.
    expect((await new ApiClient(t.baseUrl).login('noa@test.koers', 'mijn fiets is groen')).status).toBe(200);
    expect((await new ApiClient(t.baseUrl).login('noa@test.koers', 'een ander wachtwoord nu')).status).toBe(401);
  });

  it('refuses an expired link', async () => {
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Sem', email: 'sem@test.koers' });
    await t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [inv.body.id]);
    const res = await new ApiClient(t.baseUrl).post<ProblemDetails>('/api/auth/activation', { token: tokenOf(inv.body), password: 'mijn fiets is groen' });
    expect(res.status).toBe(410);
    const user: { password_hash: string | null }[] = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'sem@test.koers'`);
    expect(user[0]!.password_hash).toBeNull();
  });

  it('refuses a weak password and keeps the link usable', async () => {
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Lina', email: 'lina@test.koers' });
    const token = tokenOf(inv.body);
    const weak = await new ApiClient(t.baseUrl).post<ProblemDetails>('/api/auth/activation', { token, password: 'kort' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors?.[0]).toMatchObject({ field: 'password' });
    expect((await new ApiClient(t.baseUrl).post('/api/auth/activation', { token, password: 'een zin van vijf woorden' })).status).toBe(200);
  });

  it('refuses an unknown token and a duplicate e-mail address', async () => {
    expect((await new ApiClient(t.baseUrl).post('/api/auth/activation', { token: 'verzonnen', password: 'een zin van vijf woorden' })).status).toBe(410);
    const dup = await km.post<ProblemDetails>('/api/invitations', { name: 'Dubbel', email: kmUser.email });
    expect(dup.status).toBe(409);
  });

  it('activates under concurrency exactly once', async () => {
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Race', email: 'race@test.koers' });
    const token = tokenOf(inv.body);
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => new ApiClient(t.baseUrl).post('/api/auth/activation', { token, password: `parallel wachtwoord nummer ${i}` })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 410)).toHaveLength(4);
  });
});
