import type { CaseDetail, HandoverDetail, HandoverPage, HandoverSummary, ProblemDetails, WarmShareMonth } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { type ApiClient, startTestApp, type TestApp } from '../../test/utils';
import { addPlanWithSteps, loginAs, notificationsOf, ok } from '../../test/handover-factories';

describe('warme overdracht: workflow, rules, access, concurrency', () => {
  let t: TestApp;
  let teamId: string;
  let contactUser: TestUser; // current contact person
  let succUser: TestUser; // successor
  let otherUser: TestUser; // another colleague
  let leaderUser: TestUser;
  let youthUser: TestUser;
  let contact: ApiClient;
  let succ: ApiClient;
  let other: ApiClient;
  let leader: ApiClient;
  const today = todayInNl();

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    contactUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Karim Contact' });
    succUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Sanne Opvolger' });
    otherUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Olaf Collega' });
    leaderUser = await createUser(t.db, 'teamleider', { teamId, name: 'Tessa Leider' });
    youthUser = await createUser(t.db, 'jongere', { teamId, name: 'Noa Jansen' });
    [contact, succ, other, leader] = await Promise.all([contactUser, succUser, otherUser, leaderUser].map((u) => loginAs(t, u)));
  });
  afterAll(() => t.close());

  const newCase = (youth = false) => createCase(t.db, { teamId, contactUserId: contactUser.id, name: 'Noa Jansen', youthUserId: youth ? youthUser.id : null });
  const propose = (client: ApiClient, caseId: string, candidateUserIds: string[], plannedSwitchDate = addDays(today, 30)) =>
    client.post<HandoverDetail>(`/api/cases/${caseId}/handovers`, { candidateUserIds, reason: 'Karim gaat naar een ander team.', plannedSwitchDate });
  const contactOf = async (caseId: string) => ((await t.db.query(`SELECT contact_user_id FROM youth_case WHERE id = $1`, [caseId])) as { contact_user_id: string | null }[])[0]!.contact_user_id;

  /** Proposed to the successor alone, accepted: the starting point of most tests. */
  async function accepted(caseId: string, plannedSwitchDate = addDays(today, 30)): Promise<HandoverDetail> {
    const h = ok(await propose(contact, caseId, [succUser.id], plannedSwitchDate));
    return ok(await succ.post(`/api/handovers/${h.id}/accept`, { version: h.version }));
  }

  it('walks a warm handover from proposal to switch, moving steps and telling everyone', async () => {
    const c = await newCase(true);
    const steps = await addPlanWithSteps(t.db, c.caseId, contactUser.id);

    // Voorgesteld: two candidates, nobody chosen yet.
    let h = ok(await propose(contact, c.caseId, [succUser.id, otherUser.id], addDays(today, 1)));
    expect(h).toMatchObject({ status: 'voorgesteld', kind: 'gepland', successor: null, from: { id: contactUser.id }, nextStep: 'opvolger_kiezen', version: 1 });
    expect(h.candidates.map((x) => [x.user.id, x.status])).toEqual([
      [succUser.id, 'kandidaat'],
      [otherUser.id, 'kandidaat'],
    ]);
    expect(h.permissions).toMatchObject({ canManage: true, canRespond: false, canWriteNote: false });

    // The jongere's preference, recorded by staff, is shown to whoever decides.
    h = ok(await contact.post(`/api/handovers/${h.id}/youth-preference`, { candidateUserId: succUser.id, note: 'Kent Sanne van de sportavond.', version: h.version }));
    expect(h.youthPreference).toMatchObject({ candidate: { id: succUser.id }, via: 'gesprek', note: 'Kent Sanne van de sportavond.', recordedBy: { id: contactUser.id } });
    expect(h.candidates.find((x) => x.user.id === succUser.id)!.preferredByYouth).toBe(true);

    h = ok(await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: succUser.id, version: h.version }));
    expect(h).toMatchObject({ successor: { id: succUser.id }, nextStep: 'wacht_op_acceptatie' });
    expect(await notificationsOf(t.db, succUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_voorgesteld', handover_id: h.id, case_id: c.caseId }));

    // The successor sees it and accepts.
    const seen = ok(await succ.get(`/api/handovers/${h.id}`));
    expect(seen.permissions).toMatchObject({ canRespond: true, canManage: false });
    h = ok(await succ.post(`/api/handovers/${h.id}/accept`, { version: h.version }));
    expect(h.acceptedAt).not.toBeNull();
    expect(h.candidates.find((x) => x.user.id === succUser.id)!.status).toBe('geaccepteerd');
    expect(await notificationsOf(t.db, contactUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_geaccepteerd', handover_id: h.id }));

    // Aangekondigd, ruim op tijd (20 days before today's switch).
    h = ok(await contact.post(`/api/handovers/${h.id}/announce`, { announcedOn: addDays(today, -20), how: 'face_to_face', note: 'In het gesprek verteld.', version: h.version }));
    expect(h).toMatchObject({ status: 'aangekondigd', announcement: { on: addDays(today, -20), how: 'face_to_face' }, nextStep: 'kennismaken' });

    // Kennismaking: two meetings, one with the current contact person present.
    h = ok(await contact.post(`/api/handovers/${h.id}/meetings`, { heldOn: addDays(today, -10), currentContactPresent: true, othersPresent: 'Moeder', note: 'Goed gesprek.', version: h.version }));
    expect(h.status).toBe('kennismaking');
    h = ok(await succ.post(`/api/handovers/${h.id}/meetings`, { heldOn: addDays(today, -5), currentContactPresent: false, version: h.version }));
    expect(h.meetings.map((m) => [m.heldOn, m.currentContactPresent, m.recordedBy.id])).toEqual([
      [addDays(today, -10), true, contactUser.id],
      [addDays(today, -5), false, succUser.id],
    ]);
    expect(h.nextStep).toBe('notitie_schrijven');

    // Overdrachtsnotitie.
    h = ok(await contact.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'Korte berichten via WhatsApp.', avoid: 'Afspraken vroeg in de ochtend.', openCommitments: 'Brief over ov-kosten sturen.', version: h.version }));
    expect(h).toMatchObject({ status: 'overdrachtsnotitie', note: { worksWell: 'Korte berichten via WhatsApp.', writtenBy: { id: contactUser.id } }, missing: [], nextStep: 'overdragen' });
    expect(await notificationsOf(t.db, succUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_stap', title: expect.stringMatching(/overdrachtsnotitie/) }));

    // Overgedragen: warm, no reason needed.
    const caseBefore = ((await t.db.query(`SELECT version FROM youth_case WHERE id = $1`, [c.caseId])) as { version: number }[])[0]!.version;
    h = ok(await contact.post(`/api/handovers/${h.id}/switch`, { version: h.version }));
    expect(h).toMatchObject({ status: 'overgedragen', warmth: 'warm', coldReason: null, missingAtSwitch: [], switchedBy: { id: contactUser.id } });
    const readUntil = new Date(h.predecessorReadUntil!).getTime();
    expect(readUntil - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    expect(readUntil - Date.now()).toBeLessThan(14.1 * 86_400_000);

    const kase: { contact_user_id: string; version: number; without_contact_since: Date | null }[] = await t.db.query(`SELECT contact_user_id, version, without_contact_since FROM youth_case WHERE id = $1`, [c.caseId]);
    expect(kase[0]).toEqual({ contact_user_id: succUser.id, version: caseBefore + 1, without_contact_since: null });
    const owners: { id: string; owner_user_id: string | null }[] = await t.db.query(`SELECT id, owner_user_id FROM step WHERE case_id = $1`, [c.caseId]);
    expect(Object.fromEntries(owners.map((s) => [s.id, s.owner_user_id]))).toEqual({ [steps.openStep]: succUser.id, [steps.doneStep]: contactUser.id, [steps.youthStep]: null });

    // Both contact persons are told; the jongere gets a message from the new one; no cold alert.
    expect(await notificationsOf(t.db, succUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgerond', title: 'U bent nu de contactpersoon van Noa Jansen' }));
    expect(await notificationsOf(t.db, contactUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgerond', body: expect.stringMatching(/nog inzien tot/) }));
    const toYouth = await notificationsOf(t.db, youthUser.id);
    expect(toYouth).toEqual([
      { kind: 'nieuwe_contactpersoon', title: 'Je nieuwe contactpersoon is Sanne Opvolger', body: expect.stringContaining(succUser.email), case_id: c.caseId, handover_id: null },
    ]);
    expect(toYouth[0]!.body).not.toMatch(/WhatsApp|ochtend|ov-kosten/);
    expect((await notificationsOf(t.db, leaderUser.id)).filter((n) => n.kind === 'overdracht_koud')).toEqual([]);

    // Every write left an audit record in its transaction.
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE case_id = $1 AND result = 'allowed' ORDER BY id`, [c.caseId]);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'handover.propose',
        'handover.preference',
        'handover.choose',
        'handover.accept',
        'handover.announce',
        'handover.meeting.create',
        'handover.meeting',
        'handover.note',
        'case.contact_person',
        'handover.switch',
      ]),
    );

    // The teamleider's views count it as warm.
    const share = await leader.get<WarmShareMonth[]>('/api/team/handovers/warm-share?months=2');
    expect(share.body[1]).toMatchObject({ warm: 1, koud: 0, warmShare: 1 });
    const done = await leader.get<{ items: HandoverSummary[]; totals: { warm: number; koud: number } }>('/api/team/handovers/completed');
    expect(done.body.totals).toEqual({ warm: 1, koud: 0 });
    expect(done.body.items[0]).toMatchObject({ id: h.id, warmth: 'warm', youthName: 'Noa Jansen' });
  });

  describe('access changes at the right moments', () => {
    it('successor: read-only from the proposal (as a candidate), only the chosen one once chosen, full at the switch; predecessor: read for the team period, then none', async () => {
      const c = await newCase();
      const canRead = async (client: ApiClient) => (await client.get<CaseDetail>(`/api/cases/${c.caseId}`)).status === 200;
      const canWrite = async (client: ApiClient) => {
        const version = ((await t.db.query(`SELECT version FROM youth_case WHERE id = $1`, [c.caseId])) as { version: number }[])[0]!.version;
        return (await client.post(`/api/cases/${c.caseId}/phase`, { phase: 'uitvoering', version })).status === 200;
      };
      expect([await canRead(succ), await canRead(other)]).toEqual([false, false]);

      // Proposed: both candidates read the case (and the handover) while no successor is chosen.
      let h = ok(await propose(contact, c.caseId, [succUser.id, otherUser.id]));
      expect([await canRead(succ), await canRead(other)]).toEqual([true, true]);
      expect((await succ.get(`/api/handovers/${h.id}`)).status).toBe(200);

      h = ok(await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: succUser.id, version: h.version }));
      expect(await canRead(succ)).toBe(true);
      expect((await succ.get<CaseDetail>(`/api/cases/${c.caseId}`)).body.permissions.canEdit).toBe(false);
      expect(await canWrite(succ)).toBe(false);
      expect(await canRead(other)).toBe(false);
      expect(await canWrite(contact)).toBe(true);

      h = ok(await succ.post(`/api/handovers/${h.id}/accept`, { version: h.version }));
      h = ok(await contact.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Karim is per direct ziek.', version: h.version }));
      expect(await canWrite(succ)).toBe(true);
      expect(await canRead(contact)).toBe(true);
      expect((await contact.get<CaseDetail>(`/api/cases/${c.caseId}`)).body.permissions.canEdit).toBe(false);
      expect(await canWrite(contact)).toBe(false);
      // The former contact person still reads the handover (for questions), but cannot change it.
      expect((await contact.get(`/api/handovers/${h.id}`)).status).toBe(200);

      // The read period ends.
      await t.db.query(`UPDATE handover SET predecessor_read_until = now() - interval '1 second' WHERE id = $1`, [h.id]);
      expect(await canRead(contact)).toBe(false);
      expect((await contact.get(`/api/handovers/${h.id}`)).status).toBe(404);
      expect(await canWrite(succ)).toBe(true);
    });

    it('a candidate reads the case while the choice is open, never writes, and loses access on declining, when another is chosen, and at the switch', async () => {
      const c = await newCase();
      const thirdUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Derk Derde' });
      const third = await loginAs(t, thirdUser);
      const status = async (client: ApiClient) => (await client.get<CaseDetail>(`/api/cases/${c.caseId}`)).status;
      const caseVersion = async () => ((await t.db.query(`SELECT version FROM youth_case WHERE id = $1`, [c.caseId])) as { version: number }[])[0]!.version;

      let h = ok(await propose(contact, c.caseId, [succUser.id, otherUser.id, thirdUser.id]));
      expect(h.successor).toBeNull();
      const read = await third.get<CaseDetail>(`/api/cases/${c.caseId}`);
      expect(read.status).toBe(200);
      expect(read.body.permissions.canEdit).toBe(false);
      // Read-only: a staff write on the case is refused like any case without write access (404), a
      // step of the handover with a reason (403), and the caseload stays the cases one is contact person of.
      expect((await third.post(`/api/cases/${c.caseId}/phase`, { phase: 'uitvoering', version: await caseVersion() })).status).toBe(404);
      expect((await third.post(`/api/handovers/${h.id}/accept`, { version: h.version })).status).toBe(403);
      expect((await third.post(`/api/handovers/${h.id}/choose`, { candidateUserId: thirdUser.id, version: h.version })).status).toBe(403);
      expect((await third.get<{ items: { id: string }[] }>('/api/cases?limit=100')).body.items.map((i) => i.id)).not.toContain(c.caseId);
      // Audited like any read; the refused write leaves a denial.
      const audit: { action: string; result: string }[] = await t.db.query(`SELECT action, result FROM audit_event WHERE case_id = $1 AND actor_user_id = $2 ORDER BY id`, [c.caseId, thirdUser.id]);
      expect(audit).toEqual(expect.arrayContaining([{ action: 'case.read', result: 'allowed' }, { action: 'case.phase', result: 'denied' }]));

      // The chosen one declines: they lose access; the remaining candidates read again.
      h = ok(await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: succUser.id, version: h.version }));
      expect([await status(succ), await status(other), await status(third)]).toEqual([200, 404, 404]);
      h = ok(await succ.post(`/api/handovers/${h.id}/decline`, { reason: 'Mijn caseload is al vol.', version: h.version }));
      expect([await status(succ), await status(other), await status(third)]).toEqual([404, 200, 200]);
      expect((await succ.get(`/api/handovers/${h.id}`)).status).toBe(404);

      // Another is chosen and accepts; at the switch the former candidate still has no access.
      h = ok(await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: otherUser.id, version: h.version }));
      h = ok(await other.post(`/api/handovers/${h.id}/accept`, { version: h.version }));
      expect([await status(other), await status(third)]).toEqual([200, 404]);
      h = ok(await contact.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Karim is per direct ziek.', version: h.version }));
      expect([await status(succ), await status(other), await status(third)]).toEqual([404, 200, 404]);
      expect((await third.get(`/api/handovers/${h.id}`)).status).toBe(404);
    });

    it('the read period is a team setting (0: the former contact person loses access at the switch)', async () => {
      const { version } = (await leader.get<{ version: number }>(`/api/teams/${teamId}/handover-settings`)).body;
      const set = await leader.request<{ predecessorReadDays: number; version: number }>('PATCH', `/api/teams/${teamId}/handover-settings`, { predecessorReadDays: 0, version });
      expect(set.status).toBe(200);
      try {
        const c = await newCase();
        const h = await accepted(c.caseId);
        const done = ok(await contact.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Noodgeval', version: h.version }));
        expect(done.predecessorReadUntil).toBeNull();
        expect((await contact.get(`/api/cases/${c.caseId}`)).status).toBe(404);
      } finally {
        await leader.request('PATCH', `/api/teams/${teamId}/handover-settings`, { predecessorReadDays: 14, version: set.body.version });
      }
    });

    it('abandoning a handover ends the successor’s read access', async () => {
      const c = await newCase();
      const h = await accepted(c.caseId);
      expect((await succ.get(`/api/cases/${c.caseId}`)).status).toBe(200);
      const aborted = ok(await contact.post(`/api/handovers/${h.id}/abort`, { reason: 'Karim blijft toch in het team.', version: h.version }));
      expect(aborted).toMatchObject({ status: 'afgebroken', abortReason: 'Karim blijft toch in het team.', abortedBy: { id: contactUser.id }, nextStep: null });
      expect((await succ.get(`/api/cases/${c.caseId}`)).status).toBe(404);
      expect(await notificationsOf(t.db, succUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgebroken', handover_id: h.id }));
      // A new handover can start afterwards.
      expect((await propose(contact, c.caseId, [otherUser.id])).status).toBe(201);
    });
  });

  describe('cold switch', () => {
    it('needs a stated reason when something is missing, changes nothing without it, and is marked koud for the teamleider', async () => {
      const c = await newCase();
      const h = await accepted(c.caseId, today);
      const refused = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/switch`, { version: h.version });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'coldReason', message: expect.stringMatching(/ziekte of een noodgeval/) }]);
      const blank = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/switch`, { coldReason: '   ', version: h.version });
      expect(blank.status).toBe(400);
      expect(await contactOf(c.caseId)).toBe(contactUser.id);
      expect(ok(await contact.get(`/api/handovers/${h.id}`))).toMatchObject({ status: 'voorgesteld', version: h.version });

      const done = ok(await contact.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Karim is langdurig ziek.', version: h.version }));
      expect(done).toMatchObject({ status: 'overgedragen', warmth: 'koud', coldReason: 'Karim is langdurig ziek.' });
      expect(done.missingAtSwitch).toEqual(['aankondiging', 'kennismakingen', 'kennismaking_met_contactpersoon', 'overdrachtsnotitie']);
      expect(await contactOf(c.caseId)).toBe(succUser.id);
      expect(await notificationsOf(t.db, leaderUser.id)).toContainEqual(
        expect.objectContaining({ kind: 'overdracht_koud', handover_id: h.id, body: expect.stringMatching(/Reden: Karim is langdurig ziek\./) }),
      );
    });

    it('a notice shorter than the team minimum makes it cold too', async () => {
      const c = await newCase();
      let h = await accepted(c.caseId, addDays(today, 3));
      expect(h.warnings.map((w) => w.code)).toEqual(['aankondiging_te_laat', 'te_weinig_kennismakingen']);
      h = ok(await contact.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version }));
      h = ok(await contact.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: true, version: h.version }));
      h = ok(await contact.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: false, version: h.version }));
      h = ok(await contact.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'Rustig uitleggen.', version: h.version }));
      expect(h.missing).toEqual(['aankondiging_op_tijd']);
      expect((await contact.post(`/api/handovers/${h.id}/switch`, { version: h.version })).status).toBe(400);
      const done = ok(await contact.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Spoed: verhuizing van Karim.', version: h.version }));
      expect(done).toMatchObject({ warmth: 'koud', missingAtSwitch: ['aankondiging_op_tijd'] });
    });

    it('without acceptance only the teamleider can switch (cold, with reason)', async () => {
      const c = await newCase();
      const h = ok(await propose(contact, c.caseId, [succUser.id]));
      expect(h.successor?.id).toBe(succUser.id);
      const byContact = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/switch`, { coldReason: 'Ziek', version: h.version });
      expect(byContact.status).toBe(403);
      const done = ok(await leader.post(`/api/handovers/${h.id}/switch`, { coldReason: 'Karim is ziek en Sanne neemt waar.', version: h.version }));
      expect(done).toMatchObject({ warmth: 'koud', switchedBy: { id: leaderUser.id } });
      expect(done.missingAtSwitch[0]).toBe('acceptatie');
      // The teamleider who did it is not alerted about their own switch; both contact persons are told.
      expect((await notificationsOf(t.db, leaderUser.id)).filter((n) => n.handover_id === h.id)).toEqual([]);
      expect((await notificationsOf(t.db, contactUser.id)).filter((n) => n.handover_id === h.id && n.kind === 'overdracht_afgerond')).toHaveLength(1);
    });
  });

  describe('each step’s rules', () => {
    it('validates a proposal: date, candidates from the team, not the contact person; one open handover per case', async () => {
      const c = await newCase();
      const elsewhere = await createUser(t.db, 'klantmanager');
      const inactive = await createUser(t.db, 'klantmanager', { teamId, active: false });
      const bad = async (body: object) => {
        const res = await contact.post<ProblemDetails>(`/api/cases/${c.caseId}/handovers`, body);
        expect(res.status).toBe(400);
        return res.body.errors!.map((e) => e.field).sort();
      };
      const valid = { candidateUserIds: [succUser.id], reason: 'Vertrek', plannedSwitchDate: addDays(today, 30) };
      expect(await bad({ ...valid, plannedSwitchDate: addDays(today, -1) })).toEqual(['plannedSwitchDate']);
      expect(await bad({ ...valid, plannedSwitchDate: '2027-02-30' })).toEqual(['plannedSwitchDate']);
      for (const ids of [[contactUser.id], [elsewhere.id], [inactive.id], [leaderUser.id]]) expect(await bad({ ...valid, candidateUserIds: ids })).toEqual(['candidateUserIds']);
      expect(await bad({ ...valid, candidateUserIds: [] })).toEqual(['candidateUserIds']);
      expect(await bad({ ...valid, candidateUserIds: [succUser.id, succUser.id] })).toEqual(['candidateUserIds']);
      expect(await bad({ ...valid, candidateUserIds: ['nope'] })).toEqual(['candidateUserIds']);
      expect(await bad({ candidateUserIds: [succUser.id], reason: ' ', plannedSwitchDate: addDays(today, 30), extra: 1 })).toEqual(['extra', 'reason']);
      expect(((await t.db.query(`SELECT count(*)::int AS n FROM handover WHERE case_id = $1`, [c.caseId])) as { n: number }[])[0]!.n).toBe(0);

      const first = ok(await contact.post(`/api/cases/${c.caseId}/handovers`, valid));
      const second = await leader.post<ProblemDetails & { current: HandoverDetail }>(`/api/cases/${c.caseId}/handovers`, { ...valid, candidateUserIds: [otherUser.id] });
      expect(second.status).toBe(409);
      expect(second.body.current.id).toBe(first.id);

      const closed = await createCase(t.db, { teamId, contactUserId: contactUser.id, phase: 'afgesloten' });
      expect((await contact.post(`/api/cases/${closed.caseId}/handovers`, valid)).status).toBe(409);
    });

    it('keeps the order: accept before announcing, announce before meeting, a meeting before the note', async () => {
      const c = await newCase();
      let h = ok(await propose(contact, c.caseId, [succUser.id]));
      const notYet = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version });
      expect(notYet.status).toBe(409);
      expect(notYet.body.title).toMatch(/geaccepteerd/);
      expect((await contact.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: true, version: h.version })).status).toBe(409);
      h = ok(await succ.post(`/api/handovers/${h.id}/accept`, { version: h.version }));
      expect((await succ.post(`/api/handovers/${h.id}/accept`, { version: h.version })).status).toBe(409);
      expect((await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: otherUser.id, version: h.version })).status).toBe(409);

      const future = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/announce`, { announcedOn: addDays(today, 1), how: 'phone', version: h.version });
      expect(future.status).toBe(400);
      expect(future.body.errors![0]!.field).toBe('announcedOn');
      expect((await contact.post<ProblemDetails>(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'duif', version: h.version })).body.errors![0]!.field).toBe('how');
      h = ok(await contact.post(`/api/handovers/${h.id}/announce`, { announcedOn: addDays(today, -2), how: 'whatsapp', version: h.version }));
      expect((await contact.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version })).status).toBe(409);
      expect((await succ.post(`/api/handovers/${h.id}/decline`, { reason: 'Te vol', version: h.version })).status).toBe(409);

      expect((await contact.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'x', version: h.version })).status).toBe(409);
      const beforeAnnouncement = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/meetings`, { heldOn: addDays(today, -3), currentContactPresent: true, version: h.version });
      expect(beforeAnnouncement.status).toBe(400);
      expect(beforeAnnouncement.body.errors![0]!.field).toBe('heldOn');
      const noBool = await contact.post<ProblemDetails>(`/api/handovers/${h.id}/meetings`, { heldOn: today, version: h.version });
      expect(noBool.body.errors![0]!.field).toBe('currentContactPresent');
      h = ok(await leader.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: true, version: h.version }));
      expect(h.status).toBe('kennismaking');
      const noText = await contact.request<ProblemDetails>('PUT', `/api/handovers/${h.id}/note`, { worksWell: '', version: h.version });
      expect(noText.body.errors![0]).toEqual({ field: 'worksWell', message: 'Schrijf op wat werkt bij deze jongere.' });
      h = ok(await contact.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'Eerst', version: h.version }));
      h = ok(await contact.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'Bijgewerkt', openCommitments: 'Nog een brief', version: h.version }));
      expect(h.note).toMatchObject({ worksWell: 'Bijgewerkt', avoid: null, openCommitments: 'Nog een brief' });
      // The note-ready message goes to the successor only once.
      expect((await notificationsOf(t.db, succUser.id)).filter((n) => n.handover_id === h.id && /overdrachtsnotitie/.test(n.title))).toHaveLength(1);
    });

    it('a refusal names a reason; then the proposer picks another (an added candidate is chosen at once)', async () => {
      const c = await newCase();
      let h = ok(await propose(contact, c.caseId, [succUser.id]));
      expect((await succ.post<ProblemDetails>(`/api/handovers/${h.id}/decline`, { reason: '', version: h.version })).status).toBe(400);
      h = ok(await succ.post(`/api/handovers/${h.id}/decline`, { reason: 'Mijn caseload is al vol.', version: h.version }));
      expect(h).toMatchObject({ successor: null, nextStep: 'opvolger_kiezen' });
      expect(h.candidates[0]).toMatchObject({ status: 'afgewezen', declinedReason: 'Mijn caseload is al vol.' });
      expect(await notificationsOf(t.db, contactUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_afgewezen', body: expect.stringMatching(/caseload is al vol/) }));
      expect((await succ.get(`/api/cases/${c.caseId}`)).status).toBe(404);
      expect((await contact.post<ProblemDetails>(`/api/handovers/${h.id}/choose`, { candidateUserId: succUser.id, version: h.version })).status).toBe(400);
      expect((await contact.post<ProblemDetails>(`/api/handovers/${h.id}/candidates`, { userId: succUser.id, version: h.version })).status).toBe(400);

      h = ok(await contact.post(`/api/handovers/${h.id}/candidates`, { userId: otherUser.id, version: h.version }));
      expect(h.successor?.id).toBe(otherUser.id);
      expect(await notificationsOf(t.db, otherUser.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_voorgesteld', handover_id: h.id }));
    });

    it('changing the plan re-checks the date and warns when the notice cannot be met', async () => {
      const c = await newCase();
      let h = await accepted(c.caseId);
      expect(h.warnings).toEqual([]);
      expect(h.daysToSwitch).toBe(30);
      expect((await contact.request('PATCH', `/api/handovers/${h.id}`, { version: h.version })).status).toBe(400);
      expect((await contact.request('PATCH', `/api/handovers/${h.id}`, { plannedSwitchDate: addDays(today, -1), version: h.version })).status).toBe(400);
      h = ok(await contact.request('PATCH', `/api/handovers/${h.id}`, { plannedSwitchDate: addDays(today, 5), version: h.version }));
      expect(h).toMatchObject({ plannedSwitchDate: addDays(today, 5), daysToSwitch: 5 });
      expect(h.warnings.map((w) => w.code)).toEqual(['aankondiging_te_laat', 'te_weinig_kennismakingen']);
      expect(await notificationsOf(t.db, succUser.id)).toContainEqual(expect.objectContaining({ handover_id: h.id, title: expect.stringMatching(/Nieuwe overdrachtsdatum/) }));
    });

    it('answers a stale version with 409 and the current handover, and an abandoned one takes no more writes', async () => {
      const c = await newCase();
      const h = await accepted(c.caseId);
      const stale = await contact.post<ProblemDetails & { current: HandoverDetail }>(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version - 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: h.id, version: h.version, status: 'voorgesteld' });
      const aborted = ok(await leader.post(`/api/handovers/${h.id}/abort`, { reason: 'Reorganisatie gaat niet door.', version: h.version }));
      expect((await contact.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: aborted.version })).status).toBe(409);
      expect((await contact.post(`/api/handovers/${h.id}/abort`, { reason: 'Nog eens', version: aborted.version })).status).toBe(409);
    });
  });

  describe('per role', () => {
    it('who may do which step (403 with a reason), and no access to others’ cases (404)', async () => {
      const c = await newCase();
      let h = await accepted(c.caseId);
      // The successor may not manage, announce or write the note; the teamleider may not write the note.
      expect((await succ.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version })).status).toBe(403);
      expect((await succ.post(`/api/handovers/${h.id}/abort`, { reason: 'x', version: h.version })).status).toBe(403);
      expect((await succ.post(`/api/handovers/${h.id}/switch`, { coldReason: 'x', version: h.version })).status).toBe(403);
      expect((await contact.post(`/api/handovers/${h.id}/accept`, { version: h.version })).status).toBe(403);
      h = ok(await leader.post(`/api/handovers/${h.id}/announce`, { announcedOn: today, how: 'phone', version: h.version }));
      h = ok(await succ.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: true, version: h.version }));
      const leaderNote = await leader.request<ProblemDetails>('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'x', version: h.version });
      expect(leaderNote.status).toBe(403);
      expect((await succ.request('PUT', `/api/handovers/${h.id}/note`, { worksWell: 'x', version: h.version })).status).toBe(403);
      const denied: { action: string; actor_user_id: string }[] = await t.db.query(`SELECT action, actor_user_id FROM audit_event WHERE case_id = $1 AND result = 'denied' ORDER BY id`, [c.caseId]);
      // (The teamleider's note attempt is refused at route level: the note is for klantmanagers only.)
      expect(denied.map((d) => d.action)).toEqual(['handover.announce', 'handover.abort', 'handover.switch', 'handover.accept', 'handover.note']);

      // A colleague without a part: 404 on everything about this case.
      expect((await other.get(`/api/handovers/${h.id}`)).status).toBe(404);
      expect((await other.get(`/api/cases/${c.caseId}/handovers`)).status).toBe(404);
      expect((await other.post(`/api/handovers/${h.id}/meetings`, { heldOn: today, currentContactPresent: true, version: h.version })).status).toBe(404);
      expect((await other.post(`/api/cases/${c.caseId}/handovers`, { candidateUserIds: [succUser.id], reason: 'x', plannedSwitchDate: addDays(today, 30) })).status).toBe(404);

      // Another team's teamleider and klantmanager: 404. A jongere and a beheerder: 403 (no handover routes for them).
      const otherTeam = (await createTeam(t.db)).id;
      const foreignLeader = await loginAs(t, await createUser(t.db, 'teamleider', { teamId: otherTeam }));
      expect((await foreignLeader.get(`/api/handovers/${h.id}`)).status).toBe(404);
      expect((await foreignLeader.post(`/api/handovers/${h.id}/abort`, { reason: 'x', version: h.version })).status).toBe(404);
      const youth = await loginAs(t, youthUser);
      expect((await youth.get(`/api/handovers/${h.id}`)).status).toBe(403);
      expect((await youth.get(`/api/cases/${c.caseId}/handovers`)).status).toBe(403);
      const admin = await loginAs(t, await createUser(t.db, 'beheerder'));
      expect((await admin.get(`/api/handovers/${h.id}`)).status).toBe(403);
      expect((await admin.post(`/api/handovers/${h.id}/switch`, { version: h.version })).status).toBe(403);
      expect((await contact.get('/api/handovers/not-a-uuid')).status).toBe(400);
    });

    it('lists a klantmanager’s own handovers, outgoing and incoming', async () => {
      const c = await newCase();
      const h = await accepted(c.caseId, addDays(today, 60));
      const outgoing = await contact.get<HandoverPage>('/api/handovers?direction=outgoing&limit=100');
      expect(outgoing.body.items.map((i) => i.id)).toContain(h.id);
      const incoming = await succ.get<HandoverPage>('/api/handovers?direction=incoming&limit=100');
      expect(incoming.body.items.map((i) => i.id)).toContain(h.id);
      expect((await other.get<HandoverPage>('/api/handovers')).body.items.map((i) => i.id)).not.toContain(h.id);
      // Keyset pages cover everything once.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: HandoverPage } = await contact.get<HandoverPage>(`/api/handovers?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain(h.id);
      expect((await contact.get('/api/handovers?cursor=bad')).status).toBe(400);
      expect((await leader.get('/api/handovers')).status).toBe(403);
    });

    it('shows a handover to its candidates while no successor is chosen, and then only to the chosen one', async () => {
      const c = await newCase();
      const h = ok(await propose(contact, c.caseId, [succUser.id, otherUser.id]));
      expect(h.successor).toBeNull();
      const ids = async (client: ApiClient, query = '') => (await client.get<HandoverPage>(`/api/handovers?limit=100${query}`)).body.items.map((i) => i.id);
      expect(await ids(succ)).toContain(h.id);
      expect(await ids(other, '&direction=incoming')).toContain(h.id);
      expect(await ids(other, '&direction=outgoing')).not.toContain(h.id);
      const chosen = ok(await contact.post(`/api/handovers/${h.id}/choose`, { candidateUserId: succUser.id, version: h.version }));
      expect(chosen.successor?.id).toBe(succUser.id);
      expect(await ids(succ)).toContain(h.id);
      expect(await ids(other)).not.toContain(h.id);
    });
  });

  describe('one contact person, always', () => {
    it('the database refuses zero or two: no contact on an open case, contact and "zonder" together, two open handovers', async () => {
      const c = await newCase();
      const code = async (sql: string, params: unknown[]) => {
        try {
          await t.db.query(sql, params);
          return 'ok';
        } catch (e) {
          return (e as { driverError?: { code?: string } }).driverError?.code;
        }
      };
      expect(await code(`UPDATE youth_case SET contact_user_id = NULL WHERE id = $1`, [c.caseId])).toBe('23514');
      expect(await code(`UPDATE youth_case SET without_contact_since = now() WHERE id = $1`, [c.caseId])).toBe('23514');
      expect(await code(`UPDATE youth_case SET contact_user_id = NULL, without_contact_since = now() WHERE id = $1`, [c.caseId])).toBe('ok');
      expect(await code(`UPDATE youth_case SET contact_user_id = $2, without_contact_since = NULL WHERE id = $1`, [c.caseId, contactUser.id])).toBe('ok');
      const insert = `INSERT INTO handover (case_id, team_id, kind, reason, planned_switch_date) VALUES ($1, $2, 'gepland', 'x', current_date)`;
      expect(await code(insert, [c.caseId, teamId])).toBe('ok');
      expect(await code(insert, [c.caseId, teamId])).toBe('23505');
    });

    it('under many parallel switch requests exactly one wins; the case ends with one contact person and steps move once', async () => {
      const c = await newCase();
      const steps = await addPlanWithSteps(t.db, c.caseId, contactUser.id);
      const h = await accepted(c.caseId);
      const clients = [contact, leader];
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => clients[i % 2]!.post<HandoverDetail>(`/api/handovers/${h.id}/switch`, { coldReason: 'Noodgeval', version: h.version })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, JSON.stringify(results.filter((r) => r.status !== 409).map((r) => r.body))).toEqual([200, ...Array(9).fill(409)]);
      expect(await contactOf(c.caseId)).toBe(succUser.id);
      const step: { owner_user_id: string; version: number }[] = await t.db.query(`SELECT owner_user_id, version FROM step WHERE id = $1`, [steps.openStep]);
      expect(step[0]).toEqual({ owner_user_id: succUser.id, version: 2 });
      const rows: { status: string }[] = await t.db.query(`SELECT status FROM handover WHERE case_id = $1`, [c.caseId]);
      expect(rows).toEqual([{ status: 'overgedragen' }]);
      expect((await notificationsOf(t.db, youthUser.id)).filter((n) => n.case_id === c.caseId)).toEqual([]);
    });

    it('parallel proposals for one case: exactly one handover is opened', async () => {
      const c = await newCase();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => propose(i % 2 ? leader : contact, c.caseId, [i % 3 ? succUser.id : otherUser.id])),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, ...Array(7).fill(409)]);
      const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM handover WHERE case_id = $1`, [c.caseId]);
      expect(rows[0]!.n).toBe(1);
    });

    it('a switch and a direct change of the contact person cannot both win', async () => {
      const c = await newCase();
      const h = await accepted(c.caseId);
      // Someone moved the case meanwhile (e.g. data repair): the switch refuses instead of overwriting.
      await t.db.query(`UPDATE youth_case SET contact_user_id = $2 WHERE id = $1`, [c.caseId, otherUser.id]);
      const res = await leader.post<ProblemDetails>(`/api/handovers/${h.id}/switch`, { coldReason: 'x', version: h.version });
      expect(res.status).toBe(409);
      expect(await contactOf(c.caseId)).toBe(otherUser.id);
      expect(ok(await leader.get(`/api/handovers/${h.id}`)).status).toBe('voorgesteld');
    });
  });

  it('lists the handovers of a case, and audits reading them', async () => {
    const c = await newCase();
    const h = await accepted(c.caseId);
    const list = await leader.get<HandoverSummary[]>(`/api/cases/${c.caseId}/handovers`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ id: h.id, status: 'voorgesteld', nextStep: 'aankondigen', successor: { id: succUser.id, name: 'Sanne Opvolger' } })]);
    expect((await leader.get(`/api/handovers/${h.id}`)).status).toBe(200);
    const reads: { action: string; object_type: string }[] = await t.db.query(`SELECT action, object_type FROM audit_event WHERE case_id = $1 AND action = 'handover.read' ORDER BY id`, [c.caseId]);
    expect(reads).toEqual([
      { action: 'handover.read', object_type: 'case' },
      { action: 'handover.read', object_type: 'handover' },
    ]);
  });
});
