import type { CasesWithoutContactPage, ContactPersonInfo, HandoverDetail, HandoverPage, MyHandoverResponse, ProblemDetails } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { type ApiClient, startTestApp, type TestApp } from '../../test/utils';
import { addPlanWithSteps, loginAs, notificationsOf, ok } from '../../test/handover-factories';

describe('contactpersoon: deactivation, "zonder contactpersoon", assignment by the teamleider', () => {
  let t: TestApp;
  let teamId: string;
  let leaderUser: TestUser;
  let leader: ApiClient;
  let admin: ApiClient;
  let colleagueA: TestUser;
  let colleagueB: TestUser;
  const today = todayInNl();

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    leaderUser = await createUser(t.db, 'teamleider', { teamId, name: 'Tessa Leider' });
    colleagueA = await createUser(t.db, 'klantmanager', { teamId, name: 'Anna Collega' });
    colleagueB = await createUser(t.db, 'klantmanager', { teamId, name: 'Bart Collega' });
    leader = await loginAs(t, leaderUser);
    admin = await loginAs(t, await createUser(t.db, 'beheerder'));
  });
  afterAll(() => t.close());

  const caseRow = async (caseId: string) =>
    ((await t.db.query(`SELECT contact_user_id, without_contact_since, version FROM youth_case WHERE id = $1`, [caseId])) as {
      contact_user_id: string | null;
      without_contact_since: Date | null;
      version: number;
    }[])[0]!;

  it('deactivating an account puts its open cases on the teamleider’s list at once, abandons its handovers, and tells the teamleider', async () => {
    const leaving = await createUser(t.db, 'klantmanager', { teamId, name: 'Lars Vertrekt' });
    const leavingClient = await loginAs(t, leaving);
    const youth = await createUser(t.db, 'jongere', { teamId });
    const one = await createCase(t.db, { teamId, contactUserId: leaving.id, name: 'Eerste Jongere', youthUserId: youth.id });
    const two = await createCase(t.db, { teamId, contactUserId: leaving.id, name: 'Tweede Jongere', phase: 'time_out' });
    const closed = await createCase(t.db, { teamId, contactUserId: leaving.id, name: 'Klaar Jongere', phase: 'afgesloten' });
    await addPlanWithSteps(t.db, one.caseId, leaving.id);
    // A handover in progress on one of their cases (to A), one to them (from B's case), and a candidacy (on A's case).
    const outgoing = ok(await leavingClient.post(`/api/cases/${one.caseId}/handovers`, { candidateUserIds: [colleagueA.id], reason: 'Vertrek', plannedSwitchDate: addDays(today, 30) }));
    const fromB = await createCase(t.db, { teamId, contactUserId: colleagueB.id, name: 'Van Bart' });
    const incoming = ok(await (await loginAs(t, colleagueB)).post(`/api/cases/${fromB.caseId}/handovers`, { candidateUserIds: [leaving.id], reason: 'Verlof', plannedSwitchDate: addDays(today, 30) }));
    const fromA = await createCase(t.db, { teamId, contactUserId: colleagueA.id, name: 'Van Anna' });
    const candidacy = ok(await (await loginAs(t, colleagueA)).post(`/api/cases/${fromA.caseId}/handovers`, { candidateUserIds: [leaving.id, colleagueB.id], reason: 'Verlof', plannedSwitchDate: addDays(today, 30) }));

    const res = await admin.post(`/api/users/${leaving.id}/deactivate`);
    expect(res.status).toBe(200);

    for (const c of [one, two]) {
      const row = await caseRow(c.caseId);
      expect(row.contact_user_id).toBeNull();
      expect(row.without_contact_since).not.toBeNull();
    }
    expect((await caseRow(closed.caseId)).contact_user_id).toBe(leaving.id);

    const list = await leader.get<CasesWithoutContactPage>('/api/team/cases-without-contact');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.youthName).sort()).toEqual(['Eerste Jongere', 'Tweede Jongere']);
    expect(list.body.items[0]).toMatchObject({ formerContact: { id: leaving.id, name: 'Lars Vertrekt' }, handoverId: expect.any(String), hoursWithoutContact: expect.any(Number) });

    const vacancy = ok(await leader.get(`/api/handovers/${list.body.items[0]!.handoverId}`));
    expect(vacancy).toMatchObject({ kind: 'uitval', status: 'voorgesteld', nextStep: 'contactpersoon_toewijzen', from: { id: leaving.id }, permissions: { canManage: false } });

    expect(ok(await leader.get(`/api/handovers/${outgoing.id}`))).toMatchObject({ status: 'afgebroken', abortReason: expect.stringMatching(/uitgeschakeld/) });
    expect(ok(await leader.get(`/api/handovers/${incoming.id}`))).toMatchObject({ status: 'afgebroken', abortReason: expect.stringMatching(/opvolger.*uitgeschakeld/) });
    const stillOpen = ok(await leader.get(`/api/handovers/${candidacy.id}`));
    expect(stillOpen.status).toBe('voorgesteld');
    expect(stillOpen.candidates.find((c) => c.user.id === leaving.id)).toMatchObject({ status: 'afgewezen', declinedReason: 'Account uitgeschakeld' });
    expect(stillOpen.version).toBe(candidacy.version + 1);

    expect(await notificationsOf(t.db, leaderUser.id)).toContainEqual(
      expect.objectContaining({ kind: 'zonder_contactpersoon', title: '2 trajecten zonder contactpersoon', body: expect.stringMatching(/Lars Vertrekt/) }),
    );
    expect(await notificationsOf(t.db, colleagueA.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgebroken', handover_id: outgoing.id }));
    expect(await notificationsOf(t.db, colleagueB.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgebroken', handover_id: incoming.id }));

    const audit: { action: string; actor_role: string }[] = await t.db.query(`SELECT action, actor_role FROM audit_event WHERE case_id = $1 ORDER BY id`, [two.caseId]);
    expect(audit).toEqual(expect.arrayContaining([{ action: 'case.contact_vacated', actor_role: 'beheerder' }, { action: 'handover.vacancy', actor_role: 'beheerder' }]));

    // The jongere sees that there is no contact person right now.
    const youthInfo = await (await loginAs(t, youth)).get<ContactPersonInfo>(`/api/cases/${one.caseId}/contact-person`);
    expect(youthInfo.body).toMatchObject({ person: null, withoutContactSince: expect.any(String), upcoming: null });
  });

  it('is one transaction with the deactivation: if the cases cannot be moved, the account stays active', async () => {
    const leaving = await createUser(t.db, 'klantmanager', { teamId });
    const c = await createCase(t.db, { teamId, contactUserId: leaving.id });
    await t.db.query(`CREATE FUNCTION koers_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.db.query(`CREATE TRIGGER koers_test_refuse BEFORE INSERT ON handover FOR EACH ROW WHEN (NEW.kind = 'uitval') EXECUTE FUNCTION koers_test_refuse()`);
    try {
      const res = await admin.post(`/api/users/${leaving.id}/deactivate`);
      expect(res.status).toBe(500);
    } finally {
      await t.db.query(`DROP TRIGGER koers_test_refuse ON handover`);
      await t.db.query(`DROP FUNCTION koers_test_refuse()`);
    }
    const user: { active: boolean }[] = await t.db.query(`SELECT active FROM app_user WHERE id = $1`, [leaving.id]);
    expect(user[0]!.active).toBe(true);
    expect((await caseRow(c.caseId)).contact_user_id).toBe(leaving.id);
  });

  describe('the teamleider assigns a contact person', () => {
    async function vacantCase(youthUserId: string | null = null) {
      const leaving = await createUser(t.db, 'klantmanager', { teamId, name: 'Vera Weg' });
      const c = await createCase(t.db, { teamId, contactUserId: leaving.id, name: 'Zonder Jongere', youthUserId });
      const steps = await addPlanWithSteps(t.db, c.caseId, leaving.id);
      expect((await admin.post(`/api/users/${leaving.id}/deactivate`)).status).toBe(200);
      return { ...c, steps, leaving, version: (await caseRow(c.caseId)).version };
    }

    it('ends the list entry with a cold handover and the time it took; steps move; the new contact person and the jongere are told', async () => {
      const youth = await createUser(t.db, 'jongere', { teamId, name: 'Zonder Jongere' });
      const c = await vacantCase(youth.id);
      await t.db.query(`UPDATE handover SET proposed_at = now() - interval '5 hours' WHERE case_id = $1 AND kind = 'uitval'`, [c.caseId]);
      const h = ok(await leader.post(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueA.id, version: c.version }));
      expect(h).toMatchObject({ kind: 'uitval', status: 'overgedragen', warmth: 'koud', successor: { id: colleagueA.id }, coldReason: expect.stringMatching(/uitgeschakeld/), predecessorReadUntil: null });
      expect(h.withoutContactHours).toBeGreaterThanOrEqual(5);
      expect(h.withoutContactHours).toBeLessThan(5.1);
      const row = await caseRow(c.caseId);
      expect(row).toMatchObject({ contact_user_id: colleagueA.id, without_contact_since: null, version: c.version + 1 });
      const owners: { id: string; owner_user_id: string | null }[] = await t.db.query(`SELECT id, owner_user_id FROM step WHERE case_id = $1`, [c.caseId]);
      expect(Object.fromEntries(owners.map((s) => [s.id, s.owner_user_id]))).toEqual({ [c.steps.openStep]: colleagueA.id, [c.steps.doneStep]: c.leaving.id, [c.steps.youthStep]: null });
      expect(await notificationsOf(t.db, colleagueA.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgerond', case_id: c.caseId }));
      expect(await notificationsOf(t.db, youth.id)).toEqual([expect.objectContaining({ kind: 'nieuwe_contactpersoon', title: 'Je nieuwe contactpersoon is Anna Collega' })]);
      const list = await leader.get<CasesWithoutContactPage>('/api/team/cases-without-contact?limit=100');
      expect(list.body.items.map((i) => i.caseId)).not.toContain(c.caseId);
      // The new contact person has full access.
      const a = await loginAs(t, colleagueA);
      expect((await a.post(`/api/cases/${c.caseId}/phase`, { phase: 'plan', version: row.version })).status).toBe(200);
      // The jongere sees who it is and how to reach them.
      const info = await (await loginAs(t, youth)).get<ContactPersonInfo>(`/api/cases/${c.caseId}/contact-person`);
      expect(info.body).toEqual({ person: { id: colleagueA.id, name: 'Anna Collega', email: colleagueA.email }, withoutContactSince: null, upcoming: null });
    });

    it('under parallel assignments exactly one wins', async () => {
      const c = await vacantCase();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => leader.post<HandoverDetail>(`/api/cases/${c.caseId}/contact-person`, { userId: i % 2 ? colleagueA.id : colleagueB.id, version: c.version })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(7).fill(409)]);
      const winner = results.find((r) => r.status === 200)!.body.successor!.id;
      expect((await caseRow(c.caseId)).contact_user_id).toBe(winner);
      const handovers: { status: string; to_user_id: string }[] = await t.db.query(`SELECT status, to_user_id FROM handover WHERE case_id = $1`, [c.caseId]);
      expect(handovers).toEqual([{ status: 'overgedragen', to_user_id: winner }]);
    });

    it('refuses: a case that has a contact person (409), a colleague outside the team (400), a stale version (409), anyone but the team’s teamleider', async () => {
      const c = await vacantCase();
      const outsider = await createUser(t.db, 'klantmanager');
      const bad = await leader.post<ProblemDetails>(`/api/cases/${c.caseId}/contact-person`, { userId: outsider.id, version: c.version });
      expect(bad.status).toBe(400);
      expect(bad.body.errors![0]!.field).toBe('userId');
      expect((await leader.post(`/api/cases/${c.caseId}/contact-person`, { userId: 'x', version: c.version })).status).toBe(400);
      expect((await leader.post(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueA.id, version: c.version - 1 })).status).toBe(409);
      const a = await loginAs(t, colleagueA);
      expect((await a.post(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueA.id, version: c.version })).status).toBe(403);
      const foreignLeader = await loginAs(t, await createUser(t.db, 'teamleider'));
      expect((await foreignLeader.post(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueA.id, version: c.version })).status).toBe(404);
      expect((await caseRow(c.caseId)).contact_user_id).toBeNull();

      ok(await leader.post(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueA.id, version: c.version }));
      const again = await leader.post<ProblemDetails & { current: { contactPerson: { id: string } } }>(`/api/cases/${c.caseId}/contact-person`, { userId: colleagueB.id, version: c.version + 1 });
      expect(again.status).toBe(409);
      expect(again.body.current.contactPerson.id).toBe(colleagueA.id);
      // A planned handover is not possible on a case without contact person; the klantmanager never could.
      const other = await vacantCase();
      expect((await leader.post(`/api/cases/${other.caseId}/handovers`, { candidateUserIds: [colleagueA.id], reason: 'x', plannedSwitchDate: addDays(today, 20) })).status).toBe(409);
    });
  });

  it('shows a jongere the coming handover from the proposal on (as /api/me/handover), the successor once accepted', async () => {
    const km = await createUser(t.db, 'klantmanager', { teamId, name: 'Karel Nu' });
    const kmClient = await loginAs(t, km);
    const youth = await createUser(t.db, 'jongere', { teamId });
    const youthClient = await loginAs(t, youth);
    const c = await createCase(t.db, { teamId, contactUserId: km.id, youthUserId: youth.id });
    const info = () => youthClient.get<ContactPersonInfo>(`/api/cases/${c.caseId}/contact-person`);
    expect((await info()).body).toEqual({ person: { id: km.id, name: 'Karel Nu', email: km.email }, withoutContactSince: null, upcoming: null });

    let h = ok(await kmClient.post(`/api/cases/${c.caseId}/handovers`, { candidateUserIds: [colleagueB.id], reason: 'Vertrek', plannedSwitchDate: addDays(today, 20) }));
    // As on Mijn plan (GET /api/me/handover): she may give a preference now, so she knows of it; no successor yet.
    expect((await info()).body.upcoming).toEqual({ successor: null, plannedSwitchDate: addDays(today, 20), status: 'voorgesteld' });
    expect((await youthClient.get<MyHandoverResponse>('/api/me/handover')).body.handover).toMatchObject({ status: 'voorgesteld', successor: null });
    const staffView = await kmClient.get<ContactPersonInfo>(`/api/cases/${c.caseId}/contact-person`);
    expect(staffView.body.upcoming).toMatchObject({ status: 'voorgesteld', successor: { id: colleagueB.id } });
    h = ok(await (await loginAs(t, colleagueB)).post(`/api/handovers/${h.id}/accept`, { version: h.version }));
    expect(ok(await kmClient.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'face_to_face', version: h.version })).status).toBe('aangekondigd');
    expect((await info()).body.upcoming).toEqual({ successor: { id: colleagueB.id, name: 'Bart Collega' }, plannedSwitchDate: addDays(today, 20), status: 'aangekondigd' });
    // Someone else's case: 404.
    const otherCase = await createCase(t.db, { teamId, contactUserId: km.id });
    expect((await youthClient.get(`/api/cases/${otherCase.caseId}/contact-person`)).status).toBe(404);
    expect((await youthClient.get<HandoverPage>('/api/handovers')).status).toBe(403);
  });
});
