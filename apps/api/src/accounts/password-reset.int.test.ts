import type { InvitationCreated, PasswordResetCreated, PasswordResetPreview, ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, loginAs, startTestApp, type TestApp } from '../../test/utils';
import { INVALID_RESET_LINK } from '../platform/auth/auth.service';
import { ALREADY_ACTIVE } from './case-invitation.service';
import { STAFF_DISABLED, YOUTH_DISABLED, YOUTH_NOT_ACTIVATED, YOUTH_VIA_CASE } from './password-reset.service';

const NEW_PASSWORD = 'de kat slaapt op de bank';

describe('"nieuw wachtwoord kiezen" links (POST /api/cases/:caseId/password-reset, /api/users/:id/password-reset, /api/auth/password-reset)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  let admin: ApiClient;
  let adminUser: TestUser;

  const tokenOf = (link: PasswordResetCreated) => link.resetUrl.split('#')[1]!;
  const anonymous = () => new ApiClient(t.baseUrl);
  const reset = (token: string, password = NEW_PASSWORD) => anonymous().post<ProblemDetails>('/api/auth/password-reset', { token, password });
  const preview = (token: string) => anonymous().post<PasswordResetPreview & ProblemDetails>('/api/auth/password-reset/preview', { token });
  const login = (email: string, password: string) => anonymous().login(email, password);
  /** A case of the klantmanager with a jongere who can log in. */
  const youthCase = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: youthUser.id });
    return { ...c, youthUser };
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '5', PASSWORD_RESET_VALID_HOURS: '2' });
    team = await createTeam(t.db);
    kmUser = await createUser(t.db, 'klantmanager', { teamId: team.id });
    km = await loginAs(t, kmUser);
    adminUser = await createUser(t.db, 'beheerder');
    admin = await loginAs(t, adminUser);
  });
  afterAll(() => t.close());

  it('the contact person makes a link for an active jongere; the old password works until it is used; it works once and ends every session', async () => {
    const c = await youthCase();
    const before = await loginAs(t, c.youthUser);
    const made = Date.now();
    const res = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    expect(res.status).toBe(201);
    expect(res.body.resetUrl).toMatch(/\/nieuw-wachtwoord#[\w-]{40,}$/);
    // PASSWORD_RESET_VALID_HOURS=2
    expect(new Date(res.body.expiresAt).getTime() - made).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect(new Date(res.body.expiresAt).getTime() - made).toBeLessThan(2 * 3_600_000 + 60_000);

    // Only a keyed hash is stored, with its purpose.
    const stored: { token_hash: string; purpose: string; created_by: string }[] = await t.db.query(`SELECT token_hash, purpose, created_by FROM invitation WHERE id = $1`, [res.body.id]);
    expect(stored).toEqual([{ token_hash: expect.not.stringContaining(tokenOf(res.body)), purpose: 'password_reset', created_by: kmUser.id }]);

    // Making the link changed nothing: the session and the old password still work.
    expect((await before.get('/api/auth/session')).status).toBe(200);
    expect((await login(c.youthUser.email, c.youthUser.password)).status).toBe(200);

    const shown = await preview(tokenOf(res.body));
    expect(shown.status).toBe(200);
    // The page speaks to a jongere as "je": the preview says it is a jongere's account, and no more.
    expect(shown.body).toEqual({ name: 'Test jongere', expiresAt: res.body.expiresAt, audience: 'jongere' });

    expect((await reset(tokenOf(res.body))).status).toBe(204);
    // Every session of the account ended; the old password no longer works, the new one does.
    expect((await before.get('/api/auth/session')).status).toBe(401);
    expect((await login(c.youthUser.email, c.youthUser.password)).status).toBe(401);
    const after = await login(c.youthUser.email, NEW_PASSWORD);
    expect(after.status).toBe(200);
    expect(after.body.user.id).toBe(c.youthUser.id);

    // Once only.
    const again = await reset(tokenOf(res.body), 'nog een ander lang wachtwoord');
    expect(again.status).toBe(410);
    expect(again.body.title).toBe(INVALID_RESET_LINK);
    expect((await preview(tokenOf(res.body))).status).toBe(410);
    expect((await login(c.youthUser.email, NEW_PASSWORD)).status).toBe(200);

    // Audited: who made it (the klantmanager, on the case) and who used it, when.
    const audit: { action: string; actor_user_id: string; case_id: string | null; youth_id: string | null; fields: string[] | null }[] = await t.db.query(
      `SELECT action, actor_user_id, case_id, youth_id, fields FROM audit_event WHERE action LIKE '%password_reset%' AND (youth_id = $1 OR object_id = $2::text) ORDER BY id`,
      [c.youthId, c.youthUser.id],
    );
    expect(audit).toEqual([
      { action: 'youth.password_reset.create', actor_user_id: kmUser.id, case_id: c.caseId, youth_id: c.youthId, fields: null },
      { action: 'account.password_reset.use', actor_user_id: c.youthUser.id, case_id: null, youth_id: c.youthId, fields: ['password'] },
    ]);
    const used: { used_at: Date | null }[] = await t.db.query(`SELECT used_at FROM invitation WHERE id = $1`, [res.body.id]);
    expect(used[0]!.used_at).toBeInstanceOf(Date);
  });

  it('a new link makes the older unused one stop working', async () => {
    const c = await youthCase();
    const first = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    const second = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect((await preview(tokenOf(first.body))).status).toBe(410);
    expect((await reset(tokenOf(first.body))).status).toBe(410);
    expect((await login(c.youthUser.email, c.youthUser.password)).status).toBe(200);
    expect((await reset(tokenOf(second.body))).status).toBe(204);
  });

  it('an expired link → 410, and the password stays as it was', async () => {
    const c = await youthCase();
    const link = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    await t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [link.body.id]);
    expect((await preview(tokenOf(link.body))).status).toBe(410);
    const res = await reset(tokenOf(link.body));
    expect(res.status).toBe(410);
    expect((await login(c.youthUser.email, c.youthUser.password)).status).toBe(200);
  });

  it('enforces the password policy (400 on the field; the link still works afterwards)', async () => {
    const c = await youthCase();
    const link = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    for (const weak of ['kort', '123456789012']) {
      const res = await reset(tokenOf(link.body), weak);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.field).toBe('password');
    }
    const missing = await anonymous().post<ProblemDetails>('/api/auth/password-reset', { token: tokenOf(link.body) });
    expect(missing.status).toBe(400);
    expect((await reset(tokenOf(link.body))).status).toBe(204);
  });

  it('activation and reset links cannot stand in for each other', async () => {
    const invited = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Lotte', email: 'lotte@test.koers', caseId: invited.caseId });
    expect(inv.status).toBe(201);
    const activationToken = inv.body.activationUrl.split('#')[1]!;
    // Not activated yet: no reset link (the activation link is the way in); the activation link is no reset link.
    const early = await km.post<ProblemDetails>(`/api/cases/${invited.caseId}/password-reset`);
    expect(early.status).toBe(409);
    expect(early.body.title).toBe(YOUTH_NOT_ACTIVATED);
    expect((await reset(activationToken)).status).toBe(410);

    const c = await youthCase();
    const link = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    const asActivation = await anonymous().post('/api/auth/activation', { token: tokenOf(link.body), password: NEW_PASSWORD });
    expect(asActivation.status).toBe(410);
    expect((await anonymous().post('/api/auth/activation/preview', { token: tokenOf(link.body) })).status).toBe(410);
    // The activation route's 409 for an active account now points to the reset button.
    const renew = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/invitation`);
    expect(renew.status).toBe(409);
    expect(renew.body.title).toBe(ALREADY_ACTIVE);
    expect(renew.body.title).toContain('Link voor nieuw wachtwoord maken');
  });

  it('using a link lifts the login lock', async () => {
    const c = await youthCase();
    for (let i = 0; i < 3; i++) await login(c.youthUser.email, 'niet het goede wachtwoord');
    expect((await login(c.youthUser.email, c.youthUser.password)).status).toBe(429);
    const link = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    expect((await reset(tokenOf(link.body))).status).toBe(204);
    expect((await login(c.youthUser.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('a deactivated account gets no link (409); an open link stops working, also after switching the account on again', async () => {
    const c = await youthCase();
    const link = await km.post<PasswordResetCreated>(`/api/cases/${c.caseId}/password-reset`);
    await t.db.query(`UPDATE app_user SET active = false WHERE id = $1`, [c.youthUser.id]);
    const res = await km.post<ProblemDetails>(`/api/cases/${c.caseId}/password-reset`);
    expect(res.status).toBe(409);
    expect(res.body.title).toBe(YOUTH_DISABLED);
    expect((await reset(tokenOf(link.body))).status).toBe(410);

    const staff = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const staffLink = await admin.post<PasswordResetCreated>(`/api/users/${staff.id}/password-reset`);
    expect(staffLink.status).toBe(201);
    expect((await admin.post(`/api/users/${staff.id}/deactivate`)).status).toBe(200);
    const staffRes = await admin.post<ProblemDetails>(`/api/users/${staff.id}/password-reset`);
    expect(staffRes.status).toBe(409);
    expect(staffRes.body.title).toBe(STAFF_DISABLED);
    // Switched on again: the link made before the switch-off stays dead.
    expect((await admin.post(`/api/users/${staff.id}/activate`)).status).toBe(200);
    expect((await reset(tokenOf(staffLink.body))).status).toBe(410);
    expect((await login(staff.email, staff.password)).status).toBe(200);
  });

  it('denials: outside the caseload 404 (audited), other roles 403, no account 409, bad ids 400', async () => {
    const colleague = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id });
    const theirs = await createCase(t.db, { teamId: team.id, contactUserId: colleague.id, youthUserId: youthUser.id });
    const notMine = await km.post<ProblemDetails>(`/api/cases/${theirs.caseId}/password-reset`);
    expect(notMine.status).toBe(404);
    const denied = await t.db.query(`SELECT actor_user_id FROM audit_event WHERE action = 'password_reset.create' AND result = 'denied' AND object_id = $1`, [theirs.caseId]);
    expect(denied).toEqual([{ actor_user_id: kmUser.id }]);

    const teamleider = await loginAs(t, await createUser(t.db, 'teamleider', { teamId: team.id }));
    const youth = await loginAs(t, youthUser);
    expect((await teamleider.post(`/api/cases/${theirs.caseId}/password-reset`)).status).toBe(403);
    expect((await youth.post(`/api/cases/${theirs.caseId}/password-reset`)).status).toBe(403);
    expect((await admin.post(`/api/cases/${theirs.caseId}/password-reset`)).status).toBe(403);
    expect((await km.post(`/api/users/${colleague.id}/password-reset`)).status).toBe(403);
    expect((await teamleider.post(`/api/users/${colleague.id}/password-reset`)).status).toBe(403);
    expect((await youth.post(`/api/users/${colleague.id}/password-reset`)).status).toBe(403);
    expect((await anonymous().post(`/api/users/${colleague.id}/password-reset`)).status).toBe(401);

    const noAccount = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id });
    expect((await km.post(`/api/cases/${noAccount.caseId}/password-reset`)).status).toBe(409);
    // A jongere's link comes from the contact person, not from the beheerder.
    const viaAdmin = await admin.post<ProblemDetails>(`/api/users/${youthUser.id}/password-reset`);
    expect(viaAdmin.status).toBe(409);
    expect(viaAdmin.body.title).toBe(YOUTH_VIA_CASE);
    expect((await admin.post('/api/users/00000000-0000-4000-8000-000000000000/password-reset')).status).toBe(404);
    expect((await admin.post('/api/users/niet-een-id/password-reset')).status).toBe(400);
    expect((await km.post('/api/cases/niet-een-id/password-reset')).status).toBe(400);
    expect((await reset('onzin')).status).toBe(410);
    expect((await anonymous().post('/api/auth/password-reset', { token: '', password: NEW_PASSWORD })).status).toBe(400);
    const nothing: unknown[] = await t.db.query(`SELECT 1 FROM invitation WHERE user_id = ANY($1) AND purpose = 'password_reset'`, [[youthUser.id, colleague.id]]);
    expect(nothing).toEqual([]);
  });

  it('the beheerder makes a link for a staff member: sessions end, new password works, audited', async () => {
    const staff = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const session = await loginAs(t, staff);
    const first = await admin.post<PasswordResetCreated>(`/api/users/${staff.id}/password-reset`);
    const res = await admin.post<PasswordResetCreated>(`/api/users/${staff.id}/password-reset`);
    expect([first.status, res.status]).toEqual([201, 201]);
    // The page speaks to staff as "u": the preview says "staff", not which role.
    expect((await preview(tokenOf(res.body))).body).toEqual({ name: 'Test klantmanager', expiresAt: res.body.expiresAt, audience: 'staff' });
    const leader = await createUser(t.db, 'teamleider', { teamId: team.id });
    const leaderLink = await admin.post<PasswordResetCreated>(`/api/users/${leader.id}/password-reset`);
    expect((await preview(tokenOf(leaderLink.body))).body).toEqual({ name: 'Test teamleider', expiresAt: leaderLink.body.expiresAt, audience: 'staff' });
    expect((await reset(tokenOf(first.body))).status).toBe(410);
    expect((await session.get('/api/auth/session')).status).toBe(200);
    expect((await reset(tokenOf(res.body))).status).toBe(204);
    expect((await session.get('/api/auth/session')).status).toBe(401);
    expect((await login(staff.email, NEW_PASSWORD)).status).toBe(200);
    // The beheerder's own session is untouched.
    expect((await admin.get('/api/auth/session')).status).toBe(200);
    const audit = await t.db.query(
      `SELECT action, actor_user_id, actor_role, object_id FROM audit_event WHERE action LIKE 'account.password_reset.%' AND object_id = $1 ORDER BY id`,
      [staff.id],
    );
    expect(audit).toEqual([
      { action: 'account.password_reset.create', actor_user_id: adminUser.id, actor_role: 'beheerder', object_id: staff.id },
      { action: 'account.password_reset.create', actor_user_id: adminUser.id, actor_role: 'beheerder', object_id: staff.id },
      { action: 'account.password_reset.use', actor_user_id: staff.id, actor_role: 'klantmanager', object_id: staff.id },
    ]);
  });
});
