import { type Consent, DIVERSITY_CONSENT_EXPLANATION, type DiversityInfo, type IntakeDetail, type MyConsents, type ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

type Conflict<T> = ProblemDetails & { current: T };

describe('consent by the jongere themself (GET/POST /api/me/consents, withdraw)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const as = (user: TestUser) => loginAs(t, user);
  const auditOf = async (youthId: string, action: string) =>
    (await t.db.query(`SELECT actor_user_id, result, object_type, fields FROM audit_event WHERE youth_id = $1 AND action = $2 ORDER BY id`, [youthId, action])) as {
      actor_user_id: string;
      result: string;
      object_type: string;
      fields: string[] | null;
    }[];
  const deniedCount = async (action: string) => Number(((await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND result = 'denied'`, [action])) as { n: string }[])[0]!.n);

  /** A jongere with an account and an open case of the klantmanager. */
  const youthWithCase = async (phase = 'intake') => {
    const user = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Sara Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase, name: 'Sara Test', youthUserId: user.id });
    return { ...c, user, youth: await as(user) };
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klant' } }));
  });
  afterAll(() => t.close());

  it('lists every purpose with its plain explanation and state; audited as a read of the own case', async () => {
    const y = await youthWithCase();
    const res = await y.youth.get<MyConsents>('/api/me/consents');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ purposes: [{ purpose: 'diversiteitsfactoren', explanation: DIVERSITY_CONSENT_EXPLANATION, active: null, lastWithdrawn: null }] });
    expect(await auditOf(y.youthId, 'consent.read')).toEqual([{ actor_user_id: y.user.id, result: 'allowed', object_type: 'consent', fields: null }]);
  });

  it('records consent as given by the jongere via their own login; the klantmanager sees it in the intake', async () => {
    const y = await youthWithCase();
    const res = await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      purpose: 'diversiteitsfactoren',
      explanation: DIVERSITY_CONSENT_EXPLANATION,
      givenVia: 'eigen_login',
      recordedBy: { id: y.user.id, name: 'Sara Test' },
      withdrawnAt: null,
      withdrawnVia: null,
    });
    const stored: { youth_id: string; recorded_by: string; given_via: string }[] = await t.db.query(`SELECT youth_id, recorded_by, given_via FROM consent WHERE id = $1`, [res.body.id]);
    expect(stored).toEqual([{ youth_id: y.youthId, recorded_by: y.user.id, given_via: 'eigen_login' }]);
    expect(await auditOf(y.youthId, 'consent.give')).toEqual([{ actor_user_id: y.user.id, result: 'allowed', object_type: 'consent', fields: ['purpose', 'explanation', 'givenVia'] }]);

    const mine = await y.youth.get<MyConsents>('/api/me/consents');
    expect(mine.body.purposes[0]!.active?.id).toBe(res.body.id);

    const intake = await km.get<IntakeDetail>(`/api/cases/${y.caseId}/intake`);
    expect(intake.body.diversityConsent).toMatchObject({ id: res.body.id, givenVia: 'eigen_login', recordedBy: { id: y.user.id } });
    expect(intake.body.withdrawnDiversityConsent).toBeNull();
    // The contact person may now fill in the diversiteitsfactoren.
    expect((await km.request<DiversityInfo>('PUT', `/api/cases/${y.caseId}/diversity`, { version: 1, background: 'Marokkaans-Nederlands' })).status).toBe(200);
  });

  it('refuses a second consent with a clear Dutch 409 and the consent in force', async () => {
    const y = await youthWithCase();
    const first = await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' });
    const again = await y.youth.post<Conflict<Consent>>('/api/me/consents', { purpose: 'diversiteitsfactoren' });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Je hebt hiervoor al toestemming gegeven. Wil je stoppen? Trek je toestemming dan in.');
    expect(again.body.current.id).toBe(first.body.id);
    // Also when the klantmanager recorded it in a conversation.
    const other = await youthWithCase();
    await km.post(`/api/cases/${other.caseId}/consents`, { purpose: 'diversiteitsfactoren', explanation: DIVERSITY_CONSENT_EXPLANATION, givenVia: 'gesprek' });
    expect((await other.youth.post('/api/me/consents', { purpose: 'diversiteitsfactoren' })).status).toBe(409);
    expect(Number(((await t.db.query(`SELECT count(*) AS n FROM consent WHERE youth_id = $1`, [y.youthId])) as { n: string }[])[0]!.n)).toBe(1);
  });

  it('refuses bad input with 400 and a Dutch message: unknown purpose, unknown fields (no own explanation or channel)', async () => {
    const y = await youthWithCase();
    const bad = await y.youth.post<ProblemDetails>('/api/me/consents', { purpose: 'marketing' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'purpose', message: 'Kies waarvoor je toestemming geeft.' }]);
    const extra = await y.youth.post<ProblemDetails>('/api/me/consents', { purpose: 'diversiteitsfactoren', explanation: 'Iets anders', givenVia: 'gesprek' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors?.map((e) => e.field).sort()).toEqual(['explanation', 'givenVia']);
    expect((await y.youth.post('/api/me/consents/geen-uuid/withdraw')).status).toBe(400);
    expect((await y.youth.post('/api/me/consents', {})).status).toBe(400);
    expect(((await t.db.query(`SELECT id FROM consent WHERE youth_id = $1`, [y.youthId])) as unknown[]).length).toBe(0);
  });

  it('staff cannot use the /me routes', async () => {
    const y = await youthWithCase();
    const consent = (await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;
    const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    for (const c of [km, leader]) {
      expect((await c.get('/api/me/consents')).status).toBe(403);
      expect((await c.post('/api/me/consents', { purpose: 'diversiteitsfactoren' })).status).toBe(403);
      expect((await c.post(`/api/me/consents/${consent.id}/withdraw`)).status).toBe(403);
    }
    expect((await new ApiClient(t.baseUrl).get('/api/me/consents')).status).toBe(401);
    expect(((await t.db.query(`SELECT withdrawn_at FROM consent WHERE id = $1`, [consent.id])) as { withdrawn_at: Date | null }[])[0]!.withdrawn_at).toBeNull();
  });

  it("withdrawal by the jongere erases the diversiteitsfactoren in the same transaction; the klantmanager sees who withdrew it", async () => {
    const y = await youthWithCase();
    const consent = (await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;
    expect((await km.request('PUT', `/api/cases/${y.caseId}/diversity`, { version: 1, religionOrBelief: 'Islam' })).status).toBe(200);
    expect(((await t.db.query(`SELECT case_id FROM diversity_info WHERE case_id = $1`, [y.caseId])) as unknown[]).length).toBe(1);

    const res = await y.youth.post<Consent>(`/api/me/consents/${consent.id}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: consent.id, withdrawnAt: expect.any(String), withdrawnBy: { id: y.user.id, name: 'Sara Test' }, withdrawnVia: 'eigen_login' });
    expect(await t.db.query(`SELECT * FROM diversity_info WHERE case_id = $1`, [y.caseId])).toEqual([]);
    expect((await auditOf(y.youthId, 'consent.withdraw')).map((a) => [a.actor_user_id, a.result])).toEqual([[y.user.id, 'allowed']]);
    expect((await auditOf(y.youthId, 'diversity.erase')).map((a) => a.actor_user_id)).toEqual([y.user.id]);

    const mine = await y.youth.get<MyConsents>('/api/me/consents');
    expect(mine.body.purposes[0]).toMatchObject({ active: null, lastWithdrawn: { id: consent.id, withdrawnVia: 'eigen_login' } });
    const intake = await km.get<IntakeDetail>(`/api/cases/${y.caseId}/intake`);
    expect(intake.body).toMatchObject({ diversityConsent: null, diversity: null, withdrawnDiversityConsent: { id: consent.id, withdrawnVia: 'eigen_login', withdrawnBy: { id: y.user.id } } });
    expect((await km.get<ProblemDetails>(`/api/cases/${y.caseId}/diversity`)).status).toBe(409);

    const twice = await y.youth.post<Conflict<Consent>>(`/api/me/consents/${consent.id}/withdraw`);
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe('Deze toestemming is al ingetrokken.');
    // Giving consent again afterwards is a new consent.
    const again = await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(consent.id);
  });

  it('staff withdrawal shows as recorded by staff (gesprek)', async () => {
    const y = await youthWithCase();
    const consent = (await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;
    const res = await km.post<Consent>(`/api/cases/${y.caseId}/consents/${consent.id}/withdraw`);
    expect(res.body).toMatchObject({ withdrawnBy: { id: kmUser.id }, withdrawnVia: 'gesprek' });
  });

  it("another jongere's consent is 404 (nothing withdrawn, nothing erased)", async () => {
    const owner = await youthWithCase();
    const consent = (await owner.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;
    await km.request('PUT', `/api/cases/${owner.caseId}/diversity`, { version: 1, background: 'Surinaams' });
    const other = await youthWithCase();
    const res = await other.youth.post<ProblemDetails>(`/api/me/consents/${consent.id}/withdraw`);
    expect(res.status).toBe(404);
    expect(((await t.db.query(`SELECT withdrawn_at FROM consent WHERE id = $1`, [consent.id])) as { withdrawn_at: Date | null }[])[0]!.withdrawn_at).toBeNull();
    expect(((await t.db.query(`SELECT case_id FROM diversity_info WHERE case_id = $1`, [owner.caseId])) as unknown[]).length).toBe(1);
    // The other jongere's own list shows nothing of it.
    expect((await other.youth.get<MyConsents>('/api/me/consents')).body.purposes[0]!.active).toBeNull();
    // An unknown id is 404 too.
    expect((await other.youth.post(`/api/me/consents/00000000-0000-4000-8000-000000000000/withdraw`)).status).toBe(404);
  });

  it('a jongere without a case gets 404; on a closed case giving is refused but withdrawing still works', async () => {
    const lonely = await as(await createUser(t.db, 'jongere', { teamId: team.id }));
    expect((await lonely.get<ProblemDetails>('/api/me/consents')).status).toBe(404);
    expect((await lonely.post('/api/me/consents', { purpose: 'diversiteitsfactoren' })).status).toBe(404);

    const y = await youthWithCase();
    const consent = (await y.youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;
    await t.db.query(`UPDATE youth_case SET phase = 'afgesloten', closed_reason = 'Werk gevonden', closed_at = now() WHERE id = $1`, [y.caseId]);
    expect((await y.youth.post(`/api/me/consents/${consent.id}/withdraw`)).status).toBe(200);
    const give = await y.youth.post<ProblemDetails>('/api/me/consents', { purpose: 'diversiteitsfactoren' });
    expect(give.status).toBe(409);
    expect(give.body.title).toBe('Je traject is afgesloten. Je kunt nu geen toestemming meer geven.');
    expect(await deniedCount('consent.give')).toBe(0);
  });
});
