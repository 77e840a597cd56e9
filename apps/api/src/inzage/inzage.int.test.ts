import type { AccessLogPage, InzageExport, PlanAgreement, PlanGoal, PlanStep, PlanVersionDetail } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, startTestApp, type TestApp } from '../../test/utils';

describe('inzage: the jongere sees and downloads everything Koers holds about them (AVG art. 15)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let km2User: TestUser;
  let tlUser: TestUser;
  let youthUser: TestUser;
  let youth: ApiClient;
  let caseId: string;
  let youthId: string;
  let goalTitles: string[];

  const as = (user: TestUser) => loginAs(t, user);
  const versionOf = async (id: string) => ((await t.db.query(`SELECT status, version FROM plan_version WHERE id = $1`, [id])) as { status: string; version: number }[])[0]!;
  const ok = <T>(res: { status: number; body: T }, status = 200): T => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  /** Binary download (the ApiClient reads bodies as text). */
  const download = async (c: ApiClient | null, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: c?.cookie ? { cookie: c.cookie } : {} });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.db);
    kmUser = await createUser(t.db, 'klantmanager', { teamId: team.id, name: 'Kim Klantmanager', email: 'kim@inzage.koers' });
    km2User = await createUser(t.db, 'klantmanager', { teamId: team.id, name: 'Sam Opvolger' });
    tlUser = await createUser(t.db, 'teamleider', { teamId: team.id, name: 'Tess Teamleider' });
    youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Noa Inzage' });
    km = await as(kmUser);
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Noa Inzage', youthUserId: youthUser.id });
    caseId = c.caseId;
    youthId = c.youthId;

    // A plan: goal with steps, all three kinds of agreement, signed by both; then evaluated, so a second version exists.
    const v1 = ok(await km.post<PlanVersionDetail>(`/api/cases/${caseId}/plan`), 201);
    const goal = ok(await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Een vaste slaapplek' }), 201);
    ok(await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Inschrijven bij Woonnet', ownerKind: 'jongere' }), 201);
    ok(await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Urgentie aanvragen', ownerKind: 'klantmanager' }), 201);
    ok(await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Werk in de techniek' }), 201);
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt werk in de techniek'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente betaalt je reiskosten'],
    ]) {
      ok(await km.post<PlanAgreement>(`/api/plan-versions/${v1.id}/agreements`, { kind, text }), 201);
    }
    ok(await km.request('PATCH', `/api/plan-versions/${v1.id}`, { evaluationDate: addDays(todayInNl(), 30), version: (await versionOf(v1.id)).version }));
    ok(await km.post(`/api/plan-versions/${v1.id}/propose`, { version: (await versionOf(v1.id)).version }));
    ok(await km.post(`/api/plan-versions/${v1.id}/agree`, { party: 'jongere', via: 'gesprek', version: (await versionOf(v1.id)).version }));
    ok(await km.post(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: (await versionOf(v1.id)).version }));
    expect((await versionOf(v1.id)).status).toBe('vastgesteld');
    await t.db.query(`UPDATE plan_version SET evaluation_date = $2 WHERE id = $1`, [v1.id, todayInNl()]);
    ok(await km.post(`/api/cases/${caseId}/plan/evaluations`, { wentWell: 'Je kwam steeds', wasHard: 'Vroeg opstaan', changes: 'Meer stages' }), 201);
    goalTitles = ['Een vaste slaapplek', 'Werk in de techniek'];

    // Contact moments: one for the jongere to see, one internal.
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    ok(await km.post(`/api/cases/${caseId}/contacts`, { occurredAt: daysAgo(2), kind: 'face_to_face', note: 'Samen naar het UWV geweest' }), 201);
    ok(await km.post(`/api/cases/${caseId}/contacts`, { occurredAt: daysAgo(1), kind: 'phone', note: 'GEHEIME INTERNE NOTITIE', internal: true }), 201);
    await t.db.query(`INSERT INTO milestone (case_id, title, achieved_on, certificate_name, created_by) VALUES ($1, 'Eerste sollicitatie', $2, 'Solliciteren', $3)`, [
      caseId,
      todayInNl(),
      kmUser.id,
    ]);
    ok(await km.post(`/api/cases/${caseId}/network`, { name: 'Fatima El Amrani', relation: 'mentor' }), 201);
    // Consent and special-category data (the contact person records both).
    ok(await km.post(`/api/cases/${caseId}/consents`, { purpose: 'diversiteitsfactoren', explanation: 'Dit is privé.', givenVia: 'gesprek' }), 201);
    ok(await km.request('PUT', `/api/cases/${caseId}/diversity`, { background: 'Marokkaans-Nederlands', version: 1 }));
    // A handover the jongere knows about, with a staff-only overdrachtsnotitie.
    const h: { id: string }[] = await t.db.query(
      `INSERT INTO handover (case_id, team_id, kind, status, from_user_id, to_user_id, accepted_at, reason, planned_switch_date,
                             announced_on, announced_how, announced_by, note_works_well, note_avoid, note_written_by, note_written_at)
       VALUES ($1, $2, 'gepland', 'overdrachtsnotitie', $3, $4, now(), 'GEHEIME REDEN', $5, $6, 'face_to_face', $3,
               'GEHEIME OVERDRACHTSNOTITIE', 'NIET DOEN: GEHEIM', $3, now())
       RETURNING id`,
      [caseId, team.id, kmUser.id, km2User.id, addDays(todayInNl(), 14), todayInNl()],
    );
    await t.db.query(`INSERT INTO handover_meeting (handover_id, held_on, current_contact_present, others_present, note, recorded_by) VALUES ($1, $2, true, 'moeder', 'GEHEIME GESPREKSNOTITIE', $3)`, [
      h[0]!.id,
      todayInNl(),
      kmUser.id,
    ]);

    // Another jongere in the same team: none of this may leak into Noa's export.
    const other = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, name: 'Andere Jongere' });
    await t.db.query(`INSERT INTO contact_moment (case_id, occurred_at, kind, note, internal, user_id) VALUES ($1, now(), 'phone', 'ANDERE JONGERE NOTITIE', false, $2)`, [
      other.caseId,
      kmUser.id,
    ]);
    await t.db.query(`INSERT INTO milestone (case_id, title, achieved_on, created_by) VALUES ($1, 'ANDERE MIJLPAAL', $2, $3)`, [other.caseId, todayInNl(), kmUser.id]);

    // Staff reads of Noa's case: they must show in "wie keek er".
    ok(await km.get(`/api/cases/${caseId}`));
    ok(await (await as(tlUser)).get(`/api/cases/${caseId}/plan`));
    youth = await as(youthUser);
  });
  afterAll(() => t.close());

  it('gives the jongere a JSON download with their details, every plan version, intake, contacts, milestones, network, handovers and who looked', async () => {
    const res = await download(youth, '/api/me/inzage');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="koers-inzage-${todayInNl()}.json"`);
    const text = res.bytes.toString('utf8');
    const data = JSON.parse(text) as InzageExport;

    expect(data.person).toMatchObject({ name: 'Noa Inzage', dateOfBirth: '2005-06-15' });
    expect(data.person.account).not.toBeNull();
    expect(data.cases).toHaveLength(1);
    const c = data.cases[0]!;
    expect(c.id).toBe(caseId);
    expect(c.contactPerson).toEqual({ name: 'Kim Klantmanager', email: 'kim@inzage.koers' });

    // Every version: the evaluated v1 (vastgesteld, signed by both) and the v2 concept made by the evaluation.
    expect(c.planVersions.map((v) => [v.number, v.status])).toEqual([
      [2, 'concept'],
      [1, 'vastgesteld'],
    ]);
    const v1 = c.planVersions[1]!;
    expect(v1.goals.map((g) => g.title)).toEqual(goalTitles);
    expect(v1.goals[0]!.steps.map((s) => [s.text, s.who])).toEqual([
      ['Inschrijven bij Woonnet', 'Noa Inzage'],
      ['Urgentie aanvragen', 'Kim Klantmanager'],
    ]);
    // All three kinds of agreement, what the gemeente does first.
    expect(v1.agreements.map((a) => a.kind)).toEqual(['ondersteuning', 'werk_zoeken', 'verplichting']);
    expect(v1.signOff.youthAgreedAt).not.toBeNull();
    expect(v1.signOff.staffAgreedBy).toBe('Kim Klantmanager');
    expect(v1.signOff.establishedAt).not.toBeNull();
    expect(v1.evaluation).toMatchObject({ wentWell: 'Je kwam steeds', changes: 'Meer stages' });

    expect(c.contactMoments.map((m) => m.note)).toEqual(['Samen naar het UWV geweest']);
    expect(c.milestones).toEqual([expect.objectContaining({ title: 'Eerste sollicitatie', certificateName: 'Solliciteren' })]);
    expect(c.network).toEqual([expect.objectContaining({ name: 'Fatima El Amrani', relation: 'Mentor of buddy' })]);
    expect(c.handovers).toHaveLength(1);
    expect(c.handovers[0]).toMatchObject({ from: 'Kim Klantmanager', to: 'Sam Opvolger', announcedOn: todayInNl() });
    // Meeting notes and who else was there are staff-only (as in /api/me/handover).
    expect(c.handovers[0]!.meetings).toEqual([{ heldOn: todayInNl(), currentContactPresent: true, confirmedByYouAt: null, yourRemark: null }]);

    // Their own special-category data, with the consent record.
    expect(c.intake!.diversity!.fields).toEqual([{ field: 'background', label: 'Culturele of etnische achtergrond', value: 'Marokkaans-Nederlands' }]);
    expect(data.consents).toEqual([expect.objectContaining({ purpose: 'Diversiteitsfactoren vastleggen', explanation: 'Dit is privé.', withdrawnAt: null })]);

    // Never staff-only parts, never another jongere.
    for (const secret of ['GEHEIME INTERNE NOTITIE', 'GEHEIME OVERDRACHTSNOTITIE', 'NIET DOEN: GEHEIM', 'GEHEIME REDEN', 'GEHEIME GESPREKSNOTITIE', 'ANDERE JONGERE NOTITIE', 'ANDERE MIJLPAAL', 'Andere Jongere']) {
      expect(text).not.toContain(secret);
    }

    // Who looked: the klantmanager's and the teamleider's reads, by name and role, in plain Dutch.
    expect(data.accessLog).toContainEqual(
      expect.objectContaining({ actorName: 'Kim Klantmanager', actorRole: 'klantmanager', actorRoleLabel: 'Klantmanager', description: 'Heeft je dossier bekeken', byYou: false }),
    );
    expect(data.accessLog).toContainEqual(expect.objectContaining({ actorName: 'Tess Teamleider', actorRole: 'teamleider', description: 'Heeft je plan bekeken' }));
    // That a contact moment was written shows once: for the one she may see, never for the internal one.
    expect(data.accessLog.filter((e) => e.description === 'Heeft een contactmoment opgeschreven')).toHaveLength(1);
    const ats = data.accessLog.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  it('records the export in the audit trail, with its format', async () => {
    const count = async (format: string) =>
      Number(
        (
          (await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'inzage.export' AND youth_id = $1 AND actor_user_id = $2 AND fields = ARRAY[$3]::text[]`, [
            youthId,
            youthUser.id,
            format,
          ])) as { n: string }[]
        )[0]!.n,
      );
    const before = { json: await count('json'), pdf: await count('pdf') };
    expect((await download(youth, '/api/me/inzage')).status).toBe(200);
    expect((await download(youth, '/api/me/inzage.pdf')).status).toBe(200);
    expect(await count('json')).toBe(before.json + 1);
    expect(await count('pdf')).toBe(before.pdf + 1);
    // The special-category data in it counts as a read of them.
    const reads = (await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'diversity.read' AND actor_user_id = $1`, [youthUser.id])) as { n: string }[];
    expect(Number(reads[0]!.n)).toBeGreaterThanOrEqual(2);
  });

  it('gives a readable PDF download', async () => {
    const res = await download(youth, '/api/me/inzage.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="koers-inzage-${todayInNl()}.pdf"`);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.bytes.length).toBeGreaterThan(3_000);
    expect(res.bytes.length).toBeLessThan(2_000_000);
    expect(res.bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('lists who looked at or changed the dossier, newest first, page by page, without the jongere themself', async () => {
    const seen: AccessLogPage['items'] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: AccessLogPage = ok(await youth.get<AccessLogPage>(`/api/me/access-log?limit=3${cursor ? `&cursor=${cursor}` : ''}`));
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    const expected = (await t.db.query(
      `SELECT count(*) AS n FROM audit_event WHERE youth_id = $1 AND result = 'allowed' AND actor_user_id IS DISTINCT FROM $2`,
      [youthId, youthUser.id],
    )) as { n: string }[];
    // Everything others did, except writing the internal contact moment (staff-only).
    expect(seen.length).toBe(Number(expected[0]!.n) - 1);
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.every((e) => !e.byYou)).toBe(true);
    const keys = seen.map((e) => [e.at, Number(e.id)] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])).toBe(true);
    }
    expect(seen).toContainEqual(expect.objectContaining({ actorName: 'Kim Klantmanager', actorRoleLabel: 'Klantmanager', description: 'Heeft je dossier bekeken' }));
    expect(seen).toContainEqual(expect.objectContaining({ actorName: 'Tess Teamleider', description: 'Heeft je plan bekeken' }));
    // Reading the list is itself in the audit trail (though not shown in her own list).
    const reads = (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'inzage.access_log.read' AND actor_user_id = $1`, [youthUser.id])) as { n: number }[];
    expect(reads[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('refuses a broken cursor or limit with a Dutch message', async () => {
    const bad = await youth.get<{ errors: { field: string; message: string }[] }>('/api/me/access-log?cursor=niet-goed');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'cursor' });
    expect((await youth.get('/api/me/access-log?limit=0')).status).toBe(400);
    expect((await youth.get('/api/me/access-log?limit=abc')).status).toBe(400);
  });

  it('is only for the jongere themself: staff cannot call /me routes, anonymous callers are refused', async () => {
    for (const path of ['/api/me/inzage', '/api/me/inzage.pdf', '/api/me/access-log']) {
      expect((await download(null, path)).status).toBe(401);
      expect((await download(km, path)).status).toBe(403);
    }
    // A jongere without a dossier gets 404, not someone else's.
    const lonely = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Zonder Dossier' });
    const lonelyClient = await as(lonely);
    expect((await download(lonelyClient, '/api/me/inzage')).status).toBe(404);
    expect((await lonelyClient.get('/api/me/access-log')).status).toBe(404);
  });

  it('lets the contact person and the teamleider answer an inzage request; the teamleider without special-category data', async () => {
    const byKm = await download(km, `/api/cases/${caseId}/inzage`);
    expect(byKm.status).toBe(200);
    expect(byKm.headers.get('content-disposition')).toMatch(/^attachment; filename="koers-inzage-/);
    const kmData = JSON.parse(byKm.bytes.toString('utf8')) as InzageExport;
    expect(kmData.cases[0]!.intake!.diversity).not.toBeNull();
    expect(byKm.bytes.toString('utf8')).not.toContain('GEHEIME INTERNE NOTITIE');

    const tl = await as(tlUser);
    const byTl = await download(tl, `/api/cases/${caseId}/inzage`);
    expect(byTl.status).toBe(200);
    const tlData = JSON.parse(byTl.bytes.toString('utf8')) as InzageExport;
    expect(tlData.cases[0]!.intake!.diversity).toBeNull();
    expect(tlData.cases[0]!.intake!.diversityWithheld).toBe(true);
    expect(byTl.bytes.toString('utf8')).not.toContain('Marokkaans-Nederlands');
    expect(tlData.cases[0]!.planVersions[1]!.goals.map((g) => g.title)).toEqual(goalTitles);

    const pdf = await download(tl, `/api/cases/${caseId}/inzage.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const audited = (await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'inzage.export' AND actor_user_id = $1 AND case_id = $2`, [tlUser.id, caseId])) as { n: string }[];
    expect(Number(audited[0]!.n)).toBe(2);
  });

  it('refuses staff who are not the contact person or of the team (404, denial audited), and the jongere on the staff route', async () => {
    // The chosen successor may read the case, but does not answer inzage requests before the switch.
    const successor = await as(km2User);
    expect((await download(successor, `/api/cases/${caseId}/inzage`)).status).toBe(404);
    const denied = (await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = 'inzage.export' AND actor_user_id = $1 AND result = 'denied'`, [km2User.id])) as {
      n: string;
    }[];
    expect(Number(denied[0]!.n)).toBe(1);

    const otherTeam = await createTeam(t.db);
    const otherTl = await as(await createUser(t.db, 'teamleider', { teamId: otherTeam.id }));
    expect((await download(otherTl, `/api/cases/${caseId}/inzage.pdf`)).status).toBe(404);
    expect((await download(youth, `/api/cases/${caseId}/inzage`)).status).toBe(403);
    expect((await download(km, `/api/cases/not-a-uuid/inzage`)).status).toBe(400);
  });
});
