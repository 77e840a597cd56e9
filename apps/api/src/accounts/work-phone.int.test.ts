import type { ProblemDetails, StaffProfile, UserSummary } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, startTestApp, type TestApp } from '../../test/utils';

describe('work phone of a staff account ("Mijn gegevens" and beheer)', () => {
  let t: TestApp;
  let beheerder: ApiClient;
  let teamId: string;
  const as = async (user: TestUser) => {
    const c = new ApiClient(t.baseUrl);
    expect((await c.login(user.email, user.password)).status).toBe(200);
    return c;
  };
  const phoneOf = async (id: string) => ((await t.db.query(`SELECT work_phone FROM app_user WHERE id = $1`, [id])) as { work_phone: string | null }[])[0]!.work_phone;

  beforeAll(async () => {
    t = await startTestApp();
    beheerder = await as(await createUser(t.db, 'beheerder'));
    teamId = (await createTeam(t.db)).id;
  });
  afterAll(() => t.close());

  it('a staff member sets and removes their own number; it is audited', async () => {
    const km = await createUser(t.db, 'klantmanager', { teamId, name: 'Karel Telefoon' });
    const client = await as(km);
    expect((await client.get<StaffProfile>('/api/me/profile')).body).toEqual({ id: km.id, name: 'Karel Telefoon', email: km.email, role: 'klantmanager', workPhone: null });

    const set = await client.request<StaffProfile>('PUT', '/api/me/profile', { workPhone: '  06 1234  5678 ' });
    expect(set.status).toBe(200);
    expect(set.body.workPhone).toBe('06 1234 5678');
    expect(await phoneOf(km.id)).toBe('06 1234 5678');
    const audit = (await t.db.query(`SELECT actor_user_id, fields FROM audit_event WHERE action = 'account.work_phone.update' AND object_id = $1`, [km.id])) as { actor_user_id: string; fields: string[] }[];
    expect(audit).toEqual([{ actor_user_id: km.id, fields: ['workPhone'] }]);

    expect((await client.request<StaffProfile>('PUT', '/api/me/profile', { workPhone: '' })).body.workPhone).toBeNull();
    expect(await phoneOf(km.id)).toBeNull();
    // A teamleider and a beheerder have "Mijn gegevens" as well.
    const tl = await as(await createUser(t.db, 'teamleider', { teamId }));
    expect((await tl.request<StaffProfile>('PUT', '/api/me/profile', { workPhone: '+31 30 123 4567' })).body.workPhone).toBe('+31 30 123 4567');
  });

  it('refuses what is not a Dutch phone number, or too long, with a readable message (400) and changes nothing', async () => {
    const km = await createUser(t.db, 'klantmanager', { teamId });
    const client = await as(km);
    expect((await client.request('PUT', '/api/me/profile', { workPhone: '030 123 4567' })).status).toBe(200);
    for (const workPhone of ['12345', '06 1234567', '+32 2 123 45 67', 'bel me maar', '06 12345678 toestel 12', 612345678]) {
      const res = await client.request<ProblemDetails>('PUT', '/api/me/profile', { workPhone });
      expect(res.status, String(workPhone)).toBe(400);
      expect(res.body.errors?.[0]).toMatchObject({ field: 'workPhone' });
      expect(res.body.errors?.[0]?.message).toMatch(/Nederlands telefoonnummer|hoogstens 20 tekens/);
    }
    const tooLong = await client.request<ProblemDetails>('PUT', '/api/me/profile', { workPhone: '06 12 34 56 78 00 00 00' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]?.message).toBe('Een telefoonnummer heeft hoogstens 20 tekens.');
    // The field must be sent (null removes it); nothing else may be.
    expect((await client.request('PUT', '/api/me/profile', {})).status).toBe(400);
    expect((await client.request('PUT', '/api/me/profile', { workPhone: null, name: 'Andere naam' })).status).toBe(400);
    expect(await phoneOf(km.id)).toBe('030 123 4567');
  });

  it('only the own account: a jongere has no "Mijn gegevens", and only a beheerder sets someone else’s number', async () => {
    const km = await createUser(t.db, 'klantmanager', { teamId });
    const colleague = await createUser(t.db, 'klantmanager', { teamId });
    const tl = await createUser(t.db, 'teamleider', { teamId });
    const youth = await createUser(t.db, 'jongere', { teamId });
    const youthClient = await as(youth);
    expect((await youthClient.get('/api/me/profile')).status).toBe(403);
    expect((await youthClient.request('PUT', '/api/me/profile', { workPhone: '06 12345678' })).status).toBe(403);
    for (const client of [await as(km), await as(tl), youthClient]) {
      const res = await client.request<ProblemDetails>('PUT', `/api/users/${colleague.id}/work-phone`, { workPhone: '06 12345678' });
      expect(res.status).toBe(403);
    }
    expect(await phoneOf(colleague.id)).toBeNull();
    expect((await new ApiClient(t.baseUrl).request('PUT', '/api/me/profile', { workPhone: '06 12345678' })).status).toBe(401);

    const set = await beheerder.request<UserSummary>('PUT', `/api/users/${colleague.id}/work-phone`, { workPhone: '06-87654321' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: colleague.id, workPhone: '06-87654321' });
    // Not for a jongere's account; an unknown account is 404.
    const onYouth = await beheerder.request<ProblemDetails>('PUT', `/api/users/${youth.id}/work-phone`, { workPhone: '06 12345678' });
    expect(onYouth.status).toBe(400);
    expect(onYouth.body.errors?.[0]).toEqual({ field: 'workPhone', message: 'Alleen medewerkers hebben een werktelefoonnummer.' });
    expect((await beheerder.request('PUT', '/api/users/00000000-0000-4000-8000-000000000000/work-phone', { workPhone: null })).status).toBe(404);
  });

  it('the beheerder gives a number when creating an account; the list shows it', async () => {
    const created = await beheerder.post<UserSummary>('/api/users', { name: 'Nina Nieuw', email: `nina-${Date.now()}@koers.test`, role: 'klantmanager', teamId, password: 'een-lang-wachtwoord-2026', workPhone: '14 030' });
    expect(created.status).toBe(201);
    expect(created.body.workPhone).toBe('14 030');
    const bad = await beheerder.post<ProblemDetails>('/api/users', { name: 'Nina Fout', email: `fout-${Date.now()}@koers.test`, role: 'klantmanager', teamId, password: 'een-lang-wachtwoord-2026', workPhone: '0900-FOUT' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('workPhone');
    const list = await beheerder.get<{ items: UserSummary[] }>(`/api/users?teamId=${teamId}&limit=100`);
    expect(list.body.items.find((u) => u.id === created.body.id)?.workPhone).toBe('14 030');
  });
});
