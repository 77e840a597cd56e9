import type { GoalCommentPage, MyChangeResult, MyComment, MyGoal, MyPlan, MyPlanVersion, MyProposal, MyProposalPage, MyStep, MyWish, PlanAgreement, PlanGoal, PlanOverview, PlanStep, PlanVersionDetail, ProblemDetails, YouthProposal, YouthProposalPage } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

describe('mijn plan: the jongere reads and co-writes their own plan', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const later = addDays(todayInNl(), 60);

  const as = (user: TestUser) => loginAs(t, user);
  const versionOf = async (id: string) => ((await t.db.query(`SELECT status, version FROM plan_version WHERE id = $1`, [id])) as { status: string; version: number }[])[0]!;
  const deniedCount = async (action: string) => Number(((await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND result = 'denied'`, [action])) as { n: string }[])[0]!.n);

  /** A jongere with an account and a case with a complete concept plan (a staff goal with a jongere step and a klantmanager step). */
  const youthWithPlan = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Noa Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Noa Test', youthUserId: youthUser.id });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const goal = (await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Een vaste slaapplek' })).body;
    const ownStep = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Inschrijven bij Woonnet', ownerKind: 'jongere' })).body;
    const staffStep = (await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Urgentie aanvragen', ownerKind: 'klantmanager' })).body;
    const agreements: PlanAgreement[] = [];
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt werk in de techniek'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente betaalt je reiskosten'],
    ]) {
      agreements.push((await km.post<PlanAgreement>(`/api/plan-versions/${v1.id}/agreements`, { kind, text })).body);
    }
    expect((await km.request('PATCH', `/api/plan-versions/${v1.id}`, { evaluationDate: later, version: (await versionOf(v1.id)).version })).status).toBe(200);
    return { ...c, youthUser, youth: await as(youthUser), v1, goal, ownStep, staffStep, agreements };
  };
  const propose = async (id: string) => {
    const res = await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/propose`, { version: (await versionOf(id)).version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const staffAgree = async (id: string) => {
    const res = await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/agree`, { party: 'klantmanager', version: (await versionOf(id)).version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const establish = async (id: string) => {
    await propose(id);
    await km.post(`/api/plan-versions/${id}/agree`, { party: 'jongere', via: 'gesprek', version: (await versionOf(id)).version });
    await staffAgree(id);
    expect((await versionOf(id)).status).toBe('vastgesteld');
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager', email: 'kim@test.koers' } }));
  });
  afterAll(() => t.close());

  it('shows the jongere their own plan, contact person and agreements; nothing internal; audited', async () => {
    const p = await youthWithPlan();
    await t.db.query(`INSERT INTO contact_moment (case_id, occurred_at, kind, note, internal, user_id) VALUES ($1, now(), 'phone', 'GEHEIME NOTITIE', true, $2)`, [p.caseId, kmUser.id]);
    await establish(p.v1.id);
    const res = await p.youth.get<MyPlan>('/api/me/plan');
    expect(res.status).toBe(200);
    expect(res.body.caseId).toBe(p.caseId);
    expect(res.body.youthName).toBe('Noa Test');
    expect(res.body.contactPerson).toEqual({ name: 'Kim Klantmanager', email: 'kim@test.koers', phone: null });
    expect(res.body.proposed).toBeNull();
    const current = res.body.current!;
    expect(current.status).toBe('vastgesteld');
    expect(current.evaluationDate).toBe(later);
    expect(current.goals.map((g) => g.title)).toEqual(['Een vaste slaapplek']);
    const goal = current.goals[0]!;
    expect(goal.writtenByMe).toBe(false);
    expect(goal.nextStepId).toBe(p.ownStep.id);
    expect(goal.steps.map((s) => [s.text, s.canMarkDone])).toEqual([
      ['Inschrijven bij Woonnet', true],
      ['Urgentie aanvragen', false],
    ]);
    expect(current.agreements.map((a) => a.kind).sort()).toEqual(['ondersteuning', 'verplichting', 'werk_zoeken']);
    expect(JSON.stringify(res.body)).not.toContain('GEHEIME NOTITIE');
    const audit = await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'my_plan.read' AND case_id = $1 AND result = 'allowed'`, [p.caseId]);
    expect(audit).toHaveLength(1);
    // With a work phone number set, the jongere can call them.
    await t.db.query(`UPDATE app_user SET work_phone = '06 12345678' WHERE id = $1`, [kmUser.id]);
    expect((await p.youth.get<MyPlan>('/api/me/plan')).body.contactPerson).toEqual({ name: 'Kim Klantmanager', email: 'kim@test.koers', phone: '06 12345678' });
    await t.db.query(`UPDATE app_user SET work_phone = NULL WHERE id = $1`, [kmUser.id]);
  });

  it('is only for jongeren, and a jongere without a case gets 404', async () => {
    expect((await km.get('/api/me/plan')).status).toBe(403);
    const lonely = await as(await createUser(t.db, 'jongere', { teamId: team.id }));
    expect((await lonely.get('/api/me/plan')).status).toBe(404);
    expect((await new ApiClient(t.baseUrl).get('/api/me/plan')).status).toBe(401);
  });

  it('adds a goal in the jongere\'s own words straight into a concept, shown to staff as the jongere\'s', async () => {
    const p = await youthWithPlan();
    const res = await p.youth.post<MyChangeResult>('/api/me/plan/goals', { title: '  Ik wil een eigen kamer  ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.outcome).toBe('toegepast');
    expect(res.body.goal!.title).toBe('Ik wil een eigen kamer');
    expect(res.body.goal!.writtenByMe).toBe(true);
    const overview = (await km.get<PlanOverview>(`/api/cases/${p.caseId}/plan`)).body;
    const staffView = overview.current!.goals.find((g) => g.id === res.body.goal!.id)!;
    expect(staffView.author.role).toBe('jongere');
    expect(staffView.youthWords).toBe('Ik wil een eigen kamer');
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'my_plan.goal.create' AND object_id = $1`, [res.body.goal!.id])).toHaveLength(1);
  });

  it('turns a new goal and new wording on a vastgesteld plan into proposals: the signed version stays as it is', async () => {
    const p = await youthWithPlan();
    const own = (await p.youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Rijbewijs halen' })).body.goal!;
    await establish(p.v1.id);
    const goalsBefore = await t.db.query(`SELECT id, title, version FROM goal WHERE plan_version_id = $1 ORDER BY id`, [p.v1.id]);

    const added = await p.youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Een baan in de zorg' });
    expect(added.status).toBe(201);
    expect(added.body.outcome).toBe('voorstel');
    expect(added.body.proposal).toMatchObject({ kind: 'nieuw_doel', text: 'Een baan in de zorg', status: 'open' });

    const reworded = await p.youth.request<MyChangeResult>('PATCH', `/api/me/plan/goals/${own.id}`, { title: 'Mijn rijbewijs B halen', version: own.version });
    expect(reworded.status).toBe(200);
    expect(reworded.body.outcome).toBe('voorstel');
    expect(reworded.body.proposal).toMatchObject({ kind: 'doel_tekst', targetLineageId: own.lineageId });

    expect(await t.db.query(`SELECT id, title, version FROM goal WHERE plan_version_id = $1 ORDER BY id`, [p.v1.id])).toEqual(goalsBefore);
    const mine = (await p.youth.get<MyPlan>('/api/me/plan')).body;
    expect(mine.proposals.map((x) => x.kind).sort()).toEqual(['doel_tekst', 'nieuw_doel']);

    const staff = await km.get<YouthProposalPage>(`/api/cases/${p.caseId}/youth-proposals`);
    expect(staff.status).toBe(200);
    expect(staff.body.items.map((x) => x.text).sort()).toEqual(['Een baan in de zorg', 'Mijn rijbewijs B halen']);
    expect(staff.body.items[0]!.planVersionNumber).toBe(1);
    const otherKm = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    expect((await otherKm.get(`/api/cases/${p.caseId}/youth-proposals`)).status).toBe(404);
    expect((await p.youth.get(`/api/cases/${p.caseId}/youth-proposals`)).status).toBe(403);
  });

  it('changes the wording of goals and steps the jongere wrote, never what staff wrote', async () => {
    const p = await youthWithPlan();
    const own = (await p.youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Sporten' })).body.goal!;
    const changed = await p.youth.request<MyChangeResult>('PATCH', `/api/me/plan/goals/${own.id}`, { title: 'Twee keer per week sporten', version: own.version });
    expect(changed.status).toBe(200);
    expect(changed.body.outcome).toBe('toegepast');
    expect(changed.body.goal!.title).toBe('Twee keer per week sporten');
    // Stale: 409 with the current goal, as the jongere sees it (never the staff shape).
    const stale = await p.youth.request<ProblemDetails & { current: MyGoal }>('PATCH', `/api/me/plan/goals/${own.id}`, { title: 'Iets anders', version: own.version });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: own.id, title: 'Twee keer per week sporten', writtenByMe: true, lastEditedBy: { byMe: true } });
    expect(Object.keys(stale.body.current).sort()).toEqual(Object.keys(changed.body.goal!).sort());

    const staffGoal = await p.youth.request<ProblemDetails>('PATCH', `/api/me/plan/goals/${p.goal.id}`, { title: 'Gehackt', version: p.goal.version });
    expect(staffGoal.status).toBe(403);
    const staffStep = await p.youth.request('PATCH', `/api/me/plan/steps/${p.ownStep.id}`, { text: 'Gehackt', version: p.ownStep.version });
    expect(staffStep.status).toBe(403);
    expect((await t.db.query(`SELECT title FROM goal WHERE id = $1`, [p.goal.id]))[0].title).toBe('Een vaste slaapplek');
    expect((await t.db.query(`SELECT text FROM step WHERE id = $1`, [p.ownStep.id]))[0].text).toBe('Inschrijven bij Woonnet');

    // A step the jongere wrote themselves.
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO step (goal_id, case_id, text, owner_kind, author_user_id, author_role) VALUES ($1, $2, 'Sportschool zoeken', 'jongere', $3, 'jongere') RETURNING id`,
      [own.id, p.caseId, p.youthUser.id],
    );
    const step = await p.youth.request<MyChangeResult>('PATCH', `/api/me/plan/steps/${rows[0]!.id}`, { text: 'Een sportschool dichtbij zoeken', version: 1 });
    expect(step.status).toBe(200);
    expect(step.body.step).toMatchObject({ text: 'Een sportschool dichtbij zoeken', writtenByMe: true });
  });

  it('the jongere cannot change agreements or staff plan routes (403)', async () => {
    const p = await youthWithPlan();
    const obligation = p.agreements.find((a) => a.kind === 'verplichting')!;
    expect((await p.youth.request('PATCH', `/api/agreements/${obligation.id}`, { text: 'Niks', version: obligation.version })).status).toBe(403);
    expect((await p.youth.request('DELETE', `/api/agreements/${obligation.id}?version=${obligation.version}`)).status).toBe(403);
    expect((await p.youth.request('PATCH', `/api/goals/${p.goal.id}`, { title: 'Gehackt', version: p.goal.version })).status).toBe(403);
    expect((await p.youth.post(`/api/plan-versions/${p.v1.id}/agreements`, { kind: 'ondersteuning', text: 'Gratis geld' })).status).toBe(403);
    expect((await t.db.query(`SELECT text FROM agreement WHERE id = $1`, [obligation.id]))[0].text).toBe('Je komt naar de afspraken of je belt af');
  });

  it('marks the jongere\'s own steps done (also on a vastgesteld plan), not those of others; 409 on a stale version', async () => {
    const p = await youthWithPlan();
    await establish(p.v1.id);
    const done = await p.youth.post<MyStep>(`/api/me/plan/steps/${p.ownStep.id}/done`, { done: true, version: p.ownStep.version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.done).toBe(true);
    const stale = await p.youth.post<ProblemDetails>(`/api/me/plan/steps/${p.ownStep.id}/done`, { done: false, version: p.ownStep.version });
    expect(stale.status).toBe(409);
    expect((stale.body as ProblemDetails & { current: MyStep }).current).toMatchObject({ id: p.ownStep.id, done: true, canMarkDone: true, lastEditedBy: { byMe: true } });
    expect((stale.body as { current: Record<string, unknown> }).current).not.toHaveProperty('owner');
    expect((await p.youth.post(`/api/me/plan/steps/${p.staffStep.id}/done`, { done: true, version: p.staffStep.version })).status).toBe(403);
    expect((await t.db.query(`SELECT done_at FROM step WHERE id = $1`, [p.staffStep.id]))[0].done_at).toBeNull();
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'my_plan.step.done' AND object_id = $1 AND result = 'allowed'`, [p.ownStep.id])).toHaveLength(1);
  });

  it('exactly one of many parallel step-done writers with the same version wins', async () => {
    const p = await youthWithPlan();
    const results = await Promise.all(Array.from({ length: 6 }, () => p.youth.post(`/api/me/plan/steps/${p.ownStep.id}/done`, { done: true, version: p.ownStep.version })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
  });

  it('comments on any goal of their plan, and adds wishes as their own', async () => {
    const p = await youthWithPlan();
    const comment = await p.youth.post<MyComment>(`/api/me/plan/goals/${p.goal.id}/comments`, { text: 'Liefst in Utrecht' });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ text: 'Liefst in Utrecht', byMe: true });
    const wish = await p.youth.post<MyWish>('/api/me/plan/wishes', { text: 'Ik wil iets met dieren doen' });
    expect(wish.status).toBe(201);
    expect((await t.db.query(`SELECT author_role, kind FROM intake_wish WHERE id = $1`, [wish.body.id]))[0]).toEqual({ author_role: 'jongere', kind: 'wens' });
    const mine = (await p.youth.get<MyPlan>('/api/me/plan')).body;
    expect(mine.concept!.goals[0]!.comments.map((c) => c.text)).toEqual(['Liefst in Utrecht']);
    expect(mine.concept!.goals[0]!.commentCount).toBe(1);
    expect(mine.wishes.map((w) => w.text)).toContain('Ik wil iets met dieren doen');
  });

  it('lets the jongere agree to a proposed version with their own login: with the staff agreement it is vastgesteld', async () => {
    const p = await youthWithPlan();
    const concept = await p.youth.post<ProblemDetails>(`/api/me/plan/versions/${p.v1.id}/agree`, { version: (await versionOf(p.v1.id)).version });
    expect(concept.status).toBe(409);
    await propose(p.v1.id);
    await staffAgree(p.v1.id);
    const mine = (await p.youth.get<MyPlan>('/api/me/plan')).body;
    expect(mine.proposed!.id).toBe(p.v1.id);
    const agreed = await p.youth.post<MyPlanVersion>(`/api/me/plan/versions/${p.v1.id}/agree`, { version: mine.proposed!.version });
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
    expect(agreed.body.status).toBe('vastgesteld');
    const row = (await t.db.query(`SELECT youth_agreed_via, youth_agreement_recorded_by FROM plan_version WHERE id = $1`, [p.v1.id]))[0];
    expect(row).toEqual({ youth_agreed_via: 'eigen_login', youth_agreement_recorded_by: p.youthUser.id });
    expect((await t.db.query(`SELECT phase FROM youth_case WHERE id = $1`, [p.caseId]))[0].phase).toBe('uitvoering');
    expect((await p.youth.post(`/api/me/plan/versions/${p.v1.id}/agree`, { version: agreed.body.version })).status).toBe(409);
  });

  it('keeps what the jongere disagrees with as a proposal', async () => {
    const p = await youthWithPlan();
    await propose(p.v1.id);
    const res = await p.youth.post<MyProposal>(`/api/me/plan/versions/${p.v1.id}/disagree`, { text: 'Ik wil niet elke week langskomen' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'niet_eens', status: 'open' });
    expect((await versionOf(p.v1.id)).status).toBe('voorgesteld');
  });

  it('never touches another jongere\'s plan: 404 and a denied audit record, nothing changed', async () => {
    const a = await youthWithPlan();
    const b = await youthWithPlan();
    const before = await deniedCount('my_plan.step.done');
    expect((await a.youth.post(`/api/me/plan/steps/${b.ownStep.id}/done`, { done: true, version: 1 })).status).toBe(404);
    expect(await deniedCount('my_plan.step.done')).toBe(before + 1);
    expect((await a.youth.post(`/api/me/plan/goals/${b.goal.id}/comments`, { text: 'Hoi' })).status).toBe(404);
    expect((await a.youth.request('PATCH', `/api/me/plan/goals/${b.goal.id}`, { title: 'X', version: 1 })).status).toBe(404);
    expect((await a.youth.post(`/api/me/plan/versions/${b.v1.id}/agree`, { version: 1 })).status).toBe(404);
    expect((await a.youth.post(`/api/me/plan/versions/${b.v1.id}/disagree`, { text: 'Nee' })).status).toBe(404);
    expect((await a.youth.get(`/api/cases/${b.caseId}/plan`)).status).toBe(404);
    expect((await t.db.query(`SELECT done_at FROM step WHERE id = $1`, [b.ownStep.id]))[0].done_at).toBeNull();
    expect(await t.db.query(`SELECT 1 FROM goal_comment WHERE case_id = $1`, [b.caseId])).toHaveLength(0);
    const mine = (await a.youth.get<MyPlan>('/api/me/plan')).body;
    expect(mine.caseId).toBe(a.caseId);
  });

  it('refuses bad input with 400 and field names, and changes nothing', async () => {
    const p = await youthWithPlan();
    const empty = await p.youth.post<ProblemDetails>('/api/me/plan/goals', { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors!.map((e) => e.field)).toContain('title');
    const long = await p.youth.post<ProblemDetails>('/api/me/plan/wishes', { text: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect((await p.youth.post<ProblemDetails>(`/api/me/plan/steps/niet-een-id/done`, { done: true, version: 1 })).status).toBe(400);
    const noVersion = await p.youth.post<ProblemDetails>(`/api/me/plan/steps/${p.ownStep.id}/done`, { done: 'ja' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors!.map((e) => e.field).sort()).toEqual(['done', 'version']);
    expect(await t.db.query(`SELECT 1 FROM goal WHERE case_id = $1 AND author_role = 'jongere'`, [p.caseId])).toHaveLength(0);
  });

  it('lets the contact person settle a proposal once, and shows staff the jongere\'s comments; others get 404/403', async () => {
    const p = await youthWithPlan();
    await establish(p.v1.id);
    const proposal = (await p.youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Een baan bij de bakker' })).body.proposal!;
    await p.youth.post(`/api/me/plan/goals/${p.goal.id}/comments`, { text: 'Graag dichtbij huis' });

    const otherKm = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    expect((await otherKm.post(`/api/youth-proposals/${proposal.id}/decision`, { status: 'overgenomen', version: 1 })).status).toBe(404);
    expect((await p.youth.post(`/api/youth-proposals/${proposal.id}/decision`, { status: 'overgenomen', version: 1 })).status).toBe(403);
    expect((await km.post<ProblemDetails>(`/api/youth-proposals/${proposal.id}/decision`, { status: 'open', version: 1 })).status).toBe(400);

    const decided = await km.post<YouthProposal>(`/api/youth-proposals/${proposal.id}/decision`, { status: 'overgenomen', version: 1 });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'overgenomen', authorName: 'Noa Test' });
    const again = await km.post<ProblemDetails & { current: YouthProposal }>(`/api/youth-proposals/${proposal.id}/decision`, { status: 'besproken', version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.current.status).toBe('overgenomen');
    // Mijn plan carries the open proposals only; the decided one is in the jongere's own list.
    expect((await p.youth.get<MyPlan>('/api/me/plan')).body.proposals).toEqual([]);
    expect((await p.youth.get<MyProposalPage>('/api/me/plan/proposals')).body.items[0]!.status).toBe('overgenomen');

    const comments = await km.get<GoalCommentPage>(`/api/cases/${p.caseId}/goals/${p.goal.lineageId}/comments`);
    expect(comments.status).toBe(200);
    expect(comments.body.items).toEqual([expect.objectContaining({ text: 'Graag dichtbij huis', authorRole: 'jongere', goalLineageId: p.goal.lineageId, byMe: false })]);
    expect((await km.get(`/api/cases/${p.caseId}/youth-proposals`)).status).toBe(200);
    // Staff reads of what the jongere wrote are case data: audited.
    const reads: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_event WHERE case_id = $1 AND result = 'allowed' AND action IN ('my_plan.comments.read', 'my_plan.proposals.read') ORDER BY action`,
      [p.caseId],
    );
    // (The jongere read her own proposals once above, too.)
    expect(reads.map((r) => r.action)).toEqual(['my_plan.comments.read', 'my_plan.proposals.read', 'my_plan.proposals.read']);
    expect((await otherKm.get(`/api/cases/${p.caseId}/goals/${p.goal.lineageId}/comments`)).status).toBe(404);
    expect((await p.youth.get(`/api/cases/${p.caseId}/goals/${p.goal.lineageId}/comments`)).status).toBe(403);
  });

  it('a closed case is read-only for the jongere', async () => {
    const p = await youthWithPlan();
    await t.db.query(`UPDATE youth_case SET phase = 'afgesloten', closed_reason = 'Klaar', closed_at = now() WHERE id = $1`, [p.caseId]);
    expect((await p.youth.get('/api/me/plan')).status).toBe(200);
    expect((await p.youth.post('/api/me/plan/goals', { title: 'Nog iets' })).status).toBe(409);
  });
});
