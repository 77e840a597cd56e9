import type { CaseDetail, InvitationCreated, ProblemDetails, SessionResponse } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser } from '../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';
import { ALREADY_ACTIVE } from './case-invitation.service';

describe("the jongere's account on the case page, and a new activation link (POST /api/cases/:caseId/invitation)", () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: Awaited<ReturnType<typeof setupStaffWorld>>['kmUser'];
  let km: ApiClient;
  let n = 0;

  const tokenOf = (inv: InvitationCreated) => inv.activationUrl.split('#')[1]!;
  const accountOf = async (caseId: string) => (await km.get<CaseDetail>(`/api/cases/${caseId}`)).body.youth;
  const activate = (token: string) => new ApiClient(t.baseUrl).post<SessionResponse>('/api/auth/activation', { token, password: 'mijn fiets is groen' });
  const preview = (token: string) => new ApiClient(t.baseUrl).post('/api/auth/activation/preview', { token });
  const invitationsOf = async (youthId: string) =>
    (await t.db.query(`SELECT i.id FROM invitation i JOIN youth y ON y.user_id = i.user_id WHERE y.id = $1`, [youthId])) as unknown[];
  /** A case of the klantmanager whose jongere got a first invitation from the case page. */
  const invitedCase = async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const email = `jongere-${++n}@test.koers`;
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Jongere', email, caseId: c.caseId });
    expect(inv.status).toBe(201);
    return { ...c, first: inv.body, email };
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld());
  });
  afterAll(() => t.close());

  it('tells apart no account, invited (with the link’s end) and activated; hasAccount stays "an account is linked"', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    expect(await accountOf(c.caseId)).toMatchObject({ hasAccount: false, account: { state: 'none', invitationExpiresAt: null } });

    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Mila', email: 'mila@test.koers', caseId: c.caseId });
    expect(inv.status).toBe(201);
    expect(await accountOf(c.caseId)).toMatchObject({ hasAccount: true, account: { state: 'invited', invitationExpiresAt: inv.body.expiresAt } });

    // The link expires: still invited, with an end in the past.
    await t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 hour' WHERE id = $1`, [inv.body.id]);
    const expired = (await accountOf(c.caseId)).account;
    expect(expired.state).toBe('invited');
    expect(new Date(expired.invitationExpiresAt!).getTime()).toBeLessThan(Date.now());
    await t.db.query(`UPDATE invitation SET expires_at = now() + interval '1 hour' WHERE id = $1`, [inv.body.id]);

    expect((await activate(tokenOf(inv.body))).status).toBe(200);
    expect(await accountOf(c.caseId)).toMatchObject({ hasAccount: true, account: { state: 'active', invitationExpiresAt: null } });
  });

  it('an account the beheerder switched off shows as deactivated (activated or not), and as before once switched on again', async () => {
    const admin = await loginAs(t, await createUser(t.db, 'beheerder', { teamId: null }));
    const invited = await invitedCase();
    const activated = await invitedCase();
    expect((await activate(tokenOf(activated.first))).status).toBe(200);
    const userOf = async (youthId: string) => ((await t.db.query(`SELECT user_id FROM youth WHERE id = $1`, [youthId])) as { user_id: string }[])[0]!.user_id;

    for (const c of [invited, activated]) expect((await admin.post(`/api/users/${await userOf(c.youthId)}/deactivate`)).status).toBe(200);
    for (const c of [invited, activated]) expect(await accountOf(c.caseId)).toMatchObject({ hasAccount: true, account: { state: 'deactivated', invitationExpiresAt: null } });

    for (const c of [invited, activated]) expect((await admin.post(`/api/users/${await userOf(c.youthId)}/activate`)).status).toBe(200);
    expect((await accountOf(invited.caseId)).account).toEqual({ state: 'invited', invitationExpiresAt: invited.first.expiresAt });
    expect((await accountOf(activated.caseId)).account).toEqual({ state: 'active', invitationExpiresAt: null });
  });

  it('makes a new link after the first one expired: the old link no longer works, the new one activates (audited)', async () => {
    const c = await invitedCase();
    await t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [c.first.id]);
    expect((await activate(tokenOf(c.first))).status).toBe(410);

    const renewed = await km.post<InvitationCreated>(`/api/cases/${c.caseId}/invitation`);
    expect(renewed.status).toBe(201);
    expect(renewed.body.activationUrl).toMatch(/\/activeren#.{20,}$/);
    expect(tokenOf(renewed.body)).not.toBe(tokenOf(c.first));
    expect(await accountOf(c.caseId)).toMatchObject({ account: { state: 'invited', invitationExpiresAt: renewed.body.expiresAt } });
    const audit = await t.db.query(`SELECT actor_user_id, result, case_id, object_type FROM audit_event WHERE action = 'youth.invitation.renew' AND youth_id = $1`, [c.youthId]);
    expect(audit).toEqual([{ actor_user_id: kmUser.id, result: 'allowed', case_id: c.caseId, object_type: 'youth' }]);

    const activated = await activate(tokenOf(renewed.body));
    expect(activated.status).toBe(200);
    expect(activated.body.user.email).toBe(c.email);
    expect(await accountOf(c.caseId)).toMatchObject({ account: { state: 'active' } });
  });

  it('a new link while the old one is still valid: the old one stops working at once', async () => {
    const c = await invitedCase();
    expect((await preview(tokenOf(c.first))).status).toBe(200);
    const second = await km.post<InvitationCreated>(`/api/cases/${c.caseId}/invitation`);
    const third = await km.post<InvitationCreated>(`/api/cases/${c.caseId}/invitation`);
    expect([second.status, third.status]).toEqual([201, 201]);
    for (const old of [c.first, second.body]) {
      expect((await preview(tokenOf(old))).status).toBe(410);
      expect((await activate(tokenOf(old))).status).toBe(410);
    }
    expect((await activate(tokenOf(third.body))).status).toBe(200);
  });

  it('refuses when the jongere can already log in (409, no link made), and when there is no account yet (409)', async () => {
    const c = await invitedCase();
    expect((await activate(tokenOf(c.first))).status).toBe(200);
    const before = (await invitationsOf(c.youthId)).length;
    const res = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/invitation`);
    expect(res.status).toBe(409);
    expect(res.body.title).toBe(ALREADY_ACTIVE);
    expect(res.body.title).toContain('De jongere kan al inloggen. Is het wachtwoord vergeten?');
    expect((await invitationsOf(c.youthId)).length).toBe(before);

    const fresh = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const none = await km.post<ProblemDetails>(`/api/cases/${fresh.caseId}/invitation`);
    expect(none.status).toBe(409);
    expect(none.body.title).toBe('Deze jongere heeft nog geen account. Nodig de jongere eerst uit.');
  });

  it('refuses a disabled account (409) and keeps its old link untouched', async () => {
    const c = await invitedCase();
    await t.db.query(`UPDATE app_user SET active = false WHERE email = $1`, [c.email]);
    const res = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/invitation`);
    expect(res.status).toBe(409);
    expect(res.body.title).toMatch(/uitgeschakeld/);
    await t.db.query(`UPDATE app_user SET active = true WHERE email = $1`, [c.email]);
    expect((await activate(tokenOf(c.first))).status).toBe(200);
  });

  it('outside the caseload 404 (denial audited, nothing changed); other roles 403; a bad id 400', async () => {
    const colleague = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const theirs = await createCase(t.db, { teamId: team.id, contactUserId: colleague.id });
    const colleagueApi = await loginAs(t, colleague);
    const inv = await colleagueApi.post<InvitationCreated>('/api/invitations', { name: 'Sem', email: 'sem@test.koers', caseId: theirs.caseId });
    expect(inv.status).toBe(201);

    const notMine = await km.post<ProblemDetails>(`/api/cases/${theirs.caseId}/invitation`);
    expect(notMine.status).toBe(404);
    expect(notMine.body.title).toBe('Dit traject bestaat niet of u heeft er geen toegang toe.');
    expect(await t.db.query(`SELECT actor_user_id, result FROM audit_event WHERE action = 'invitation.renew' AND case_id = $1`, [theirs.caseId])).toEqual([
      { actor_user_id: kmUser.id, result: 'denied' },
    ]);
    expect((await invitationsOf(theirs.youthId)).length).toBe(1);
    expect((await preview(tokenOf(inv.body))).status).toBe(200);

    for (const role of ['teamleider', 'beheerder', 'jongere'] as const) {
      const other = await loginAs(t, await createUser(t.db, role, { teamId: role === 'beheerder' ? null : team.id }));
      expect((await other.post(`/api/cases/${theirs.caseId}/invitation`)).status).toBe(403);
    }
    expect((await new ApiClient(t.baseUrl).post(`/api/cases/${theirs.caseId}/invitation`)).status).toBe(401);
    expect((await preview(tokenOf(inv.body))).status).toBe(200);

    const bad = await km.post<ProblemDetails>('/api/cases/geen-uuid/invitation');
    expect(bad.status).toBe(400);
  });
});
