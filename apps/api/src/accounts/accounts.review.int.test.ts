import type { ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { untilBlockedOnLock } from '../../test/locks';
import { ApiClient, startTestApp, type TestApp } from '../../test/utils';


describe('review: an invitation linked to a case, when the jongere gets an account at the same moment', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.db);
    kmUser = await createUser(t.db, 'klantmanager', { teamId: team.id, name: 'Kim Klant' });
    km = new ApiClient(t.baseUrl);
    expect((await km.login(kmUser.email, kmUser.password)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('refuses (409) instead of creating an unlinked jongere account while the audit says "linked"', async () => {
    // The jongere has an older, closed case too: linking through that one does not lock this case's row.
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'intake', name: 'Ilias Test' });
    await t.db.query(
      `INSERT INTO youth_case (youth_id, team_id, contact_user_id, phase, closed_reason, closed_at, created_at)
       VALUES ($1, $2, $3, 'afgesloten', 'Werk gevonden', now(), now() - interval '1 year')`,
      [c.youthId, team.id, kmUser.id],
    );
    const other = await createUser(t.db, 'jongere', { teamId: team.id, email: 'ilias-eerder@test.koers' });

    // Someone else links the jongere at this very moment (not yet committed).
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE youth SET user_id = $2 WHERE id = $1`, [c.youthId, other.id]);
      const pending = km.post<ProblemDetails>('/api/invitations', { name: 'Ilias', email: 'ilias-nieuw@test.koers', caseId: c.caseId });
      await untilBlockedOnLock(t);
      await runner.commitTransaction();
      const res = await pending;

      expect(res.status).toBe(409);
      expect(res.body.title).toBe('Deze jongere heeft al een account.');
      // Nothing half-done: no second jongere account, no invitation, no "linked" audit record.
      expect(await t.db.query(`SELECT id FROM app_user WHERE email = 'ilias-nieuw@test.koers'`)).toEqual([]);
      expect(await t.db.query(`SELECT id FROM audit_event WHERE action = 'youth.account.link' AND youth_id = $1`, [c.youthId])).toEqual([]);
      expect(((await t.db.query(`SELECT user_id FROM youth WHERE id = $1`, [c.youthId])) as { user_id: string }[])[0]!.user_id).toBe(other.id);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
