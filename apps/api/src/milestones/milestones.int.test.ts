import { inflateSync } from 'node:zlib';
import type { Milestone, MilestonePage, ProblemDetails } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupCaseWorld } from '../../test/world';

/**
 * The text that a pdfkit PDF shows: every FlateDecode stream is inflated and the hex strings of each
 * TJ operator (one per line of text; standard fonts use WinAnsi, one byte per glyph) are joined.
 */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const raw = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
    streams.lastIndex = end;
  }
  return lines.join('\n');
}

describe('milestones (mijlpalen): record, list, celebrate, certificate, access', () => {
  let t: TestApp;
  let team: { id: string; name: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let youthUser: TestUser;
  let youth: ApiClient;
  let own: TestCase;
  const today = todayInNl();

  const as = (user: TestUser) => loginAs(t, user);
  const binary = async (client: ApiClient, path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const count = async (caseId: string) => ((await t.db.query(`SELECT count(*)::int AS n FROM milestone WHERE case_id = $1`, [caseId])) as { n: number }[])[0]!.n;
  const addGoal = async (caseId: string, number: number, status: string, lineageId: string | null, title: string) => {
    const pv: { id: string }[] = await t.db.query(`INSERT INTO plan_version (case_id, number, status) VALUES ($1, $2, $3) RETURNING id`, [caseId, number, status]);
    const g: { lineage_id: string }[] = await t.db.query(
      `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, author_user_id, author_role) VALUES ($1, $2, coalesce($3::uuid, gen_random_uuid()), $4, $5, 'klantmanager') RETURNING lineage_id`,
      [pv[0]!.id, caseId, lineageId, title, kmUser.id],
    );
    return g[0]!.lineage_id;
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km, youthUser, youth, own } = await setupCaseWorld({ teamName: 'Team Jongeren Noord', km: { name: 'Sanne Jansen' }, case: { name: 'Noor Özdemir' } }));
  });
  afterAll(() => t.close());

  it('records a milestone linked to a goal (titled by its newest version), with a certificate, and audits it', async () => {
    const lineage = await addGoal(own.caseId, 1, 'vervangen', null, 'Heftruck leren rijden');
    await addGoal(own.caseId, 2, 'vastgesteld', lineage, 'Heftruckcertificaat halen');
    const res = await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, {
      title: '  Heftruckcertificaat gehaald  ',
      achievedOn: addDays(today, -2),
      goalLineageId: lineage,
      certificateName: 'Heftruck rijden',
      note: 'Met een 9!',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: own.caseId,
      title: 'Heftruckcertificaat gehaald',
      achievedOn: addDays(today, -2),
      goalLineageId: lineage,
      goalTitle: 'Heftruckcertificaat halen',
      certificateName: 'Heftruck rijden',
      certificateUrl: `/api/cases/${own.caseId}/milestones/${res.body.id}/certificate.pdf`,
      note: 'Met een 9!',
      createdBy: { id: kmUser.id, name: 'Sanne Jansen' },
      createdAt: expect.any(String),
      seenByYouthAt: null,
    });
    const plain = await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Eerste week stage', achievedOn: today, certificateName: '  ' });
    expect(plain.status).toBe(201);
    expect(plain.body).toMatchObject({ goalLineageId: null, goalTitle: null, certificateName: null, certificateUrl: null, note: null });

    const audit: { action: string; object_id: string; fields: string[]; result: string }[] = await t.db.query(
      `SELECT action, object_id, fields, result FROM audit_event WHERE case_id = $1 AND action = 'milestone.create' ORDER BY id`,
      [own.caseId],
    );
    expect(audit).toEqual([
      { action: 'milestone.create', object_id: res.body.id, fields: ['title', 'achievedOn', 'goalLineageId', 'certificateName', 'note'], result: 'allowed' },
      { action: 'milestone.create', object_id: plain.body.id, fields: ['title', 'achievedOn'], result: 'allowed' },
    ]);
  });

  it('refuses bad input with Dutch field messages and records nothing', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const elsewhere = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const foreignGoal = await addGoal(elsewhere.caseId, 1, 'vastgesteld', null, 'Niet van deze jongere');
    const path = `/api/cases/${c.caseId}/milestones`;

    const bad = await km.post<ProblemDetails>(path, { title: '   ', achievedOn: '2026-02-30', goalLineageId: 'doel-1', certificateName: 'x'.repeat(201), extra: true });
    expect(bad.status).toBe(400);
    expect(Object.fromEntries(bad.body.errors!.map((e) => [e.field, e.message]))).toEqual({
      title: 'Geef de mijlpaal een titel.',
      achievedOn: 'Vul een geldige datum in (JJJJ-MM-DD).',
      goalLineageId: 'Dit is geen geldige verwijzing (uuid).',
      certificateName: 'Vul hoogstens 200 tekens in.',
      extra: 'Dit veld is onbekend en mag niet worden meegestuurd.',
    });
    const future = await km.post<ProblemDetails>(path, { title: 'Later', achievedOn: addDays(today, 1) });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'achievedOn', message: expect.stringMatching(/vandaag of een eerdere datum/) }]);
    const foreign = await km.post<ProblemDetails>(path, { title: 'Doel', achievedOn: today, goalLineageId: foreignGoal });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ field: 'goalLineageId', message: 'Dit doel hoort niet bij dit traject.' }]);
    expect((await km.get<ProblemDetails>(`${path}?cursor=bm9wZQ`)).body.errors?.[0]?.field).toBe('cursor');
    expect((await km.get<ProblemDetails>(`${path}?limit=0`)).status).toBe(400);
    expect((await km.post(`/api/cases/not-a-uuid/milestones`, { title: 'x', achievedOn: today })).status).toBe(400);
    expect(await count(c.caseId)).toBe(0);
  });

  it('lists newest first with a stable keyset cursor (also for milestones on the same day)', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const days = [-10, -3, -3, -7, 0, -3, -20];
    for (const [i, d] of days.entries()) {
      expect((await km.post(`/api/cases/${c.caseId}/milestones`, { title: `M${i}`, achievedOn: addDays(today, d) })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: MilestonePage } = await km.get<MilestonePage>(`/api/cases/${c.caseId}/milestones?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((m) => m.title));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    // By day (newest first); on the same day the one recorded last comes first.
    expect(seen).toEqual(['M4', 'M5', 'M2', 'M1', 'M3', 'M0', 'M6']);
    expect(pages).toBe(3);
    const reads: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE case_id = $1 AND action = 'milestone.read' AND result = 'allowed'`, [c.caseId]);
    expect(reads[0]!.n).toBe(3);
  });

  it('lets the jongere mark a milestone as seen once (celebrated once); later calls change nothing', async () => {
    const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Sollicitatiegesprek gedaan', achievedOn: today })).body;
    expect((await km.post(`/api/cases/${own.caseId}/milestones/${m.id}/seen`)).status).toBe(403);
    const first = await youth.post<Milestone>(`/api/cases/${own.caseId}/milestones/${m.id}/seen`);
    expect(first.status).toBe(200);
    expect(first.body.seenByYouthAt).toEqual(expect.any(String));
    const again = await youth.post<Milestone>(`/api/cases/${own.caseId}/milestones/${m.id}/seen`);
    expect(again.body.seenByYouthAt).toBe(first.body.seenByYouthAt);
    const list = await km.get<MilestonePage>(`/api/cases/${own.caseId}/milestones?limit=100`);
    expect(list.body.items.find((i) => i.id === m.id)?.seenByYouthAt).toBe(first.body.seenByYouthAt);
    const audit: { actor_user_id: string; fields: string[] }[] = await t.db.query(`SELECT actor_user_id, fields FROM audit_event WHERE object_id = $1 AND action = 'milestone.seen'`, [m.id]);
    expect(audit).toEqual([{ actor_user_id: youthUser.id, fields: ['seenByYouthAt'] }]);
    expect((await youth.post(`/api/cases/${own.caseId}/milestones/${crypto.randomUUID()}/seen`)).status).toBe(404);
  });

  it('lets the contact person delete a milestone (audited); a second delete is 404', async () => {
    const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Vergissing', achievedOn: today })).body;
    const del = await km.request('DELETE', `/api/cases/${own.caseId}/milestones/${m.id}`);
    expect(del.status).toBe(204);
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM milestone WHERE id = $1`, [m.id])) as { n: number }[])[0]!.n).toBe(0);
    expect((await km.request('DELETE', `/api/cases/${own.caseId}/milestones/${m.id}`)).status).toBe(404);
    const audit: { action: string; result: string }[] = await t.db.query(`SELECT action, result FROM audit_event WHERE object_id = $1 ORDER BY id`, [m.id]);
    expect(audit).toEqual([
      { action: 'milestone.create', result: 'allowed' },
      { action: 'milestone.delete', result: 'allowed' },
    ]);
  });

  it('prints a landscape certificate PDF with the jongere’s name, the skill, the Dutch date, the team and the signer', async () => {
    const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Cursus gehaald', achievedOn: '2026-03-12', certificateName: 'Cursus Omgaan met geld' })).body;
    for (const client of [km, youth]) {
      const res = await binary(client, m.certificateUrl!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="certificaat-Noor-/);
      expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(res.body);
      expect(text).toContain('Certificaat');
      expect(text).toContain('Noor Özdemir');
      expect(text).toContain('Cursus Omgaan met geld');
      expect(text).toContain('Behaald op 12 maart 2026');
      expect(text).toContain('Sanne Jansen');
      expect(text).toContain('Team Jongeren Noord');
      expect(text).not.toContain('Test Jongere');
      const raw = res.body.toString('latin1');
      expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1);
      expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    }
    const audit: { actor_user_id: string }[] = await t.db.query(`SELECT actor_user_id FROM audit_event WHERE object_id = $1 AND action = 'milestone.certificate' ORDER BY id`, [m.id]);
    expect(audit.map((a) => a.actor_user_id)).toEqual([kmUser.id, youthUser.id]);

    const long = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Lang', achievedOn: today, certificateName: 'Een heel lange cursusnaam '.repeat(7).trim() })).body;
    const longPdf = await binary(km, long.certificateUrl!);
    expect(longPdf.body.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);

    const none = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Zonder certificaat', achievedOn: today })).body;
    expect((await binary(km, `/api/cases/${own.caseId}/milestones/${none.id}/certificate.pdf`)).status).toBe(404);
    expect((await binary(km, `/api/cases/${own.caseId}/milestones/${crypto.randomUUID()}/certificate.pdf`)).status).toBe(404);
  });

  it('refuses new milestones on a closed case', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'afgesloten' });
    const res = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/milestones`, { title: 'Na afsluiten', achievedOn: today });
    expect(res.status).toBe(409);
    expect(res.body.title).toMatch(/afgesloten/);
    expect(await count(c.caseId)).toBe(0);
  });

  describe('access per role', () => {
    it('another klantmanager (same team) gets 404 on everything and leaves denied audit records', async () => {
      const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Niet van jou', achievedOn: today, certificateName: 'Iets' })).body;
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      const before = await count(own.caseId);
      expect((await other.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(404);
      expect((await other.post(`/api/cases/${own.caseId}/milestones`, { title: 'x', achievedOn: today })).status).toBe(404);
      expect((await other.request('DELETE', `/api/cases/${own.caseId}/milestones/${m.id}`)).status).toBe(404);
      expect((await binary(other, m.certificateUrl!)).status).toBe(404);
      expect(await count(own.caseId)).toBe(before);
      const denied: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND result = 'denied' AND actor_role = 'klantmanager' ORDER BY id`, [own.caseId]);
      expect(denied.map((d) => d.action)).toEqual(['milestone.read', 'milestone.create', 'milestone.delete', 'milestone.certificate']);

      // With team read access switched on, a colleague may read the list, but not write or print.
      await t.db.query(`UPDATE team SET team_read_access = true WHERE id = $1`, [team.id]);
      try {
        expect((await other.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(200);
        expect((await other.post(`/api/cases/${own.caseId}/milestones`, { title: 'x', achievedOn: today })).status).toBe(404);
        expect((await binary(other, m.certificateUrl!)).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE team SET team_read_access = false WHERE id = $1`, [team.id]);
      }
    });

    it('the teamleider reads the list of their team’s cases only, and cannot write or print', async () => {
      const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Voor de teamleider', achievedOn: today, certificateName: 'Iets' })).body;
      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      const list = await leader.get<MilestonePage>(`/api/cases/${own.caseId}/milestones?limit=100`);
      expect(list.status).toBe(200);
      expect(list.body.items.some((i) => i.id === m.id)).toBe(true);
      expect((await leader.post(`/api/cases/${own.caseId}/milestones`, { title: 'x', achievedOn: today })).status).toBe(403);
      expect((await leader.request('DELETE', `/api/cases/${own.caseId}/milestones/${m.id}`)).status).toBe(403);
      expect((await binary(leader, m.certificateUrl!)).status).toBe(403);
      const otherTeamLeader = await as(await createUser(t.db, 'teamleider'));
      expect((await otherTeamLeader.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(404);
    });

    it('the jongere reads and prints their own only; cannot record or delete; a beheerder gets nothing', async () => {
      const m = (await km.post<Milestone>(`/api/cases/${own.caseId}/milestones`, { title: 'Van mij', achievedOn: today, certificateName: 'Iets' })).body;
      expect((await youth.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(200);
      expect((await youth.post(`/api/cases/${own.caseId}/milestones`, { title: 'Zelf', achievedOn: today })).status).toBe(403);
      expect((await youth.request('DELETE', `/api/cases/${own.caseId}/milestones/${m.id}`)).status).toBe(403);

      const otherYouthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: otherYouthUser.id });
      const otherYouth = await as(otherYouthUser);
      expect((await otherYouth.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(404);
      expect((await otherYouth.post(`/api/cases/${own.caseId}/milestones/${m.id}/seen`)).status).toBe(404);
      expect((await binary(otherYouth, m.certificateUrl!)).status).toBe(404);
      const seen: { seen_by_youth_at: Date | null }[] = await t.db.query(`SELECT seen_by_youth_at FROM milestone WHERE id = $1`, [m.id]);
      expect(seen[0]!.seen_by_youth_at).toBeNull();

      const admin = await as(await createUser(t.db, 'beheerder'));
      expect((await admin.get(`/api/cases/${own.caseId}/milestones`)).status).toBe(403);
      expect((await binary(admin, m.certificateUrl!)).status).toBe(403);
    });
  });
});
