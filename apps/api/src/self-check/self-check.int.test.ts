import type {
  ImprovementAction,
  ImprovementActionList,
  MySelfCheckAnswers,
  ProblemDetails,
  SelfCheckInvite,
  SelfCheckResults,
  SelfCheckRound,
  SelfCheckRoundList,
  SelfCheckYouthInvitation,
} from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, startTestApp, type TestApp } from '../../test/utils';

describe('Doe de check: rounds, private answers, aggregated results, improvement plan', () => {
  let t: TestApp;
  let team: { id: string };
  let leaderUser: TestUser;
  let leader: ApiClient;
  let km: ApiClient[];
  let kmUsers: TestUser[];
  let outsider: ApiClient;
  let outsiderLeader: ApiClient;
  let youth: ApiClient;
  let admin: ApiClient;

  const as = (user: TestUser) => loginAs(t, user);
  const put = (c: ApiClient, roundId: string, factor: string, score: unknown) => c.request<ProblemDetails>('PUT', `/api/self-check/rounds/${roundId}/answers/${factor}`, { score });
  const open = async (title: string) => {
    const res = await leader.post<SelfCheckRound>('/api/self-check/rounds', { title });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const results = async (c: ApiClient, roundId: string, compareTo?: string) => {
    const res = await c.get<SelfCheckResults>(`/api/self-check/rounds/${roundId}/results${compareTo ? `?compareTo=${compareTo}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const audits = async (action: string) =>
    (await t.db.query(`SELECT actor_user_id, object_id, result, fields FROM audit_event WHERE action = $1 ORDER BY id`, [action])) as {
      actor_user_id: string;
      object_id: string;
      result: string;
      fields: string[] | null;
    }[];
  /** A jongere respondent straight into the database (the invitation link is not built yet). */
  const addYouthAnswers = async (roundId: string, scores: Record<string, number | null>) => {
    const r: { id: string }[] = await t.db.query(`INSERT INTO self_check_respondent (round_id, kind, invite_token_hash) VALUES ($1, 'jongere', md5(random()::text)) RETURNING id`, [roundId]);
    for (const [factor, score] of Object.entries(scores)) await t.db.query(`INSERT INTO self_check_answer (respondent_id, factor, score) VALUES ($1, $2, $3)`, [r[0]!.id, factor, score]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.db);
    const other = await createTeam(t.db);
    leaderUser = await createUser(t.db, 'teamleider', { teamId: team.id });
    kmUsers = [];
    for (let i = 0; i < 3; i++) kmUsers.push(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    leader = await as(leaderUser);
    km = [];
    for (const u of kmUsers) km.push(await as(u));
    outsider = await as(await createUser(t.db, 'klantmanager', { teamId: other.id }));
    outsiderLeader = await as(await createUser(t.db, 'teamleider', { teamId: other.id }));
    youth = await as(await createUser(t.db, 'jongere', { teamId: team.id }));
    admin = await as(await createUser(t.db, 'beheerder'));
  });
  afterAll(() => t.close());

  it('only a teamleider opens a round, for the own team; other roles are refused', async () => {
    expect((await km[0]!.post('/api/self-check/rounds', { title: 'Ronde' })).status).toBe(403);
    expect((await youth.post('/api/self-check/rounds', { title: 'Ronde' })).status).toBe(403);
    expect((await admin.post('/api/self-check/rounds', { title: 'Ronde' })).status).toBe(403);
    expect((await youth.get('/api/self-check/rounds')).status).toBe(403);
    const bad = await leader.post<ProblemDetails>('/api/self-check/rounds', { title: '   ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field)).toEqual(['title']);

    const round = await open('Najaar 2026');
    expect(round).toMatchObject({ teamId: team.id, title: 'Najaar 2026', status: 'open', respondents: 0, myAnswered: 0, factorCount: 31 });
    const list = await km[0]!.get<SelfCheckRoundList>('/api/self-check/rounds');
    expect(list.body.items.map((r) => r.id)).toContain(round.id);
    expect(list.body.permissions.canOpenRound).toBe(false);
    expect((await leader.get<SelfCheckRoundList>('/api/self-check/rounds')).body.permissions.canOpenRound).toBe(true);
    // Another team sees nothing of it.
    expect((await outsiderLeader.get<SelfCheckRoundList>('/api/self-check/rounds')).body.items.map((r) => r.id)).not.toContain(round.id);
    expect((await outsider.get(`/api/self-check/rounds/${round.id}/results`)).status).toBe(404);
    expect((await put(outsider, round.id, '1.1', 5)).status).toBe(404);
    expect((await outsider.get(`/api/self-check/rounds/${round.id}/my-answers`)).status).toBe(404);
    expect((await audits('self-check.round.access')).some((a) => a.object_id === round.id && a.result === 'denied')).toBe(true);
    const opened = await audits('self-check.round.open');
    expect(opened.at(-1)).toMatchObject({ actor_user_id: leaderUser.id, object_id: round.id, result: 'allowed' });
  });

  it('saves answers one by one, idempotently; bad input is 400 and changes nothing', async () => {
    const round = await open('Idempotent');
    expect((await put(km[0]!, round.id, '1.1', 7)).status).toBe(200);
    expect((await put(km[0]!, round.id, '1.1', 7)).status).toBe(200);
    expect((await put(km[0]!, round.id, '1.2', null)).status).toBe(200);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM self_check_answer a JOIN self_check_respondent p ON p.id = a.respondent_id WHERE p.round_id = $1`,
      [round.id],
    );
    expect(rows[0]!.n).toBe(2);
    for (const score of [0, 11, 5.5, '7', 'nvt']) {
      const res = await put(km[0]!, round.id, '1.1', score);
      expect(res.status, String(score)).toBe(400);
      expect(res.body.errors?.map((e) => e.field)).toEqual(['score']);
    }
    expect((await put(km[0]!, round.id, '8.40', 5)).status).toBe(400);
    expect((await km[0]!.request('PUT', `/api/self-check/rounds/not-a-uuid/answers/1.1`, { score: 5 })).status).toBe(400);
    const mine = await km[0]!.get<MySelfCheckAnswers>(`/api/self-check/rounds/${round.id}/my-answers`);
    expect(mine.body).toEqual({ roundId: round.id, canAnswer: true, answers: [{ factor: '1.1', score: 7 }, { factor: '1.2', score: null }] });
    // Clearing an answer
    expect((await km[0]!.request('DELETE', `/api/self-check/rounds/${round.id}/answers/1.2`)).status).toBe(204);
    expect((await km[0]!.get<MySelfCheckAnswers>(`/api/self-check/rounds/${round.id}/my-answers`)).body.answers).toEqual([{ factor: '1.1', score: 7 }]);
    // The audit says who answered which factor, never the score.
    const saved = await audits('self-check.answer.save');
    expect(saved.at(-1)).toMatchObject({ actor_user_id: kmUsers[0]!.id, object_id: round.id, fields: ['factor 1.2'] });
    expect(JSON.stringify(saved)).not.toMatch(/"7"|score/);
  });

  it('keeps answers private: nobody else, not even the teamleider, reads them', async () => {
    const round = await open('Privacy');
    await put(km[0]!, round.id, '3.12', 2);
    await put(km[1]!, round.id, '3.12', 9);
    // Each respondent sees only their own answer.
    expect((await km[0]!.get<MySelfCheckAnswers>(`/api/self-check/rounds/${round.id}/my-answers`)).body.answers).toEqual([{ factor: '3.12', score: 2 }]);
    expect((await km[1]!.get<MySelfCheckAnswers>(`/api/self-check/rounds/${round.id}/my-answers`)).body.answers).toEqual([{ factor: '3.12', score: 9 }]);
    // The teamleider, who did not answer, gets an empty list — and no route gives anyone's answers.
    expect((await leader.get<MySelfCheckAnswers>(`/api/self-check/rounds/${round.id}/my-answers`)).body.answers).toEqual([]);
    const res = await leader.get(`/api/self-check/rounds/${round.id}/results`);
    expect(JSON.stringify(res.body)).not.toContain(kmUsers[0]!.id);
    expect(JSON.stringify(res.body)).not.toContain(kmUsers[1]!.id);
    // With 2 respondents there are no numbers at all.
    const body = res.body as SelfCheckResults;
    expect(body.current.all.themes.every((th) => th.average === null && th.standardDeviation === null)).toBe(true);
    expect(body.current.lowestFactors).toEqual([]);
  });

  it('shows aggregates only from 3 respondents (2: nothing; 3: averages and spread)', async () => {
    const round = await open('Drempel');
    // Theme 1 (1.1–1.7): person means 4, 6 → not shown
    await put(km[0]!, round.id, '1.1', 4);
    await put(km[1]!, round.id, '1.1', 6);
    let r = await results(leader, round.id);
    expect(r.minRespondents).toBe(3);
    expect(r.current.all).toMatchObject({ respondents: 2, shown: false });
    expect(r.current.all.themes[0]).toEqual({ theme: 1, respondents: 2, shown: false, average: null, standardDeviation: null });
    expect(r.current.round.respondents).toBe(2);

    await put(km[2]!, round.id, '1.1', 8);
    r = await results(km[0]!, round.id);
    expect(r.current.all).toMatchObject({ respondents: 3, shown: true });
    expect(r.current.all.themes[0]).toEqual({ theme: 1, respondents: 3, shown: true, average: 6, standardDeviation: 1.6 });
    // Other themes: nobody scored them → no numbers.
    expect(r.current.all.themes[1]).toMatchObject({ theme: 2, respondents: 0, shown: false, average: null });
    expect(r.current.themes).toHaveLength(7);
    expect(r.current.staff.themes[0]!.average).toBe(6);
    expect(r.current.jongere).toMatchObject({ respondents: 0, shown: false });
    // The lowest factors come with their tips from the werkwijzer content.
    expect(r.current.lowestFactors).toHaveLength(1);
    expect(r.current.lowestFactors[0]).toMatchObject({ factor: '1.1', theme: 1, average: 6, respondents: 3 });
    expect(r.current.lowestFactors[0]!.tips.length).toBeGreaterThan(0);
    expect(r.current.lowestFactors[0]!.title.length).toBeGreaterThan(0);
  });

  it('separates staff from jongeren and compares with an earlier round; a closed round takes no answers', async () => {
    const earlier = await open('Voorjaar');
    for (const [i, c] of km.entries()) await put(c, earlier.id, '5.20', 3 + i); // 3,4,5 → 4
    const later = await open('Najaar');
    expect((await put(km[0]!, earlier.id, '5.20', 9)).status).toBe(409);
    const rounds = (await leader.get<SelfCheckRoundList>('/api/self-check/rounds')).body.items;
    expect(rounds.find((x) => x.id === earlier.id)!.status).toBe('gesloten');
    expect(rounds.filter((x) => x.status === 'open')).toHaveLength(1);

    for (const c of km) await put(c, later.id, '5.20', 8);
    for (const s of [2, 3, 4]) await addYouthAnswers(later.id, { '5.20': s });
    const r = await results(leader, later.id, earlier.id);
    const theme5 = (g: { themes: { theme: number; average: number | null }[] }) => g.themes.find((x) => x.theme === 5)!.average;
    expect(theme5(r.current.staff)).toBe(8);
    expect(theme5(r.current.jongere)).toBe(3);
    expect(theme5(r.current.all)).toBe(5.5);
    expect(r.current.all.respondents).toBe(6);
    expect(r.compare!.round.id).toBe(earlier.id);
    expect(theme5(r.compare!.all)).toBe(4);
    // A round of another team cannot be the comparison.
    const foreign = await outsiderLeader.post<SelfCheckRound>('/api/self-check/rounds', { title: 'Ander team' });
    expect(foreign.status).toBe(201);
    expect((await leader.get(`/api/self-check/rounds/${later.id}/results?compareTo=${foreign.body.id}`)).status).toBe(404);
    expect((await leader.get(`/api/self-check/rounds/${later.id}/results?compareTo=nee`)).status).toBe(400);
  });

  it('keeps an improvement plan per theme: create, list, update with version (409 when stale), delete', async () => {
    const round = await open('Verbeterplan');
    const bad = await km[0]!.post<ProblemDetails>(`/api/self-check/rounds/${round.id}/actions`, { theme: 9, text: '', owner: '', dueDate: '2027-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['dueDate', 'owner', 'text', 'theme']);
    const created = await km[0]!.post<ImprovementAction>(`/api/self-check/rounds/${round.id}/actions`, { theme: 4, text: 'Elke jongere een mentor aanbieden', owner: 'Sanne', dueDate: '2027-03-01' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ theme: 4, owner: 'Sanne', dueDate: '2027-03-01', done: false, version: 1 });
    const id = created.body.id;
    expect((await outsider.post(`/api/self-check/rounds/${round.id}/actions`, { theme: 4, text: 'x', owner: 'y' })).status).toBe(404);
    expect((await outsiderLeader.request('PATCH', `/api/self-check/actions/${id}`, { version: 1, done: true })).status).toBe(404);
    expect((await youth.get(`/api/self-check/rounds/${round.id}/actions`)).status).toBe(403);

    const updated = await leader.request<ImprovementAction>('PATCH', `/api/self-check/actions/${id}`, { version: 1, done: true });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ done: true, version: 2 });
    const stale = await km[0]!.request<ProblemDetails & { current: ImprovementAction }>('PATCH', `/api/self-check/actions/${id}`, { version: 1, text: 'Anders' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, done: true, text: 'Elke jongere een mentor aanbieden' });

    // Many writers at once on version 2: exactly one wins.
    const writers = await Promise.all([...km, leader].map((c, i) => c.request('PATCH', `/api/self-check/actions/${id}`, { version: 2, owner: `Eigenaar ${i}` })));
    expect(writers.map((w) => w.status).sort()).toEqual([200, 409, 409, 409]);

    const list = await km[1]!.get<ImprovementActionList>(`/api/self-check/rounds/${round.id}/actions`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]!.version).toBe(3);
    expect((await km[1]!.request('DELETE', `/api/self-check/actions/${id}?version=2`)).status).toBe(409);
    expect((await km[1]!.request('DELETE', `/api/self-check/actions/${id}?version=3`)).status).toBe(204);
    expect((await km[1]!.get<ImprovementActionList>(`/api/self-check/rounds/${round.id}/actions`)).body.items).toEqual([]);
    expect((await audits('self-check.action.create')).at(-1)).toMatchObject({ object_id: id, fields: ['theme', 'text', 'owner', 'dueDate'] });
    expect((await audits('self-check.action.update')).filter((a) => a.object_id === id)).toHaveLength(2);
    expect((await audits('self-check.action.delete')).at(-1)).toMatchObject({ object_id: id, actor_user_id: kmUsers[1]!.id });
  });

  it('lets jongeren take part by a link: each link is one private respondent, counted as jongere', async () => {
    const round = await open('Met jongeren');
    expect((await youth.post(`/api/self-check/rounds/${round.id}/youth-invitations`)).status).toBe(403);
    expect((await outsider.post(`/api/self-check/rounds/${round.id}/youth-invitations`)).status).toBe(404);
    const links: SelfCheckYouthInvitation[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await km[0]!.post<SelfCheckYouthInvitation>(`/api/self-check/rounds/${round.id}/youth-invitations`);
      expect(res.status).toBe(201);
      expect(res.body.path).toBe(`/check/${res.body.token}`);
      links.push(res.body);
    }
    // Only the hash is stored.
    const stored: { invite_token_hash: string }[] = await t.db.query(`SELECT invite_token_hash FROM self_check_respondent WHERE round_id = $1`, [round.id]);
    expect(stored.map((r) => r.invite_token_hash)).not.toContain(links[0]!.token);

    const anonymous = new ApiClient(t.baseUrl);
    const page = await anonymous.get<SelfCheckInvite>(`/api/self-check/invite/${links[0]!.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ roundTitle: 'Met jongeren', canAnswer: true, answers: [] });
    expect(page.body.themes.flatMap((th) => th.factors)).toHaveLength(31);
    for (const [i, link] of links.entries()) {
      const res = await anonymous.request(`PUT`, `/api/self-check/invite/${link.token}/answers/4.17`, { score: 4 + i });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect((await anonymous.request('PUT', `/api/self-check/invite/${links[0]!.token}/answers/4.17`, { score: 12 })).status).toBe(400);
    // Each link sees only its own answer.
    expect((await anonymous.get<SelfCheckInvite>(`/api/self-check/invite/${links[1]!.token}`)).body.answers).toEqual([{ factor: '4.17', score: 5 }]);
    expect((await anonymous.get(`/api/self-check/invite/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous.request('PUT', `/api/self-check/invite/${'x'.repeat(43)}/answers/4.17`, { score: 5 })).status).toBe(404);
    const r = await results(leader, round.id);
    expect(r.current.jongere).toMatchObject({ respondents: 3, shown: true });
    expect(r.current.jongere.themes.find((x) => x.theme === 4)!.average).toBe(5);
    expect(r.current.staff).toMatchObject({ respondents: 0, shown: false });
    expect((await audits('self-check.invitation.create')).length).toBeGreaterThanOrEqual(3);
    // A closed round takes no more answers by link.
    await open('Daarna');
    expect((await anonymous.request('PUT', `/api/self-check/invite/${links[0]!.token}/answers/4.17`, { score: 9 })).status).toBe(409);
    expect((await anonymous.get<SelfCheckInvite>(`/api/self-check/invite/${links[0]!.token}`)).body.canAnswer).toBe(false);
  });
});
