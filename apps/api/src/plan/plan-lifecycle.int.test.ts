import { inflateSync } from 'node:zlib';
import type { PlanAgreement, PlanDiff, PlanEvaluationResult, PlanGoal, PlanOverview, PlanStep, PlanVersionDetail, ProblemDetails } from '@koers/contracts';
import { addDays, formatDateNl, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

type Conflict<T> = ProblemDetails & { current: T };

/** The text drawn on the pages of a pdfkit PDF: inflate each content stream, decode its TJ strings. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const starts = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a deflated content stream (fonts, metadata)
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      lines.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}

describe('plan van aanpak: sign-off, evaluation, versions and diff, PDF', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const today = todayInNl();
  const later = addDays(today, 60);

  const as = (user: TestUser) => loginAs(t, user);
  const patch = <T>(path: string, body: unknown) => km.request<T>('PATCH', path, body);
  const plan = async (caseId: string) => (await km.get<PlanOverview>(`/api/cases/${caseId}/plan`)).body;
  const caseRow = async (caseId: string) =>
    ((await t.db.query(`SELECT phase, version, to_char(next_evaluation_date, 'YYYY-MM-DD') AS next_evaluation_date FROM youth_case WHERE id = $1`, [caseId])) as {
      phase: string;
      version: number;
      next_evaluation_date: string | null;
    }[])[0]!;

  /** A concept that is complete: evaluation date, goals with steps, three kinds of agreement. */
  const readyConcept = async (options: { phase?: string; evaluationDate?: string; youthUserId?: string } = {}) => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: options.phase ?? 'plan', name: 'Sara de Vries', youthUserId: options.youthUserId });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const goals: PlanGoal[] = [];
    for (const title of ['Een vaste slaapplek', 'Rijbewijs halen', 'Schulden op een rij']) {
      goals.push((await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title, youthWords: `${title}, zegt Sara` })).body);
    }
    const steps: PlanStep[] = [];
    for (const text of ['Inschrijven bij Woonnet', 'Urgentie aanvragen']) {
      steps.push((await km.post<PlanStep>(`/api/goals/${goals[0]!.id}/steps`, { text, ownerKind: 'jongere', dueDate: addDays(today, 14) })).body);
    }
    const agreements: PlanAgreement[] = [];
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt werk in de techniek'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente betaalt je reiskosten'],
    ]) {
      agreements.push((await km.post<PlanAgreement>(`/api/plan-versions/${v1.id}/agreements`, { kind, text })).body);
    }
    const dated = await patch<PlanVersionDetail>(`/api/plan-versions/${v1.id}`, { evaluationDate: options.evaluationDate ?? later, version: 1 });
    expect(dated.status).toBe(200);
    return { ...c, v1: dated.body, goals, steps, agreements };
  };
  /** Proposes and records both agreements: the version is vastgesteld. */
  const establish = async (id: string) => {
    let v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/propose`, { version: (await versionOf(id)).version })).body;
    expect(v.status).toBe('voorgesteld');
    v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/agree`, { party: 'jongere', via: 'gesprek', version: v.version })).body;
    const res = await km.post<PlanVersionDetail>(`/api/plan-versions/${id}/agree`, { party: 'klantmanager', version: v.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const versionOf = async (id: string) => ((await t.db.query(`SELECT status, version FROM plan_version WHERE id = $1`, [id])) as { status: string; version: number }[])[0]!;

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager' } }));
  });
  afterAll(() => t.close());

  it('proposes only a complete plan: 400 with a Dutch list of what is missing, and nothing changes', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan' });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    await patch(`/api/plan-versions/${v1.id}`, { consequences: null, version: 1 });
    const empty = await km.post<ProblemDetails>(`/api/plan-versions/${v1.id}/propose`, { version: 2 });
    expect(empty.status).toBe(400);
    expect(empty.body.title).toMatch(/nog niet klaar om voor te leggen/);
    expect(empty.body.errors).toEqual([
      { field: 'evaluationDate', message: 'Kies de datum van de volgende evaluatie.' },
      { field: 'goals', message: 'Voeg minstens één doel toe.' },
      { field: 'agreements.werk_zoeken', message: expect.stringMatching(/werk zoeken/) },
      { field: 'agreements.verplichting', message: expect.stringMatching(/afspreekt te doen/) },
      { field: 'agreements.ondersteuning', message: expect.stringMatching(/gemeente doet/) },
      { field: 'consequences', message: expect.stringMatching(/niet worden nagekomen/) },
    ]);
    expect(await versionOf(v1.id)).toEqual({ status: 'concept', version: 2 });

    await km.post(`/api/plan-versions/${v1.id}/goals`, { title: 'Werk vinden' });
    await km.post(`/api/plan-versions/${v1.id}/agreements`, { kind: 'verplichting', text: 'Afspraken nakomen' });
    await patch(`/api/plan-versions/${v1.id}`, { evaluationDate: later, consequences: 'We praten eerst met je.', version: 2 });
    const partial = await km.post<ProblemDetails>(`/api/plan-versions/${v1.id}/propose`, { version: 3 });
    expect(partial.body.errors!.map((e) => e.field)).toEqual(['agreements.werk_zoeken', 'agreements.ondersteuning']);

    await km.post(`/api/plan-versions/${v1.id}/agreements`, { kind: 'werk_zoeken', text: 'Brieven schrijven' });
    await km.post(`/api/plan-versions/${v1.id}/agreements`, { kind: 'ondersteuning', text: 'Hulp bij je cv' });
    expect((await km.post(`/api/plan-versions/${v1.id}/propose`, { version: 2 })).status).toBe(409);
    const proposed = await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/propose`, { version: 3 });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({ status: 'voorgesteld', version: 4, signOff: { proposedBy: { id: kmUser.id }, staff: null, youth: null, establishedAt: null } });
    expect((await km.post(`/api/plan-versions/${v1.id}/propose`, { version: 4 })).status).toBe(409);
  });

  it('editing a voorgesteld version takes it back to concept and clears the agreements given; progress does not', async () => {
    const { caseId, v1, goals, steps } = await readyConcept();
    let v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/propose`, { version: v1.version })).body;
    v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: v.version })).body;
    expect(v).toMatchObject({ status: 'voorgesteld', signOff: { staff: { by: { id: kmUser.id } }, youth: null } });

    // Progress on a proposed version keeps the proposal.
    expect((await km.post(`/api/steps/${steps[0]!.id}/done`, { done: true, version: 1 })).status).toBe(200);
    expect((await plan(caseId)).current).toMatchObject({ status: 'voorgesteld', version: v.version });

    const edit = await patch<PlanGoal>(`/api/goals/${goals[1]!.id}`, { title: 'Rijbewijs B halen', version: 1 });
    expect(edit.status).toBe(200);
    const back = (await plan(caseId)).current!;
    expect(back).toMatchObject({ status: 'concept', version: v.version + 1, signOff: { proposedAt: null, proposedBy: null, staff: null, youth: null } });
    const reopen: { action: string; fields: string[] }[] = await t.db.query(`SELECT action, fields FROM audit_event WHERE case_id = $1 AND action = 'plan.reopen'`, [caseId]);
    expect(reopen).toHaveLength(1);
    const revision: { before: { status: string; staffAgreedAt: string | null }; after: { status: string; staffAgreedAt: string | null } }[] = await t.db.query(
      `SELECT before, after FROM revision WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [v1.id],
    );
    expect(revision[0]).toMatchObject({ before: { status: 'voorgesteld', staffAgreedAt: expect.any(String) }, after: { status: 'concept', staffAgreedAt: null } });

    const agreeOnConcept = await km.post<ProblemDetails>(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: back.version });
    expect(agreeOnConcept.status).toBe(409);
    expect(agreeOnConcept.body.title).toMatch(/eerst voor/);

    // The same for adding a step, and for changing the version itself.
    expect((await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/propose`, { version: back.version })).body.status).toBe('voorgesteld');
    await km.post(`/api/goals/${goals[2]!.id}/steps`, { text: 'Schuldhulp bellen', ownerKind: 'klantmanager' });
    expect((await versionOf(v1.id)).status).toBe('concept');
    v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/propose`, { version: (await versionOf(v1.id)).version })).body;
    const dated = await patch<PlanVersionDetail>(`/api/plan-versions/${v1.id}`, { evaluationDate: addDays(later, 7), version: v.version });
    expect(dated.body).toMatchObject({ status: 'concept', evaluationDate: addDays(later, 7) });
  });

  it('vastgesteld when both agreed: the previous version vervangen, case evaluation date and phase follow', async () => {
    const { caseId, v1 } = await readyConcept({ phase: 'intake' });
    const before = await caseRow(caseId);
    let v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/propose`, { version: v1.version })).body;

    const noVia = await km.post<ProblemDetails>(`/api/plan-versions/${v1.id}/agree`, { party: 'jongere', version: v.version });
    expect(noVia.status).toBe(400);
    expect(noVia.body.errors).toEqual([{ field: 'via', message: expect.stringMatching(/gesprek/) }]);
    const ownLogin = await km.post<ProblemDetails>(`/api/plan-versions/${v1.id}/agree`, { party: 'jongere', via: 'eigen_login', version: v.version });
    expect(ownLogin.status).toBe(400);
    expect((await km.post(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', via: 'gesprek', version: v.version })).status).toBe(400);

    const youth = await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/agree`, { party: 'jongere', via: 'gesprek', version: v.version });
    expect(youth.status).toBe(200);
    expect(youth.body).toMatchObject({ status: 'voorgesteld', signOff: { youth: { via: 'gesprek', recordedBy: { id: kmUser.id, name: 'Kim Klantmanager' } }, staff: null } });
    expect((await km.post(`/api/plan-versions/${v1.id}/agree`, { party: 'jongere', via: 'gesprek', version: youth.body.version })).status).toBe(409);
    const stale = await km.post<Conflict<PlanVersionDetail>>(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: v.version });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: v1.id, version: youth.body.version });
    expect(await caseRow(caseId)).toEqual(before);

    v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: youth.body.version })).body;
    expect(v).toMatchObject({ status: 'vastgesteld', signOff: { staff: { by: { id: kmUser.id } }, youth: { via: 'gesprek' } } });
    expect(v.signOff.establishedAt).not.toBeNull();
    expect(await caseRow(caseId)).toEqual({ phase: 'uitvoering', version: before.version + 1, next_evaluation_date: later });
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND action IN ('plan.agree', 'plan.establish', 'case.plan_established') ORDER BY id`, [
      caseId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['plan.agree', 'plan.agree', 'plan.establish', 'case.plan_established']);
    const overview = await plan(caseId);
    expect(overview).toMatchObject({ inForceNumber: 1, current: { id: v1.id, status: 'vastgesteld' }, permissions: { canEdit: true, canEvaluate: false } });
  });

  it('a vastgesteld version’s content is fixed (409, change it through an evaluation), but progress is recorded on it', async () => {
    const { caseId, v1, goals, steps, agreements } = await readyConcept();
    await establish(v1.id);
    const refusals: [string, string, unknown][] = [
      ['PATCH', `/api/goals/${goals[0]!.id}`, { title: 'Anders', version: 1 }],
      ['POST', `/api/plan-versions/${v1.id}/goals`, { title: 'Nieuw' }],
      ['POST', `/api/goals/${goals[0]!.id}/steps`, { text: 'Nieuw', ownerKind: 'jongere' }],
      ['PATCH', `/api/steps/${steps[0]!.id}`, { text: 'Anders', version: 1 }],
      ['DELETE', `/api/steps/${steps[0]!.id}?version=1`, undefined],
      ['PATCH', `/api/agreements/${agreements[0]!.id}`, { text: 'Anders', version: 1 }],
      ['DELETE', `/api/agreements/${agreements[0]!.id}?version=1`, undefined],
      ['DELETE', `/api/goals/${goals[0]!.id}?version=1`, undefined],
      ['PATCH', `/api/plan-versions/${v1.id}`, { consequences: 'Anders', version: (await versionOf(v1.id)).version }],
    ];
    for (const [method, path, body] of refusals) {
      const res = await km.request<ProblemDetails>(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(409);
      expect(res.body.title).toMatch(/vastgesteld.*evaluatie/);
    }
    const done = await km.post<PlanStep>(`/api/steps/${steps[0]!.id}/done`, { done: true, version: 1 });
    expect(done.status).toBe(200);
    expect(done.body.done).toBe(true);
    const busy = await km.post<PlanGoal>(`/api/goals/${goals[1]!.id}/status`, { status: 'bezig', version: 1 });
    expect(busy.body).toMatchObject({ status: 'bezig', version: 2 });
    const letGo = await km.post<PlanGoal>(`/api/goals/${goals[2]!.id}/status`, { status: 'losgelaten', letGoReason: 'Schulden zijn door de bewindvoerder geregeld', version: 1 });
    expect(letGo.body).toMatchObject({ status: 'losgelaten', letGoReason: 'Schulden zijn door de bewindvoerder geregeld' });
    expect((await plan(caseId)).current).toMatchObject({ status: 'vastgesteld', goals: [expect.objectContaining({ title: 'Een vaste slaapplek' }), expect.anything(), expect.anything()] });
  });

  it('evaluates on or after the date only; starts the next version as a concept copy; the next sign-off replaces the old version; diff and history read well', async () => {
    // Before the date: 400 and nothing recorded.
    const early = await readyConcept();
    await establish(early.v1.id);
    const tooEarly = await km.post<ProblemDetails>(`/api/cases/${early.caseId}/plan/evaluations`, { wentWell: 'Veel', wasHard: 'Weinig', changes: 'Niets' });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.title).toContain(formatDateNl(later));
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM evaluation WHERE case_id = $1`, [early.caseId])) as { n: number }[])[0]!.n).toBe(0);

    // On the date.
    const { caseId, v1, goals, steps } = await readyConcept({ evaluationDate: today });
    await establish(v1.id);
    expect(await caseRow(caseId)).toMatchObject({ next_evaluation_date: today });
    expect((await plan(caseId)).permissions.canEvaluate).toBe(true);
    await km.post(`/api/steps/${steps[0]!.id}/done`, { done: true, version: 1 });
    await km.post(`/api/goals/${goals[2]!.id}/status`, { status: 'behaald', version: 1 });
    await km.post(`/api/goals/${goals[1]!.id}/status`, { status: 'bezig', version: 1 });

    expect((await km.post<ProblemDetails>(`/api/cases/${caseId}/plan/evaluations`, { wentWell: '', wasHard: 'x' })).body.errors!.map((e) => e.field).sort()).toEqual([
      'changes',
      'wentWell',
    ]);
    const res = await km.post<PlanEvaluationResult>(`/api/cases/${caseId}/plan/evaluations`, {
      wentWell: 'Sara heeft een kamer gevonden',
      wasHard: 'Op tijd opstaan',
      changes: 'Meer nadruk op werk',
      youthView: 'Ik ben trots',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.evaluation).toMatchObject({ planVersionId: v1.id, planVersionNumber: 1, wentWell: 'Sara heeft een kamer gevonden', youthView: 'Ik ben trots', evaluatedBy: { id: kmUser.id } });
    const v2 = res.body.nextVersion;
    expect(v2).toMatchObject({ number: 2, status: 'concept', evaluationDate: null, consequences: expect.any(String) });
    // Open and bezig goals go along (same lineage, same author); behaald ones stay in version 1.
    expect(v2.goals.map((g) => [g.title, g.status, g.lineageId])).toEqual([
      ['Een vaste slaapplek', 'open', goals[0]!.lineageId],
      ['Rijbewijs halen', 'bezig', goals[1]!.lineageId],
    ]);
    expect(v2.goals[0]!.author).toEqual(goals[0]!.author);
    expect(v2.goals[0]!.youthWords).toBe('Een vaste slaapplek, zegt Sara');
    // Steps not done go along; done ones do not.
    expect(v2.goals[0]!.steps.map((s) => [s.text, s.lineageId])).toEqual([['Urgentie aanvragen', steps[1]!.lineageId]]);
    expect(v2.agreements.map((a) => a.kind)).toEqual(['werk_zoeken', 'verplichting', 'ondersteuning']);
    expect(await caseRow(caseId)).toMatchObject({ next_evaluation_date: null });
    const overview = await plan(caseId);
    expect(overview).toMatchObject({ inForceNumber: 1, current: { id: v2.id }, permissions: { canEvaluate: false } });
    expect(overview.versions.map((v) => [v.number, v.status, v.evaluatedAt !== null])).toEqual([
      [2, 'concept', false],
      [1, 'vastgesteld', true],
    ]);
    expect((await km.post<ProblemDetails>(`/api/cases/${caseId}/plan/evaluations`, { wentWell: 'x', wasHard: 'x', changes: 'x' })).status).toBe(409);

    // Adjust and establish version 2.
    const kept = v2.goals[0]!;
    await patch(`/api/goals/${kept.id}`, { title: 'Een eigen kamer houden', version: kept.version });
    await km.post(`/api/plan-versions/${v2.id}/goals`, { title: 'Een baan in de techniek' });
    await km.request('DELETE', `/api/agreements/${v2.agreements.find((a) => a.kind === 'ondersteuning')!.id}?version=1`);
    await km.post(`/api/plan-versions/${v2.id}/agreements`, { kind: 'ondersteuning', text: 'Een jobcoach de eerste maand' });
    await patch(`/api/plan-versions/${v2.id}`, { evaluationDate: later, version: (await versionOf(v2.id)).version });
    await establish(v2.id);
    expect((await versionOf(v1.id)).status).toBe('vervangen');
    expect(await caseRow(caseId)).toMatchObject({ next_evaluation_date: later });

    const diff = await km.get<PlanDiff>(`/api/cases/${caseId}/plan/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 2, hasChanges: true, evaluationDate: { before: formatDateNl(today), after: formatDateNl(later) }, consequences: null });
    expect(diff.body.goals.map((g) => [g.title, g.change, g.statusBefore])).toEqual([
      ['Een eigen kamer houden', 'changed', 'open'],
      ['Een baan in de techniek', 'added', null],
      ['Schulden op een rij', 'removed', 'behaald'],
    ]);
    expect(diff.body.goals[0]!.fields).toEqual([{ field: 'title', label: 'Doel', before: 'Een vaste slaapplek', after: 'Een eigen kamer houden' }]);
    expect(diff.body.goals[0]!.steps).toEqual([expect.objectContaining({ change: 'removed', text: 'Inschrijven bij Woonnet' })]);
    expect(diff.body.agreements).toMatchObject({
      werk_zoeken: [],
      verplichting: [],
      ondersteuning: [
        { change: 'added', after: 'Een jobcoach de eerste maand' },
        { change: 'removed', before: 'De gemeente betaalt je reiskosten' },
      ],
    });
    // The 'bezig' status set on version 1 (progress) shows as no change, since the copy kept it.
    expect(diff.body.goals.find((g) => g.title === 'Rijbewijs halen')).toBeUndefined();
    const bad = await km.get<ProblemDetails>(`/api/cases/${caseId}/plan/diff?from=1&to=7`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'to', message: 'Versie 7 bestaat niet.' }]);
    expect((await km.get(`/api/cases/${caseId}/plan/diff?from=een&to=2`)).status).toBe(400);

    const old = await km.get<PlanVersionDetail>(`/api/cases/${caseId}/plan/versions/1`);
    expect(old.body).toMatchObject({ number: 1, status: 'vervangen', evaluation: { wentWell: 'Sara heeft een kamer gevonden' } });
    // A replaced version takes no changes at all, not even progress.
    const replaced = await km.post<ProblemDetails>(`/api/steps/${steps[1]!.id}/done`, { done: true, version: 1 });
    expect(replaced.status).toBe(409);
    expect(replaced.body.title).toMatch(/vervangen/);
  });

  it('keeps multi-row writes atomic: a failure while establishing or evaluating leaves everything as it was', async () => {
    const { caseId, v1 } = await readyConcept({ evaluationDate: today });
    await establish(v1.id);
    const v2 = (await km.post<PlanEvaluationResult>(`/api/cases/${caseId}/plan/evaluations`, { wentWell: 'x', wasHard: 'x', changes: 'x' })).body.nextVersion;
    await patch(`/api/plan-versions/${v2.id}`, { evaluationDate: '2099-12-31', version: v2.version });
    let v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v2.id}/propose`, { version: (await versionOf(v2.id)).version })).body;
    v = (await km.post<PlanVersionDetail>(`/api/plan-versions/${v2.id}/agree`, { party: 'jongere', via: 'gesprek', version: v.version })).body;

    // The last statement of establishing (the case row) fails: nothing of the sign-off may remain.
    await t.db.query(`
      CREATE FUNCTION test_fail_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.next_evaluation_date = '2099-12-31' THEN RAISE EXCEPTION 'test failure'; END IF; RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER test_fail_case BEFORE UPDATE ON youth_case FOR EACH ROW EXECUTE FUNCTION test_fail_case()`);
    const caseBefore = await caseRow(caseId);
    const failed = await km.post(`/api/plan-versions/${v2.id}/agree`, { party: 'klantmanager', version: v.version });
    expect(failed.status).toBe(500);
    expect(await versionOf(v2.id)).toEqual({ status: 'voorgesteld', version: v.version });
    expect((await versionOf(v1.id)).status).toBe('vastgesteld');
    expect(await caseRow(caseId)).toEqual(caseBefore);
    const stray: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND action IN ('plan.establish', 'plan.replace')`, [caseId]);
    expect(stray[0]!.n).toBe(1); // only version 1's own establishment
    await t.db.query(`DROP TRIGGER test_fail_case ON youth_case`);
    await t.db.query(`DROP FUNCTION test_fail_case()`);

    // Copying agreements into the next version fails: no evaluation, no new version, no copies.
    const other = await readyConcept({ evaluationDate: today });
    await establish(other.v1.id);
    await t.db.query(`
      CREATE FUNCTION test_fail_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.plan_version_id <> '${other.v1.id}' THEN RAISE EXCEPTION 'test failure'; END IF; RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER test_fail_copy BEFORE INSERT ON agreement FOR EACH ROW EXECUTE FUNCTION test_fail_copy()`);
    const counts = async () =>
      (await t.db.query(
        `SELECT (SELECT count(*)::int FROM evaluation WHERE case_id = $1) AS evaluations, (SELECT count(*)::int FROM plan_version WHERE case_id = $1) AS versions,
                (SELECT count(*)::int FROM goal WHERE case_id = $1) AS goals, (SELECT count(*)::int FROM step WHERE case_id = $1) AS steps,
                (SELECT count(*)::int FROM audit_event WHERE case_id = $1) AS audit`,
        [other.caseId],
      )) as unknown[];
    const before = await counts();
    const caseState = await caseRow(other.caseId);
    expect((await km.post(`/api/cases/${other.caseId}/plan/evaluations`, { wentWell: 'x', wasHard: 'x', changes: 'x' })).status).toBe(500);
    expect(await counts()).toEqual(before);
    expect(await caseRow(other.caseId)).toEqual(caseState);
    await t.db.query(`DROP TRIGGER test_fail_copy ON agreement`);
    await t.db.query(`DROP FUNCTION test_fail_copy()`);
    expect((await km.post(`/api/cases/${other.caseId}/plan/evaluations`, { wentWell: 'x', wasHard: 'x', changes: 'x' })).status).toBe(201);
  });

  it('prints the plan as a real PDF in plain Dutch for the jongere (audited); others get 404', async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
    const { caseId, v1, steps } = await readyConcept({ youthUserId: youthUser.id });
    await km.post(`/api/steps/${steps[0]!.id}/done`, { done: true, version: 1 });
    await establish(v1.id);
    const fetchPdf = async (client: ApiClient, query = '') => {
      const res = await fetch(`${t.baseUrl}/api/cases/${caseId}/plan/pdf${query}`, { headers: { cookie: client.cookie! } });
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
    };
    const youth = await as(youthUser);
    const pdf = await fetchPdf(youth);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toBe('inline; filename="plan-van-aanpak-versie-1.pdf"');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf.body);
    const order = [
      'Jouw plan van aanpak',
      'Voor Sara de Vries',
      'Jouw doelen',
      '1. Een vaste slaapplek',
      'In jouw woorden: "Een vaste slaapplek, zegt Sara"',
      `Inschrijven bij Woonnet (Wie: jij. Wanneer: voor ${formatDateNl(addDays(today, 14))}.) Gedaan!`,
      '2. Rijbewijs halen',
      'Onze afspraken',
      'Wat de gemeente voor je doet',
      'De gemeente betaalt je reiskosten',
      'Werk zoeken',
      'Wat jij afspreekt te doen',
      'Je komt naar de afspraken of je belt af',
      'Als het een keer niet lukt',
      'Lukt het een keer niet om een afspraak na te komen?',
      'Je contactpersoon is Kim Klantmanager',
      `Op ${formatDateNl(later)} bespreken we samen hoe het gaat`,
    ];
    let at = -1;
    for (const piece of order) {
      const i = text.indexOf(piece, at + 1);
      expect(i, `"${piece}" after position ${at} in: ${text}`).toBeGreaterThan(at);
      at = i;
    }
    const audit: { action: string; actor_user_id: string }[] = await t.db.query(`SELECT action, actor_user_id FROM audit_event WHERE case_id = $1 AND action = 'plan.export'`, [caseId]);
    expect(audit).toEqual([{ action: 'plan.export', actor_user_id: youthUser.id }]);

    expect((await fetchPdf(km, '?number=9')).status).toBe(404);
    expect((await fetchPdf(km, '?number=nul')).status).toBe(400);
    const otherYouth = await as(await createUser(t.db, 'jongere', { teamId: team.id }));
    expect((await fetchPdf(otherYouth)).status).toBe(404);
    const noPlan = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    expect((await fetch(`${t.baseUrl}/api/cases/${noPlan.caseId}/plan/pdf`, { headers: { cookie: km.cookie! } })).status).toBe(404);
  });

  it('refuses plan changes in a closed case', async () => {
    const { caseId, v1, goals } = await readyConcept();
    await t.db.query(`UPDATE youth_case SET phase = 'afgesloten', closed_reason = 'Werk gevonden', closed_at = now() WHERE id = $1`, [caseId]);
    const res = await patch<ProblemDetails>(`/api/goals/${goals[0]!.id}`, { title: 'x', version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.title).toMatch(/afgesloten/);
    expect((await km.post(`/api/plan-versions/${v1.id}/propose`, { version: v1.version })).status).toBe(409);
    expect((await plan(caseId)).permissions.canEdit).toBe(false);
  });
});
