import type {
  CaseloadCounts,
  CompletedHandoversPage,
  HandoverCandidateOptions,
  HandoverPage,
  HandoverSettings,
  LeavingCasesPage,
  PlanBulkHandoversResult,
  ProblemDetails,
  SpreadCasesResult,
  WarmShareMonth,
} from '@koers/contracts';
import { addDays, addMonths, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { type ApiClient, startTestApp, type TestApp } from '../../test/utils';
import { loginAs, notificationsOf, ok } from '../../test/handover-factories';

describe('teamleider: caseload, planning handovers for a whole caseload, the team’s handover views', () => {
  let t: TestApp;
  let teamId: string;
  let leaderUser: TestUser;
  let leader: ApiClient;
  let leaving: TestUser;
  let x: TestUser;
  let y: TestUser;
  let leavingCases: string[];
  const today = todayInNl();
  const weeksAgo = (w: number) => new Date(Date.now() - w * 7 * 86_400_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    leaderUser = await createUser(t.db, 'teamleider', { teamId, name: 'Tessa Leider' });
    leaving = await createUser(t.db, 'klantmanager', { teamId, name: 'Lotte Vertrekt' });
    x = await createUser(t.db, 'klantmanager', { teamId, name: 'Xander Collega' });
    y = await createUser(t.db, 'klantmanager', { teamId, name: 'Yara Collega' });
    await createUser(t.db, 'klantmanager', { teamId, name: 'Zoë Uit', active: false });
    leader = await loginAs(t, leaderUser);
    leavingCases = [];
    for (const [i, options] of [{}, { nextEvaluationDate: addDays(today, -3) }, { lastContactAt: weeksAgo(5) }, { lastContactAt: weeksAgo(2) }].entries()) {
      leavingCases.push((await createCase(t.db, { teamId, contactUserId: leaving.id, name: `Jongere ${i + 1}`, ...options })).caseId);
    }
    await createCase(t.db, { teamId, contactUserId: leaving.id, phase: 'time_out', name: 'Pauze' });
    await createCase(t.db, { teamId, contactUserId: leaving.id, phase: 'afgesloten', name: 'Klaar' });
    await createCase(t.db, { teamId, contactUserId: x.id, name: 'Van Xander' });
  });
  afterAll(() => t.close());

  it('shows the caseload per active klantmanager, with the "no contact" weeks from the team or the query', async () => {
    const res = await leader.get<CaseloadCounts>('/api/team/caseload');
    expect(res.status).toBe(200);
    expect(res.body.noContactWeeks).toBe(3);
    expect(res.body.items.map((i) => i.user.name)).toEqual(['Lotte Vertrekt', 'Xander Collega', 'Yara Collega']);
    expect(res.body.items[0]).toEqual({
      user: { id: leaving.id, name: 'Lotte Vertrekt' },
      activeCases: 4,
      timeOut: 1,
      overdueEvaluations: 1,
      noContact: 1,
      incomingHandovers: 0,
      outgoingHandovers: 0,
    });
    expect(res.body.items[1]).toMatchObject({ activeCases: 1, timeOut: 0 });
    const oneWeek = await leader.get<CaseloadCounts>('/api/team/caseload?noContactWeeks=1');
    expect(oneWeek.body.items[0]!.noContact).toBe(2);
    expect((await leader.get<ProblemDetails>('/api/team/caseload?noContactWeeks=0')).status).toBe(400);
  });

  it('proposes a spread over chosen colleagues by caseload, without writing anything', async () => {
    const res = await leader.post<SpreadCasesResult>('/api/team/handovers/spread', { caseIds: leavingCases, successorUserIds: [x.id, y.id] });
    expect(res.status).toBe(200);
    expect(res.body.assignments.map((a) => (a.successorUserId === x.id ? 'x' : 'y'))).toEqual(['y', 'x', 'y', 'x']);
    expect(res.body.caseload).toEqual([
      { user: { id: x.id, name: 'Xander Collega' }, activeCasesBefore: 1, activeCasesAfter: 3 },
      { user: { id: y.id, name: 'Yara Collega' }, activeCasesBefore: 0, activeCasesAfter: 2 },
    ]);
    const onlyOwn = await leader.post<ProblemDetails>('/api/team/handovers/spread', { caseIds: [leavingCases[0]], successorUserIds: [leaving.id] });
    expect(onlyOwn.status).toBe(400);
    const foreign = await createCase(t.db, { teamId: (await createTeam(t.db)).id, contactUserId: (await createUser(t.db, 'klantmanager')).id });
    expect((await leader.post<ProblemDetails>('/api/team/handovers/spread', { caseIds: [foreign.caseId], successorUserIds: [x.id] })).body.errors![0]!.field).toBe('caseIds');
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM handover`)) as { n: number }[])[0]!.n).toBe(0);
  });

  it('plans handovers for a whole caseload at once (all or nothing); each then follows the workflow on its own', async () => {
    const planned = addDays(today, 28);
    const assignments = leavingCases.map((caseId, i) => ({ caseId, successorUserId: i % 2 ? x.id : y.id }));

    // All or nothing: one bad row (another team's case, a successor outside the team) and nothing is created.
    const foreign = await createCase(t.db, { teamId: (await createTeam(t.db)).id, contactUserId: (await createUser(t.db, 'klantmanager')).id });
    const bad = await leader.post<ProblemDetails>('/api/team/handovers', {
      reason: 'Lotte vertrekt',
      plannedSwitchDate: planned,
      assignments: [...assignments, { caseId: foreign.caseId, successorUserId: x.id }, { caseId: leavingCases[0], successorUserId: x.id }],
    });
    expect(bad.status).toBe(400);
    expect((await leader.post<ProblemDetails>('/api/team/handovers', { reason: 'x', plannedSwitchDate: planned, assignments: [{ caseId: leavingCases[0], successorUserId: leaving.id }, ...assignments.slice(1)] })).body.errors).toEqual([
      { field: 'assignments.0.successorUserId', message: expect.any(String) },
    ]);
    const badFields = await leader.post<ProblemDetails>('/api/team/handovers', { reason: 'x', plannedSwitchDate: planned, assignments: [...assignments, { caseId: foreign.caseId, successorUserId: x.id }] });
    expect(badFields.body.errors).toEqual([{ field: 'assignments.4.caseId', message: 'Dit traject bestaat niet of hoort niet bij uw team.' }]);
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM handover`)) as { n: number }[])[0]!.n).toBe(0);

    const res = await leader.post<PlanBulkHandoversResult>('/api/team/handovers', { reason: 'Lotte vertrekt', plannedSwitchDate: planned, assignments });
    expect(res.status).toBe(201);
    expect(res.body.handovers).toHaveLength(4);
    for (const h of res.body.handovers) expect(h).toMatchObject({ status: 'voorgesteld', from: { id: leaving.id }, plannedSwitchDate: planned, nextStep: 'wacht_op_acceptatie', daysToSwitch: 28 });
    expect(Object.fromEntries(res.body.handovers.map((h) => [h.caseId, h.successor!.id]))).toEqual(Object.fromEntries(assignments.map((a) => [a.caseId, a.successorUserId])));

    // The leaving colleague hears once; each successor once per case.
    expect((await notificationsOf(t.db, leaving.id)).filter((n) => n.kind === 'overdracht_stap')).toEqual([expect.objectContaining({ title: 'Overdrachten gepland voor 4 trajecten' })]);
    expect((await notificationsOf(t.db, x.id)).filter((n) => n.kind === 'overdracht_voorgesteld')).toHaveLength(2);

    // A second plan for the same cases: refused per row.
    const again = await leader.post<ProblemDetails>('/api/team/handovers', { reason: 'x', plannedSwitchDate: planned, assignments: assignments.slice(0, 1) });
    expect(again.body.errors![0]).toMatchObject({ field: 'assignments.0.caseId', message: expect.stringMatching(/loopt al een overdracht/) });

    // Each follows its own workflow: one accepted and announced.
    const first = res.body.handovers.find((h) => h.successor!.id === y.id)!;
    const yClient = await loginAs(t, y);
    const h = ok(await yClient.post(`/api/handovers/${first.id}/accept`, { version: 1 }));
    expect(ok(await (await loginAs(t, leaving)).post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version })).status).toBe('aangekondigd');

    const open = await leader.get<HandoverPage>('/api/team/handovers?limit=100');
    expect(open.body.items).toHaveLength(4);
    expect(open.body.items.find((i) => i.id === first.id)).toMatchObject({ status: 'aangekondigd', nextStep: 'kennismaken', missing: ['kennismakingen', 'kennismaking_met_contactpersoon', 'overdrachtsnotitie'] });
    expect(open.body.items.filter((i) => i.nextStep === 'wacht_op_acceptatie')).toHaveLength(3);
    const counts = await leader.get<CaseloadCounts>('/api/team/caseload');
    expect(counts.body.items.map((i) => [i.user.name, i.incomingHandovers, i.outgoingHandovers])).toEqual([
      ['Lotte Vertrekt', 0, 4],
      ['Xander Collega', 2, 0],
      ['Yara Collega', 2, 0],
    ]);
    // Keyset pages.
    const p1 = await leader.get<HandoverPage>('/api/team/handovers?limit=3');
    const p2 = await leader.get<HandoverPage>(`/api/team/handovers?limit=3&cursor=${p1.body.nextCursor}`);
    expect([...p1.body.items, ...p2.body.items].map((i) => i.id).sort()).toEqual(open.body.items.map((i) => i.id).sort());
    expect(p2.body.nextCursor).toBeNull();
  });

  it('counts completed handovers warm and cold per month and in a chosen period', async () => {
    const km = await createUser(t.db, 'klantmanager', { teamId });
    const nl = (sql: string) => `(${sql}) AT TIME ZONE 'Europe/Amsterdam'`;
    const thisMonth = nl(`date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') + interval '1 hour'`);
    const lastMonth = nl(`date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - interval '10 days'`);
    const add = async (warmth: 'warm' | 'koud', at: string) => {
      const c = await createCase(t.db, { teamId, contactUserId: km.id });
      await t.db.query(
        `INSERT INTO handover (case_id, team_id, kind, status, from_user_id, to_user_id, reason, planned_switch_date, switched_at, warmth, cold_reason)
         VALUES ($1, $2, 'gepland', 'overgedragen', $3, $4, 'Vertrek', current_date, ${at}, $5, CASE WHEN $5 = 'koud' THEN 'Ziek' END)`,
        [c.caseId, teamId, x.id, km.id, warmth],
      );
    };
    await add('warm', thisMonth);
    await add('warm', thisMonth);
    await add('koud', thisMonth);
    await add('warm', lastMonth);

    const share = await leader.get<WarmShareMonth[]>('/api/team/handovers/warm-share?months=3');
    expect(share.status).toBe(200);
    const month = (d: string) => d.slice(0, 7);
    expect(share.body).toEqual([
      { month: month(addMonths(today, -2)), warm: 0, koud: 0, warmShare: null },
      { month: month(addMonths(today, -1)), warm: 1, koud: 0, warmShare: 1 },
      { month: month(today), warm: 2, koud: 1, warmShare: 0.667 },
    ]);
    expect((await leader.get<WarmShareMonth[]>('/api/team/handovers/warm-share')).body).toHaveLength(12);
    expect((await leader.get('/api/team/handovers/warm-share?months=37')).status).toBe(400);

    const all = await leader.get<CompletedHandoversPage>(`/api/team/handovers/completed?from=${addDays(today, -60)}&to=${today}`);
    expect(all.body.totals).toEqual({ warm: 3, koud: 1 });
    const cold = await leader.get<CompletedHandoversPage>(`/api/team/handovers/completed?from=${addDays(today, -60)}&warmth=koud`);
    expect(cold.body.items).toHaveLength(1);
    expect(cold.body.items[0]).toMatchObject({ warmth: 'koud', coldReason: 'Ziek' });
    expect(cold.body.totals).toEqual({ warm: 3, koud: 1 });
    // Newest first, keyset pages of one.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: CompletedHandoversPage } = await leader.get<CompletedHandoversPage>(`/api/team/handovers/completed?from=${addDays(today, -60)}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((i) => i.switchedAt!));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect([...seen].sort().reverse()).toEqual(seen);
    expect((await leader.get<ProblemDetails>(`/api/team/handovers/completed?from=${today}&to=${addDays(today, -1)}`)).status).toBe(400);
    expect((await leader.get<ProblemDetails>('/api/team/handovers/completed?cursor=abc')).status).toBe(400);
  });

  it('keeps the team rules as settings of the teamleider’s own team', async () => {
    const get = await leader.get<HandoverSettings>(`/api/teams/${teamId}/handover-settings`);
    expect(get.body).toEqual({ teamId, version: 1, noticeDays: 14, minMeetings: 2, predecessorReadDays: 14 });
    const set = await leader.request<HandoverSettings>('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 1, noticeDays: 21, minMeetings: 3 });
    expect(set.body).toEqual({ teamId, version: 2, noticeDays: 21, minMeetings: 3, predecessorReadDays: 14 });
    const bad = await leader.request<ProblemDetails>('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 2, noticeDays: 91, minMeetings: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['minMeetings', 'noticeDays']);
    expect(bad.body.errors!.find((e) => e.field === 'noticeDays')!.message).toBe('Kies een aantal dagen van 0 tot en met 90.');
    expect((await leader.request('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 2 })).status).toBe(400);
    expect((await leader.request<ProblemDetails>('PATCH', `/api/teams/${teamId}/handover-settings`, { noticeDays: 10 })).body.errors!.map((e) => e.field)).toEqual(['version']);

    // Two people editing: the stale save is refused with the current settings, nothing is overwritten.
    const admin = await loginAs(t, await createUser(t.db, 'beheerder'));
    expect((await admin.request<HandoverSettings>('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 2, predecessorReadDays: 30 })).body.version).toBe(3);
    const stale = await leader.request<ProblemDetails & { current: HandoverSettings }>('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 2, noticeDays: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual({ teamId, version: 3, noticeDays: 21, minMeetings: 3, predecessorReadDays: 30 });
    const audit: { fields: string[] }[] = await t.db.query(`SELECT fields FROM audit_event WHERE action = 'team.handover_settings.update' AND object_id = $1 ORDER BY id`, [teamId]);
    expect(audit).toEqual([{ fields: ['noticeDays', 'minMeetings'] }, { fields: ['predecessorReadDays'] }]);
    expect((await leader.request('PATCH', `/api/teams/${teamId}/handover-settings`, { version: 3, noticeDays: 14, minMeetings: 2, predecessorReadDays: 14 })).status).toBe(200);

    const otherTeam = (await createTeam(t.db)).id;
    expect((await leader.get(`/api/teams/${otherTeam}/handover-settings`)).status).toBe(404);
    expect((await leader.request('PATCH', `/api/teams/${otherTeam}/handover-settings`, { version: 1, noticeDays: 3 })).status).toBe(404);
    expect((await admin.get(`/api/teams/${otherTeam}/handover-settings`)).status).toBe(200);
    expect((await (await loginAs(t, x)).get(`/api/teams/${teamId}/handover-settings`)).status).toBe(403);
  });

  it('the team views, the caseload counts included, are for the teamleider only', async () => {
    const km = await loginAs(t, x);
    for (const path of ['/api/team/handovers', '/api/team/handovers/completed', '/api/team/handovers/warm-share', '/api/team/cases-without-contact', '/api/team/caseload', `/api/team/klantmanagers/${leaving.id}/cases`]) {
      expect((await km.get(path)).status, path).toBe(403);
    }
    expect((await (await loginAs(t, await createUser(t.db, 'jongere', { teamId }))).get('/api/team/caseload')).status).toBe(403);
    expect((await km.post('/api/team/handovers', { reason: 'x', plannedSwitchDate: today, assignments: [] })).status).toBe(403);
    expect((await leader.post<ProblemDetails>('/api/team/handovers', { reason: 'x', plannedSwitchDate: today, assignments: [] })).status).toBe(400);
  });

  it('lists the open cases of a leaving klantmanager of the own team, by name, with any handover in progress (keyset pages)', async () => {
    const all: LeavingCasesPage['items'] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: LeavingCasesPage } = await leader.get<LeavingCasesPage>(`/api/team/klantmanagers/${leaving.id}/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    // Closed cases are left out; the time-out case is in; the four planned earlier have a handover in progress.
    expect(all.map((c) => c.youthName)).toEqual(['Jongere 1', 'Jongere 2', 'Jongere 3', 'Jongere 4', 'Pauze']);
    expect(all.filter((c) => c.openHandoverId !== null).map((c) => c.caseId).sort()).toEqual([...leavingCases].sort());
    expect(all.find((c) => c.youthName === 'Pauze')).toMatchObject({ phase: 'time_out', openHandoverId: null });

    // Someone of another team, or not a klantmanager: as if they did not exist.
    const stranger = await createUser(t.db, 'klantmanager', { teamId: (await createTeam(t.db)).id });
    expect((await leader.get<ProblemDetails>(`/api/team/klantmanagers/${stranger.id}/cases`)).status).toBe(404);
    expect((await leader.get<ProblemDetails>(`/api/team/klantmanagers/${leaderUser.id}/cases`)).status).toBe(404);
    expect((await leader.get<ProblemDetails>(`/api/team/klantmanagers/not-a-uuid/cases`)).status).toBe(400);
    expect((await leader.get<ProblemDetails>(`/api/team/klantmanagers/${leaving.id}/cases?cursor=abc`)).status).toBe(400);
  });
});

describe('the candidates for a handover of one case', () => {
  let t: TestApp;
  let teamId: string;
  let contact: TestUser;
  let colleague: TestUser;
  let caseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    contact = await createUser(t.db, 'klantmanager', { teamId, name: 'Carla Contact' });
    colleague = await createUser(t.db, 'klantmanager', { teamId, name: 'Bas Collega' });
    await createUser(t.db, 'klantmanager', { teamId, name: 'Anna Collega' });
    await createUser(t.db, 'klantmanager', { teamId, name: 'Oud Account', active: false });
    await createUser(t.db, 'teamleider', { teamId, name: 'Teun Leider' });
    caseId = (await createCase(t.db, { teamId, contactUserId: contact.id, name: 'Kandidaat Jongere' })).caseId;
    await createCase(t.db, { teamId, contactUserId: colleague.id });
    await createCase(t.db, { teamId, contactUserId: colleague.id, phase: 'time_out' });
    await createCase(t.db, { teamId, contactUserId: colleague.id, phase: 'afgesloten' });
  });
  afterAll(() => t.close());

  it('gives the contact person and the teamleider the active klantmanagers of the case’s team, without the contact person, with their active cases', async () => {
    const expected = {
      items: [
        { user: { id: expect.any(String), name: 'Anna Collega' }, activeCases: 0 },
        { user: { id: colleague.id, name: 'Bas Collega' }, activeCases: 1 },
      ],
    };
    const asContact = await (await loginAs(t, contact)).get<HandoverCandidateOptions>(`/api/cases/${caseId}/handover-candidates`);
    expect(asContact.status).toBe(200);
    expect(asContact.body).toEqual(expected);
    const leader = await loginAs(t, await createUser(t.db, 'teamleider', { teamId }));
    expect((await leader.get<HandoverCandidateOptions>(`/api/cases/${caseId}/handover-candidates`)).body).toEqual(expected);
  });

  it('is refused to anyone else: another team 404, a colleague without access 404, a reader who may not start a handover 403', async () => {
    const otherTeam = (await createTeam(t.db)).id;
    const otherLeader = await loginAs(t, await createUser(t.db, 'teamleider', { teamId: otherTeam }));
    const otherKm = await loginAs(t, await createUser(t.db, 'klantmanager', { teamId: otherTeam }));
    expect((await otherLeader.get<ProblemDetails>(`/api/cases/${caseId}/handover-candidates`)).status).toBe(404);
    expect((await otherKm.get<ProblemDetails>(`/api/cases/${caseId}/handover-candidates`)).status).toBe(404);
    expect((await (await loginAs(t, colleague)).get<ProblemDetails>(`/api/cases/${caseId}/handover-candidates`)).status).toBe(404);
    const missing = await (await loginAs(t, contact)).get<ProblemDetails>('/api/cases/00000000-0000-4000-8000-000000000000/handover-candidates');
    expect(missing.status).toBe(404);
    expect((await (await loginAs(t, contact)).get<ProblemDetails>('/api/cases/abc/handover-candidates')).status).toBe(400);
    const jongere = await loginAs(t, await createUser(t.db, 'jongere', { teamId }));
    expect((await jongere.get(`/api/cases/${caseId}/handover-candidates`)).status).toBe(403);
    const admin = await loginAs(t, await createUser(t.db, 'beheerder'));
    expect((await admin.get(`/api/cases/${caseId}/handover-candidates`)).status).toBe(403);

    // The chosen successor may read the case, but not start a handover on it.
    const proposed = ok(await (await loginAs(t, contact)).post(`/api/cases/${caseId}/handovers`, { candidateUserIds: [colleague.id], reason: 'Verlof', plannedSwitchDate: addDays(todayInNl(), 30) }));
    expect(proposed.successor?.id).toBe(colleague.id);
    const asSuccessor = await (await loginAs(t, colleague)).get<ProblemDetails>(`/api/cases/${caseId}/handover-candidates`);
    expect(asSuccessor.status).toBe(403);
    const denied: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'handover.candidates.read' AND result = 'denied' AND object_id = $1`, [caseId]);
    expect(denied[0]!.n).toBeGreaterThanOrEqual(4);
  });
});
