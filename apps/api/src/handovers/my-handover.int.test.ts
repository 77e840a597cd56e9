import type { HandoverDetail, MyHandover, MyHandoverResponse, ProblemDetails } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { loginAs, notificationsOf, ok } from '../../test/handover-factories';
import { type ApiClient, startTestApp, type TestApp } from '../../test/utils';

/** Texts that are for staff only: none of them may ever reach the jongere. */
const REASON = 'Karim gaat naar een ander team (intern).';
const STAFF_PREFERENCE_NOTE = 'Notitie van de klantmanager over de voorkeur.';
const MEETING_NOTE = 'Notitie over de kennismaking, alleen voor medewerkers.';
const OTHERS_PRESENT = 'Moeder en de buurtcoach';
const NOTE_WORKS_WELL = 'Kort en concreet, via WhatsApp (overdrachtsnotitie).';
const NOTE_AVOID = 'Geen afspraken voor 10 uur (overdrachtsnotitie).';
const DECLINE_REASON = 'Mijn caseload is vol (afwijzing).';
const STAFF_ONLY = [REASON, STAFF_PREFERENCE_NOTE, MEETING_NOTE, OTHERS_PRESENT, NOTE_WORKS_WELL, NOTE_AVOID, DECLINE_REASON];

const MY_HANDOVER_KEYS = ['id', 'status', 'version', 'plannedSwitchDate', 'currentContact', 'candidates', 'successor', 'canGivePreference', 'preference', 'meetings'].sort();

describe('mijn overdracht: the jongere sees their handover, gives a preference and confirms meetings', () => {
  let t: TestApp;
  let teamId: string;
  let contactUser: TestUser;
  let succUser: TestUser;
  let otherUser: TestUser;
  let outsiderUser: TestUser; // a klantmanager of the team who is not a candidate
  let leaderUser: TestUser;
  let youthUser: TestUser;
  let otherYouthUser: TestUser;
  let contact: ApiClient;
  let succ: ApiClient;
  let leader: ApiClient;
  let youth: ApiClient;
  let otherYouth: ApiClient;
  const today = todayInNl();

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    contactUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Karim Contact' });
    succUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Sanne Opvolger', email: `sanne-${Date.now()}@test.koers` });
    otherUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Olaf Collega' });
    outsiderUser = await createUser(t.db, 'klantmanager', { teamId, name: 'Piet Buiten' });
    leaderUser = await createUser(t.db, 'teamleider', { teamId, name: 'Tessa Leider' });
    otherYouthUser = await createUser(t.db, 'jongere', { teamId, name: 'Sem de Vries' });
    [contact, succ, leader, otherYouth] = await Promise.all([contactUser, succUser, leaderUser, otherYouthUser].map((u) => loginAs(t, u)));
  });
  afterAll(() => t.close());

  const mine = async (client: ApiClient = youth): Promise<MyHandover | null> => {
    const res = await client.get<MyHandoverResponse>('/api/me/handover');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.handover;
  };
  const staffView = async (id: string) => ok(await contact.get(`/api/handovers/${id}`));
  const audit = async (action: string, result = 'allowed') =>
    (await t.db.query(`SELECT actor_user_id, object_type, object_id, case_id, fields FROM audit_event WHERE action = $1 AND result = $2 ORDER BY id`, [action, result])) as {
      actor_user_id: string;
      object_type: string;
      object_id: string;
      case_id: string | null;
      fields: string[] | null;
    }[];
  /** Nothing meant for staff in what the jongere gets (and the shape has only the jongere's fields). */
  const expectNothingStaffOnly = (body: unknown) => {
    const json = JSON.stringify(body);
    for (const text of STAFF_ONLY) expect(json).not.toContain(text);
    for (const key of ['reason', 'notes', 'noteWorksWell', 'worksWell', 'avoid', 'openCommitments', 'othersPresent', 'declinedReason', 'abortReason', 'coldReason', 'permissions', 'missing', 'warnings']) {
      expect(json).not.toContain(`"${key}":`);
    }
  };

  /** A new jongere (Noa) with an account and a case, logged in. */
  async function newYouth(): Promise<void> {
    youthUser = await createUser(t.db, 'jongere', { teamId, name: 'Noa Jansen' });
    youth = await loginAs(t, youthUser);
  }

  /** A new jongere's case with a handover proposed by the teamleider to Sanne and Olaf. */
  async function proposed(): Promise<{ caseId: string; handover: HandoverDetail }> {
    await newYouth();
    const c = await createCase(t.db, { teamId, contactUserId: contactUser.id, name: 'Noa Jansen', youthUserId: youthUser.id });
    const res = await leader.post<HandoverDetail>(`/api/cases/${c.caseId}/handovers`, { candidateUserIds: [succUser.id, otherUser.id], reason: REASON, plannedSwitchDate: addDays(today, 30) });
    return { caseId: c.caseId, handover: ok(res) };
  }


  it('shows nothing without a handover, and only the jongere may use the /me routes (staff: 403)', async () => {
    await newYouth();
    await createCase(t.db, { teamId, contactUserId: contactUser.id, name: 'Noa Jansen', youthUserId: youthUser.id });
    expect(await mine()).toBeNull();
    // A jongere without any case: also nothing.
    expect(await mine(otherYouth)).toBeNull();
    for (const client of [contact, leader, succ]) {
      expect((await client.get('/api/me/handover')).status).toBe(403);
      expect((await client.post('/api/me/handover/preference', { candidateUserId: null, version: 1 })).status).toBe(403);
      expect((await client.post(`/api/me/handover/meetings/${crypto.randomUUID()}/confirm`, {})).status).toBe(403);
    }
    // Nothing to give a preference on.
    const none = await youth.post<ProblemDetails>('/api/me/handover/preference', { candidateUserId: null, version: 1 });
    expect(none.status).toBe(404);
    expect(none.body.title).toBe('Er is geen overdracht waar je iets over kunt zeggen.');
  });

  it('shows a proposed handover: who, when, the candidates and how to reach them, nothing for staff only', async () => {
    const { caseId, handover } = await proposed();
    // A colleague declines: left out of the jongere's list, and so is the reason.
    await t.db.query(`INSERT INTO handover_candidate (handover_id, user_id, position, declined_at, declined_reason) VALUES ($1, $2, 3, now(), $3)`, [handover.id, outsiderUser.id, DECLINE_REASON]);
    // Staff wrote down a preference from a talk, with a note that stays with staff.
    const staffPref = ok(await contact.post(`/api/handovers/${handover.id}/youth-preference`, { candidateUserId: otherUser.id, note: STAFF_PREFERENCE_NOTE, version: handover.version }));

    const h = (await mine())!;
    expect(Object.keys(h).sort()).toEqual(MY_HANDOVER_KEYS);
    expect(h).toMatchObject({
      id: handover.id,
      status: 'voorgesteld',
      version: staffPref.version,
      plannedSwitchDate: addDays(today, 30),
      currentContact: { name: 'Karim Contact', email: contactUser.email },
      successor: null,
      canGivePreference: true,
      meetings: [],
    });
    expect(h.candidates).toEqual([
      { id: succUser.id, name: 'Sanne Opvolger', email: succUser.email, preferred: false },
      { id: otherUser.id, name: 'Olaf Collega', email: otherUser.email, preferred: true },
    ]);
    expect(h.preference).toMatchObject({ candidate: { id: otherUser.id, name: 'Olaf Collega' }, via: 'gesprek', note: null, recordedByName: 'Karim Contact' });
    expectNothingStaffOnly(h);
    // Another jongere sees nothing of it.
    expect(await mine(otherYouth)).toBeNull();
    const reads = await audit('my_handover.read');
    expect(reads.at(-1)).toMatchObject({ actor_user_id: youthUser.id, object_type: 'handover', object_id: handover.id, case_id: caseId });
  });

  it('records the preference as given by the jongere, shown to whoever decides, audited and notified', async () => {
    const { caseId, handover } = await proposed();
    let h = (await mine())!;

    // Validation, in Dutch: a colleague who is not a candidate, a declined one, or no valid id.
    const notCandidate = await youth.post<ProblemDetails>('/api/me/handover/preference', { candidateUserId: outsiderUser.id, version: h.version });
    expect(notCandidate.status).toBe(400);
    expect(notCandidate.body.errors).toEqual([{ field: 'candidateUserId', message: 'Kies een van de klantmanagers die hier staan, of "Maakt me niet uit".' }]);
    const badId = await youth.post<ProblemDetails>('/api/me/handover/preference', { candidateUserId: 'sanne', version: h.version });
    expect(badId.status).toBe(400);
    expect(badId.body.errors?.[0]).toMatchObject({ field: 'candidateUserId', message: expect.stringMatching(/^Kies een van de klantmanagers/) });
    const missing = await youth.post<ProblemDetails>('/api/me/handover/preference', { version: h.version });
    expect(missing.status).toBe(400);
    const tooLong = await youth.post<ProblemDetails>('/api/me/handover/preference', { candidateUserId: succUser.id, note: 'x'.repeat(2001), version: h.version });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]).toMatchObject({ field: 'note', message: 'Je tekst is te lang. Gebruik hoogstens 2000 tekens.' });
    const extra = await youth.post<ProblemDetails>('/api/me/handover/preference', { candidateUserId: succUser.id, version: h.version, via: 'gesprek' });
    expect(extra.status).toBe(400);

    // Stale version: 409 with the current state, as the jongere may see it.
    const stale = await youth.post<ProblemDetails & { current: MyHandover }>('/api/me/handover/preference', { candidateUserId: succUser.id, version: h.version + 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.title).toMatch(/Er is net iets veranderd aan je overdracht/);
    expect(stale.body.current).toMatchObject({ id: handover.id, version: h.version, canGivePreference: true });
    expect(Object.keys(stale.body.current).sort()).toEqual(MY_HANDOVER_KEYS);
    expectNothingStaffOnly(stale.body);

    // Nothing changed by the refusals.
    expect((await mine())!.preference).toBeNull();

    const saved = await youth.post<MyHandover>('/api/me/handover/preference', { candidateUserId: succUser.id, note: '  Ik ken Sanne van de sportavond.  ', version: h.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    h = saved.body;
    expect(h.version).toBe(handover.version + 1);
    expect(h.preference).toMatchObject({ candidate: { id: succUser.id, name: 'Sanne Opvolger' }, via: 'eigen_login', note: 'Ik ken Sanne van de sportavond.', recordedByName: 'Noa Jansen' });
    expect(h.candidates.map((c) => [c.id, c.preferred])).toEqual([
      [succUser.id, true],
      [otherUser.id, false],
    ]);
    expectNothingStaffOnly(h);

    // Staff see it, marked as given by the jongere herself.
    const detail = await staffView(handover.id);
    expect(detail.youthPreference).toMatchObject({ candidate: { id: succUser.id }, via: 'eigen_login', note: 'Ik ken Sanne van de sportavond.', recordedBy: { id: youthUser.id, name: 'Noa Jansen' } });
    expect(detail.candidates.find((c) => c.user.id === succUser.id)!.preferredByYouth).toBe(true);

    // Whoever decides hears of it: the contact person and the teamleider who proposed; not the candidates.
    for (const u of [contactUser, leaderUser]) {
      expect(await notificationsOf(t.db, u.id)).toContainEqual(
        expect.objectContaining({ kind: 'overdracht_jongere', handover_id: handover.id, case_id: caseId, title: 'Noa Jansen heeft zelf een voorkeur gegeven voor de nieuwe contactpersoon' }),
      );
    }
    expect((await notificationsOf(t.db, succUser.id)).filter((n) => n.kind === 'overdracht_jongere')).toEqual([]);
    const rows = await audit('my_handover.preference');
    expect(rows.at(-1)).toMatchObject({ actor_user_id: youthUser.id, object_type: 'handover', object_id: handover.id, case_id: caseId, fields: ['youthPreference', 'youthPreferenceNote'] });

    // The jongere and her klantmanager at the same moment on the same version: one wins, the other gets 409.
    const [mineRes, staffRes] = await Promise.all([
      youth.post<MyHandover>('/api/me/handover/preference', { candidateUserId: otherUser.id, version: h.version }),
      contact.post<HandoverDetail>(`/api/handovers/${handover.id}/youth-preference`, { candidateUserId: succUser.id, version: h.version }),
    ]);
    expect([mineRes.status, staffRes.status].sort()).toEqual([200, 409]);
    h = (await mine())!;
    expect(h.version).toBe(handover.version + 2);
    expect(h.preference!.via).toBe(mineRes.status === 200 ? 'eigen_login' : 'gesprek');

    // "Maakt me niet uit" is a preference too.
    h = (await youth.post<MyHandover>('/api/me/handover/preference', { candidateUserId: null, version: h.version })).body;
    expect(h.preference).toMatchObject({ candidate: null, via: 'eigen_login', note: null });
    expect((await staffView(handover.id)).youthPreference).toMatchObject({ candidate: null, via: 'eigen_login' });

    // Once the successor has said yes, the preference is settled: 409 with the current state.
    const d0 = await staffView(handover.id);
    const d = ok(await leader.post(`/api/handovers/${handover.id}/choose`, { candidateUserId: succUser.id, version: d0.version }));
    ok(await succ.post(`/api/handovers/${handover.id}/accept`, { version: d.version }));
    h = (await mine())!;
    expect(h).toMatchObject({ canGivePreference: false, successor: { id: succUser.id, name: 'Sanne Opvolger', email: succUser.email } });
    expect(h.candidates.map((c) => c.id)).toEqual([succUser.id]);
    const settled = await youth.post<ProblemDetails & { current: MyHandover }>('/api/me/handover/preference', { candidateUserId: otherUser.id, version: h.version });
    expect(settled.status).toBe(409);
    expect(settled.body.title).toBe('Je nieuwe klantmanager staat al vast. Je kunt je voorkeur nu niet meer veranderen.');
    expect(settled.body.current.successor?.id).toBe(succUser.id);
  });

  it('lets the jongere confirm a meeting (once), shown to staff, audited and notified; never the meeting notes', async () => {
    const { caseId, handover } = await proposed();
    let d = ok(await leader.post(`/api/handovers/${handover.id}/choose`, { candidateUserId: succUser.id, version: handover.version }));
    d = ok(await succ.post(`/api/handovers/${handover.id}/accept`, { version: d.version }));
    d = ok(await contact.post(`/api/handovers/${handover.id}/announce`, { announcedOn: addDays(today, -10), how: 'face_to_face', note: 'Verteld in het gesprek.', version: d.version }));
    d = ok(await contact.post(`/api/handovers/${handover.id}/meetings`, { heldOn: addDays(today, -5), currentContactPresent: true, othersPresent: OTHERS_PRESENT, note: MEETING_NOTE, version: d.version }));
    d = ok(await succ.post(`/api/handovers/${handover.id}/meetings`, { heldOn: addDays(today, -2), currentContactPresent: false, version: d.version }));
    d = ok(await contact.request('PUT', `/api/handovers/${handover.id}/note`, { worksWell: NOTE_WORKS_WELL, avoid: NOTE_AVOID, version: d.version }));
    const [first, second] = d.meetings;

    let h = (await mine())!;
    expect(h.status).toBe('overdrachtsnotitie');
    expect(h.meetings).toEqual([
      { id: first!.id, heldOn: addDays(today, -5), currentContactPresent: true, confirmedAt: null, remark: null },
      { id: second!.id, heldOn: addDays(today, -2), currentContactPresent: false, confirmedAt: null, remark: null },
    ]);
    expectNothingStaffOnly(h);

    // Another jongere cannot confirm it (404, as if it did not exist, and a denied audit record).
    const foreign = await otherYouth.post<ProblemDetails>(`/api/me/handover/meetings/${first!.id}/confirm`, {});
    expect(foreign.status).toBe(404);
    expect(foreign.body.title).toBe('Dit gesprek bestaat niet, of het hoort niet bij jouw overdracht.');
    expect((await audit('my_handover.meeting.confirm', 'denied')).some((r) => r.actor_user_id === otherYouthUser.id)).toBe(true);
    expect((await youth.post(`/api/me/handover/meetings/${crypto.randomUUID()}/confirm`, {})).status).toBe(404);
    expect((await youth.post<ProblemDetails>('/api/me/handover/meetings/geen-id/confirm', {})).status).toBe(400);

    const res = await youth.post<MyHandover>(`/api/me/handover/meetings/${first!.id}/confirm`, { remark: 'Fijn gesprek, Sanne is aardig.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    h = res.body;
    expect(h.meetings[0]).toMatchObject({ id: first!.id, confirmedAt: expect.any(String), remark: 'Fijn gesprek, Sanne is aardig.' });
    expect(h.meetings[1]!.confirmedAt).toBeNull();
    expectNothingStaffOnly(h);
    // Confirming does not change the handover's version (staff editing at the same time are not refused).
    expect(h.version).toBe(d.version);

    // Twice: 409 with the current state.
    const again = await youth.post<ProblemDetails & { current: MyHandover }>(`/api/me/handover/meetings/${first!.id}/confirm`, { remark: 'Nog een keer' });
    expect(again.status).toBe(409);
    expect(again.body.title).toBe('Je hebt dit gesprek al bevestigd.');
    expect(again.body.current.meetings[0]!.remark).toBe('Fijn gesprek, Sanne is aardig.');

    // Staff see the confirmation per meeting.
    const detail = await staffView(handover.id);
    expect(detail.meetings[0]).toMatchObject({ id: first!.id, youthConfirmedAt: expect.any(String), youthRemark: 'Fijn gesprek, Sanne is aardig.', note: MEETING_NOTE });
    expect(detail.meetings[1]).toMatchObject({ youthConfirmedAt: null, youthRemark: null });
    for (const u of [contactUser, leaderUser]) {
      expect(await notificationsOf(t.db, u.id)).toContainEqual(expect.objectContaining({ kind: 'overdracht_jongere', handover_id: handover.id, body: 'Opmerking van de jongere: Fijn gesprek, Sanne is aardig.' }));
    }
    expect((await audit('my_handover.meeting.confirm')).at(-1)).toMatchObject({
      actor_user_id: youthUser.id,
      object_type: 'handover_meeting',
      object_id: first!.id,
      case_id: caseId,
      fields: ['youthConfirmedAt', 'youthRemark'],
    });

    // Without a remark.
    h = (await youth.post<MyHandover>(`/api/me/handover/meetings/${second!.id}/confirm`, {})).body;
    expect(h.meetings[1]).toMatchObject({ confirmedAt: expect.any(String), remark: null });

    // After the switch the handover is done: nothing to see, and confirming is refused.
    d = await staffView(handover.id);
    ok(await contact.post(`/api/handovers/${handover.id}/switch`, { coldReason: 'Test', version: d.version }));
    expect(await mine()).toBeNull();
    expect((await youth.post(`/api/me/handover/meetings/${first!.id}/confirm`, {})).status).toBe(404);
  });

  it('shows nothing once the handover is aborted', async () => {
    const { handover } = await proposed();
    expect((await mine())!.id).toBe(handover.id);
    ok(await leader.post(`/api/handovers/${handover.id}/abort`, { reason: 'Toch niet nodig.', version: handover.version }));
    expect(await mine()).toBeNull();
    expect((await youth.post('/api/me/handover/preference', { candidateUserId: null, version: handover.version + 1 })).status).toBe(404);
  });
});
