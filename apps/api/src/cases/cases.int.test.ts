import type { CaseDetail, CaseloadPage, ProblemDetails, SignalKind } from '@koers/contracts';
import { addDays, addMonths, addYears, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

describe('cases: register, caseload, phases, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const today = todayInNl();
  const as = (user: TestUser) => loginAs(t, user);

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld());
  });
  afterAll(() => t.close());

  it('registers a jongere with a case, the klantmanager as contact person, and audits it', async () => {
    const res = await km.post<CaseDetail>('/api/cases', { name: 'Sara de Vries', dateOfBirth: addYears(today, -19), preferredContact: 'whatsapp', phone: '06 12345678' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phase: 'aanmelding', version: 1, youth: { name: 'Sara de Vries', age: 19, preferredContact: 'whatsapp', hasAccount: false }, contactPerson: { id: kmUser.id }, permissions: { canEdit: true } });
    const audit: { action: string; fields: string[] }[] = await t.db.query(`SELECT action, fields FROM audit_event WHERE case_id = $1`, [res.body.id]);
    expect(audit).toEqual([{ action: 'case.create', fields: expect.arrayContaining(['name', 'dateOfBirth']) }]);
  });

  it('refuses bad registrations with Dutch field messages, creating nothing', async () => {
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM youth`);
    const tooOld = await km.post<ProblemDetails>('/api/cases', { name: 'Oud', dateOfBirth: '1980-01-01', preferredContact: 'phone' });
    expect(tooOld.status).toBe(400);
    expect(tooOld.body.errors?.[0]).toMatchObject({ field: 'dateOfBirth', message: expect.stringMatching(/16 tot en met 27/) });
    const bad = await km.post<ProblemDetails>('/api/cases', { name: '', dateOfBirth: '2006-02-30', preferredContact: 'duif' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['dateOfBirth', 'name', 'preferredContact']);
    const after: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM youth`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('computes signals in SQL exactly as the domain rules do, and filters by each', async () => {
    const own = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const client = await as(own);
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const cases: Record<string, SignalKind[]> = {};
    const make = async (name: string, options: Parameters<typeof createCase>[1] extends infer O ? Partial<O> : never, expected: SignalKind[]) => {
      await createCase(t.db, { teamId: team.id, contactUserId: own.id, name, ...options });
      cases[name] = expected;
    };
    await make('Rustig', {}, []);
    await make('Urgent', { openUrgentObstacles: 1 }, ['urgent_obstakel']);
    await make('Evaluatie', { nextEvaluationDate: addDays(today, -1) }, ['evaluatie_verlopen']);
    await make('Stil', { lastContactAt: old }, ['geen_contact']);
    await make('Nooit contact', { lastContactAt: null, createdAt: old }, ['geen_contact']);
    await make('Bijna 18', { dateOfBirth: addYears(addMonths(today, 2), -18) }, ['leeftijdsgrens']);
    await make('Bijna 27', { dateOfBirth: addYears(addDays(today, 5), -27) }, ['leeftijdsgrens']);
    await make('Pauze', { phase: 'time_out', timeoutUntil: addDays(today, 5), lastContactAt: old }, ['time_out']);
    await make('Alles', { openUrgentObstacles: 2, nextEvaluationDate: addDays(today, -10), lastContactAt: old }, ['urgent_obstakel', 'evaluatie_verlopen', 'geen_contact']);

    const all = await client.get<CaseloadPage>('/api/cases?limit=100');
    expect(all.status).toBe(200);
    const byName = Object.fromEntries(all.body.items.map((i) => [i.youthName, i.signals.map((s) => s.kind)]));
    expect(byName).toEqual(cases);
    // Most attention first.
    expect(all.body.items[0]!.youthName).toBe('Alles');

    for (const signal of ['urgent_obstakel', 'evaluatie_verlopen', 'geen_contact', 'leeftijdsgrens', 'time_out'] as SignalKind[]) {
      const res = await client.get<CaseloadPage>(`/api/cases?signal=${signal}&limit=100`);
      const expected = Object.entries(cases).filter(([, s]) => s.includes(signal)).map(([n]) => n).sort();
      expect(res.body.items.map((i) => i.youthName).sort(), signal).toEqual(expected);
    }
  });

  it('searches by part of the name, filters by phase, hides time-outs far from return and closed cases', async () => {
    const own = await createUser(t.db, 'klantmanager', { teamId: team.id });
    await createCase(t.db, { teamId: team.id, contactUserId: own.id, name: 'Mo Amrani', phase: 'intake' });
    await createCase(t.db, { teamId: team.id, contactUserId: own.id, name: 'Mohammed Ali', phase: 'plan' });
    await createCase(t.db, { teamId: team.id, contactUserId: own.id, name: 'Lang Weg', phase: 'time_out', timeoutUntil: addMonths(today, 3) });
    await createCase(t.db, { teamId: team.id, contactUserId: own.id, name: 'Klaar', phase: 'afgesloten' });
    const client = await as(own);
    const names = async (qs: string) => (await client.get<CaseloadPage>(`/api/cases?${qs}`)).body.items.map((i) => i.youthName).sort();
    expect(await names('')).toEqual(['Mo Amrani', 'Mohammed Ali']);
    expect(await names('q=MOHA')).toEqual(['Mohammed Ali']);
    expect(await names('q=%25')).toEqual([]);
    expect(await names('phase=intake')).toEqual(['Mo Amrani']);
    expect(await names('phase=afgesloten')).toEqual(['Klaar']);
    expect(await names('signal=time_out')).toEqual(['Lang Weg']);
  });

  it('pages with a stable keyset cursor over cases with equal attention', async () => {
    const own = await createUser(t.db, 'klantmanager', { teamId: team.id });
    for (let i = 0; i < 7; i++) await createCase(t.db, { teamId: team.id, contactUserId: own.id, name: `Jongere ${i}`, openUrgentObstacles: i % 2 });
    const client = await as(own);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: CaseloadPage } = await client.get<CaseloadPage>(`/api/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((i) => i.youthName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Jongere 1', 'Jongere 3', 'Jongere 5', 'Jongere 0', 'Jongere 2', 'Jongere 4', 'Jongere 6']);
  });

  it('puts a case in time-out, brings it back, closes with a reason and reopens; a stale version gets 409 with the current state', async () => {
    const created = (await km.post<CaseDetail>('/api/cases', { name: 'Fase Test', dateOfBirth: addYears(today, -20), preferredContact: 'phone' })).body;
    const id = created.id;
    const past = await km.post<ProblemDetails>(`/api/cases/${id}/time-out`, { reason: 'Ziek', until: today, version: 1 });
    expect(past.status).toBe(400);
    const paused = await km.post<CaseDetail>(`/api/cases/${id}/time-out`, { reason: 'Even ziek', until: addMonths(today, 1), version: 1 });
    expect(paused.body).toMatchObject({ phase: 'time_out', version: 2, timeout: { reason: 'Even ziek', returnsTo: 'aanmelding' } });

    const stale = await km.post<ProblemDetails & { current: CaseDetail }>(`/api/cases/${id}/phase`, { phase: 'intake', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id, version: 2, phase: 'time_out' });

    const back = await km.post<CaseDetail>(`/api/cases/${id}/phase`, { phase: 'intake', version: 2 });
    expect(back.body).toMatchObject({ phase: 'intake', timeout: null, version: 3 });
    expect((await km.post<ProblemDetails>(`/api/cases/${id}/close`, { reason: '', version: 3 })).status).toBe(400);
    const closed = await km.post<CaseDetail>(`/api/cases/${id}/close`, { reason: 'Verhuisd', version: 3 });
    expect(closed.body).toMatchObject({ phase: 'afgesloten', closed: { reason: 'Verhuisd' } });
    expect((await km.post(`/api/cases/${id}/phase`, { phase: 'plan', version: 4 })).status).toBe(409);
    const reopened = await km.post<CaseDetail>(`/api/cases/${id}/reopen`, { phase: 'uitvoering', version: 4 });
    expect(reopened.body).toMatchObject({ phase: 'uitvoering', closed: null, version: 5 });
  });

  it('counts exactly the successful writes under many parallel writers (no lost update)', async () => {
    const created = (await km.post<CaseDetail>('/api/cases', { name: 'Race Test', dateOfBirth: addYears(today, -20), preferredContact: 'phone' })).body;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => km.post(`/api/cases/${created.id}/phase`, { phase: i % 2 ? 'intake' : 'plan', version: 1 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses, JSON.stringify(results.filter((r) => r.status !== 409).map((r) => r.body))).toEqual([200, ...Array(11).fill(409)]);
    const final = await km.get<CaseDetail>(`/api/cases/${created.id}`);
    expect(final.body.version).toBe(2);
  });

  describe('access per role', () => {
    it('a klantmanager reaches only cases where they are the contact person (team read only when allowed)', async () => {
      const other = await createUser(t.db, 'klantmanager', { teamId: team.id });
      const theirs = await createCase(t.db, { teamId: team.id, contactUserId: other.id });
      const res = await km.get<ProblemDetails>(`/api/cases/${theirs.caseId}`);
      expect(res.status).toBe(404);
      expect((await km.post(`/api/cases/${theirs.caseId}/phase`, { phase: 'plan', version: 1 })).status).toBe(404);
      const denied: { result: string; actor_user_id: string; action: string }[] = await t.db.query(`SELECT result, actor_user_id, action FROM audit_event WHERE case_id = $1 ORDER BY id`, [theirs.caseId]);
      expect(denied).toEqual([
        { result: 'denied', actor_user_id: kmUser.id, action: 'case.read' },
        { result: 'denied', actor_user_id: kmUser.id, action: 'case.phase' },
      ]);

      await t.db.query(`UPDATE team SET team_read_access = true WHERE id = $1`, [team.id]);
      try {
        const read = await km.get<CaseDetail>(`/api/cases/${theirs.caseId}`);
        expect(read.status).toBe(200);
        expect(read.body.permissions.canEdit).toBe(false);
        expect((await km.post(`/api/cases/${theirs.caseId}/phase`, { phase: 'plan', version: 1 })).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE team SET team_read_access = false WHERE id = $1`, [team.id]);
      }
    });

    it('a teamleider reads the cases of their own team only, and cannot change them', async () => {
      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, name: 'In Team' });
      const otherTeam = await createTeam(t.db);
      const elsewhere = await createCase(t.db, { teamId: otherTeam.id, contactUserId: (await createUser(t.db, 'klantmanager', { teamId: otherTeam.id })).id, name: 'Ander Team' });
      expect((await leader.get(`/api/cases/${c.caseId}`)).status).toBe(200);
      expect((await leader.get(`/api/cases/${elsewhere.caseId}`)).status).toBe(404);
      expect((await leader.post(`/api/cases/${c.caseId}/phase`, { phase: 'plan', version: 1 })).status).toBe(403);
      const list = await leader.get<CaseloadPage>('/api/cases?limit=100');
      expect(list.body.items.some((i) => i.youthName === 'In Team')).toBe(true);
      expect(list.body.items.some((i) => i.youthName === 'Ander Team')).toBe(false);
    });

    it('a jongere sees their own case only; a beheerder sees no case data', async () => {
      const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      const mine = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: youthUser.id });
      const someoneElse = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const youth = await as(youthUser);
      const own = await youth.get<CaseDetail>(`/api/cases/${mine.caseId}`);
      expect(own.status).toBe(200);
      expect(own.body.permissions.canEdit).toBe(false);
      expect((await youth.get(`/api/cases/${someoneElse.caseId}`)).status).toBe(404);
      expect((await youth.get('/api/cases')).status).toBe(403);
      expect((await youth.post(`/api/cases/${mine.caseId}/close`, { reason: 'x', version: 1 })).status).toBe(403);
      const admin = await as(await createUser(t.db, 'beheerder'));
      expect((await admin.get(`/api/cases/${mine.caseId}`)).status).toBe(403);
      expect((await admin.get('/api/cases')).status).toBe(403);
    });
  });

  describe('audit trail', () => {
    it('records who, what, which jongere, result and origin for reads and writes', async () => {
      const created = (await km.post<CaseDetail>('/api/cases', { name: 'Audit Test', dateOfBirth: addYears(today, -20), preferredContact: 'phone' })).body;
      await km.get(`/api/cases/${created.id}`);
      await km.post(`/api/cases/${created.id}/phase`, { phase: 'intake', version: 1 });
      const rows: { action: string; object_type: string; object_id: string; youth_id: string; result: string; actor_user_id: string; actor_role: string; session_ref: string | null; ip: string | null; request_id: string | null; at: Date; fields: string[] | null }[] =
        await t.db.query(`SELECT * FROM audit_event WHERE case_id = $1 ORDER BY id`, [created.id]);
      expect(rows.map((r) => r.action)).toEqual(['case.create', 'case.read', 'case.phase']);
      for (const r of rows) {
        expect(r).toMatchObject({ object_type: 'case', object_id: created.id, youth_id: created.youth.id, result: 'allowed', actor_user_id: kmUser.id, actor_role: 'klantmanager' });
        expect(r.session_ref).toMatch(/^[\w-]{12}$/);
        expect(r.ip).toBeTruthy();
        expect(r.request_id).toBeTruthy();
        expect(r.at).toBeInstanceOf(Date);
      }
      expect(rows[2]!.fields).toEqual(['phase']);
    });

    it('is append-only in the database: the application cannot change or delete audit records', async () => {
      await expect(t.db.query(`UPDATE audit_event SET result = 'allowed' WHERE result = 'denied'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    });

    it('fails the change when its audit record cannot be written', async () => {
      const created = (await km.post<CaseDetail>('/api/cases', { name: 'Audit Faal', dateOfBirth: addYears(today, -20), preferredContact: 'phone' })).body;
      await t.db.query(`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.action = 'case.close' THEN RAISE EXCEPTION 'audit down'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`);
      try {
        const res = await km.post(`/api/cases/${created.id}/close`, { reason: 'Verhuisd', version: 1 });
        expect(res.status).toBe(500);
        const after = await km.get<CaseDetail>(`/api/cases/${created.id}`);
        expect(after.body).toMatchObject({ phase: 'aanmelding', version: 1, closed: null });
      } finally {
        await t.db.query(`DROP TRIGGER test_fail_audit ON audit_event`);
        await t.db.query(`DROP FUNCTION test_fail_audit()`);
      }
    });
  });
});
