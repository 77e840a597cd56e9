import type { MyChangeResult, MyPlan, PlanGoal, PlanOverview, PlanStep, PlanVersionDetail, ProblemDetails, YouthProposalPage } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

describe('mijn plan: the jongere adds a step of their own (POST /api/me/plan/goals/:goalId/steps)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const later = addDays(todayInNl(), 60);

  const as = (user: TestUser) => loginAs(t, user);
  const versionOf = async (id: string) => ((await t.db.query(`SELECT status, version FROM plan_version WHERE id = $1`, [id])) as { status: string; version: number }[])[0]!;
  const stepsOf = async (goalId: string) => (await t.db.query(`SELECT text, owner_kind, owner_user_id, author_user_id, author_role FROM step WHERE goal_id = $1 ORDER BY position`, [goalId])) as Record<string, unknown>[];
  const deniedCount = async (action: string) => Number(((await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND result = 'denied'`, [action])) as { n: string }[])[0]!.n);

  /** A jongere with an account and a concept plan with one goal the klantmanager wrote, ready to propose. */
  const youthWithConcept = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Daan Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Daan Test', youthUserId: youthUser.id });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const goal = (await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Werk in de techniek' })).body;
    await km.post<PlanStep>(`/api/goals/${goal.id}/steps`, { text: 'Vacatures zoeken', ownerKind: 'jongere' });
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt werk in de techniek'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente betaalt je reiskosten'],
    ]) {
      await km.post(`/api/plan-versions/${v1.id}/agreements`, { kind, text });
    }
    expect((await km.request('PATCH', `/api/plan-versions/${v1.id}`, { evaluationDate: later, version: (await versionOf(v1.id)).version })).status).toBe(200);
    return { ...c, youthUser, youth: await as(youthUser), v1, goal };
  };
  const propose = async (id: string) => {
    const res = await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/propose`, { version: (await versionOf(id)).version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  const establish = async (id: string) => {
    await propose(id);
    await km.post(`/api/plan-versions/${id}/agree`, { party: 'jongere', via: 'gesprek', version: (await versionOf(id)).version });
    await km.post(`/api/plan-versions/${id}/agree`, { party: 'klantmanager', version: (await versionOf(id)).version });
    expect((await versionOf(id)).status).toBe('vastgesteld');
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager' } }));
  });
  afterAll(() => t.close());

  it('in a concept: the step goes in at once, on a goal staff wrote, owned and written by the jongere (both sides see it as theirs)', async () => {
    const p = await youthWithConcept();
    const res = await p.youth.post<MyChangeResult>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: '  Mijn cv laten nakijken  ' });
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('toegepast');
    expect(res.body.step).toMatchObject({ text: 'Mijn cv laten nakijken', ownerKind: 'jongere', canMarkDone: true, writtenByMe: true, done: false });
    expect(await stepsOf(p.goal.id)).toEqual([
      { text: 'Vacatures zoeken', owner_kind: 'jongere', owner_user_id: p.youthUser.id, author_user_id: kmUser.id, author_role: 'klantmanager' },
      { text: 'Mijn cv laten nakijken', owner_kind: 'jongere', owner_user_id: p.youthUser.id, author_user_id: p.youthUser.id, author_role: 'jongere' },
    ]);
    // The jongere sees it in Mijn plan; the klantmanager sees it in the plan, written by the jongere.
    const mine = await p.youth.get<MyPlan>('/api/me/plan');
    expect(mine.body.concept!.goals[0]!.steps.map((s) => [s.text, s.writtenByMe])).toEqual([
      ['Vacatures zoeken', false],
      ['Mijn cv laten nakijken', true],
    ]);
    const staff = await km.get<PlanOverview>(`/api/cases/${p.caseId}/plan`);
    const step = staff.body.current!.goals[0]!.steps.find((s) => s.text === 'Mijn cv laten nakijken')!;
    expect(step.owner.kind).toBe('jongere');
    expect(step.author).toMatchObject({ id: p.youthUser.id, role: 'jongere' });
    const audit = await t.db.query(`SELECT actor_user_id, result, fields FROM audit_event WHERE action = 'my_plan.step.create' AND object_id = $1`, [res.body.step!.id]);
    expect(audit).toEqual([{ actor_user_id: p.youthUser.id, result: 'allowed', fields: ['text'] }]);
    const revisions = await t.db.query(`SELECT changed_by_role FROM revision WHERE entity_type = 'step' AND entity_id = $1`, [res.body.step!.id]);
    expect(revisions).toEqual([{ changed_by_role: 'jongere' }]);
    // She may change the wording of her own step afterwards (the existing rule for own steps).
    expect((await p.youth.request('PATCH', `/api/me/plan/steps/${res.body.step!.id}`, { text: 'Mijn cv laten nakijken door Kim', version: res.body.step!.version })).status).toBe(200);
  });

  it('in a vastgesteld plan: the step becomes a proposal about the goal; the signed version is not changed', async () => {
    const p = await youthWithConcept();
    await establish(p.v1.id);
    const before = await stepsOf(p.goal.id);
    const res = await p.youth.post<MyChangeResult>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'Naar de banenmarkt gaan' });
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('voorstel');
    expect(res.body.proposal).toMatchObject({ kind: 'nieuwe_stap', targetLineageId: p.goal.lineageId, text: 'Naar de banenmarkt gaan', status: 'open' });
    expect(await stepsOf(p.goal.id)).toEqual(before);
    expect((await versionOf(p.v1.id)).status).toBe('vastgesteld');
    // The klantmanager sees the proposal.
    const proposals = await km.get<YouthProposalPage>(`/api/cases/${p.caseId}/youth-proposals`);
    expect(proposals.body.items.map((x) => [x.kind, x.text, x.targetLineageId])).toEqual([['nieuwe_stap', 'Naar de banenmarkt gaan', p.goal.lineageId]]);
    const mine = await p.youth.get<MyPlan>('/api/me/plan');
    expect(mine.body.proposals.map((x) => x.text)).toEqual(['Naar de banenmarkt gaan']);
  });

  it('in a voorgesteld plan: also a proposal (the version she is asked to agree to stays as it is)', async () => {
    const p = await youthWithConcept();
    await propose(p.v1.id);
    const before = await versionOf(p.v1.id);
    const res = await p.youth.post<MyChangeResult>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'Een stage zoeken' });
    expect(res.status).toBe(201);
    expect(res.body.outcome).toBe('voorstel');
    expect(await versionOf(p.v1.id)).toEqual(before);
  });

  it('refuses bad input with 400 and a Dutch message', async () => {
    const p = await youthWithConcept();
    const empty = await p.youth.post<ProblemDetails>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'text', message: 'Schrijf op wat je gaat doen.' }]);
    const extra = await p.youth.post<ProblemDetails>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'Bellen', ownerKind: 'klantmanager' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors?.map((e) => e.field)).toEqual(['ownerKind']);
    expect((await p.youth.post(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'x'.repeat(1001) })).status).toBe(400);
    expect((await p.youth.post(`/api/me/plan/goals/geen-uuid/steps`, { text: 'Bellen' })).status).toBe(400);
    expect(await stepsOf(p.goal.id)).toHaveLength(1);
  });

  it("another jongere's goal is 404 (audited as denied); staff cannot use the route; an unknown goal is 404", async () => {
    const owner = await youthWithConcept();
    const other = await youthWithConcept();
    const denied = await deniedCount('my_plan.step.create');
    const res = await other.youth.post<ProblemDetails>(`/api/me/plan/goals/${owner.goal.id}/steps`, { text: 'Stiekem een stap' });
    expect(res.status).toBe(404);
    expect(await deniedCount('my_plan.step.create')).toBe(denied + 1);
    expect((await km.post(`/api/me/plan/goals/${owner.goal.id}/steps`, { text: 'Als medewerker' })).status).toBe(403);
    expect((await other.youth.post(`/api/me/plan/goals/00000000-0000-4000-8000-000000000000/steps`, { text: 'Bellen' })).status).toBe(404);
    expect(await stepsOf(owner.goal.id)).toHaveLength(1);
  });

  it('a closed case and a replaced version are refused with 409', async () => {
    const p = await youthWithConcept();
    await t.db.query(`UPDATE plan_version SET status = 'vervangen' WHERE id = $1`, [p.v1.id]);
    const replaced = await p.youth.post<ProblemDetails>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'Bellen' });
    expect(replaced.status).toBe(409);
    await t.db.query(`UPDATE plan_version SET status = 'concept' WHERE id = $1`, [p.v1.id]);
    await t.db.query(`UPDATE youth_case SET phase = 'afgesloten', closed_reason = 'Werk gevonden', closed_at = now() WHERE id = $1`, [p.caseId]);
    const closed = await p.youth.post<ProblemDetails>(`/api/me/plan/goals/${p.goal.id}/steps`, { text: 'Bellen' });
    expect(closed.status).toBe(409);
    expect(closed.body.title).toBe('Je traject is afgesloten. Je kunt je plan nog lezen, maar niet meer veranderen.');
    expect(await stepsOf(p.goal.id)).toHaveLength(1);
  });
});
