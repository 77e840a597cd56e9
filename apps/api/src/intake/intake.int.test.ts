import type { CaseDetail, IntakeDetail, IntakeWish, LifeAreaHistory, LifeAreaSet, ProblemDetails, UrgentObstacle } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

type Conflict<T> = ProblemDetails & { current: T };

describe('intake: record, wishes, urgent obstacles, leefgebieden, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const as = (user: TestUser) => loginAs(t, user);
  const put = <T>(c: ApiClient, path: string, body: unknown) => c.request<T>('PUT', path, body);
  const del = <T>(c: ApiClient, path: string) => c.request<T>('DELETE', path);
  const newCase = (options: Partial<Parameters<typeof createCase>[1]> = {}) => createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, ...options });
  const auditOf = async (caseId: string) =>
    (await t.db.query(`SELECT action, result, actor_user_id, object_type, fields FROM audit_event WHERE case_id = $1 ORDER BY id`, [caseId])) as {
      action: string;
      result: string;
      actor_user_id: string;
      object_type: string;
      fields: string[] | null;
    }[];
  const intakeRow = async (caseId: string) => ((await t.db.query(`SELECT * FROM intake WHERE case_id = $1`, [caseId])) as Record<string, unknown>[])[0]!;

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klant' } }));
  });
  afterAll(() => t.close());

  describe('the intake record', () => {
    it('reads an empty intake with its version and audits the read', async () => {
      const c = await newCase({ phase: 'aanmelding' });
      const res = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        caseId: c.caseId,
        version: 1,
        housing: null,
        fixedSleepingPlace: null,
        ownStory: null,
        infoEducation: false,
        completedAt: null,
        case: { phase: 'aanmelding', version: 1 },
        wishes: [],
        urgentObstacles: [],
        lifeAreas: [],
        diversityConsent: null,
        diversity: null,
        permissions: { canEdit: true, canManageConsent: true, canSeeDiversity: false },
      });
      expect(await auditOf(c.caseId)).toEqual([{ action: 'intake.read', result: 'allowed', actor_user_id: kmUser.id, object_type: 'intake', fields: null }]);
    });

    it('saves only the fields sent, moves the case from aanmelding to intake on the first save, and audits the changed field names', async () => {
      const c = await newCase({ phase: 'aanmelding' });
      const first = await put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, {
        version: 1,
        housing: 'dakloos',
        fixedSleepingPlace: false,
        hasDebts: true,
        debtsNote: 'Ongeveer 3000 euro bij de zorgverzekeraar',
        hasStartkwalificatie: false,
        lastSchool: 'ROC Midden, niveau 2',
        ownStory: 'Ik wil graag  ',
        infoLabourMarket: true,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        version: 2,
        housing: 'dakloos',
        fixedSleepingPlace: false,
        hasDebts: true,
        hasStartkwalificatie: false,
        lastSchool: 'ROC Midden, niveau 2',
        // Free text is kept exactly as typed (autosave while typing).
        ownStory: 'Ik wil graag  ',
        infoLabourMarket: true,
        infoEducation: false,
        incomeSource: null,
        updatedBy: { id: kmUser.id, name: 'Kim Klant' },
        case: { phase: 'intake', version: 2 },
      });
      const phase: { phase: string; version: number }[] = await t.db.query(`SELECT phase, version FROM youth_case WHERE id = $1`, [c.caseId]);
      expect(phase[0]).toEqual({ phase: 'intake', version: 2 });

      // A later save: only what changed; null and blank text empty a field; the phase stays.
      const second = await put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, { version: 2, housing: 'dakloos', debtsNote: null, ownStory: '   ', motivation: 'Werken met mijn handen' });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ version: 3, housing: 'dakloos', debtsNote: null, ownStory: null, motivation: 'Werken met mijn handen', case: { phase: 'intake', version: 2 } });
      const row = await intakeRow(c.caseId);
      expect(row).toMatchObject({ version: 3, housing: 'dakloos', debts_note: null, own_story: null, motivation: 'Werken met mijn handen', updated_by: kmUser.id });

      // Sending unchanged values is a no-op: no new version, no audit.
      const same = await put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, { version: 3, housing: 'dakloos', hasDebts: true });
      expect(same.status).toBe(200);
      expect(same.body.version).toBe(3);

      const audit = await auditOf(c.caseId);
      expect(audit.map((a) => [a.action, a.fields])).toEqual([
        ['intake.update', ['housing', 'fixedSleepingPlace', 'hasDebts', 'debtsNote', 'ownStory', 'hasStartkwalificatie', 'lastSchool', 'infoLabourMarket']],
        ['case.phase', ['phase']],
        ['intake.update', ['debtsNote', 'motivation', 'ownStory']],
      ]);
      // Field names only: no value ends up in the audit trail.
      expect(JSON.stringify(audit)).not.toMatch(/zorgverzekeraar|ROC Midden|handen|dakloos/);
    });

    it('does not touch the phase of a case that is past aanmelding', async () => {
      const c = await newCase({ phase: 'plan' });
      const res = await put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, { version: 1, transport: 'fiets' });
      expect(res.body).toMatchObject({ version: 2, transport: 'fiets', case: { phase: 'plan', version: 1 } });
    });

    it('answers a stale write with 409 and the full current intake, changing nothing', async () => {
      const c = await newCase();
      await km.post(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'Een eigen kamer' });
      expect((await put(km, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'bij_ouders' })).status).toBe(200);
      const stale = await put<Conflict<IntakeDetail>>(km, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'eigen_woning', qualities: 'Doorzetter' });
      expect(stale.status).toBe(409);
      expect(stale.body.title).toMatch(/intussen gewijzigd/);
      expect(stale.body.current).toMatchObject({ caseId: c.caseId, version: 2, housing: 'bij_ouders', qualities: null, wishes: [{ text: 'Een eigen kamer' }], permissions: { canEdit: true } });
      expect(await intakeRow(c.caseId)).toMatchObject({ version: 2, housing: 'bij_ouders', qualities: null });
      // Also a no-op write with a stale version is refused, so the UI learns it is behind.
      expect((await put(km, `/api/cases/${c.caseId}/intake`, { version: 1 })).status).toBe(409);
    });

    it('lets exactly one of many parallel writers with the same version win (no lost update)', async () => {
      const c = await newCase();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, { version: 1, ownStory: `Versie ${i}` })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, JSON.stringify(results.filter((r) => r.status !== 409).map((r) => r.body))).toEqual([200, ...Array(11).fill(409)]);
      const winner = results.find((r) => r.status === 200)!.body;
      const row = await intakeRow(c.caseId);
      expect(row).toMatchObject({ version: 2, own_story: winner.ownStory });
      const updates: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND action = 'intake.update'`, [c.caseId]);
      expect(updates[0]!.n).toBe(1);

      // And again from the new version: the final version counts only the successful writes.
      const round2 = await Promise.all(Array.from({ length: 6 }, (_, i) => put(km, `/api/cases/${c.caseId}/intake`, { version: 2, motivation: `M ${i}` })));
      expect(round2.filter((r) => r.status === 200)).toHaveLength(1);
      expect((await intakeRow(c.caseId)).version).toBe(3);
    });

    it('refuses bad input with Dutch field messages and changes nothing', async () => {
      const c = await newCase({ phase: 'aanmelding' });
      const before = await intakeRow(c.caseId);
      const bad = await put<ProblemDetails>(km, `/api/cases/${c.caseId}/intake`, {
        version: 1,
        housing: 'kasteel',
        hasDebts: 'ja',
        infoEducation: null,
        lastSchool: 'x'.repeat(201),
        ownStory: 42,
        favouriteColour: 'blauw',
      });
      expect(bad.status).toBe(400);
      const errors = Object.fromEntries(bad.body.errors!.map((e) => [e.field, e.message]));
      expect(errors).toEqual({
        housing: 'Kies een van de toegestane waarden.',
        hasDebts: 'Dit moet ja of nee (true/false) zijn.',
        infoEducation: 'Dit moet ja of nee (true/false) zijn.',
        lastSchool: 'Vul hoogstens 200 tekens in.',
        ownStory: 'Dit moet tekst zijn.',
        favouriteColour: 'Dit veld is onbekend en mag niet worden meegestuurd.',
      });
      const noVersion = await put<ProblemDetails>(km, `/api/cases/${c.caseId}/intake`, { housing: 'bij_ouders' });
      expect(noVersion.status).toBe(400);
      expect(noVersion.body.errors!.map((e) => e.field)).toEqual(['version']);
      expect((await put<ProblemDetails>(km, `/api/cases/not-a-uuid/intake`, { version: 1 })).body.errors).toEqual([{ field: 'caseId', message: 'Dit is geen geldige verwijzing (uuid).' }]);
      expect(await intakeRow(c.caseId)).toEqual(before);
      expect(await auditOf(c.caseId)).toEqual([]);
      const phase: { phase: string }[] = await t.db.query(`SELECT phase FROM youth_case WHERE id = $1`, [c.caseId]);
      expect(phase[0]!.phase).toBe('aanmelding');
    });

    it('marks the intake complete with a version (stale → 409), keeps it editable, and moves aanmelding to intake', async () => {
      const c = await newCase({ phase: 'aanmelding' });
      expect((await km.post<ProblemDetails>(`/api/cases/${c.caseId}/intake/complete`, {})).status).toBe(400);
      expect((await km.post<Conflict<IntakeDetail>>(`/api/cases/${c.caseId}/intake/complete`, { version: 7 })).status).toBe(409);
      const done = await km.post<IntakeDetail>(`/api/cases/${c.caseId}/intake/complete`, { version: 1 });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ version: 2, completedAt: expect.any(String), case: { phase: 'intake' } });
      const again = await km.post<IntakeDetail>(`/api/cases/${c.caseId}/intake/complete`, { version: 2 });
      expect(again.body).toMatchObject({ version: 2, completedAt: done.body.completedAt });
      const edited = await put<IntakeDetail>(km, `/api/cases/${c.caseId}/intake`, { version: 2, qualities: 'Behulpzaam' });
      expect(edited.body).toMatchObject({ version: 3, qualities: 'Behulpzaam', completedAt: done.body.completedAt });
      expect((await auditOf(c.caseId)).map((a) => a.action)).toEqual(['intake.complete', 'case.phase', 'intake.update']);
    });

    it('refuses changes to a closed case', async () => {
      const c = await newCase({ phase: 'afgesloten' });
      const res = await put<ProblemDetails>(km, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'bij_ouders' });
      expect(res.status).toBe(409);
      expect(res.body.title).toMatch(/afgesloten/);
      expect((await km.post(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'x' })).status).toBe(409);
      expect((await km.get(`/api/cases/${c.caseId}/intake`)).status).toBe(200);
    });
  });

  describe('needs and wishes', () => {
    it('adds needs and wishes with their author, lists them, and removes one softly', async () => {
      const c = await newCase();
      const need = await km.post<IntakeWish>(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'behoefte', text: '  Rust in mijn hoofd  ' });
      expect(need.status).toBe(201);
      expect(need.body).toMatchObject({ kind: 'behoefte', text: 'Rust in mijn hoofd', author: { id: kmUser.id, name: 'Kim Klant', role: 'klantmanager' } });
      const wish = await km.post<IntakeWish>(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'Monteur worden' });
      expect(wish.status).toBe(201);

      const intake = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(intake.body.wishes.map((w) => [w.kind, w.text])).toEqual([
        ['behoefte', 'Rust in mijn hoofd'],
        ['wens', 'Monteur worden'],
      ]);
      const stored: { author_user_id: string; author_role: string }[] = await t.db.query(`SELECT author_user_id, author_role FROM intake_wish WHERE id = $1`, [wish.body.id]);
      expect(stored[0]).toEqual({ author_user_id: kmUser.id, author_role: 'klantmanager' });

      expect((await del(km, `/api/cases/${c.caseId}/intake/wishes/${need.body.id}`)).status).toBe(204);
      expect((await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`)).body.wishes.map((w) => w.id)).toEqual([wish.body.id]);
      const removed: { removed_at: Date | null }[] = await t.db.query(`SELECT removed_at FROM intake_wish WHERE id = $1`, [need.body.id]);
      expect(removed[0]!.removed_at).toBeInstanceOf(Date);
      expect((await del(km, `/api/cases/${c.caseId}/intake/wishes/${need.body.id}`)).status).toBe(404);

      // A wish of another case cannot be reached through this case.
      const other = await newCase();
      const elsewhere = await km.post<IntakeWish>(`/api/cases/${other.caseId}/intake/wishes`, { kind: 'wens', text: 'Rijbewijs' });
      expect((await del(km, `/api/cases/${c.caseId}/intake/wishes/${elsewhere.body.id}`)).status).toBe(404);
      const still: { removed_at: Date | null }[] = await t.db.query(`SELECT removed_at FROM intake_wish WHERE id = $1`, [elsewhere.body.id]);
      expect(still[0]!.removed_at).toBeNull();

      expect((await auditOf(c.caseId)).filter((a) => a.object_type === 'intake_wish').map((a) => [a.action, a.fields])).toEqual([
        ['intake.wish.create', ['kind', 'text']],
        ['intake.wish.create', ['kind', 'text']],
        ['intake.wish.remove', ['removedAt']],
      ]);
    });

    it('refuses bad wishes with Dutch field messages, creating nothing', async () => {
      const c = await newCase();
      const bad = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'droom', text: '   ' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([
        { field: 'kind', message: 'Kies of dit een behoefte of een wens is.' },
        { field: 'text', message: 'Vul dit veld in.' },
      ]);
      expect((await km.post<ProblemDetails>(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'x'.repeat(1001) })).status).toBe(400);
      expect((await del(km, `/api/cases/${c.caseId}/intake/wishes/123`)).status).toBe(400);
      const n: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM intake_wish WHERE case_id = $1`, [c.caseId]);
      expect(n[0]!.n).toBe(0);
    });
  });

  describe('urgent obstacles', () => {
    const openCount = async (caseId: string) => ((await t.db.query(`SELECT open_urgent_obstacles AS n FROM youth_case WHERE id = $1`, [caseId])) as { n: number }[])[0]!.n;

    it('keeps youth_case.open_urgent_obstacles equal to the unresolved obstacles', async () => {
      const c = await newCase();
      const sleep = await km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'slaapplek', description: 'Slaapt op de bank bij een vriend' });
      expect(sleep.status).toBe(201);
      expect(sleep.body).toMatchObject({ kind: 'slaapplek', description: 'Slaapt op de bank bij een vriend', goalId: null, resolvedAt: null, createdBy: { id: kmUser.id } });
      expect(await openCount(c.caseId)).toBe(1);
      const debts = await km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'schulden', description: 'Aanmaningen' });
      expect(await openCount(c.caseId)).toBe(2);

      const resolved = await km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles/${sleep.body.id}/resolve`);
      expect(resolved.status).toBe(200);
      expect(resolved.body.resolvedAt).toEqual(expect.any(String));
      expect(await openCount(c.caseId)).toBe(1);
      // Resolving again changes nothing (and is not audited twice).
      const again = await km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles/${sleep.body.id}/resolve`);
      expect(again.body.resolvedAt).toBe(resolved.body.resolvedAt);
      expect(await openCount(c.caseId)).toBe(1);

      // The case's signal follows.
      const detail = await km.get<CaseDetail>(`/api/cases/${c.caseId}`);
      expect(detail.body.signals.map((s) => s.kind)).toContain('urgent_obstakel');

      const intake = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(intake.body.urgentObstacles.map((o) => [o.id, o.resolvedAt === null])).toEqual([
        [debts.body.id, true],
        [sleep.body.id, false],
      ]);
      await km.post(`/api/cases/${c.caseId}/intake/urgent-obstacles/${debts.body.id}/resolve`);
      expect(await openCount(c.caseId)).toBe(0);
      expect((await km.get<CaseDetail>(`/api/cases/${c.caseId}`)).body.signals.map((s) => s.kind)).not.toContain('urgent_obstakel');

      expect((await auditOf(c.caseId)).filter((a) => a.object_type === 'urgent_obstacle').map((a) => a.action)).toEqual([
        'intake.urgent_obstacle.create',
        'intake.urgent_obstacle.create',
        'intake.urgent_obstacle.resolve',
        'intake.urgent_obstacle.resolve',
      ]);
    });

    it('counts correctly under parallel additions and resolutions', async () => {
      const c = await newCase();
      const created = await Promise.all(
        Array.from({ length: 8 }, (_, i) => km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'anders', description: `Obstakel ${i}` })),
      );
      expect(created.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(await openCount(c.caseId)).toBe(8);
      await Promise.all(created.slice(0, 5).map((r) => km.post(`/api/cases/${c.caseId}/intake/urgent-obstacles/${r.body.id}/resolve`)));
      expect(await openCount(c.caseId)).toBe(3);
    });

    it('refuses bad obstacles and obstacles of another case', async () => {
      const c = await newCase();
      const bad = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'verveling', description: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([
        { field: 'kind', message: 'Kies wat voor obstakel dit is.' },
        { field: 'description', message: 'Beschrijf kort wat er aan de hand is.' },
      ]);
      const other = await newCase();
      const theirs = await km.post<UrgentObstacle>(`/api/cases/${other.caseId}/intake/urgent-obstacles`, { kind: 'vervoer', description: 'Geen fiets' });
      expect((await km.post(`/api/cases/${c.caseId}/intake/urgent-obstacles/${theirs.body.id}/resolve`)).status).toBe(404);
      expect(await openCount(other.caseId)).toBe(1);
      expect(await openCount(c.caseId)).toBe(0);
      const n: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM urgent_obstacle WHERE case_id = $1`, [c.caseId]);
      expect(n[0]!.n).toBe(0);
    });
  });

  describe('leefgebieden', () => {
    it('records a set at intake and at an evaluation, and returns the history in time order', async () => {
      const c = await newCase();
      const intakeSet = await km.post<LifeAreaSet>(`/api/cases/${c.caseId}/life-areas`, {
        moment: 'intake',
        scores: [
          { area: 'netwerk', staffScore: 3, youthScore: 4, note: 'Moeder helpt' },
          { area: 'wonen', staffScore: 1, youthScore: 2 },
          { area: 'geld', staffScore: 2 },
          { area: 'gezondheid', youthScore: 3, note: '  ' },
          { area: 'school_werk', staffScore: 2, youthScore: 2 },
        ],
      });
      expect(intakeSet.status).toBe(201);
      expect(intakeSet.body).toMatchObject({ moment: 'intake', recordedBy: { id: kmUser.id } });
      expect(intakeSet.body.scores).toEqual([
        { area: 'wonen', staffScore: 1, youthScore: 2, note: null },
        { area: 'geld', staffScore: 2, youthScore: null, note: null },
        { area: 'gezondheid', staffScore: null, youthScore: 3, note: null },
        { area: 'school_werk', staffScore: 2, youthScore: 2, note: null },
        { area: 'netwerk', staffScore: 3, youthScore: 4, note: 'Moeder helpt' },
      ]);
      const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM life_area_score WHERE case_id = $1 AND moment = 'intake'`, [c.caseId]);
      expect(rows[0]!.n).toBe(5);

      const evaluation = await km.post<LifeAreaSet>(`/api/cases/${c.caseId}/life-areas`, { moment: 'evaluatie', scores: [{ area: 'wonen', staffScore: 3, youthScore: 3 }] });
      expect(evaluation.status).toBe(201);

      const history = await km.get<LifeAreaHistory>(`/api/cases/${c.caseId}/life-areas`);
      expect(history.status).toBe(200);
      expect(history.body.sets.map((s) => [s.moment, s.scores.map((x) => x.area)])).toEqual([
        ['intake', ['wonen', 'geld', 'gezondheid', 'school_werk', 'netwerk']],
        ['evaluatie', ['wonen']],
      ]);
      expect(history.body.sets[0]).toEqual(intakeSet.body);

      // The intake shows the intake-moment scores, one per area.
      const intake = await km.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(intake.body.lifeAreas.map((a) => [a.area, a.staffScore, a.youthScore])).toEqual([
        ['wonen', 1, 2],
        ['geld', 2, null],
        ['gezondheid', null, 3],
        ['school_werk', 2, 2],
        ['netwerk', 3, 4],
      ]);

      const audit = (await auditOf(c.caseId)).filter((a) => a.action.startsWith('life_areas'));
      expect(audit.map((a) => [a.action, a.fields])).toEqual([
        ['life_areas.record', ['moment', 'wonen', 'geld', 'gezondheid', 'school_werk', 'netwerk']],
        ['life_areas.record', ['moment', 'wonen']],
        ['life_areas.read', null],
      ]);
    });

    it('refuses bad sets with Dutch field messages, recording nothing', async () => {
      const c = await newCase();
      const post = (body: unknown) => km.post<ProblemDetails>(`/api/cases/${c.caseId}/life-areas`, body);
      const errorsOf = async (body: unknown) => {
        const res = await post(body);
        expect(res.status).toBe(400);
        return res.body.errors;
      };
      expect(await errorsOf({ moment: 'ooit', scores: [] })).toEqual([
        { field: 'moment', message: 'Kies het moment: intake of evaluatie.' },
        { field: 'scores', message: 'Geef minstens één leefgebied een score.' },
      ]);
      expect(await errorsOf({ moment: 'intake', scores: [{ area: 'wonen', staffScore: 6 }, { area: 'liefde', youthScore: 0 }] })).toEqual([
        { field: 'scores.0.staffScore', message: 'Kies een score van 1 tot en met 5.' },
        { field: 'scores.1.area', message: 'Kies een van de vijf leefgebieden.' },
        { field: 'scores.1.youthScore', message: 'Kies een score van 1 tot en met 5.' },
      ]);
      expect(await errorsOf({ moment: 'intake', scores: [{ area: 'wonen', staffScore: 2 }, { area: 'wonen', staffScore: 3 }] })).toEqual([
        { field: 'scores', message: 'Geef elk leefgebied hoogstens één keer een score.' },
      ]);
      expect(await errorsOf({ moment: 'intake', scores: [{ area: 'geld', staffScore: 2 }, { area: 'wonen', note: 'Alleen een notitie' }] })).toEqual([
        { field: 'scores.1.staffScore', message: 'Geef een score van de klantmanager, van de jongere, of allebei.' },
      ]);
      expect(await errorsOf({ moment: 'intake', scores: [{ area: 'geld', staffScore: 2.5 }] })).toEqual([{ field: 'scores.0.staffScore', message: 'Kies een score van 1 tot en met 5.' }]);
      expect((await post({ moment: 'intake', scores: 'wonen' })).status).toBe(400);
      expect((await post({ moment: 'intake', scores: [null] })).status).toBe(400);
      expect((await post({ moment: 'intake', scores: [{ area: 'geld', staffScore: 2, extra: 1 }] })).status).toBe(400);
      const n: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM life_area_score WHERE case_id = $1`, [c.caseId]);
      expect(n[0]!.n).toBe(0);
    });
  });

  describe('access per role', () => {
    it('a klantmanager who is not the contact person gets 404 everywhere (read-only with team access), with denied audit records', async () => {
      const c = await newCase({ phase: 'aanmelding' });
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      const wish = await km.post<IntakeWish>(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'Werk' });
      const obstacle = await km.post<UrgentObstacle>(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'vervoer', description: 'Geen OV-kaart' });
      const before = await intakeRow(c.caseId);
      const attempts = [
        await other.get(`/api/cases/${c.caseId}/intake`),
        await put(other, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'bij_ouders' }),
        await other.post(`/api/cases/${c.caseId}/intake/complete`, { version: 1 }),
        await other.post(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'x' }),
        await del(other, `/api/cases/${c.caseId}/intake/wishes/${wish.body.id}`),
        await other.post(`/api/cases/${c.caseId}/intake/urgent-obstacles`, { kind: 'vervoer', description: 'x' }),
        await other.post(`/api/cases/${c.caseId}/intake/urgent-obstacles/${obstacle.body.id}/resolve`),
        await other.get(`/api/cases/${c.caseId}/life-areas`),
        await other.post(`/api/cases/${c.caseId}/life-areas`, { moment: 'intake', scores: [{ area: 'wonen', staffScore: 1 }] }),
      ];
      expect(attempts.map((a) => a.status)).toEqual(Array(attempts.length).fill(404));
      expect(await intakeRow(c.caseId)).toEqual(before);
      const denied: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND result = 'denied'`, [c.caseId]);
      expect(denied[0]!.n).toBe(attempts.length);

      await t.db.query(`UPDATE team SET team_read_access = true WHERE id = $1`, [team.id]);
      try {
        const read = await other.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
        expect(read.status).toBe(200);
        expect(read.body.permissions).toEqual({ canEdit: false, canManageConsent: false, canSeeDiversity: false });
        expect((await put(other, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'bij_ouders' })).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE team SET team_read_access = false WHERE id = $1`, [team.id]);
      }
    });

    it('a teamleider reads the intake and leefgebieden of their team only, and changes nothing', async () => {
      const c = await newCase();
      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      const read = await leader.get<IntakeDetail>(`/api/cases/${c.caseId}/intake`);
      expect(read.status).toBe(200);
      expect(read.body.permissions).toEqual({ canEdit: false, canManageConsent: false, canSeeDiversity: false });
      expect((await leader.get(`/api/cases/${c.caseId}/life-areas`)).status).toBe(200);
      expect((await put(leader, `/api/cases/${c.caseId}/intake`, { version: 1, housing: 'bij_ouders' })).status).toBe(403);
      expect((await leader.post(`/api/cases/${c.caseId}/intake/wishes`, { kind: 'wens', text: 'x' })).status).toBe(403);
      expect((await leader.post(`/api/cases/${c.caseId}/life-areas`, { moment: 'intake', scores: [{ area: 'wonen', staffScore: 1 }] })).status).toBe(403);
      const audit: { actor_role: string; action: string }[] = await t.db.query(`SELECT actor_role, action FROM audit_event WHERE case_id = $1 ORDER BY id`, [c.caseId]);
      expect(audit).toEqual([
        { actor_role: 'teamleider', action: 'intake.read' },
        { actor_role: 'teamleider', action: 'life_areas.read' },
      ]);

      const otherTeam = await createTeam(t.db);
      const elsewhere = await createCase(t.db, { teamId: otherTeam.id, contactUserId: (await createUser(t.db, 'klantmanager', { teamId: otherTeam.id })).id });
      expect((await leader.get(`/api/cases/${elsewhere.caseId}/intake`)).status).toBe(404);
      expect((await leader.get(`/api/cases/${elsewhere.caseId}/life-areas`)).status).toBe(404);
    });

    it('a jongere reads their own intake only, and cannot change it yet; a beheerder sees nothing', async () => {
      const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      const mine = await newCase({ youthUserId: youthUser.id });
      const theirs = await newCase({ youthUserId: (await createUser(t.db, 'jongere', { teamId: team.id })).id });
      await put(km, `/api/cases/${mine.caseId}/intake`, { version: 1, ownStory: 'Mijn verhaal' });
      const youth = await as(youthUser);
      const own = await youth.get<IntakeDetail>(`/api/cases/${mine.caseId}/intake`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ ownStory: 'Mijn verhaal', permissions: { canEdit: false, canManageConsent: false } });
      expect((await youth.get(`/api/cases/${mine.caseId}/life-areas`)).status).toBe(200);
      expect((await youth.get(`/api/cases/${theirs.caseId}/intake`)).status).toBe(404);
      expect((await youth.get(`/api/cases/${theirs.caseId}/life-areas`)).status).toBe(404);
      expect((await put(youth, `/api/cases/${mine.caseId}/intake`, { version: 2, ownStory: 'x' })).status).toBe(403);
      expect((await youth.post(`/api/cases/${mine.caseId}/intake/wishes`, { kind: 'wens', text: 'x' })).status).toBe(403);

      const admin = await as(await createUser(t.db, 'beheerder'));
      expect((await admin.get(`/api/cases/${mine.caseId}/intake`)).status).toBe(403);
      expect((await admin.get(`/api/cases/${mine.caseId}/life-areas`)).status).toBe(403);
    });
  });
});
