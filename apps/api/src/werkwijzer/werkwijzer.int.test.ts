import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Milestone, ProblemDetails, WerkwijzerContent, WerkwijzerPanel, WerkwijzerPanelFactor } from '@koers/contracts';
import { addDays, addMonths, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, createTestDatabase, loginAs, startTestApp, type TestApp } from '../../test/utils';
import { setupCaseWorld } from '../../test/world';

const CONTENT = resolve(__dirname, '../../../../content/werkwijzer');

describe('werkwijzer: content, the panel of a case, manual marks, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let youth: ApiClient;
  let own: TestCase;
  const today = todayInNl();

  const as = (user: TestUser) => loginAs(t, user);
  const panel = async (client: ApiClient, caseId: string) => {
    const res = await client.get<WerkwijzerPanel>(`/api/cases/${caseId}/werkwijzer`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const factor = (p: WerkwijzerPanel, number: string) => p.themes.flatMap((th) => th.factors).find((f) => f.number === number)!;
  const check = (p: WerkwijzerPanel, rule: string) => p.planQuality.checks.find((c) => c.rule === rule)!;
  const put = <T = WerkwijzerPanelFactor>(client: ApiClient, caseId: string, number: string, body: unknown) => client.request<T>('PUT', `/api/cases/${caseId}/werkwijzer/${number}`, body);
  const marks = async (caseId: string) =>
    (await t.db.query(`SELECT factor, status, note, marked_by FROM werkwijzer_mark WHERE case_id = $1 ORDER BY factor`, [caseId])) as { factor: string; status: string; note: string | null; marked_by: string }[];
  const audits = async (caseId: string, action: string) =>
    (await t.db.query(`SELECT actor_user_id, object_id, result, fields FROM audit_event WHERE case_id = $1 AND action = $2 ORDER BY id`, [caseId, action])) as {
      actor_user_id: string;
      object_id: string;
      result: string;
      fields: string[] | null;
    }[];

  /** A vastgesteld plan version with the given goals (each with one step) and agreements, straight into the database. */
  const addPlan = async (
    caseId: string,
    options: { evaluationDate?: string; goals: { title: string; targetDate?: string | null; wishId?: string | null; youthWords?: string | null; steps?: number }[]; agreements: [string, string][] },
  ) => {
    const pv: { id: string }[] = await t.db.query(
      `INSERT INTO plan_version (case_id, number, status, evaluation_date, staff_agreed_at, staff_agreed_by, youth_agreed_at, youth_agreed_via, youth_agreement_recorded_by, established_at)
       VALUES ($1, 1, 'vastgesteld', $2, now(), $3, now(), 'gesprek', $3, now()) RETURNING id`,
      [caseId, options.evaluationDate ?? addMonths(today, 2), kmUser.id],
    );
    for (const [i, g] of options.goals.entries()) {
      const goal: { id: string }[] = await t.db.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, youth_words, wish_id, priority, target_date, author_user_id, author_role)
         VALUES ($1, $2, gen_random_uuid(), $3, $4, $5, $6, $7, $8, 'klantmanager') RETURNING id`,
        [pv[0]!.id, caseId, g.title, g.youthWords ?? null, g.wishId ?? null, i + 1, g.targetDate === undefined ? addMonths(today, 3) : g.targetDate, kmUser.id],
      );
      for (let s = 0; s < (g.steps ?? 1); s++) {
        await t.db.query(`INSERT INTO step (goal_id, case_id, text, owner_kind, author_user_id, author_role) VALUES ($1, $2, $3, 'jongere', $4, 'klantmanager')`, [
          goal[0]!.id,
          caseId,
          `Stap ${s + 1}`,
          kmUser.id,
        ]);
      }
    }
    for (const [i, [kind, text]] of options.agreements.entries()) {
      await t.db.query(`INSERT INTO agreement (plan_version_id, case_id, kind, text, position, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5, $6, 'klantmanager')`, [
        pv[0]!.id,
        caseId,
        kind,
        text,
        i,
        kmUser.id,
      ]);
    }
    return pv[0]!.id;
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km, youth, own } = await setupCaseWorld({ km: { name: 'Sanne Jansen' }, case: { name: 'Noor Özdemir' } }));
  });
  afterAll(() => t.close());

  describe('GET /api/werkwijzer (the content)', () => {
    it('gives staff the 7 themes with their 31 factors, the intake prompts and the plan-quality explanations', async () => {
      const res = await km.get<WerkwijzerContent>('/api/werkwijzer');
      expect(res.status).toBe(200);
      expect(res.body.themes).toHaveLength(7);
      expect(res.body.themes.flatMap((th) => th.factors)).toHaveLength(31);
      expect(res.body.themes[0]!.factors[0]).toMatchObject({ number: '1.1', theme: 1, title: 'Werken aan een vertrouwensband', moments: ['intake', 'contact', 'handover', 'evaluation'] });
      expect(res.body.themes[0]!.factors[0]!.tips[0]).toEqual({ title: 'Eerste gesprek', text: expect.stringContaining('Zie de jongere bij voorkeur persoonlijk'), points: [] });
      expect(res.body.intakePrompts.find((p) => p.area === 'wonen')!.questions).toContain('Heb je elke nacht een vaste plek om te slapen?');
      expect(res.body.planQualityRules.map((r) => r.rule)).toContain('readability');
    });

    it('is readable by the teamleider and the beheerder, not by a jongere or without a session', async () => {
      const beheerder = await as(await createUser(t.db, 'beheerder'));
      expect((await beheerder.get('/api/werkwijzer')).status).toBe(200);
      expect((await (await as(await createUser(t.db, 'teamleider', { teamId: team.id }))).get('/api/werkwijzer')).status).toBe(200);
      expect((await youth.get('/api/werkwijzer')).status).toBe(403);
      expect((await new ApiClient(t.baseUrl).get('/api/werkwijzer')).status).toBe(401);
    });
  });

  describe('GET /api/cases/:caseId/werkwijzer (the panel)', () => {
    it('shows every theme and factor; evidence appears when the data is there (a milestone with a certificate, a mentor)', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const before = await panel(km, c.caseId);
      expect(before.themes.map((th) => [th.number, th.factors.length])).toEqual([[1, 7], [2, 4], [3, 3], [4, 3], [5, 4], [6, 7], [7, 3]]);
      expect(before.permissions).toEqual({ canMark: true });
      expect(factor(before, '2.9')).toEqual({
        number: '2.9',
        title: 'Certificaten halen',
        moments: ['milestone', 'workplace', 'plan'],
        source: 'automatic',
        status: 'no-evidence',
        evidence: 'Nog geen certificaat vastgelegd bij een mijlpaal.',
        mark: null,
      });
      expect(factor(before, '6.27')).toMatchObject({ source: 'manual', status: 'not-computed', evidence: null, mark: null });
      expect(factor(before, '4.17')).toMatchObject({ status: 'no-evidence' });
      expect(check(before, 'successes_celebrated')).toMatchObject({ title: 'Successen worden gevierd', status: 'attention' });
      expect(before.planQuality).toMatchObject({ planVersion: null, readability: null, tone: null });

      const milestone = await km.post<Milestone>(`/api/cases/${c.caseId}/milestones`, { title: 'Heftruckcertificaat gehaald', achievedOn: addDays(today, -1), certificateName: 'Heftruck rijden' });
      expect(milestone.status).toBe(201);
      expect((await km.post(`/api/cases/${c.caseId}/network`, { name: 'Anna', relation: 'mentor' })).status).toBe(201);

      const after = await panel(km, c.caseId);
      expect(factor(after, '2.9')).toMatchObject({ status: 'evidence', evidence: '1 certificaat behaald: Heftruck rijden.' });
      expect(factor(after, '4.17')).toMatchObject({ status: 'evidence', evidence: 'Netwerk: mentor betrokken.' });
      expect(check(after, 'successes_celebrated')).toMatchObject({ status: 'pass', reason: expect.stringMatching(/^1 mijlpaal gevierd, de laatste op /) });
      const theme4 = after.themes.find((th) => th.number === 4)!;
      expect(theme4.summary).toEqual({ applied: 1, applicable: 3, total: 3 });
    });

    it('checks the plan: its quality, readability and tone, from the version in force', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const wish: { id: string }[] = await t.db.query(`INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, 'wens', 'In de zorg werken', $2, 'klantmanager') RETURNING id`, [
        c.caseId,
        kmUser.id,
      ]);
      const pvId = await addPlan(c.caseId, {
        goals: [
          { title: 'Stage lopen in de zorg', wishId: wish[0]!.id, youthWords: 'Ik wil graag met mensen werken.' },
          { title: 'Re-integratie', targetDate: addMonths(today, 9), steps: 0 },
        ],
        agreements: [
          ['werk_zoeken', 'Je moet elke week solliciteren.'],
          ['verplichting', 'Je bent verplicht om op elke afspraak te komen, anders volgt een sanctie.'],
        ],
      });
      const p = await panel(km, c.caseId);
      expect(p.planQuality.planVersion).toEqual({ id: pvId, number: 1, status: 'vastgesteld' });
      expect(p.planQuality.checks.map((x) => [x.rule, x.status])).toEqual([
        ['youth_involved', 'pass'],
        ['wishes_and_support', 'attention'],
        ['goals_concrete', 'attention'],
        ['goals_short_term', 'attention'],
        ['goals_linked', 'attention'],
        ['urgent_first', 'pass'],
        ['evaluation_planned', 'pass'],
        ['successes_celebrated', 'attention'],
        ['one_contact_person', 'pass'],
        ['readability', 'attention'],
        ['tone', 'attention'],
      ]);
      expect(check(p, 'goals_concrete').reason).toBe('Nog zonder stap: ‘Re-integratie’.');
      expect(check(p, 'one_contact_person').reason).toBe('Sanne Jansen is de vaste contactpersoon.');
      expect(p.planQuality.readability!.jargon.map((j) => j.word)).toEqual(['Re-integratie', 'sanctie']);
      expect(p.planQuality.tone).toMatchObject({ obligationWords: 3, obligationExamples: ['moet', 'verplicht', 'sanctie'] });
      expect(factor(p, '1.7')).toMatchObject({ status: 'evidence', evidence: 'De jongere schreef 1 doel in eigen woorden; de jongere stemde in met het plan; 1 stap is van de jongere zelf.' });
    });

    it('records the read in the audit trail', async () => {
      await panel(km, own.caseId);
      expect((await audits(own.caseId, 'werkwijzer.read')).at(-1)).toMatchObject({ actor_user_id: kmUser.id, object_id: own.caseId, result: 'allowed' });
    });

    it('answers 404 to another klantmanager, a teamleider of another team and a jongere of another case, and records the denial', async () => {
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      expect((await other.get(`/api/cases/${own.caseId}/werkwijzer`)).status).toBe(404);
      const foreignLead = await as(await createUser(t.db, 'teamleider'));
      expect((await foreignLead.get(`/api/cases/${own.caseId}/werkwijzer`)).status).toBe(404);
      const otherYouthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: otherYouthUser.id });
      const otherYouth = await as(otherYouthUser);
      expect((await otherYouth.get(`/api/cases/${own.caseId}/werkwijzer`)).status).toBe(404);
      expect((await km.get(`/api/cases/00000000-0000-4000-8000-000000000000/werkwijzer`)).status).toBe(404);
      expect((await km.get(`/api/cases/geen-uuid/werkwijzer`)).status).toBe(400);
      const beheerder = await as(await createUser(t.db, 'beheerder'));
      expect((await beheerder.get(`/api/cases/${own.caseId}/werkwijzer`)).status).toBe(403);
      expect((await audits(own.caseId, 'werkwijzer.read')).filter((a) => a.result === 'denied')).toHaveLength(3);
    });

    it('lets the teamleider of the team read without marking, and the jongere read their own panel without staff notes or internal contacts', async () => {
      const lead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      expect((await panel(lead, own.caseId)).permissions).toEqual({ canMark: false });

      await t.db.query(`INSERT INTO contact_moment (case_id, occurred_at, kind, internal, note, user_id) VALUES ($1, now() - interval '1 day', 'face_to_face', true, 'Overleg', $2)`, [own.caseId, kmUser.id]);
      expect((await put(km, own.caseId, '6.25', { status: 'toegepast', note: 'Werkgever viert elke vrijdag wat goed ging.' })).status).toBe(200);
      const staffView = await panel(km, own.caseId);
      expect(factor(staffView, '1.1').evidence).toBe('Eén vaste contactpersoon (Sanne Jansen); 1 persoonlijk gesprek.');
      expect(factor(staffView, '6.25').mark!.note).toBe('Werkgever viert elke vrijdag wat goed ging.');
      const youthView = await panel(youth, own.caseId);
      expect(youthView.permissions).toEqual({ canMark: false });
      expect(factor(youthView, '1.1').evidence).toBe('Eén contactpersoon (Sanne Jansen), maar nog geen persoonlijk gesprek vastgelegd.');
      expect(factor(youthView, '6.25').mark).toMatchObject({ status: 'toegepast', note: null, markedBy: { id: kmUser.id, name: 'Sanne Jansen' } });
    });
  });

  describe('PUT/DELETE /api/cases/:caseId/werkwijzer/:factor (manual marks)', () => {
    it('marks a manual factor as applied with a note, or n.v.t., shows it in the panel and audits field names', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const res = await put(km, c.caseId, '6.27', { status: 'toegepast', note: '  Collega’s weten van de dyslexie (met toestemming).  ' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        number: '6.27',
        title: "Collega's weten wat nodig is",
        moments: ['workplace'],
        source: 'manual',
        status: 'not-computed',
        evidence: null,
        mark: { status: 'toegepast', note: 'Collega’s weten van de dyslexie (met toestemming).', markedBy: { id: kmUser.id, name: 'Sanne Jansen' }, markedAt: expect.any(String) },
      });
      expect((await put(km, c.caseId, '7.31', { status: 'nvt' })).status).toBe(200);
      expect((await put(km, c.caseId, '6.27', { status: 'nvt', note: null })).body.mark).toMatchObject({ status: 'nvt', note: null });

      expect(await marks(c.caseId)).toEqual([
        { factor: '6.27', status: 'nvt', note: null, marked_by: kmUser.id },
        { factor: '7.31', status: 'nvt', note: null, marked_by: kmUser.id },
      ]);
      const p = await panel(km, c.caseId);
      expect(factor(p, '7.31').mark).toMatchObject({ status: 'nvt' });
      expect(p.themes.find((th) => th.number === 7)!.summary).toEqual({ applied: 0, applicable: 2, total: 3 });
      expect(await audits(c.caseId, 'werkwijzer.mark')).toEqual([
        { actor_user_id: kmUser.id, object_id: '6.27', result: 'allowed', fields: ['status', 'note'] },
        { actor_user_id: kmUser.id, object_id: '7.31', result: 'allowed', fields: ['status'] },
        { actor_user_id: kmUser.id, object_id: '6.27', result: 'allowed', fields: ['status', 'note'] },
      ]);

      const del = await km.request('DELETE', `/api/cases/${c.caseId}/werkwijzer/7.31`);
      expect(del.status).toBe(204);
      expect((await marks(c.caseId)).map((m) => m.factor)).toEqual(['6.27']);
      expect(await audits(c.caseId, 'werkwijzer.unmark')).toEqual([{ actor_user_id: kmUser.id, object_id: '7.31', result: 'allowed', fields: ['status', 'note'] }]);
      expect((await km.request('DELETE', `/api/cases/${c.caseId}/werkwijzer/7.31`)).status).toBe(404);
    });

    it('refuses bad input with Dutch field messages and stores nothing', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const cases: [string, unknown, string][] = [
        ['6.22', { status: 'toegepast' }, 'note'],
        ['6.22', { status: 'toegepast', note: '   ' }, 'note'],
        ['6.22', { status: 'gedaan', note: 'x' }, 'status'],
        ['6.22', { status: 'nvt', note: 'x'.repeat(501) }, 'note'],
        ['6.22', { status: 'nvt', extra: true }, 'extra'],
        ['9.99', { status: 'nvt' }, 'factor'],
        ['1.1', { status: 'toegepast', note: 'Warme overdracht gedaan' }, 'factor'],
      ];
      for (const [number, body, field] of cases) {
        const res = await put<ProblemDetails>(km, c.caseId, number, body);
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        expect(res.body.errors!.map((e) => e.field)).toContain(field);
      }
      const automatic = await put<ProblemDetails>(km, c.caseId, '4.17', { status: 'nvt' });
      expect(automatic.body.errors).toEqual([{ field: 'factor', message: 'Succesfactor 4.17 berekent Koers zelf uit de gegevens van het traject. Die kunt u niet met de hand markeren.' }]);
      const missingNote = await put<ProblemDetails>(km, c.caseId, '6.22', { status: 'toegepast' });
      expect(missingNote.body.errors).toEqual([{ field: 'note', message: 'Schrijf kort op wat er is gedaan.' }]);
      expect(await marks(c.caseId)).toEqual([]);
      expect(await audits(c.caseId, 'werkwijzer.mark')).toEqual([]);
    });

    it('is for the contact person only, and not on a closed case', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: (await createUser(t.db, 'jongere', { teamId: team.id })).id });
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      expect((await put(other, c.caseId, '6.22', { status: 'nvt' })).status).toBe(404);
      expect((await other.request('DELETE', `/api/cases/${c.caseId}/werkwijzer/6.22`)).status).toBe(404);
      const lead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      expect((await put(lead, c.caseId, '6.22', { status: 'nvt' })).status).toBe(403);
      expect((await put(youth, c.caseId, '6.22', { status: 'nvt' })).status).toBe(403);
      expect(await marks(c.caseId)).toEqual([]);
      expect((await audits(c.caseId, 'werkwijzer.mark')).map((a) => a.result)).toEqual(['denied']);

      const closed = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'afgesloten' });
      const res = await put<ProblemDetails>(km, closed.caseId, '6.22', { status: 'nvt' });
      expect(res.status).toBe(409);
      expect(res.body.title).toBe('Dit traject is afgesloten. Heropen het traject eerst als u de werkwijzer wilt bijwerken.');
      expect((await panel(km, closed.caseId)).permissions).toEqual({ canMark: false });
      expect(await marks(closed.caseId)).toEqual([]);
    });

    it('keeps exactly one mark per factor when many marks arrive at once, each audited', async () => {
      const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => put(km, c.caseId, '2.11', { status: 'toegepast', note: `Sollicitatietraining ${i}` })));
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
      const rows = await marks(c.caseId);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.note).toMatch(/^Sollicitatietraining [0-7]$/);
      expect(await audits(c.caseId, 'werkwijzer.mark')).toHaveLength(8);
    });
  });
});

describe('werkwijzer content at start', () => {
  it('refuses to start with a broken content file, naming the file and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-werkwijzer-'));
    cpSync(CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, 'factors', '5.21-stress-sensitief.md'), '---\nnumber: 5.21\ntitle: Stress\n---\nUitleg.\n');
    const database = await createTestDatabase('werkwijzer');
    try {
      await expect(startTestApp({ CONTENT_DIR: dir }, database.url)).rejects.toThrow(
        /werkwijzer-inhoud in .* bevat 2 fouten:\n {2}- factors\/5\.21-stress-sensitief\.md:1: het veld "moments" ontbreekt in de kopgegevens\n {2}- factors\/5\.21-stress-sensitief\.md: de kop "## Tips" ontbreekt/,
      );
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts with the content folder given in CONTENT_DIR', async () => {
    const app = await startTestApp({ CONTENT_DIR: CONTENT });
    try {
      expect(app.config.CONTENT_DIR).toBe(CONTENT);
    } finally {
      await app.close();
    }
  });
});
