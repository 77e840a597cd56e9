import type { NetworkMember, NetworkMemberList, ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type TestCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupCaseWorld } from '../../test/world';

describe('netwerk: members, eindverantwoordelijke, removal, access', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let youth: ApiClient;
  let own: TestCase;

  const as = (user: TestUser) => loginAs(t, user);
  const add = async (caseId: string, body: Record<string, unknown>) => {
    const res = await km.post<NetworkMember>(`/api/cases/${caseId}/network`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const leads = async (caseId: string) =>
    ((await t.db.query(`SELECT id FROM network_member WHERE case_id = $1 AND is_lead AND removed_at IS NULL`, [caseId])) as { id: string }[]).map((r) => r.id);
  const rows = async (caseId: string) =>
    (await t.db.query(`SELECT id, name, relation, organisation, phone, email, role_in_plan, is_lead, removed_at FROM network_member WHERE case_id = $1 ORDER BY id`, [caseId])) as unknown[];
  /** A goal in a plan version with one step owned by a network member. */
  const addStep = async (caseId: string, memberId: string, options: { planStatus?: string; done?: boolean; goalStatus?: string } = {}) => {
    const number = ((await t.db.query(`SELECT coalesce(max(number), 0) + 1 AS n FROM plan_version WHERE case_id = $1`, [caseId])) as { n: number }[])[0]!.n;
    const pv: { id: string }[] = await t.db.query(`INSERT INTO plan_version (case_id, number, status) VALUES ($1, $2, $3) RETURNING id`, [caseId, number, options.planStatus ?? 'vastgesteld']);
    const goal: { id: string }[] = await t.db.query(
      `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, status, let_go_reason, author_user_id, author_role)
       VALUES ($1, $2, gen_random_uuid(), 'Werk vinden', $3, CASE WHEN $3 = 'losgelaten' THEN 'Past niet meer' END, $4, 'klantmanager') RETURNING id`,
      [pv[0]!.id, caseId, options.goalStatus ?? 'open', kmUser.id],
    );
    const step: { id: string }[] = await t.db.query(
      `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_network_member_id, done_at, author_user_id, author_role)
       VALUES ($1, $2, 'Sollicitatiebrief nakijken', 'netwerk', $3, CASE WHEN $4 THEN now() END, $5, 'klantmanager') RETURNING id`,
      [goal[0]!.id, caseId, memberId, options.done ?? false, kmUser.id],
    );
    return step[0]!.id;
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km, youth, own } = await setupCaseWorld());
  });
  afterAll(() => t.close());

  it('adds members, lists them with the eindverantwoordelijke first then by name, and audits with field names', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const mother = await add(c.caseId, { name: ' Fatima El Amrani ', relation: 'ouder', phone: '06 12345678', organisation: '' });
    expect(mother).toEqual({
      id: expect.any(String),
      caseId: c.caseId,
      name: 'Fatima El Amrani',
      relation: 'ouder',
      organisation: null,
      phone: '06 12345678',
      email: null,
      roleInPlan: null,
      isLead: false,
      openSteps: 0,
      createdAt: expect.any(String),
    });
    const school = await add(c.caseId, { name: 'Bram de Wit', relation: 'school', organisation: 'ROC Midden', email: 'b.dewit@roc.nl', roleInPlan: 'Begeleidt de BBL-opleiding', isLead: true });
    await add(c.caseId, { name: 'anna (buddy)', relation: 'mentor' });
    const list = await km.get<NetworkMemberList>(`/api/cases/${c.caseId}/network`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m) => m.name)).toEqual(['Bram de Wit', 'anna (buddy)', 'Fatima El Amrani']);
    expect(list.body.items[0]).toMatchObject({ id: school.id, isLead: true, organisation: 'ROC Midden', roleInPlan: 'Begeleidt de BBL-opleiding' });

    const audit: { action: string; object_id: string; fields: string[] }[] = await t.db.query(
      `SELECT action, object_id, fields FROM audit_event WHERE case_id = $1 AND result = 'allowed' ORDER BY id`,
      [c.caseId],
    );
    expect(audit).toEqual([
      { action: 'network.create', object_id: mother.id, fields: ['name', 'relation', 'phone'] },
      { action: 'network.create', object_id: school.id, fields: ['name', 'relation', 'organisation', 'email', 'roleInPlan', 'isLead'] },
      { action: 'network.create', object_id: expect.any(String), fields: ['name', 'relation'] },
      { action: 'network.read', object_id: c.caseId, fields: null as unknown as string[] },
    ]);
  });

  it('keeps one eindverantwoordelijke per case: marking another moves the mark (audited), false takes it off', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const a = await add(c.caseId, { name: 'UWV', relation: 'uwv', isLead: true });
    const b = await add(c.caseId, { name: 'Schuldhulp', relation: 'schuldhulp', isLead: true });
    expect(await leads(c.caseId)).toEqual([b.id]);
    const moveAudit: { object_id: string; fields: string[] }[] = await t.db.query(`SELECT object_id, fields FROM audit_event WHERE case_id = $1 AND action = 'network.update'`, [c.caseId]);
    expect(moveAudit).toEqual([{ object_id: a.id, fields: ['isLead'] }]);

    const cm = await add(c.caseId, { name: 'GGZ', relation: 'ggz' });
    const moved = await km.request<NetworkMember>('PATCH', `/api/cases/${c.caseId}/network/${cm.id}`, { isLead: true });
    expect(moved.status).toBe(200);
    expect(moved.body.isLead).toBe(true);
    expect(await leads(c.caseId)).toEqual([cm.id]);
    const list = await km.get<NetworkMemberList>(`/api/cases/${c.caseId}/network`);
    expect(list.body.items.filter((m) => m.isLead).map((m) => m.id)).toEqual([cm.id]);

    expect((await km.request<NetworkMember>('PATCH', `/api/cases/${c.caseId}/network/${cm.id}`, { isLead: false })).body.isLead).toBe(false);
    expect(await leads(c.caseId)).toEqual([]);
  });

  it('ends with exactly one eindverantwoordelijke when many are marked at the same time', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const members: NetworkMember[] = [];
    for (let i = 0; i < 8; i++) members.push(await add(c.caseId, { name: `Partner ${i}`, relation: 'anders' }));
    const results = await Promise.all(members.map((m) => km.request('PATCH', `/api/cases/${c.caseId}/network/${m.id}`, { isLead: true })));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await leads(c.caseId)).toHaveLength(1);
    const creates = await Promise.all(Array.from({ length: 6 }, (_, i) => km.post(`/api/cases/${c.caseId}/network`, { name: `Nieuw ${i}`, relation: 'werkgever', isLead: true })));
    expect(creates.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(await leads(c.caseId)).toHaveLength(1);
  });

  it('changes only the fields sent (null clears), audits only what changed, and writes nothing when nothing changed', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const m = await add(c.caseId, { name: 'Jan Smit', relation: 'werkgever', organisation: 'Bakkerij Smit', phone: '0301234567' });
    const res = await km.request<NetworkMember>('PATCH', `/api/cases/${c.caseId}/network/${m.id}`, { organisation: null, roleInPlan: 'Biedt een proefplaats', name: 'Jan Smit' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Jan Smit', relation: 'werkgever', organisation: null, phone: '0301234567', roleInPlan: 'Biedt een proefplaats' });
    const same = await km.request<NetworkMember>('PATCH', `/api/cases/${c.caseId}/network/${m.id}`, { phone: '0301234567' });
    expect(same.status).toBe(200);
    const audit: { fields: string[] }[] = await t.db.query(`SELECT fields FROM audit_event WHERE object_id = $1 AND action = 'network.update'`, [m.id]);
    expect(audit).toEqual([{ fields: ['organisation', 'roleInPlan'] }]);
  });

  it('refuses bad input with Dutch field messages and changes nothing', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const m = await add(c.caseId, { name: 'Mentor', relation: 'mentor' });
    const before = await rows(c.caseId);
    const path = `/api/cases/${c.caseId}/network`;

    const bad = await km.post<ProblemDetails>(path, { name: ' ', relation: 'buurman', phone: 'bel me', email: 'geen-mail', isLead: 'ja', removedAt: null });
    expect(bad.status).toBe(400);
    expect(Object.fromEntries(bad.body.errors!.map((e) => [e.field, e.message]))).toEqual({
      name: 'Vul de naam in.',
      relation: 'Kies de relatie met de jongere uit de lijst.',
      phone: 'Vul een geldig telefoonnummer in, zoals 06 12345678.',
      email: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
      isLead: 'Dit moet ja of nee (true/false) zijn.',
      removedAt: 'Dit veld is onbekend en mag niet worden meegestuurd.',
    });
    const patch = await km.request<ProblemDetails>('PATCH', `${path}/${m.id}`, { name: null, relation: null, isLead: null, email: 'x@' });
    expect(patch.status).toBe(400);
    expect(patch.body.errors!.map((e) => e.field).sort()).toEqual(['email', 'isLead', 'name', 'relation']);
    expect(patch.body.errors!.find((e) => e.field === 'name')!.message).toBe('Vul de naam in.');
    const empty = await km.request<ProblemDetails>('PATCH', `${path}/${m.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.message).toMatch(/minstens één/);
    expect((await km.request('PATCH', `${path}/geen-uuid`, { name: 'x' })).status).toBe(400);
    expect((await km.request('PATCH', `${path}/${crypto.randomUUID()}`, { name: 'x' })).status).toBe(404);
    expect(await rows(c.caseId)).toEqual(before);
  });

  it('does not remove a member who owns open plan steps (409, clear message); after the steps are done it soft-removes', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const m = await add(c.caseId, { name: 'Karin Bos', relation: 'jongerenwerk', isLead: true });
    const s1 = await addStep(c.caseId, m.id);
    const s2 = await addStep(c.caseId, m.id, { planStatus: 'concept' });
    await addStep(c.caseId, m.id, { planStatus: 'vervangen' });
    await addStep(c.caseId, m.id, { done: true });
    await addStep(c.caseId, m.id, { goalStatus: 'losgelaten' });
    expect((await km.get<NetworkMemberList>(`/api/cases/${c.caseId}/network`)).body.items[0]!.openSteps).toBe(2);

    const refused = await km.request<ProblemDetails & { current: NetworkMember }>('DELETE', `/api/cases/${c.caseId}/network/${m.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('Karin Bos is nog eigenaar van 2 open stappen in het plan. Geef die stappen eerst aan iemand anders of rond die stappen af. Daarna kunt u Karin Bos uit het netwerk halen.');
    expect(refused.body.current).toMatchObject({ id: m.id, openSteps: 2 });
    expect(((await t.db.query(`SELECT removed_at FROM network_member WHERE id = $1`, [m.id])) as { removed_at: Date | null }[])[0]!.removed_at).toBeNull();

    await t.db.query(`UPDATE step SET done_at = now() WHERE id = $1`, [s1]);
    const one = await km.request<ProblemDetails>('DELETE', `/api/cases/${c.caseId}/network/${m.id}`);
    expect(one.status).toBe(409);
    expect(one.body.title).toMatch(/^Karin Bos is nog eigenaar van 1 open stap in het plan\. Geef die stap eerst/);

    await t.db.query(`UPDATE step SET done_at = now() WHERE id = $1`, [s2]);
    expect((await km.request('DELETE', `/api/cases/${c.caseId}/network/${m.id}`)).status).toBe(204);
    const row: { removed_at: Date | null; is_lead: boolean }[] = await t.db.query(`SELECT removed_at, is_lead FROM network_member WHERE id = $1`, [m.id]);
    expect(row[0]!.removed_at).toBeInstanceOf(Date);
    expect(row[0]!.is_lead).toBe(false);
    expect((await km.get<NetworkMemberList>(`/api/cases/${c.caseId}/network`)).body.items).toEqual([]);
    expect((await km.request('PATCH', `/api/cases/${c.caseId}/network/${m.id}`, { name: 'Terug' })).status).toBe(404);
    expect((await km.request('DELETE', `/api/cases/${c.caseId}/network/${m.id}`)).status).toBe(404);
    const audit: { fields: string[] }[] = await t.db.query(`SELECT fields FROM audit_event WHERE object_id = $1 AND action = 'network.delete'`, [m.id]);
    expect(audit).toEqual([{ fields: ['removedAt', 'isLead'] }]);
    // With the old one gone, someone else can be made eindverantwoordelijke.
    await add(c.caseId, { name: 'Opvolger', relation: 'jongerenwerk', isLead: true });
    expect(await leads(c.caseId)).toHaveLength(1);
  });

  it('refuses changes on a closed case', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'afgesloten' });
    expect((await km.post(`/api/cases/${c.caseId}/network`, { name: 'Laat', relation: 'ouder' })).status).toBe(409);
    expect(await rows(c.caseId)).toEqual([]);
  });

  describe('access per role', () => {
    let member: NetworkMember;
    beforeAll(async () => {
      member = await add(own.caseId, { name: 'Opa Henk', relation: 'ouder', phone: '06 87654321' });
    });

    it('another klantmanager gets 404 on everything (audited as denied); with team read access only reads', async () => {
      const before = await rows(own.caseId);
      const other = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
      const path = `/api/cases/${own.caseId}/network`;
      expect((await other.get(path)).status).toBe(404);
      expect((await other.post(path, { name: 'x', relation: 'ouder' })).status).toBe(404);
      expect((await other.request('PATCH', `${path}/${member.id}`, { name: 'x' })).status).toBe(404);
      expect((await other.request('DELETE', `${path}/${member.id}`)).status).toBe(404);
      const denied: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND result = 'denied' ORDER BY id`, [own.caseId]);
      expect(denied.map((d) => d.action)).toEqual(['network.read', 'network.create', 'network.update', 'network.delete']);
      await t.db.query(`UPDATE team SET team_read_access = true WHERE id = $1`, [team.id]);
      try {
        expect((await other.get(path)).status).toBe(200);
        expect((await other.request('PATCH', `${path}/${member.id}`, { name: 'x' })).status).toBe(404);
      } finally {
        await t.db.query(`UPDATE team SET team_read_access = false WHERE id = $1`, [team.id]);
      }
      expect(await rows(own.caseId)).toEqual(before);
    });

    it('the teamleider of the team and the jongere read; neither can write; other teams and other jongeren get 404', async () => {
      const before = await rows(own.caseId);
      const path = `/api/cases/${own.caseId}/network`;
      const leader = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
      expect((await leader.get<NetworkMemberList>(path)).body.items.map((m) => m.id)).toContain(member.id);
      expect((await leader.post(path, { name: 'x', relation: 'ouder' })).status).toBe(403);
      expect((await leader.request('PATCH', `${path}/${member.id}`, { name: 'x' })).status).toBe(403);
      expect((await leader.request('DELETE', `${path}/${member.id}`)).status).toBe(403);

      const mine = await youth.get<NetworkMemberList>(path);
      expect(mine.status).toBe(200);
      expect(mine.body.items.find((m) => m.id === member.id)).toMatchObject({ name: 'Opa Henk', phone: '06 87654321' });
      expect((await youth.post(path, { name: 'x', relation: 'ouder' })).status).toBe(403);
      expect((await youth.request('PATCH', `${path}/${member.id}`, { isLead: true })).status).toBe(403);
      expect((await youth.request('DELETE', `${path}/${member.id}`)).status).toBe(403);

      expect((await (await as(await createUser(t.db, 'teamleider'))).get(path)).status).toBe(404);
      const otherYouthUser = await createUser(t.db, 'jongere', { teamId: team.id });
      await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: otherYouthUser.id });
      expect((await (await as(otherYouthUser)).get(path)).status).toBe(404);
      expect((await (await as(await createUser(t.db, 'beheerder'))).get(path)).status).toBe(403);
      // A member id from another case is not reachable through this case.
      const elsewhere = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
      expect((await km.request('PATCH', `/api/cases/${elsewhere.caseId}/network/${member.id}`, { name: 'x' })).status).toBe(404);
      expect((await km.request('DELETE', `/api/cases/${elsewhere.caseId}/network/${member.id}`)).status).toBe(404);
      expect(await rows(own.caseId)).toEqual(before);
    });
  });
});
