import type { CaseDetail, CaseloadPage, ContactMoment, ContactMomentPage, ProblemDetails, TeamSettings } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupCaseWorld } from '../../test/world';

const DAY = 86_400_000;
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000).toISOString();

describe('contactmomenten: log, list, last contact, internal notes, team setting, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let youthUser: TestUser;
  let youth: ApiClient;
  let own: TestCase;

  const as = (user: TestUser) => loginAs(t, user);
  const lastContact = async (caseId: string) =>
    ((await t.db.query(`SELECT last_contact_at FROM youth_case WHERE id = $1`, [caseId])) as { last_contact_at: Date | null }[])[0]!.last_contact_at?.toISOString() ?? null;
  const count = async (caseId: string) => ((await t.db.query(`SELECT count(*)::int AS n FROM contact_moment WHERE case_id = $1`, [caseId])) as { n: number }[])[0]!.n;

  beforeAll(async () => {
    ({ t, team, kmUser, km, youthUser, youth, own } = await setupCaseWorld({ km: { name: 'Sanne Jansen' }, case: { lastContactAt: null } }));
  });
  afterAll(() => t.close());

  it('logs a contactmoment, sets last contact, and audits it with field names', async () => {
    const at = ago(1);
    const res = await km.post<ContactMoment>(`/api/cases/${own.caseId}/contacts`, { occurredAt: at, kind: 'whatsapp', note: '  Afspraak verzet naar dinsdag ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: own.caseId,
      occurredAt: at,
      kind: 'whatsapp',
      note: 'Afspraak verzet naar dinsdag',
      internal: false,
      user: { id: kmUser.id, name: 'Sanne Jansen' },
      createdAt: expect.any(String),
    });
    expect(await lastContact(own.caseId)).toBe(at);
    expect((await km.get<CaseDetail>(`/api/cases/${own.caseId}`)).body.lastContactAt).toBe(at);
    const audit: { action: string; object_id: string; fields: string[] }[] = await t.db.query(
      `SELECT action, object_id, fields FROM audit_event WHERE case_id = $1 AND action = 'contact.create'`,
      [own.caseId],
    );
    expect(audit).toEqual([{ action: 'contact.create', object_id: res.body.id, fields: ['occurredAt', 'kind', 'note'] }]);
  });

  it('keeps last contact at the latest moment: an older moment logged later never moves it back', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, lastContactAt: null });
    const path = `/api/cases/${c.caseId}/contacts`;
    const recent = ago(2);
    expect((await km.post(path, { occurredAt: recent, kind: 'phone' })).status).toBe(201);
    expect(await lastContact(c.caseId)).toBe(recent);
    expect((await km.post(path, { occurredAt: ago(9), kind: 'face_to_face', note: 'Vergeten in te voeren' })).status).toBe(201);
    expect(await lastContact(c.caseId)).toBe(recent);
    // A time-zone offset is understood; the moment is stored as the same instant.
    const newest = new Date(Date.now() - 3_600_000);
    const local = new Date(newest.getTime() + 2 * 3_600_000).toISOString().replace('Z', '+02:00');
    expect((await km.post(path, { occurredAt: local, kind: 'video' })).status).toBe(201);
    expect(await lastContact(c.caseId)).toBe(newest.toISOString());
  });

  it('keeps the maximum when many moments are logged at the same time', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, lastContactAt: null });
    const times = Array.from({ length: 10 }, (_, i) => ago(i * 2 + 1));
    const results = await Promise.all(times.map((occurredAt) => km.post(`/api/cases/${c.caseId}/contacts`, { occurredAt, kind: 'email' })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(await lastContact(c.caseId)).toBe(times[0]);
    const max: { m: Date }[] = await t.db.query(`SELECT max(occurred_at) AS m FROM contact_moment WHERE case_id = $1`, [c.caseId]);
    expect(max[0]!.m.toISOString()).toBe(times[0]);
  });

  it('clears the "geen contact" signal in the caseload once a contact is logged', async () => {
    const ownKm = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const client = await as(ownKm);
    const c = await createCase(t.db, { teamId: team.id, contactUserId: ownKm.id, name: 'Stil', lastContactAt: ago(40) });
    const signals = async () => (await client.get<CaseloadPage>('/api/cases?limit=100')).body.items.find((i) => i.id === c.caseId)!.signals.map((s) => s.kind);
    expect(await signals()).toContain('geen_contact');
    expect((await client.post(`/api/cases/${c.caseId}/contacts`, { occurredAt: ago(0, 2), kind: 'phone' })).status).toBe(201);
    expect(await signals()).not.toContain('geen_contact');
  });

  it('never gives a jongere internal moments or their notes; staff see all', async () => {
    const path = `/api/cases/${own.caseId}/contacts`;
    const internal = await km.post<ContactMoment>(path, { occurredAt: ago(0, 5), kind: 'phone', note: 'Zorgen over thuissituatie', internal: true });
    expect(internal.status).toBe(201);
    expect(internal.body.internal).toBe(true);
    const open = await km.post<ContactMoment>(path, { occurredAt: ago(0, 4), kind: 'face_to_face', note: 'Gesprek over stage', internal: false });

    const mine = await youth.get<ContactMomentPage>(`${path}?limit=100`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((i) => i.id)).toContain(open.body.id);
    expect(mine.body.items.map((i) => i.id)).not.toContain(internal.body.id);
    expect(mine.body.items.every((i) => !i.internal)).toBe(true);
    expect(JSON.stringify(mine.body)).not.toContain('thuissituatie');
    const reads: { actor_user_id: string }[] = await t.db.query(`SELECT actor_user_id FROM audit_event WHERE case_id = $1 AND action = 'contact.read' AND result = 'allowed'`, [own.caseId]);
    expect(reads.map((r) => r.actor_user_id)).toContain(youthUser.id);

    const staff = await km.get<ContactMomentPage>(`${path}?limit=100`);
    expect(staff.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([internal.body.id, open.body.id]));
    const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    const led = await leader.get<ContactMomentPage>(`${path}?limit=100`);
    expect(led.status).toBe(200);
    expect(led.body.items.find((i) => i.id === internal.body.id)?.note).toBe('Zorgen over thuissituatie');
  });

  it('pages newest first with a stable cursor, also over moments at the same time; the jongere’s pages skip internal ones', async () => {
    const theirUser = await createUser(t.db, 'jongere', { teamId: team.id });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: theirUser.id });
    const same = ago(3);
    const specs = [
      { occurredAt: ago(1), internal: false },
      { occurredAt: same, internal: true },
      { occurredAt: same, internal: false },
      { occurredAt: same, internal: false },
      { occurredAt: ago(5), internal: false },
      { occurredAt: ago(2), internal: true },
      { occurredAt: ago(8), internal: false },
    ];
    const ids: string[] = [];
    for (const s of specs) ids.push((await km.post<ContactMoment>(`/api/cases/${c.caseId}/contacts`, { ...s, kind: 'other' })).body.id);
    const walk = async (client: ApiClient) => {
      const seen: ContactMoment[] = [];
      let cursor: string | null = null;
      do {
        const res: { status: number; body: ContactMomentPage } = await client.get<ContactMomentPage>(`/api/cases/${c.caseId}/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    const all = await walk(km);
    expect(new Set(all.map((m) => m.id)).size).toBe(7);
    const times = all.map((m) => m.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all[0]!.id).toBe(ids[0]);
    expect(all[6]!.id).toBe(ids[6]);

    const visible = await walk(await as(theirUser));
    expect(visible.map((m) => m.id)).toEqual(all.filter((m) => !m.internal).map((m) => m.id));
    expect(visible).toHaveLength(5);
    expect((await km.get<ProblemDetails>(`/api/cases/${c.caseId}/contacts?cursor=WyJ4Il0`)).body.errors?.[0]?.field).toBe('cursor');
  });

  it('refuses bad input with Dutch field messages and changes nothing', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, lastContactAt: ago(10) });
    const before = await lastContact(c.caseId);
    const path = `/api/cases/${c.caseId}/contacts`;
    const bad = await km.post<ProblemDetails>(path, { occurredAt: '2026-03-12 14:00', kind: 'duif', note: 'x'.repeat(2001), internal: 'ja', userId: kmUser.id });
    expect(bad.status).toBe(400);
    expect(Object.fromEntries(bad.body.errors!.map((e) => [e.field, e.message]))).toEqual({
      occurredAt: expect.stringMatching(/^Vul een geldige datum en tijd in/),
      kind: expect.stringMatching(/^Kies hoe het contact was/),
      note: 'Vul hoogstens 2000 tekens in.',
      internal: 'Dit moet ja of nee (true/false) zijn.',
      userId: 'Dit veld is onbekend en mag niet worden meegestuurd.',
    });
    const future = await km.post<ProblemDetails>(path, { occurredAt: new Date(Date.now() + DAY).toISOString(), kind: 'phone' });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'occurredAt', message: expect.stringMatching(/niet in de toekomst/) }]);
    expect((await km.post<ProblemDetails>(path, { occurredAt: '2026-02-30T10:00:00Z', kind: 'phone' })).status).toBe(400);
    expect((await km.post<ProblemDetails>(path, { kind: 'phone' })).body.errors?.map((e) => e.field)).toEqual(['occurredAt']);
    expect(await count(c.caseId)).toBe(0);
    expect(await lastContact(c.caseId)).toBe(before);
  });

  it('refuses logging on a closed case', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'afgesloten' });
    expect((await km.post(`/api/cases/${c.caseId}/contacts`, { occurredAt: ago(1), kind: 'phone' })).status).toBe(409);
    expect(await count(c.caseId)).toBe(0);
  });

  describe('access per role', () => {
    it('another klantmanager gets 404 (audited as denied); the teamleider reads but cannot log; other teams see nothing', async () => {
      const before = await count(own.caseId);
      const lastBefore = await lastContact(own.caseId);
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      expect((await other.get(`/api/cases/${own.caseId}/contacts`)).status).toBe(404);
      expect((await other.post(`/api/cases/${own.caseId}/contacts`, { occurredAt: ago(0, 1), kind: 'phone' })).status).toBe(404);
      const denied: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND result = 'denied' ORDER BY id`, [own.caseId]);
      expect(denied.map((d) => d.action)).toEqual(['contact.read', 'contact.create']);

      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      expect((await leader.get(`/api/cases/${own.caseId}/contacts`)).status).toBe(200);
      expect((await leader.post(`/api/cases/${own.caseId}/contacts`, { occurredAt: ago(0, 1), kind: 'phone' })).status).toBe(403);
      const otherLeader = await as(await createUser(t.db, 'teamleider'));
      expect((await otherLeader.get(`/api/cases/${own.caseId}/contacts`)).status).toBe(404);
      const admin = await as(await createUser(t.db, 'beheerder'));
      expect((await admin.get(`/api/cases/${own.caseId}/contacts`)).status).toBe(403);
      expect(await count(own.caseId)).toBe(before);
      expect(await lastContact(own.caseId)).toBe(lastBefore);
    });

    it('the jongere reads their own (not someone else’s) and cannot log', async () => {
      expect((await youth.post(`/api/cases/${own.caseId}/contacts`, { occurredAt: ago(0, 1), kind: 'phone' })).status).toBe(403);
      const someoneElse = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      expect((await youth.get(`/api/cases/${someoneElse.caseId}/contacts`)).status).toBe(404);
      expect((await youth.get(`/api/cases/${own.caseId}/contacts`)).status).toBe(200);
    });
  });

  describe('team setting: weeks without contact before the signal', () => {
    it('the teamleider of the team changes it (audited) and the caseload signal follows', async () => {
      const t2 = await createTeam(t.db);
      const leaderUser = await createUser(t.db, 'teamleider', { teamId: t2.id });
      const leader = await as(leaderUser);
      const ownKm = await createUser(t.db, 'klantmanager', { teamId: t2.id });
      const client = await as(ownKm);
      const c = await createCase(t.db, { teamId: t2.id, contactUserId: ownKm.id, lastContactAt: ago(10) });
      const signals = async () => (await client.get<CaseloadPage>('/api/cases?limit=100')).body.items.find((i) => i.id === c.caseId)!.signals.map((s) => s.kind);
      expect(await signals()).not.toContain('geen_contact');

      expect((await leader.get<TeamSettings>(`/api/teams/${t2.id}/settings`)).body).toEqual({ teamId: t2.id, teamName: t2.name, noContactWeeks: 3 });
      const res = await leader.request<TeamSettings>('PATCH', `/api/teams/${t2.id}/settings`, { noContactWeeks: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ teamId: t2.id, teamName: t2.name, noContactWeeks: 1 });
      expect(await signals()).toContain('geen_contact');
      const audit: { actor_user_id: string; object_type: string; fields: string[] }[] = await t.db.query(
        `SELECT actor_user_id, object_type, fields FROM audit_event WHERE object_id = $1 AND action = 'team.settings.update'`,
        [t2.id],
      );
      expect(audit).toEqual([{ actor_user_id: leaderUser.id, object_type: 'team', fields: ['noContactWeeks'] }]);
    });

    it('refuses other teams’ leaders (404), klantmanagers and jongeren (403), and bad values (400); a beheerder may', async () => {
      const t3 = await createTeam(t.db);
      const weeks = async () => ((await t.db.query(`SELECT no_contact_weeks FROM team WHERE id = $1`, [t3.id])) as { no_contact_weeks: number }[])[0]!.no_contact_weeks;
      const path = `/api/teams/${t3.id}/settings`;
      const otherLeader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      expect((await otherLeader.request('PATCH', path, { noContactWeeks: 5 })).status).toBe(404);
      expect((await otherLeader.get(path)).status).toBe(404);
      const denied: { action: string; result: string }[] = await t.db.query(`SELECT action, result FROM audit_event WHERE object_id = $1 ORDER BY id`, [t3.id]);
      expect(denied).toEqual([
        { action: 'team.settings.update', result: 'denied' },
        { action: 'team.settings.read', result: 'denied' },
      ]);
      const kmOfTeam = await as(await createUser(t.db, 'klantmanager', { teamId: t3.id }));
      expect((await kmOfTeam.request('PATCH', path, { noContactWeeks: 5 })).status).toBe(403);
      expect((await youth.request('PATCH', path, { noContactWeeks: 5 })).status).toBe(403);

      const leader = await as(await createUser(t.db, 'teamleider', { teamId: t3.id }));
      for (const value of [0, 53, 2.5, 'drie', null]) {
        const res = await leader.request<ProblemDetails>('PATCH', path, { noContactWeeks: value });
        expect(res.status, String(value)).toBe(400);
        expect(res.body.errors).toEqual([{ field: 'noContactWeeks', message: expect.stringMatching(/aantal weken/) }]);
      }
      expect((await leader.request<ProblemDetails>('PATCH', path, { noContactWeeks: 4, teamReadAccess: true })).status).toBe(400);
      expect(await weeks()).toBe(3);

      const admin = await as(await createUser(t.db, 'beheerder'));
      const res = await admin.request<TeamSettings>('PATCH', path, { noContactWeeks: 6 });
      expect(res.status).toBe(200);
      expect(await weeks()).toBe(6);
      expect((await admin.request('PATCH', `/api/teams/${crypto.randomUUID()}/settings`, { noContactWeeks: 6 })).status).toBe(404);
      expect((await admin.request('PATCH', `/api/teams/geen-uuid/settings`, { noContactWeeks: 6 })).status).toBe(400);
    });
  });
});
