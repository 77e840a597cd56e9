import type { GoalCommentPage, MyCommentPage, MyPlan, MyProposalPage, Page, PlanGoal, PlanVersionDetail, ProblemDetails, YouthProposalPage } from '@koers/contracts';
import { MY_PLAN_LATEST_COMMENTS } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

/**
 * The jongere's proposals and the comment threads on goals are keyset-paginated lists (newest first,
 * on (created_at, id)), for staff and for the jongere herself; Mijn plan itself stays light.
 */
describe('mijn plan: proposals and comment threads page by cursor', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;

  const as = (user: TestUser) => loginAs(t, user);

  /** A jongere with a concept plan of two goals; comments and proposals are written straight into the tables (setup shortcut). */
  const world = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Noa Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Noa Test', youthUserId: youthUser.id });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const goal = (await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Een vaste slaapplek' })).body;
    const quiet = (await km.post<PlanGoal>(`/api/plan-versions/${v1.id}/goals`, { title: 'Werk vinden' })).body;
    return { ...c, youthUser, youth: await as(youthUser), v1, goal, quiet };
  };

  /** n comments on a goal; every three share one created_at, so the id must break the tie. */
  const addComments = async (caseId: string, lineageId: string, authorId: string, n: number) => {
    await t.db.query(
      `INSERT INTO goal_comment (case_id, goal_lineage_id, text, author_user_id, author_role, created_at)
       SELECT $1, $2, 'Reactie ' || i, $3, 'jongere', timestamptz '2026-01-01 12:00' + ((i / 3) || ' minutes')::interval FROM generate_series(1, $4) AS i`,
      [caseId, lineageId, authorId, n],
    );
  };
  const addProposals = async (caseId: string, planVersionId: string, authorId: string, status: string, n: number, prefix: string) => {
    await t.db.query(
      `INSERT INTO plan_proposal (case_id, plan_version_id, kind, text, author_user_id, author_role, status, created_at, decided_at)
       SELECT $1, $2, 'nieuw_doel', $6 || ' ' || i, $3, 'jongere', $4, timestamptz '2026-01-01 12:00' + ((i / 2) || ' minutes')::interval,
              CASE WHEN $4 = 'open' THEN NULL ELSE now() END
         FROM generate_series(1, $5) AS i`,
      [caseId, planVersionId, authorId, status, n, prefix],
    );
  };

  /** Follows nextCursor to the end; returns every page. */
  const allPages = async <T>(client: ApiClient, url: string): Promise<Page<T>[]> => {
    const pages: Page<T>[] = [];
    let cursor: string | null = null;
    do {
      const sep = url.includes('?') ? '&' : '?';
      const res: { status: number; body: Page<T> } = await client.get<Page<T>>(`${url}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      pages.push(res.body);
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  };

  const audited = async (action: string, caseId: string) =>
    Number(((await t.db.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND case_id = $2 AND result = 'allowed'`, [action, caseId])) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klantmanager', email: 'kim@test.koers' } }));
  });
  afterAll(() => t.close());

  it('staff page a goal thread newest first: stable order, no duplicates, only that goal; audited per page', async () => {
    const w = await world();
    await addComments(w.caseId, w.goal.lineageId, w.youthUser.id, 23);
    await addComments(w.caseId, w.quiet.lineageId, w.youthUser.id, 2);
    const before = await audited('my_plan.comments.read', w.caseId);

    const pages = await allPages<GoalCommentPage['items'][number]>(km, `/api/cases/${w.caseId}/goals/${w.goal.lineageId}/comments?limit=5`);
    expect(pages.map((p) => p.items.length)).toEqual([5, 5, 5, 5, 3]);
    const items = pages.flatMap((p) => p.items);
    expect(new Set(items.map((c) => c.id)).size).toBe(23);
    expect(items.every((c) => c.goalLineageId === w.goal.lineageId)).toBe(true);
    const db: { id: string }[] = await t.db.query(`SELECT id FROM goal_comment WHERE goal_lineage_id = $1 ORDER BY created_at DESC, id DESC`, [w.goal.lineageId]);
    expect(items.map((c) => c.id)).toEqual(db.map((r) => r.id));
    expect(pages.at(-1)!.nextCursor).toBeNull();
    expect((pages as GoalCommentPage[]).map((p) => p.total)).toEqual(Array(5).fill(23));
    expect(await audited('my_plan.comments.read', w.caseId)).toBe(before + pages.length);

    // The default page size, and the limit's bounds.
    expect((await km.get<GoalCommentPage>(`/api/cases/${w.caseId}/goals/${w.goal.lineageId}/comments`)).body.items).toHaveLength(23);
    for (const limit of ['0', '101', 'veel']) {
      const bad = await km.get<ProblemDetails>(`/api/cases/${w.caseId}/goals/${w.goal.lineageId}/comments?limit=${limit}`);
      expect(bad.status, limit).toBe(400);
      expect(bad.body.errors!.map((e) => e.field)).toEqual(['limit']);
    }
  });

  it('a bad cursor is a Dutch 400, never a 500; an unknown goal is 404', async () => {
    const w = await world();
    await addComments(w.caseId, w.goal.lineageId, w.youthUser.id, 3);
    const forged = [
      'niet-base64-$$$',
      Buffer.from('"geen lijst"').toString('base64url'),
      Buffer.from(JSON.stringify(['gisteren', crypto.randomUUID()])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-01-01 12:00:00+00', 'geen-uuid'])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-01-01 12:00:00+00'])).toString('base64url'),
    ];
    for (const cursor of forged) {
      for (const [client, url] of [
        [km, `/api/cases/${w.caseId}/goals/${w.goal.lineageId}/comments`],
        [km, `/api/cases/${w.caseId}/youth-proposals`],
        [w.youth, `/api/me/plan/goals/${w.goal.lineageId}/comments`],
        [w.youth, '/api/me/plan/proposals'],
      ] as const) {
        const res = await client.get<ProblemDetails>(`${url}?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, `${url} ${cursor}`).toBe(400);
        expect(res.body.errors).toEqual([{ field: 'cursor', message: 'Deze paginaverwijzing is ongeldig. Begin opnieuw bij de eerste pagina.' }]);
      }
    }
    expect((await km.get(`/api/cases/${w.caseId}/goals/${crypto.randomUUID()}/comments`)).status).toBe(404);
    expect((await w.youth.get(`/api/me/plan/goals/${crypto.randomUUID()}/comments`)).status).toBe(404);
    expect((await km.get(`/api/cases/${w.caseId}/goals/geen-uuid/comments`)).status).toBe(400);
    expect((await km.get<ProblemDetails>(`/api/cases/${w.caseId}/youth-proposals?status=weg`)).status).toBe(400);
  });

  it('staff page the proposals newest first, per status; the caseload rule holds', async () => {
    const w = await world();
    await addProposals(w.caseId, w.v1.id, w.youthUser.id, 'open', 7, 'Open');
    await addProposals(w.caseId, w.v1.id, w.youthUser.id, 'besproken', 4, 'Besproken');
    await addProposals(w.caseId, w.v1.id, w.youthUser.id, 'overgenomen', 3, 'Overgenomen');
    await t.db.query(`UPDATE plan_proposal SET applied_at = now(), applied_plan_version_id = $2 WHERE case_id = $1 AND text = 'Overgenomen 1'`, [w.caseId, w.v1.id]);

    const all = (await allPages<YouthProposalPage['items'][number]>(km, `/api/cases/${w.caseId}/youth-proposals?limit=4`)).flatMap((p) => p.items);
    const db: { id: string }[] = await t.db.query(`SELECT id FROM plan_proposal WHERE case_id = $1 ORDER BY created_at DESC, id DESC`, [w.caseId]);
    expect(all.map((p) => p.id)).toEqual(db.map((r) => r.id));
    const open = await allPages<YouthProposalPage['items'][number]>(km, `/api/cases/${w.caseId}/youth-proposals?status=open&limit=3`);
    expect(open.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(new Set(open.flatMap((p) => p.items.map((x) => x.id))).size).toBe(7);
    expect(open.flatMap((p) => p.items).every((x) => x.status === 'open' && x.authorName === 'Noa Test' && x.planVersionNumber === 1)).toBe(true);
    const toDiscuss = (await allPages<YouthProposalPage['items'][number]>(km, `/api/cases/${w.caseId}/youth-proposals?status=besproken&limit=3`)).flatMap((p) => p.items);
    expect(toDiscuss.map((x) => x.text).sort()).toEqual(['Besproken 1', 'Besproken 2', 'Besproken 3', 'Besproken 4']);
    const waiting = (await km.get<YouthProposalPage>(`/api/cases/${w.caseId}/youth-proposals?status=wachtend`)).body.items;
    expect(waiting.map((x) => x.text).sort()).toEqual(['Overgenomen 2', 'Overgenomen 3']);
    expect((await km.get<YouthProposalPage>(`/api/cases/${w.caseId}/youth-proposals?status=overgenomen`)).body.items).toHaveLength(3);

    // Not on the caseload: 404 (also with a valid cursor); a jongere uses her own route: 403; the team lead reads.
    const otherKm = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    const cursor = (await km.get<YouthProposalPage>(`/api/cases/${w.caseId}/youth-proposals?limit=1`)).body.nextCursor!;
    expect((await otherKm.get(`/api/cases/${w.caseId}/youth-proposals?cursor=${cursor}`)).status).toBe(404);
    expect((await otherKm.get(`/api/cases/${w.caseId}/goals/${w.goal.lineageId}/comments`)).status).toBe(404);
    expect((await w.youth.get(`/api/cases/${w.caseId}/youth-proposals`)).status).toBe(403);
    const lead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    expect((await lead.get(`/api/cases/${w.caseId}/youth-proposals`)).status).toBe(200);
    // A goal of another case under this case's address: 404.
    const other = await world();
    await addComments(other.caseId, other.goal.lineageId, other.youthUser.id, 2);
    expect((await km.get(`/api/cases/${w.caseId}/goals/${other.goal.lineageId}/comments`)).status).toBe(404);
  });

  it('Mijn plan carries the newest comments per goal with a count and the open proposals; the rest is paged on her own routes', async () => {
    const w = await world();
    await addComments(w.caseId, w.goal.lineageId, w.youthUser.id, 8);
    await addComments(w.caseId, w.quiet.lineageId, kmUser.id, 1);
    await addProposals(w.caseId, w.v1.id, w.youthUser.id, 'open', 2, 'Open');
    await addProposals(w.caseId, w.v1.id, w.youthUser.id, 'besproken', 5, 'Besproken');

    const mine = (await w.youth.get<MyPlan>('/api/me/plan')).body;
    const goal = mine.concept!.goals.find((g) => g.lineageId === w.goal.lineageId)!;
    expect(goal.commentCount).toBe(8);
    expect(goal.comments).toHaveLength(MY_PLAN_LATEST_COMMENTS);
    const newest: { id: string }[] = await t.db.query(`SELECT id FROM goal_comment WHERE goal_lineage_id = $1 ORDER BY created_at DESC, id DESC LIMIT 3`, [w.goal.lineageId]);
    // Oldest first, as a thread reads.
    expect(goal.comments.map((c) => c.id)).toEqual(newest.map((r) => r.id).reverse());
    const quiet = mine.concept!.goals.find((g) => g.lineageId === w.quiet.lineageId)!;
    expect([quiet.commentCount, quiet.comments.map((c) => c.byMe)]).toEqual([1, [false]]);
    expect(mine.proposals.map((p) => p.status)).toEqual(['open', 'open']);

    const before = await audited('my_plan.comments.read', w.caseId);
    const thread = await allPages<MyCommentPage['items'][number]>(w.youth, `/api/me/plan/goals/${w.goal.lineageId}/comments?limit=3`);
    expect(thread.map((p) => p.items.length)).toEqual([3, 3, 2]);
    expect(new Set(thread.flatMap((p) => p.items.map((c) => c.id))).size).toBe(8);
    expect(thread[0]!.items.map((c) => c.id)).toEqual(newest.map((r) => r.id));
    expect(thread.flatMap((p) => p.items).every((c) => c.byMe)).toBe(true);
    expect((thread[0] as MyCommentPage).total).toBe(8);
    expect(await audited('my_plan.comments.read', w.caseId)).toBe(before + 3);

    const own = (await allPages<MyProposalPage['items'][number]>(w.youth, '/api/me/plan/proposals?limit=2')).flatMap((p) => p.items);
    expect(own).toHaveLength(7);
    expect(new Set(own.map((p) => p.id)).size).toBe(7);
    expect((await w.youth.get<MyProposalPage>('/api/me/plan/proposals?status=besproken')).body.items.map((p) => p.status)).toEqual(Array(5).fill('besproken'));

    // Her own routes only reach her own case: another case's goal is 404; staff cannot use them.
    const other = await world();
    await addComments(other.caseId, other.goal.lineageId, other.youthUser.id, 2);
    expect((await w.youth.get(`/api/me/plan/goals/${other.goal.lineageId}/comments`)).status).toBe(404);
    expect((await other.youth.get<MyProposalPage>('/api/me/plan/proposals')).body.items).toEqual([]);
    expect((await km.get('/api/me/plan/proposals')).status).toBe(403);
  });
});
