import { type Consent, DIVERSITY_CONSENT_EXPLANATION, type DiversityInfo, type IntakeDetail, type ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

type Conflict<T> = ProblemDetails & { current: T };

/** Values that must never leave the diversity record: not in audit, lists, other users' views. */
const SECRET = {
  background: 'Eritrees-Nederlands (geheim-achtergrond-7c1)',
  genderAndOrientation: 'Non-binair, biseksueel (geheim-gender-7c1)',
  religionOrBelief: 'Orthodox christelijk (geheim-geloof-7c1)',
};
const SECRET_PATTERN = /geheim-[a-z]+-7c1/;

describe('consent and diversiteitsfactoren (AVG art. 9)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let youthUser: TestUser;
  const as = (user: TestUser) => loginAs(t, user);
  const put = <T>(c: ApiClient, path: string, body: unknown) => c.request<T>('PUT', path, body);
  const consentBody = { purpose: 'diversiteitsfactoren', explanation: DIVERSITY_CONSENT_EXPLANATION, givenVia: 'gesprek' };
  const diversityRows = async (caseId: string) => (await t.db.query(`SELECT * FROM diversity_info WHERE case_id = $1`, [caseId])) as Record<string, unknown>[];
  const auditDump = async () => JSON.stringify(await t.db.query(`SELECT * FROM audit_event`));

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klant' } }));
    youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
  });
  afterAll(() => t.close());

  it('refuses the diversiteitsfactoren without consent, with a clear Dutch title, storing nothing', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const read = await km.get<ProblemDetails>(`/api/cases/${c.caseId}/diversity`);
    expect(read.status).toBe(409);
    expect(read.body.title).toBe('Leg eerst de toestemming van de jongere vast.');
    const write = await put<ProblemDetails>(km, `/api/cases/${c.caseId}/diversity`, { version: 1, ...SECRET });
    expect(write.status).toBe(409);
    expect(write.body.title).toBe('Leg eerst de toestemming van de jongere vast.');
    expect(await diversityRows(c.caseId)).toEqual([]);
    expect(await auditDump()).not.toMatch(SECRET_PATTERN);
  });

  it('records consent (who, when, how, the explanation) and refuses bad or double consent', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const bad = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/consents`, { purpose: 'marketing', explanation: '  ', givenVia: 'eigen_login' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'purpose', message: 'Kies waarvoor de jongere toestemming geeft.' },
      { field: 'explanation', message: 'Leg vast welke uitleg de jongere kreeg over het doel.' },
      { field: 'givenVia', message: 'Een klantmanager legt toestemming vast die de jongere in een gesprek gaf (gesprek).' },
    ]);
    const none: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM consent WHERE youth_id = $1`, [c.youthId]);
    expect(none[0]!.n).toBe(0);

    const res = await km.post<Consent>(`/api/cases/${c.caseId}/consents`, consentBody);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      purpose: 'diversiteitsfactoren',
      explanation: DIVERSITY_CONSENT_EXPLANATION,
      givenVia: 'gesprek',
      givenAt: expect.any(String),
      recordedBy: { id: kmUser.id, name: 'Kim Klant' },
      withdrawnAt: null,
      withdrawnBy: null,
    });
    const stored: { youth_id: string; recorded_by: string; given_via: string }[] = await t.db.query(`SELECT youth_id, recorded_by, given_via FROM consent WHERE id = $1`, [res.body.id]);
    expect(stored[0]).toEqual({ youth_id: c.youthId, recorded_by: kmUser.id, given_via: 'gesprek' });

    const twice = await km.post<Conflict<Consent>>(`/api/cases/${c.caseId}/consents`, consentBody);
    expect(twice.status).toBe(409);
    expect(twice.body.current.id).toBe(res.body.id);

    const intake = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
    expect(intake.body.diversityConsent).toEqual(res.body);
    expect(intake.body.permissions.canSeeDiversity).toBe(true);
    expect(intake.body.diversity).toEqual({ version: 1, consentId: res.body.id, background: null, genderAndOrientation: null, religionOrBelief: null, otherNote: null, updatedAt: null, updatedBy: null });

    const audit: { action: string; fields: string[] }[] = await t.db.query(`SELECT action, fields FROM audit_event WHERE case_id = $1 AND result = 'allowed' ORDER BY id`, [c.caseId]);
    expect(audit[0]).toEqual({ action: 'consent.record', fields: ['purpose', 'explanation', 'givenVia'] });
  });

  describe('with consent', () => {
    let c: TestCase;
    let consent: Consent;

    beforeAll(async () => {
      c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: youthUser.id, name: 'Diversiteit Test' });
      consent = (await km.post<Consent>(`/api/cases/${c.caseId}/consents`, consentBody)).body;
    });

    it('saves the diversiteitsfactoren with a version; a stale write gets 409 with the current record', async () => {
      const empty = await km.get<DiversityInfo>(`/api/cases/${c.caseId}/diversity`);
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ version: 1, background: null, consentId: consent.id });

      const saved = await put<DiversityInfo>(km, `/api/cases/${c.caseId}/diversity`, { version: 1, ...SECRET });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 2, ...SECRET, otherNote: null, updatedBy: { id: kmUser.id } });
      expect((await diversityRows(c.caseId))[0]).toMatchObject({ background: SECRET.background, consent_id: consent.id, version: 2 });

      const stale = await put<Conflict<DiversityInfo>>(km, `/api/cases/${c.caseId}/diversity`, { version: 1, otherNote: 'Later' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: 2, ...SECRET, otherNote: null });
      expect((await diversityRows(c.caseId))[0]).toMatchObject({ version: 2, other_note: null });

      const cleared = await put<DiversityInfo>(km, `/api/cases/${c.caseId}/diversity`, { version: 2, otherNote: 'Mantelzorger voor oma' });
      expect(cleared.body).toMatchObject({ version: 3, otherNote: 'Mantelzorger voor oma', background: SECRET.background });

      const read = await km.get<DiversityInfo>(`/api/cases/${c.caseId}/diversity`);
      expect(read.body).toMatchObject({ version: 3, ...SECRET });
    });

    it('lets exactly one of many parallel diversity writers win', async () => {
      const now = (await km.get<DiversityInfo>(`/api/cases/${c.caseId}/diversity`)).body.version;
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => put(km, `/api/cases/${c.caseId}/diversity`, { version: now, otherNote: `Notitie ${i}` })));
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(7).fill(409)]);
      expect((await diversityRows(c.caseId))[0]!.version).toBe(now + 1);
    });

    it('refuses bad diversity input with Dutch field messages, changing nothing', async () => {
      const before = await diversityRows(c.caseId);
      const bad = await put<ProblemDetails>(km, `/api/cases/${c.caseId}/diversity`, { version: before[0]!.version, background: 12, religionOrBelief: 'x'.repeat(2001), age: 19 });
      expect(bad.status).toBe(400);
      expect(Object.fromEntries(bad.body.errors!.map((e) => [e.field, e.message]))).toEqual({
        background: 'Dit moet tekst zijn.',
        religionOrBelief: 'Vul hoogstens 2000 tekens in.',
        age: 'Dit veld is onbekend en mag niet worden meegestuurd.',
      });
      expect(await diversityRows(c.caseId)).toEqual(before);
    });

    it('shows the data to the contact person and the jongere only — never to a teamleider, other staff, lists or the audit trail', async () => {
      const mine = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(mine.body.diversity).toMatchObject(SECRET);

      const youth = await as(youthUser);
      const own = await youth.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(own.status).toBe(200);
      expect(own.body.diversity).toMatchObject(SECRET);
      expect(own.body.permissions).toEqual({ canEdit: false, canManageConsent: false, canSeeDiversity: true });
      // The diversity endpoints themselves are for the contact person.
      expect((await youth.get(`/api/cases/${c.caseId}/diversity`)).status).toBe(403);

      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      const led = await leader.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(led.status).toBe(200);
      expect(led.body.diversity).toBeNull();
      expect(led.body.permissions.canSeeDiversity).toBe(false);
      expect(led.body.diversityConsent?.id).toBe(consent.id);
      expect(JSON.stringify(led.body)).not.toMatch(SECRET_PATTERN);
      expect((await leader.get(`/api/cases/${c.caseId}/diversity`)).status).toBe(403);
      expect((await put(leader, `/api/cases/${c.caseId}/diversity`, { version: 1, background: 'x' })).status).toBe(403);
      const list = await leader.get('/api/cases?limit=100');
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(SECRET_PATTERN);

      const colleague = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      expect((await colleague.get(`/api/cases/${c.caseId}/diversity`)).status).toBe(404);
      expect((await put(colleague, `/api/cases/${c.caseId}/diversity`, { version: 1, background: 'x' })).status).toBe(404);
      expect((await colleague.post(`/api/cases/${c.caseId}/consents/${consent.id}/withdraw`)).status).toBe(404);
      await t.db.query(`UPDATE team SET team_read_access = true WHERE id = $1`, [team.id]);
      try {
        const teamRead = await colleague.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
        expect(teamRead.status).toBe(200);
        expect(teamRead.body.diversity).toBeNull();
        expect(JSON.stringify(teamRead.body)).not.toMatch(SECRET_PATTERN);
        expect((await colleague.get(`/api/cases/${c.caseId}/diversity`)).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE team SET team_read_access = false WHERE id = $1`, [team.id]);
      }

      const audit: { action: string; fields: string[] | null; actor_user_id: string }[] = await t.db.query(
        `SELECT action, fields, actor_user_id FROM audit_event WHERE case_id = $1 AND action LIKE 'diversity.%' AND result = 'allowed' ORDER BY id`,
        [c.caseId],
      );
      expect(audit.filter((a) => a.action === 'diversity.update').map((a) => a.fields)).toContainEqual(['background', 'genderAndOrientation', 'religionOrBelief']);
      expect(audit.filter((a) => a.action === 'diversity.read').map((a) => a.actor_user_id)).toContain(youthUser.id);
      expect(await auditDump()).not.toMatch(SECRET_PATTERN);
    });

    it('withdrawing consent erases the data from the database in the same step, and the form is closed again', async () => {
      expect(await diversityRows(c.caseId)).toHaveLength(1);
      const res = await km.post<Consent>(`/api/cases/${c.caseId}/consents/${consent.id}/withdraw`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: consent.id, withdrawnAt: expect.any(String), withdrawnBy: { id: kmUser.id } });

      expect(await diversityRows(c.caseId)).toEqual([]);
      const anywhere: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM diversity_info WHERE background LIKE '%7c1%' OR gender_and_orientation LIKE '%7c1%' OR religion_or_belief LIKE '%7c1%'`,
      );
      expect(anywhere[0]!.n).toBe(0);

      const intake = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(intake.body).toMatchObject({ diversity: null, diversityConsent: null, permissions: { canSeeDiversity: false } });
      const youth = await as(youthUser);
      expect((await youth.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`)).body.diversity).toBeNull();
      expect((await km.get<ProblemDetails>(`/api/cases/${c.caseId}/diversity`)).body.title).toBe('Leg eerst de toestemming van de jongere vast.');
      expect((await put(km, `/api/cases/${c.caseId}/diversity`, { version: 1, background: 'opnieuw' })).status).toBe(409);

      expect((await km.post<ProblemDetails>(`/api/cases/${c.caseId}/consents/${consent.id}/withdraw`)).status).toBe(409);
      expect((await km.post(`/api/cases/${c.caseId}/consents/00000000-0000-4000-8000-000000000000/withdraw`)).status).toBe(404);

      const audit: { action: string; fields: string[] | null }[] = await t.db.query(
        `SELECT action, fields FROM audit_event WHERE case_id = $1 AND action IN ('consent.withdraw', 'diversity.erase') AND result = 'allowed' ORDER BY id`,
        [c.caseId],
      );
      expect(audit).toEqual([
        { action: 'consent.withdraw', fields: ['withdrawnAt'] },
        { action: 'diversity.erase', fields: ['background', 'genderAndOrientation', 'religionOrBelief', 'otherNote'] },
      ]);
      expect(await auditDump()).not.toMatch(SECRET_PATTERN);

      // New consent starts from an empty record.
      const again = await km.post<Consent>(`/api/cases/${c.caseId}/consents`, consentBody);
      expect(again.status).toBe(201);
      expect((await km.get<DiversityInfo>(`/api/cases/${c.caseId}/diversity`)).body).toMatchObject({ version: 1, consentId: again.body.id, background: null });
    });
  });

  it('a consent of another jongere cannot be withdrawn through this case', async () => {
    const a = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const b = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const consentB = (await km.post<Consent>(`/api/cases/${b.caseId}/consents`, consentBody)).body;
    await put(km, `/api/cases/${b.caseId}/diversity`, { version: 1, background: 'blijft staan' });
    expect((await km.post(`/api/cases/${a.caseId}/consents/${consentB.id}/withdraw`)).status).toBe(404);
    expect(await diversityRows(b.caseId)).toHaveLength(1);
    const active: { withdrawn_at: Date | null }[] = await t.db.query(`SELECT withdrawn_at FROM consent WHERE id = $1`, [consentB.id]);
    expect(active[0]!.withdrawn_at).toBeNull();
  });
});
