import type { CaseDetail, InvitationCreated, MyPlan, ProblemDetails, SessionResponse } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createUser, type TestUser } from '../../test/factories';
import { ApiClient, type TestApp } from '../../test/utils';
import { setupStaffWorld } from '../../test/world';

describe('an invitation for the jongere of a case: after activation they land on their own plan', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const userIdOfYouth = async (youthId: string) => ((await t.db.query(`SELECT user_id FROM youth WHERE id = $1`, [youthId])) as { user_id: string | null }[])[0]!.user_id;
  const accountsWith = async (email: string) => ((await t.db.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as unknown[]).length;

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Klant' } }));
  });
  afterAll(() => t.close());

  it('links the new account to the jongere of the case (audited); activation leads to Mijn plan of that case', async () => {
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'aanmelding', name: 'Ilias Test' });
    const inv = await km.post<InvitationCreated>('/api/invitations', { name: 'Ilias', email: 'ilias@test.koers', caseId: c.caseId });
    expect(inv.status).toBe(201);
    const userId = await userIdOfYouth(c.youthId);
    expect(userId).toBeTruthy();
    const audit = await t.db.query(`SELECT actor_user_id, result, case_id FROM audit_event WHERE action = 'youth.account.link' AND youth_id = $1`, [c.youthId]);
    expect(audit).toEqual([{ actor_user_id: kmUser.id, result: 'allowed', case_id: c.caseId }]);
    expect((await km.get<CaseDetail>(`/api/cases/${c.caseId}`)).body.youth.hasAccount).toBe(true);

    const youth = new ApiClient(t.baseUrl);
    const token = inv.body.activationUrl.split('#')[1]!;
    const activated = await youth.post<SessionResponse>('/api/auth/activation', { token, password: 'mijn fiets is groen' });
    expect(activated.status).toBe(200);
    expect(activated.body.user.id).toBe(userId);
    const plan = await youth.get<MyPlan>('/api/me/plan');
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ caseId: c.caseId, youthName: 'Ilias Test', current: null, proposed: null, concept: null, contactPerson: { name: 'Kim Klant' } });
  });

  it('refuses a case the klantmanager may not change (404) and a jongere who already has an account (409), creating no account', async () => {
    const colleague = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const theirs = await createCase(t.db, { teamId: team.id, contactUserId: colleague.id });
    const notMine = await km.post<ProblemDetails>('/api/invitations', { name: 'Eva', email: 'eva@test.koers', caseId: theirs.caseId });
    expect(notMine.status).toBe(404);
    expect(await accountsWith('eva@test.koers')).toBe(0);
    expect(await userIdOfYouth(theirs.youthId)).toBeNull();

    const existing = await createUser(t.db, 'jongere', { teamId: team.id });
    const linked = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, youthUserId: existing.id });
    const twice = await km.post<ProblemDetails>('/api/invitations', { name: 'Bram', email: 'bram@test.koers', caseId: linked.caseId });
    expect(twice.status).toBe(409);
    expect(twice.body.title).toBe('Deze jongere heeft al een account.');
    expect(await accountsWith('bram@test.koers')).toBe(0);
    expect(await userIdOfYouth(linked.youthId)).toBe(existing.id);

    expect((await km.post('/api/invitations', { name: 'Bram', email: 'bram@test.koers', caseId: 'geen-uuid' })).status).toBe(400);
  });
});
