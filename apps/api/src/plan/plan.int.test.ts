import {
  CONSEQUENCES_SUGGESTION,
  type PlanAgreement,
  type PlanGoal,
  type PlanOverview,
  type PlanRevisionPage,
  type PlanStep,
  type PlanVersionDetail,
  type ProblemDetails,
} from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

type Conflict<T> = ProblemDetails & { current: T };

describe('plan van aanpak: content, authorship, history, concurrency, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const today = todayInNl();
  const soon = addDays(today, 30);

  const as = (user: TestUser) => loginAs(t, user);
  const count = async (table: string, caseId: string): Promise<number> =>
    ((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId])) as { n: number }[])[0]!.n;
  const counts = async (caseId: string) => ({
    plan_version: await count('plan_version', caseId),
    goal: await count('goal', caseId),
    step: await count('step', caseId),
    agreement: await count('agreement', caseId),
    revision: await count('revision', caseId),
  });
  /** A case with km as contact person and a concept plan. */
  const caseWithPlan = async (options: { youthUserId?: string } = {}) => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Sara de Vries', ...options });
    const plan = await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`);
    expect(plan.status).toBe(201);
    return { ...c, plan: plan.body };
  };
  const addGoal = async (planId: string, body: Record<string, unknown> = {}) => {
    const res = await km.post<PlanGoal>(`/api/plan-versions/${planId}/goals`, { title: 'Een vaste slaapplek', ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const patch = <T>(client: ApiClient, path: string, body: unknown) => client.request<T>('PATCH', path, body);
  const del = <T>(client: ApiClient, path: string) => client.request<T>('DELETE', path);

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager' } }));
  });
  afterAll(() => t.close());

  it('starts version 1 as a concept with a plain consequences text; a second start is refused; reads and writes are audited', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const empty = await km.get<PlanOverview>(`/api/cases/${c.caseId}/plan`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ caseId: c.caseId, current: null, inForceNumber: null, versions: [], contactPerson: { id: kmUser.id, name: 'Kim Klantmanager' }, permissions: { canEdit: true, canEvaluate: false } });

    const created = await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: 1, status: 'concept', version: 1, consequences: CONSEQUENCES_SUGGESTION, evaluationDate: null, goals: [], agreements: [] });
    expect(created.body.readiness.ready).toBe(false);
    expect(created.body.readiness.missing.map((m) => m.field)).toEqual(['evaluationDate', 'goals', 'agreements.werk_zoeken', 'agreements.verplichting', 'agreements.ondersteuning']);

    const again = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/plan`);
    expect(again.status).toBe(409);
    expect(again.body.title).toMatch(/al een plan van aanpak/);

    const overview = await km.get<PlanOverview>(`/api/cases/${c.caseId}/plan`);
    expect(overview.body.current?.id).toBe(created.body.id);
    expect(overview.body.versions).toEqual([expect.objectContaining({ number: 1, status: 'concept', establishedAt: null })]);

    const audit: { action: string; object_type: string; result: string }[] = await t.db.query(
      `SELECT action, object_type, result FROM audit_event WHERE case_id = $1 ORDER BY id`,
      [c.caseId],
    );
    expect(audit).toEqual([
      { action: 'plan.read', object_type: 'plan', result: 'allowed' },
      { action: 'plan.create', object_type: 'plan_version', result: 'allowed' },
      { action: 'plan.read', object_type: 'plan', result: 'allowed' },
    ]);
    const revisions: { entity_type: string; before: unknown; after: { status: string } }[] = await t.db.query(`SELECT entity_type, before, after FROM revision WHERE case_id = $1`, [c.caseId]);
    expect(revisions).toEqual([{ entity_type: 'plan_version', before: null, after: expect.objectContaining({ status: 'concept', consequences: CONSEQUENCES_SUGGESTION }) }]);
  });

  it('keeps goals with authorship, the jongere’s own words apart, the intake wish, steps with owners and agreements of three kinds', async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Sara' });
    const { caseId, plan } = await caseWithPlan({ youthUserId: youthUser.id });
    const [wish] = (await t.db.query(`INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, 'wens', 'Een eigen plek', $2, 'klantmanager') RETURNING id`, [
      caseId,
      kmUser.id,
    ])) as { id: string }[];
    const [uncle] = (await t.db.query(`INSERT INTO network_member (case_id, name, relation, organisation) VALUES ($1, 'Oom Karim', 'anders', 'Familie') RETURNING id`, [caseId])) as { id: string }[];

    const goal = await addGoal(plan.id, { description: 'Samen zoeken naar een kamer', youthWords: 'Ik wil gewoon rust, een eigen bed', wishId: wish!.id, targetDate: soon });
    expect(goal).toMatchObject({
      planVersionId: plan.id,
      title: 'Een vaste slaapplek',
      description: 'Samen zoeken naar een kamer',
      youthWords: 'Ik wil gewoon rust, een eigen bed',
      wish: { id: wish!.id, kind: 'wens', text: 'Een eigen plek' },
      urgentObstacle: null,
      priority: 1,
      targetDate: soon,
      status: 'open',
      author: { id: kmUser.id, name: 'Kim Klantmanager', role: 'klantmanager' },
      lastEditedBy: null,
      version: 1,
      steps: [],
    });
    expect(goal.lineageId).toMatch(/^[0-9a-f-]{36}$/);
    const second = await addGoal(plan.id, { title: 'Rijbewijs halen' });
    expect(second.priority).toBe(2);

    const steps: PlanStep[] = [];
    for (const body of [
      { text: 'Inschrijven bij Woonnet', ownerKind: 'jongere', dueDate: addDays(today, 7) },
      { text: 'Urgentieverklaring aanvragen', ownerKind: 'klantmanager' },
      { text: 'Logeerplek regelen tot er een kamer is', ownerKind: 'netwerk', ownerNetworkMemberId: uncle!.id },
    ]) {
      const res = await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      steps.push(res.body);
    }
    expect(steps.map((s) => [s.position, s.owner.kind, s.owner.name])).toEqual([
      [0, 'jongere', 'Sara de Vries'],
      [1, 'klantmanager', 'Kim Klantmanager'],
      [2, 'netwerk', 'Oom Karim'],
    ]);
    expect(steps[2]!.owner.networkMember).toEqual({ id: uncle!.id, name: 'Oom Karim', organisation: 'Familie' });
    expect(steps[0]).toMatchObject({ dueDate: addDays(today, 7), done: false, doneAt: null, author: { id: kmUser.id, role: 'klantmanager' } });
    const owners: { owner_kind: string; owner_user_id: string | null }[] = await t.db.query(`SELECT owner_kind, owner_user_id FROM step WHERE goal_id = $1 ORDER BY position`, [goal.id]);
    expect(owners.map((o) => o.owner_user_id)).toEqual([youthUser.id, kmUser.id, null]);

    for (const [kind, text] of [
      ['ondersteuning', 'De gemeente betaalt je reiskosten naar sollicitaties'],
      ['werk_zoeken', 'Je zoekt werk in de techniek, minstens twee brieven per week'],
      ['verplichting', 'Je komt naar de afspraken, of je belt af'],
    ]) {
      const res = await km.post<PlanAgreement>(`/api/plan-versions/${plan.id}/agreements`, { kind, text });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind, text, position: 0, author: { id: kmUser.id, name: 'Kim Klantmanager', role: 'klantmanager' } });
    }

    const overview = await km.get<PlanOverview>(`/api/cases/${caseId}/plan`);
    const current = overview.body.current!;
    expect(current.goals.map((g) => g.title)).toEqual(['Een vaste slaapplek', 'Rijbewijs halen']);
    expect(current.goals[0]!.steps.map((s) => s.text)).toEqual(['Inschrijven bij Woonnet', 'Urgentieverklaring aanvragen', 'Logeerplek regelen tot er een kamer is']);
    // Grouped by kind in a fixed order: werk zoeken, verplichtingen, ondersteuning.
    expect(current.agreements.map((a) => a.kind)).toEqual(['werk_zoeken', 'verplichting', 'ondersteuning']);
    expect(current.readiness.missing.map((m) => m.field)).toEqual(['evaluationDate']);

    const dated = await patch<PlanVersionDetail>(km, `/api/plan-versions/${plan.id}`, { evaluationDate: soon, version: plan.version });
    expect(dated.status).toBe(200);
    expect(dated.body).toMatchObject({ evaluationDate: soon, version: plan.version + 1, readiness: { ready: true, missing: [] } });
  });

  it('refuses bad input with Dutch field messages and changes nothing', async () => {
    const { caseId, plan } = await caseWithPlan();
    const other = await caseWithPlan();
    const goal = await addGoal(plan.id);
    const [foreignWish] = (await t.db.query(`INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, 'wens', 'Iets', $2, 'klantmanager') RETURNING id`, [
      other.caseId,
      kmUser.id,
    ])) as { id: string }[];
    const [foreignMember] = (await t.db.query(`INSERT INTO network_member (case_id, name, relation) VALUES ($1, 'Iemand Anders', 'mentor') RETURNING id`, [other.caseId])) as { id: string }[];
    const before = await counts(caseId);

    const cases: { path: string; method?: string; body?: unknown; fields: string[]; message?: RegExp }[] = [
      { path: `/api/plan-versions/${plan.id}/goals`, body: { title: '   ', priority: 'eerst', targetDate: '2027-02-30' }, fields: ['priority', 'targetDate', 'title'] },
      { path: `/api/plan-versions/${plan.id}/goals`, body: { title: 'Oud doel', targetDate: addDays(today, -1) }, fields: ['targetDate'], message: /vanaf vandaag/ },
      { path: `/api/plan-versions/${plan.id}/goals`, body: { title: 'Vreemde wens', wishId: foreignWish!.id }, fields: ['wishId'], message: /intake van deze jongere/ },
      { path: `/api/plan-versions/${plan.id}/goals`, body: { title: 'Extra', secret: true }, fields: ['secret'], message: /onbekend/ },
      { path: `/api/plan-versions/${plan.id}/agreements`, body: { kind: 'boete', text: '' }, fields: ['kind', 'text'] },
      { path: `/api/goals/${goal.id}/steps`, body: { text: 'Bellen', ownerKind: 'netwerk' }, fields: ['ownerNetworkMemberId'], message: /Kies wie uit het netwerk/ },
      { path: `/api/goals/${goal.id}/steps`, body: { text: 'Bellen', ownerKind: 'netwerk', ownerNetworkMemberId: foreignMember!.id }, fields: ['ownerNetworkMemberId'], message: /netwerk van deze jongere/ },
      { path: `/api/goals/${goal.id}/steps`, body: { text: 'Bellen', ownerKind: 'jongere', ownerNetworkMemberId: foreignMember!.id }, fields: ['ownerNetworkMemberId'] },
      { path: `/api/goals/${goal.id}/steps`, body: { text: '', ownerKind: 'buurman' }, fields: ['ownerKind', 'text'] },
      { path: `/api/goals/${goal.id}/status`, body: { status: 'losgelaten', version: 1 }, fields: ['letGoReason'], message: /waarom/ },
      { path: `/api/goals/${goal.id}/status`, body: { status: 'behaald', letGoReason: 'x', version: 1 }, fields: ['letGoReason'] },
      { path: `/api/goals/${goal.id}/status`, body: { status: 'klaar', version: 'een' }, fields: ['status', 'version'] },
      { path: `/api/goals/${goal.id}`, method: 'PATCH', body: { title: null, version: 1 }, fields: ['title'] },
      { path: `/api/goals/${goal.id}`, method: 'PATCH', body: { version: 1 }, fields: [] },
      { path: `/api/goals/${goal.id}`, method: 'DELETE', fields: ['version'] },
      { path: `/api/goals/niet-een-uuid`, method: 'PATCH', body: { title: 'x', version: 1 }, fields: ['goalId'] },
      { path: `/api/plan-versions/${plan.id}`, method: 'PATCH', body: { evaluationDate: addDays(today, -3), version: 1 }, fields: ['evaluationDate'] },
      { path: `/api/plan-versions/${plan.id}/agree`, body: { party: 'gemeente', version: 1 }, fields: ['party'] },
    ];
    for (const c of cases) {
      const res = await km.request<ProblemDetails>(c.method ?? 'POST', c.path, c.body);
      expect(res.status, `${c.method ?? 'POST'} ${c.path} ${JSON.stringify(c.body)}`).toBe(400);
      expect(res.body.title).toMatch(/[a-z]/);
      expect((res.body.errors ?? []).map((e) => e.field).sort(), c.path).toEqual(c.fields);
      if (c.message) expect(res.body.errors!.map((e) => e.message).join(' ')).toMatch(c.message);
      for (const e of res.body.errors ?? []) expect(e.message).not.toMatch(/ must | should /);
    }
    expect(await counts(caseId)).toEqual(before);
    const unchanged = await km.get<PlanOverview>(`/api/cases/${caseId}/plan`);
    expect(unchanged.body.current).toMatchObject({ version: 1, evaluationDate: null, goals: [expect.objectContaining({ version: 1, title: 'Een vaste slaapplek', status: 'open' })] });
  });

  it('writes a revision for every edit (who, when, before and after) and pages them newest first', async () => {
    const { caseId, plan } = await caseWithPlan();
    const goal = await addGoal(plan.id, { youthWords: 'Ik wil rust' });
    const first = await patch<PlanGoal>(km, `/api/goals/${goal.id}`, { youthWords: 'Ik wil een eigen bed', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ youthWords: 'Ik wil een eigen bed', version: 2, lastEditedBy: { id: kmUser.id, name: 'Kim Klantmanager', role: 'klantmanager' } });
    // Authorship stays with who first wrote the goal.
    expect(first.body.author.id).toBe(kmUser.id);
    const second = await patch<PlanGoal>(km, `/api/goals/${goal.id}`, { title: 'Een eigen kamer', targetDate: soon, description: '', version: 2 });
    expect(second.body).toMatchObject({ title: 'Een eigen kamer', targetDate: soon, description: null, version: 3 });

    const page1 = await km.get<PlanRevisionPage>(`/api/cases/${caseId}/plan/revisions?entityType=goal&entityId=${goal.id}&limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((r) => [r.before?.title ?? null, r.after?.title ?? null])).toEqual([
      ['Een vaste slaapplek', 'Een eigen kamer'],
      ['Een vaste slaapplek', 'Een vaste slaapplek'],
    ]);
    expect(page1.body.items[1]).toMatchObject({ entityType: 'goal', entityId: goal.id, changedBy: { id: kmUser.id, role: 'klantmanager' }, before: { youthWords: 'Ik wil rust' }, after: { youthWords: 'Ik wil een eigen bed' } });
    const page2 = await km.get<PlanRevisionPage>(`/api/cases/${caseId}/plan/revisions?entityType=goal&entityId=${goal.id}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items).toEqual([expect.objectContaining({ before: null, after: expect.objectContaining({ title: 'Een vaste slaapplek' }) })]);
    expect(page2.body.nextCursor).toBeNull();

    const audit: { action: string; fields: string[] | null }[] = await t.db.query(`SELECT action, fields FROM audit_event WHERE object_id = $1 ORDER BY id`, [goal.id]);
    expect(audit).toEqual([
      { action: 'plan.goal.create', fields: ['title', 'youthWords'] },
      { action: 'plan.goal.update', fields: ['youthWords'] },
      { action: 'plan.goal.update', fields: ['title', 'description', 'targetDate'] },
      { action: 'plan.read', fields: null },
      { action: 'plan.read', fields: null },
    ]);
  });

  it('answers a stale write with 409 and the current record; many parallel writers: only successful writes count', async () => {
    const { caseId, plan } = await caseWithPlan();
    const goal = await addGoal(plan.id);

    const stale = await patch<Conflict<PlanGoal>>(km, `/api/goals/${goal.id}`, { title: 'Eerste', version: 1 });
    expect(stale.status).toBe(200);
    const lost = await patch<Conflict<PlanGoal>>(km, `/api/goals/${goal.id}`, { title: 'Tweede', version: 1 });
    expect(lost.status).toBe(409);
    expect(lost.body.current).toMatchObject({ id: goal.id, title: 'Eerste', version: 2 });

    // All with the same version: exactly one wins.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => patch(km, `/api/goals/${goal.id}`, { title: `Burst ${i}`, version: 2 })));
    expect(burst.map((r) => r.status).sort()).toEqual([200, ...Array(11).fill(409)]);

    // Writers that retry with the version the 409 gave them: the final version counts exactly the successes.
    let successes = 0;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        let version = 3;
        for (let attempt = 0; attempt < 4; attempt++) {
          const res = await patch<PlanGoal | Conflict<PlanGoal>>(km, `/api/goals/${goal.id}`, { description: `Schrijver ${w}, poging ${attempt}`, version });
          if (res.status === 200) {
            successes++;
            version = (res.body as PlanGoal).version;
          } else {
            expect(res.status).toBe(409);
            conflicts++;
            version = (res.body as Conflict<PlanGoal>).current.version;
          }
        }
      }),
    );
    expect(successes + conflicts).toBe(32);
    expect(successes).toBeGreaterThan(0);
    const final = (await km.get<PlanOverview>(`/api/cases/${caseId}/plan`)).body.current!.goals[0]!;
    expect(final.version).toBe(3 + successes);
    const revisions: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM revision WHERE entity_id = $1`, [goal.id]);
    // create + "Eerste" + one burst winner + every retry success
    expect(revisions[0]!.n).toBe(3 + successes);
    const updates: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'plan.goal.update'`, [goal.id]);
    expect(updates[0]!.n).toBe(2 + successes);
  });

  it('deletes goals (with their steps), steps and agreements in a concept, with version, and keeps their history', async () => {
    const { caseId, plan } = await caseWithPlan();
    const goal = await addGoal(plan.id);
    const step = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Bellen', ownerKind: 'jongere' })).body;
    const step2 = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Mailen', ownerKind: 'klantmanager' })).body;
    const agreement = (await km.post<PlanAgreement>(`/api/plan-versions/${plan.id}/agreements`, { kind: 'werk_zoeken', text: 'Elke week een brief' })).body;
    const [obstacle] = (await t.db.query(`INSERT INTO urgent_obstacle (case_id, kind, description, created_by, goal_id) VALUES ($1, 'slaapplek', 'Slaapt op de bank', $2, $3) RETURNING id`, [
      caseId,
      kmUser.id,
      goal.id,
    ])) as { id: string }[];

    expect((await del(km, `/api/steps/${step.id}?version=2`)).status).toBe(409);
    expect((await del(km, `/api/steps/${step.id}?version=1`)).status).toBe(204);
    expect((await del(km, `/api/steps/${step.id}?version=1`)).status).toBe(404);
    expect((await del(km, `/api/agreements/${agreement.id}?version=1`)).status).toBe(204);
    const staleGoal = await del<Conflict<PlanGoal>>(km, `/api/goals/${goal.id}?version=7`);
    expect(staleGoal.status).toBe(409);
    expect(staleGoal.body.current).toMatchObject({ id: goal.id, version: 1 });
    expect((await del(km, `/api/goals/${goal.id}?version=1`)).status).toBe(204);

    expect(await counts(caseId)).toMatchObject({ goal: 0, step: 0, agreement: 0 });
    const link: { goal_id: string | null }[] = await t.db.query(`SELECT goal_id FROM urgent_obstacle WHERE id = $1`, [obstacle!.id]);
    expect(link[0]!.goal_id).toBeNull();
    const deletions: { entity_type: string; entity_id: string }[] = await t.db.query(
      `SELECT entity_type, entity_id FROM revision WHERE case_id = $1 AND after IS NULL ORDER BY id`,
      [caseId],
    );
    expect(deletions).toEqual([
      { entity_type: 'step', entity_id: step.id },
      { entity_type: 'agreement', entity_id: agreement.id },
      { entity_type: 'step', entity_id: step2.id },
      { entity_type: 'goal', entity_id: goal.id },
    ]);
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND action LIKE '%.delete' ORDER BY id`, [caseId]);
    expect(audit.map((a) => a.action)).toEqual(['plan.step.delete', 'plan.agreement.delete', 'plan.goal.delete']);
  });

  it('edits steps and agreements: owner changes, a kind change moves the agreement, done is progress', async () => {
    const { caseId, plan } = await caseWithPlan();
    const goal = await addGoal(plan.id);
    const [mentor] = (await t.db.query(`INSERT INTO network_member (case_id, name, relation) VALUES ($1, 'Mentor Mo', 'mentor') RETURNING id`, [caseId])) as { id: string }[];
    const step = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Bellen', ownerKind: 'jongere' })).body;
    const toMentor = await patch<PlanStep>(km, `/api/steps/${step.id}`, { ownerKind: 'netwerk', ownerNetworkMemberId: mentor!.id, dueDate: soon, version: 1 });
    expect(toMentor.status, JSON.stringify(toMentor.body)).toBe(200);
    expect(toMentor.body).toMatchObject({ owner: { kind: 'netwerk', name: 'Mentor Mo' }, dueDate: soon, version: 2 });
    const back = await patch<PlanStep>(km, `/api/steps/${step.id}`, { ownerKind: 'klantmanager', version: 2 });
    expect(back.body).toMatchObject({ owner: { kind: 'klantmanager', networkMember: null, name: 'Kim Klantmanager' }, version: 3 });
    const done = await km.post<PlanStep>(`/api/steps/${step.id}/done`, { done: true, version: 3 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ done: true, version: 4 });
    expect(done.body.doneAt).not.toBeNull();
    const undone = await km.post<PlanStep>(`/api/steps/${step.id}/done`, { done: false, version: 4 });
    expect(undone.body).toMatchObject({ done: false, doneAt: null, version: 5 });

    const a1 = (await km.post<PlanAgreement>(`/api/plan-versions/${plan.id}/agreements`, { kind: 'ondersteuning', text: 'Hulp bij je cv' })).body;
    const a2 = (await km.post<PlanAgreement>(`/api/plan-versions/${plan.id}/agreements`, { kind: 'werk_zoeken', text: 'Twee brieven per week' })).body;
    const moved = await patch<PlanAgreement>(km, `/api/agreements/${a2.id}`, { kind: 'ondersteuning', text: 'Samen twee brieven per week schrijven', version: 1 });
    expect(moved.body).toMatchObject({ kind: 'ondersteuning', text: 'Samen twee brieven per week schrijven', position: a1.position + 1, version: 2 });
    expect((await patch(km, `/api/agreements/${a2.id}`, { text: 'Oud', version: 1 })).status).toBe(409);
  });

  it('turns an urgent obstacle into the first goal with one click (and starts the plan when there is none)', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'intake' });
    const insertObstacle = async (caseId: string, kind: string, description: string, resolved = false) =>
      ((await t.db.query(`INSERT INTO urgent_obstacle (case_id, kind, description, created_by, resolved_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        caseId,
        kind,
        description,
        kmUser.id,
        resolved ? new Date() : null,
      ])) as { id: string }[])[0]!.id;
    const sleep = await insertObstacle(c.caseId, 'slaapplek', 'Slaapt wisselend bij vrienden');
    const first = await km.post<PlanGoal>(`/api/cases/${c.caseId}/urgent-obstacles/${sleep}/goal`);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ title: 'Een vaste slaapplek', description: 'Slaapt wisselend bij vrienden', urgentObstacle: { id: sleep, kind: 'slaapplek' } });
    const plan = (await km.get<PlanOverview>(`/api/cases/${c.caseId}/plan`)).body.current!;
    expect(plan).toMatchObject({ number: 1, status: 'concept' });

    await addGoal(plan.id, { title: 'Werk vinden' });
    const debts = await insertObstacle(c.caseId, 'schulden', 'Aanmaningen van de zorgverzekeraar');
    const second = await km.post<PlanGoal>(`/api/cases/${c.caseId}/urgent-obstacles/${debts}/goal`);
    expect(second.status).toBe(201);
    const goals = (await km.get<PlanOverview>(`/api/cases/${c.caseId}/plan`)).body.current!.goals;
    expect(goals.map((g) => g.title)).toEqual(['Grip krijgen op de schulden', 'Een vaste slaapplek', 'Werk vinden']);
    const links: { id: string; goal_id: string }[] = await t.db.query(`SELECT id, goal_id FROM urgent_obstacle WHERE case_id = $1 ORDER BY created_at`, [c.caseId]);
    expect(links).toEqual([
      { id: sleep, goal_id: first.body.id },
      { id: debts, goal_id: second.body.id },
    ]);

    const twice = await km.post<Conflict<PlanGoal>>(`/api/cases/${c.caseId}/urgent-obstacles/${sleep}/goal`);
    expect(twice.status).toBe(409);
    expect(twice.body.current.id).toBe(first.body.id);
    const solved = await insertObstacle(c.caseId, 'vervoer', 'Geen fiets', true);
    expect((await km.post(`/api/cases/${c.caseId}/urgent-obstacles/${solved}/goal`)).status).toBe(409);
    const elsewhere = await caseWithPlan();
    const foreign = await insertObstacle(elsewhere.caseId, 'vervoer', 'Geen ov-kaart');
    expect((await km.post(`/api/cases/${c.caseId}/urgent-obstacles/${foreign}/goal`)).status).toBe(404);
    expect((await km.post(`/api/cases/${c.caseId}/urgent-obstacles/not-a-uuid/goal`)).status).toBe(400);
  });

  describe('access per role', () => {
    let caseId: string;
    let plan: PlanVersionDetail;
    let goal: PlanGoal;
    let step: PlanStep;
    let agreement: PlanAgreement;
    let youthUser: TestUser;

    beforeAll(async () => {
      youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      ({ caseId, plan } = await caseWithPlan({ youthUserId: youthUser.id }));
      goal = await addGoal(plan.id);
      step = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Bellen', ownerKind: 'jongere' })).body;
      agreement = (await km.post<PlanAgreement>(`/api/plan-versions/${plan.id}/agreements`, { kind: 'werk_zoeken', text: 'Brieven' })).body;
    });

    const writes = () => [
      ['POST', `/api/cases/${caseId}/plan`, undefined],
      ['PATCH', `/api/plan-versions/${plan.id}`, { consequences: 'x', version: 1 }],
      ['POST', `/api/plan-versions/${plan.id}/goals`, { title: 'Inbreker' }],
      ['POST', `/api/plan-versions/${plan.id}/agreements`, { kind: 'verplichting', text: 'x' }],
      ['POST', `/api/plan-versions/${plan.id}/propose`, { version: 1 }],
      ['POST', `/api/plan-versions/${plan.id}/agree`, { party: 'klantmanager', version: 1 }],
      ['PATCH', `/api/goals/${goal.id}`, { title: 'x', version: 1 }],
      ['POST', `/api/goals/${goal.id}/status`, { status: 'bezig', version: 1 }],
      ['POST', `/api/goals/${goal.id}/steps`, { text: 'x', ownerKind: 'jongere' }],
      ['DELETE', `/api/goals/${goal.id}?version=1`, undefined],
      ['PATCH', `/api/steps/${step.id}`, { text: 'x', version: 1 }],
      ['POST', `/api/steps/${step.id}/done`, { done: true, version: 1 }],
      ['DELETE', `/api/steps/${step.id}?version=1`, undefined],
      ['PATCH', `/api/agreements/${agreement.id}`, { text: 'x', version: 1 }],
      ['DELETE', `/api/agreements/${agreement.id}?version=1`, undefined],
      ['POST', `/api/cases/${caseId}/plan/evaluations`, { wentWell: 'x', wasHard: 'x', changes: 'x' }],
    ] as const;
    const reads = () => [`/api/cases/${caseId}/plan`, `/api/cases/${caseId}/plan/versions/1`, `/api/cases/${caseId}/plan/diff?from=1&to=1`, `/api/cases/${caseId}/plan/pdf`];
    const unchanged = async () => {
      const now = (await km.get<PlanOverview>(`/api/cases/${caseId}/plan`)).body.current!;
      expect(now).toMatchObject({ version: 1, goals: [expect.objectContaining({ title: 'Een vaste slaapplek', version: 1, steps: [expect.objectContaining({ version: 1 })] })] });
      expect(now.agreements).toEqual([expect.objectContaining({ version: 1 })]);
    };

    it('another klantmanager (same team) gets 404 on every read and write, and the denials are audited', async () => {
      const otherUser = await createUser(t.db, 'klantmanager', { teamId: team.id });
      const other = await as(otherUser);
      for (const path of reads()) expect((await other.get(path)).status, path).toBe(404);
      for (const [method, path, body] of writes()) expect((await other.request(method, path, body)).status, `${method} ${path}`).toBe(404);
      await unchanged();
      const denied: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND result = 'denied' AND case_id = $2`, [otherUser.id, caseId]);
      expect(denied[0]!.n).toBe(reads().length + writes().length);
    });

    it('a teamleider of the team reads (audited) but cannot write (403); one of another team gets 404', async () => {
      const leaderUser = await createUser(t.db, 'teamleider', { teamId: team.id });
      const leader = await as(leaderUser);
      for (const path of reads()) expect((await leader.get(path)).status, path).toBe(200);
      const overview = await leader.get<PlanOverview>(`/api/cases/${caseId}/plan`);
      expect(overview.body.permissions).toEqual({ canEdit: false, canEvaluate: false });
      for (const [method, path, body] of writes()) expect((await leader.request(method, path, body)).status, `${method} ${path}`).toBe(403);
      await unchanged();
      const reads_: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE actor_user_id = $1 AND result = 'allowed' ORDER BY id`, [leaderUser.id]);
      expect(reads_.map((r) => r.action)).toEqual(['plan.read', 'plan.read', 'plan.read', 'plan.export', 'plan.read']);

      const otherTeam = await createTeam(t.db);
      const stranger = await as(await createUser(t.db, 'teamleider', { teamId: otherTeam.id }));
      for (const path of reads()) expect((await stranger.get(path)).status, path).toBe(404);
    });

    it('the jongere reads their own plan but does not write in it yet; a jongere of another case gets 404; a beheerder 403', async () => {
      const youth = await as(youthUser);
      for (const path of reads()) expect((await youth.get(path)).status, path).toBe(200);
      expect((await youth.get<PlanOverview>(`/api/cases/${caseId}/plan`)).body.permissions.canEdit).toBe(false);
      for (const [method, path, body] of writes()) expect((await youth.request(method, path, body)).status, `${method} ${path}`).toBe(403);

      const strangerUser = await createUser(t.db, 'jongere', { teamId: team.id });
      await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: strangerUser.id });
      const strangerYouth = await as(strangerUser);
      for (const path of reads()) expect((await strangerYouth.get(path)).status, path).toBe(404);

      const admin = await as(await createUser(t.db, 'beheerder'));
      for (const path of reads()) expect((await admin.get(path)).status, path).toBe(403);
      await unchanged();
    });

    it('answers 404 for records that do not exist', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await patch(km, `/api/goals/${missing}`, { title: 'x', version: 1 })).status).toBe(404);
      expect((await km.post(`/api/steps/${missing}/done`, { done: true, version: 1 })).status).toBe(404);
      expect((await del(km, `/api/agreements/${missing}?version=1`)).status).toBe(404);
      expect((await km.post(`/api/plan-versions/${missing}/goals`, { title: 'x' })).status).toBe(404);
      expect((await km.get(`/api/cases/${caseId}/plan/versions/9`)).status).toBe(404);
      expect((await km.get(`/api/cases/${missing}/plan`)).status).toBe(404);
    });
  });
});
