import type {
  GoalComment,
  GoalCommentPage,
  MyChangeResult,
  MyPlan,
  MyProposal,
  MyProposalPage,
  PlanAgreement,
  PlanEvaluationResult,
  PlanGoal,
  PlanOverview,
  PlanStep,
  PlanVersionDetail,
  ProblemDetails,
  YouthProposal,
  YouthProposalPage,
} from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { untilBlockedOnLock } from '../../test/locks';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

/** A decision's answer: the proposal, or (409) a problem with the proposal as it is now. */
type Decided = YouthProposal & { title?: string; current?: YouthProposal };

/**
 * The klantmanager's side of what the jongere proposes for a signed plan: taking it over carries it
 * into the next version (now when one is in the making, else when it is made), discussing keeps it
 * with a reply for the jongere; the signed version never changes. And staff replies to comments.
 */
describe('youth proposals: the klantmanager takes them into the next version or discusses them', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const later = addDays(todayInNl(), 60);

  const as = (user: TestUser) => loginAs(t, user);
  const versionOf = async (id: string) => ((await t.db.query(`SELECT status, version FROM plan_version WHERE id = $1`, [id])) as { status: string; version: number }[])[0]!;
  /** Everything of a version's content, to prove it did not change. */
  const contentOf = async (planVersionId: string) => ({
    version: await t.db.query(`SELECT * FROM plan_version WHERE id = $1`, [planVersionId]),
    goals: await t.db.query(`SELECT * FROM goal WHERE plan_version_id = $1 ORDER BY id`, [planVersionId]),
    steps: await t.db.query(`SELECT s.* FROM step s JOIN goal g ON g.id = s.goal_id WHERE g.plan_version_id = $1 ORDER BY s.id`, [planVersionId]),
    agreements: await t.db.query(`SELECT * FROM agreement WHERE plan_version_id = $1 ORDER BY id`, [planVersionId]),
  });

  /**
   * A jongere with a vastgesteld version 1: a staff goal, and a goal and a step the jongere wrote
   * themselves in the concept (so they may propose new wording for them afterwards).
   */
  const youthWithSignedPlan = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Noa Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Noa Test', youthUserId: youthUser.id });
    const youth = await as(youthUser);
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const staffGoal = (await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Een vaste slaapplek' })).body;
    await km.post<PlanStep>(`/api/goals/${staffGoal.id}/steps`, { text: 'Urgentie aanvragen', ownerKind: 'klantmanager' });
    const ownGoal = (await youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Zwemmen leren' })).body.goal!;
    const ownStep = (await km.post<PlanStep>(`/api/goals/${ownGoal.id}/steps`, { text: 'Zwembad bellen', ownerKind: 'jongere' })).body;
    // The jongere wrote this step (setup shortcut: the same as the jongere adding it in the concept).
    await t.db.query(`UPDATE step SET author_user_id = $2, author_role = 'jongere' WHERE id = $1`, [ownStep.id, youthUser.id]);
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt werk in de techniek'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente betaalt je reiskosten'],
    ]) {
      expect((await km.post<PlanAgreement>(`/api/plan-versions/${v1.id}/agreements`, { kind, text })).status).toBe(201);
    }
    expect((await km.request('PATCH', `/api/plan-versions/${v1.id}`, { evaluationDate: later, version: (await versionOf(v1.id)).version })).status).toBe(200);
    await establish(v1.id);
    // The evaluation date is reached (setup shortcut), so the evaluation can make the next version.
    await t.db.query(`UPDATE plan_version SET evaluation_date = $2 WHERE id = $1`, [v1.id, todayInNl()]);
    return { ...c, youthUser, youth, v1, staffGoal, ownGoal, ownStep };
  };
  const establish = async (id: string) => {
    expect((await km.post(`/api/plan-versions/${id}/propose`, { version: (await versionOf(id)).version })).status).toBe(200);
    await km.post(`/api/plan-versions/${id}/agree`, { party: 'jongere', via: 'gesprek', version: (await versionOf(id)).version });
    await km.post(`/api/plan-versions/${id}/agree`, { party: 'klantmanager', version: (await versionOf(id)).version });
    expect((await versionOf(id)).status).toBe('vastgesteld');
  };
  /** The evaluation (its date reached): makes the next version as a concept. */
  const evaluate = async (caseId: string) => {
    const res = await km.post<PlanEvaluationResult>(`/api/cases/${caseId}/plan/evaluations`, { wentWell: 'Veel', wasHard: 'Weinig', changes: 'Nieuwe doelen' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.nextVersion;
  };
  const staffProposals = async (caseId: string) => (await km.get<YouthProposalPage>(`/api/cases/${caseId}/youth-proposals?limit=100`)).body.items;
  /** All of the jongere's own proposals (Mijn plan itself carries the open ones only). */
  const ownProposals = async (youth: ApiClient) => (await youth.get<MyProposalPage>('/api/me/plan/proposals?limit=100')).body.items;
  const decide = (proposal: { id: string; version: number }, status: 'overgenomen' | 'besproken', reply?: string) =>
    km.post<Decided>(`/api/youth-proposals/${proposal.id}/decision`, { status, version: proposal.version, ...(reply ? { reply } : {}) });
  const propose = async (youth: ApiClient, method: 'POST' | 'PATCH', path: string, body: object): Promise<MyProposal> => {
    const res = await youth.request<MyChangeResult>(method, path, body);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    expect(res.body.outcome).toBe('voorstel');
    return res.body.proposal!;
  };
  const withVersion = async (caseId: string, proposal: MyProposal) => (await staffProposals(caseId)).find((x) => x.id === proposal.id)!;

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager' } }));
  });
  afterAll(() => t.close());

  it('taken over while no next version exists: waits, and goes into the next version when the evaluation makes it; the signed version never changes', async () => {
    const p = await youthWithSignedPlan();
    const signed = await contentOf(p.v1.id);

    const newGoal = await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Ik wil mijn rijbewijs halen' });
    const goalWords = await propose(p.youth, 'PATCH', `/api/me/plan/goals/${p.ownGoal.id}`, { title: 'Zwemdiploma A halen', version: p.ownGoal.version });
    const stepWords = await propose(p.youth, 'PATCH', `/api/me/plan/steps/${p.ownStep.id}`, { text: 'Het zwembad in de wijk bellen', version: p.ownStep.version });
    // A new step of the jongere's own, on a staff goal, kept as a proposal (kind nieuwe_stap: the goal's lineage).
    const newStep = (
      (await t.db.query(
        `INSERT INTO plan_proposal (case_id, plan_version_id, kind, target_lineage_id, text, author_user_id, author_role)
         VALUES ($1, $2, 'nieuwe_stap', $3, 'Zelf bij de woningcorporatie langs', $4, 'jongere') RETURNING id`,
        [p.caseId, p.v1.id, p.staffGoal.lineageId, p.youthUser.id],
      )) as { id: string }[]
    )[0]!;

    for (const proposal of [newGoal, goalWords, stepWords, newStep]) {
      const current = (await staffProposals(p.caseId)).find((x) => x.id === proposal.id)!;
      expect(current.status).toBe('open');
      const res = await decide(current, 'overgenomen');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ status: 'overgenomen', appliedInVersion: null, authorName: 'Noa Test', version: current.version + 1 });
    }
    // Nothing of it is in the signed version, and no version was made by it.
    expect(await contentOf(p.v1.id)).toEqual(signed);
    expect(await t.db.query(`SELECT 1 FROM plan_version WHERE case_id = $1`, [p.caseId])).toHaveLength(1);
    expect((await p.youth.get<MyPlan>('/api/me/plan')).body.proposals).toEqual([]);
    expect((await ownProposals(p.youth)).every((x) => x.status === 'overgenomen' && x.appliedInVersion === null)).toBe(true);

    const v2 = await evaluate(p.caseId);
    expect(v2.number).toBe(2);
    const rijbewijs = v2.goals.find((g) => g.title === 'Ik wil mijn rijbewijs halen')!;
    expect(rijbewijs).toBeDefined();
    expect(rijbewijs.youthWords).toBe('Ik wil mijn rijbewijs halen');
    expect(rijbewijs.author).toMatchObject({ id: p.youthUser.id, role: 'jongere' });
    const swim = v2.goals.find((g) => g.lineageId === p.ownGoal.lineageId)!;
    expect(swim).toMatchObject({ title: 'Zwemdiploma A halen', youthWords: 'Zwemdiploma A halen' });
    expect(swim.lastEditedBy).toMatchObject({ id: p.youthUser.id, role: 'jongere' });
    expect(swim.steps.find((s) => s.lineageId === p.ownStep.lineageId)!.text).toBe('Het zwembad in de wijk bellen');
    const ownNewStep = v2.goals.find((g) => g.lineageId === p.staffGoal.lineageId)!.steps.find((s) => s.text === 'Zelf bij de woningcorporatie langs')!;
    expect(ownNewStep.owner.kind).toBe('jongere');
    expect(ownNewStep.author).toMatchObject({ id: p.youthUser.id, role: 'jongere' });

    expect(await contentOf(p.v1.id)).toEqual(signed);
    const mine = (await p.youth.get<MyPlan>('/api/me/plan')).body;
    expect((await ownProposals(p.youth)).map((x) => [x.status, x.appliedInVersion])).toEqual(Array(4).fill(['overgenomen', 2]));
    expect(mine.concept!.goals.find((g) => g.title === 'Ik wil mijn rijbewijs halen')!.writtenByMe).toBe(true);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'plan.proposal.apply' AND case_id = $1`, [p.caseId])).toHaveLength(4);
    // The revision of the new goal says who carried it over (the klantmanager) and from which proposal.
    const revisions: { changed_by: string; after: { proposalId: string } }[] = await t.db.query(`SELECT changed_by, after FROM revision WHERE entity_type = 'goal' AND entity_id = $1`, [rijbewijs.id]);
    expect(revisions).toEqual([expect.objectContaining({ changed_by: kmUser.id, after: expect.objectContaining({ proposalId: newGoal.id }) })]);
  });

  it('taken over while an evaluation is making the next version: waits for it and goes into the new concept, never left pending', async () => {
    const p = await youthWithSignedPlan();
    const proposal = await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Ik wil leren koken' });
    const current = (await staffProposals(p.caseId)).find((x) => x.id === proposal.id)!;

    // An evaluation making version 2, not yet committed: it holds the signed version (as PlanService.evaluate does).
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT id FROM plan_version WHERE id = $1 FOR UPDATE`, [p.v1.id]);
      const v2: { id: string }[] = await runner.query(`INSERT INTO plan_version (case_id, number, status) VALUES ($1, 2, 'concept') RETURNING id`, [p.caseId]);
      const pending = decide(current, 'overgenomen');
      await untilBlockedOnLock(t);
      await runner.commitTransaction();
      const res = await pending;
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ status: 'overgenomen', appliedInVersion: 2 });
      expect(await t.db.query(`SELECT 1 FROM goal WHERE plan_version_id = $1 AND title = 'Ik wil leren koken'`, [v2[0]!.id])).toHaveLength(1);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('a taken-over proposal whose goal did not come along into the next version is opened again, not lost', async () => {
    const p = await youthWithSignedPlan();
    const words = await propose(p.youth, 'PATCH', `/api/me/plan/goals/${p.ownGoal.id}`, { title: 'Zwemdiploma B', version: p.ownGoal.version });
    expect((await decide(await withVersion(p.caseId, words), 'overgenomen')).status).toBe(200);
    // Meanwhile the goal is achieved: the evaluation does not copy it into version 2.
    expect((await km.post(`/api/goals/${p.ownGoal.id}/status`, { status: 'behaald', version: (await t.db.query(`SELECT version FROM goal WHERE id = $1`, [p.ownGoal.id]))[0].version })).status).toBe(200);
    const v2 = await evaluate(p.caseId);
    expect(v2.goals.some((g) => g.lineageId === p.ownGoal.lineageId)).toBe(false);
    const again = await withVersion(p.caseId, words);
    expect(again).toMatchObject({ status: 'open', appliedInVersion: null });
    // Taking it over now is refused with the reason (the goal is not in version 2); discussing it works.
    const refused = await decide(again, 'overgenomen');
    expect(refused.status).toBe(409);
    expect(refused.body.title).toContain('niet in versie 2');
    expect((await withVersion(p.caseId, words)).status).toBe('open');
    expect((await decide(again, 'besproken', 'Je hebt je diploma al, super!')).status).toBe(200);
  });

  it('taken over while a concept exists: carried into it at once; a voorgesteld version goes back to concept; the signed version stays', async () => {
    const p = await youthWithSignedPlan();
    const first = await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Ik wil mijn rijbewijs halen' });
    const second = await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Een baan in de zorg' });
    const signed = await contentOf(p.v1.id);
    const v2 = await evaluate(p.caseId);
    expect(v2.goals.some((g) => g.title === 'Ik wil mijn rijbewijs halen')).toBe(false);

    const taken = await decide(await withVersion(p.caseId, first), 'overgenomen');
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body).toMatchObject({ status: 'overgenomen', appliedInVersion: 2 });
    const concept = (await km.get<PlanOverview>(`/api/cases/${p.caseId}/plan`)).body.current!;
    expect(concept.number).toBe(2);
    const goal = concept.goals.find((g) => g.title === 'Ik wil mijn rijbewijs halen')!;
    expect(goal).toMatchObject({ youthWords: 'Ik wil mijn rijbewijs halen', author: { id: p.youthUser.id, role: 'jongere' } });

    // Version 2 is put before the jongere; taking over the second proposal changes its content: back to concept.
    expect((await km.request('PATCH', `/api/plan-versions/${v2.id}`, { evaluationDate: later, version: (await versionOf(v2.id)).version })).status).toBe(200);
    expect((await km.post(`/api/plan-versions/${v2.id}/propose`, { version: (await versionOf(v2.id)).version })).status).toBe(200);
    const second2 = await decide(await withVersion(p.caseId, second), 'overgenomen');
    expect(second2.status).toBe(200);
    expect(second2.body.appliedInVersion).toBe(2);
    expect((await versionOf(v2.id)).status).toBe('concept');
    expect((await km.get<PlanOverview>(`/api/cases/${p.caseId}/plan`)).body.current!.goals.map((g) => g.title)).toContain('Een baan in de zorg');
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'plan.reopen' AND object_id = $1`, [v2.id])).toHaveLength(1);

    // Final: taking it over twice is refused with the current state.
    const twice = await decide({ id: first.id, version: taken.body.version }, 'besproken');
    expect(twice.status).toBe(409);
    expect(twice.body.current).toMatchObject({ status: 'overgenomen' });
    expect(await contentOf(p.v1.id)).toEqual(signed);
  });

  it('"bespreken" keeps it visible with a reply for the jongere; it can still be taken over later; a stale version gets 409', async () => {
    const p = await youthWithSignedPlan();
    const signed = await contentOf(p.v1.id);
    const proposal = await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Ik wil mijn rijbewijs halen' });
    const open = await withVersion(p.caseId, proposal);

    const discussed = await decide(open, 'besproken', '  Goed idee! Laten we het er in ons volgende gesprek over hebben.  ');
    expect(discussed.status, JSON.stringify(discussed.body)).toBe(200);
    expect(discussed.body).toMatchObject({ status: 'besproken', reply: 'Goed idee! Laten we het er in ons volgende gesprek over hebben.', appliedInVersion: null });
    expect(discussed.body.decidedAt).not.toBeNull();
    const mine = (await ownProposals(p.youth)).find((x) => x.id === proposal.id)!;
    expect(mine).toMatchObject({ status: 'besproken', reply: 'Goed idee! Laten we het er in ons volgende gesprek over hebben.' });
    // Staff see discussed ones right after the open ones, still in the list.
    expect((await staffProposals(p.caseId)).map((x) => x.status)).toEqual(['besproken']);

    // Someone else decided meanwhile: the version sent is stale.
    const stale = await decide(open, 'overgenomen');
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ status: 'besproken', version: discussed.body.version });
    expect(await contentOf(p.v1.id)).toEqual(signed);

    // Discussed, then taken over after all: waits for the next version (none in the making).
    const taken = await decide(discussed.body, 'overgenomen');
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ status: 'overgenomen', appliedInVersion: null, reply: discussed.body.reply });
    expect(await contentOf(p.v1.id)).toEqual(signed);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'my_plan.proposal.decide' AND object_id = $1 AND result = 'allowed'`, [proposal.id])).toHaveLength(2);
  });

  it('deciding: only the contact person (others 404, jongere/teamleider 403), valid input only (400), and exactly one of parallel deciders wins', async () => {
    const p = await youthWithSignedPlan();
    const proposal = await withVersion(p.caseId, await propose(p.youth, 'POST', '/api/me/plan/goals', { title: 'Een baan bij de bakker' }));
    const otherKm = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    const lead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    const body = { status: 'overgenomen', version: proposal.version };
    expect((await otherKm.post(`/api/youth-proposals/${proposal.id}/decision`, body)).status).toBe(404);
    expect((await lead.post(`/api/youth-proposals/${proposal.id}/decision`, body)).status).toBe(403);
    expect((await p.youth.post(`/api/youth-proposals/${proposal.id}/decision`, body)).status).toBe(403);
    const bad = await km.post<ProblemDetails>(`/api/youth-proposals/${proposal.id}/decision`, { status: 'open', reply: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['reply', 'status', 'version']);
    expect((await km.post(`/api/youth-proposals/${crypto.randomUUID()}/decision`, body)).status).toBe(404);

    const results = await Promise.all([decide(proposal, 'overgenomen'), decide(proposal, 'besproken'), decide(proposal, 'overgenomen')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect((await withVersion(p.caseId, proposal)).version).toBe(proposal.version + 1);
  });

  it('staff reply in a goal\'s comment thread: the jongere sees it, as not theirs; only the contact person; audited', async () => {
    const p = await youthWithSignedPlan();
    expect((await p.youth.post(`/api/me/plan/goals/${p.staffGoal.id}/comments`, { text: 'Graag dichtbij huis' })).status).toBe(201);
    const res = await km.post<GoalComment>(`/api/cases/${p.caseId}/goals/${p.staffGoal.id}/comments`, { text: '  Ik zoek met je mee in de buurt.  ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ text: 'Ik zoek met je mee in de buurt.', byMe: true, authorRole: 'klantmanager', goalLineageId: p.staffGoal.lineageId, authorName: 'Kim Klantmanager' });

    const thread = (await km.get<GoalCommentPage>(`/api/cases/${p.caseId}/goals/${p.staffGoal.lineageId}/comments`)).body;
    expect(thread.items.map((c) => [c.text, c.authorRole, c.byMe])).toEqual([
      ['Ik zoek met je mee in de buurt.', 'klantmanager', true],
      ['Graag dichtbij huis', 'jongere', false],
    ]);
    expect(thread.nextCursor).toBeNull();
    const goal = (await p.youth.get<MyPlan>('/api/me/plan')).body.current!.goals.find((g) => g.id === p.staffGoal.id)!;
    expect(goal.comments.map((c) => [c.text, c.byMe, c.authorName])).toEqual([
      ['Graag dichtbij huis', true, 'Noa Test'],
      ['Ik zoek met je mee in de buurt.', false, 'Kim Klantmanager'],
    ]);
    expect(await t.db.query(`SELECT 1 FROM audit_event WHERE action = 'my_plan.goal.staff_comment' AND object_id = $1 AND result = 'allowed'`, [res.body.id])).toHaveLength(1);

    const otherKm = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    const lead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    expect((await otherKm.post(`/api/cases/${p.caseId}/goals/${p.staffGoal.id}/comments`, { text: 'Hoi' })).status).toBe(404);
    expect((await lead.post(`/api/cases/${p.caseId}/goals/${p.staffGoal.id}/comments`, { text: 'Hoi' })).status).toBe(403);
    expect((await p.youth.post(`/api/cases/${p.caseId}/goals/${p.staffGoal.id}/comments`, { text: 'Hoi' })).status).toBe(403);
    // A goal of another case under this case's address: 404, nothing written.
    const other = await youthWithSignedPlan();
    expect((await km.post(`/api/cases/${p.caseId}/goals/${other.staffGoal.id}/comments`, { text: 'Hoi' })).status).toBe(404);
    const empty = await km.post<ProblemDetails>(`/api/cases/${p.caseId}/goals/${p.staffGoal.id}/comments`, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors!.map((e) => e.field)).toEqual(['text']);
    expect(await t.db.query(`SELECT 1 FROM goal_comment WHERE text = 'Hoi'`)).toHaveLength(0);
  });
});
