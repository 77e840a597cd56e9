import type { Consent, ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { untilBlockedOnLock } from '../../test/locks';
import { ApiClient, startTestApp, type TestApp } from '../../test/utils';

describe('review: withdrawing consent twice at the same moment (jongere and klantmanager)', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  const as = async (user: TestUser) => {
    const c = new ApiClient(t.baseUrl);
    expect((await c.login(user.email, user.password)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t.db);
    kmUser = await createUser(t.db, 'klantmanager', { teamId: team.id, name: 'Kim Klant' });
  });
  afterAll(() => t.close());

  it('the second withdrawal is a 409 and does not overwrite who withdrew it, nor audit a second withdrawal', async () => {
    const user = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Sara Test' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'intake', youthUserId: user.id });
    const youth = await as(user);
    const consent = (await youth.post<Consent>('/api/me/consents', { purpose: 'diversiteitsfactoren' })).body;

    // The klantmanager withdraws it at this very moment (through an older case of the jongere: another case lock).
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE consent SET withdrawn_at = now() - interval '1 minute', withdrawn_by = $2 WHERE id = $1`, [consent.id, kmUser.id]);
      const pending = youth.post<ProblemDetails>(`/api/me/consents/${consent.id}/withdraw`);
      await untilBlockedOnLock(t);
      await runner.commitTransaction();
      const res = await pending;

      expect(res.status).toBe(409);
      expect(res.body.title).toBe('Deze toestemming is al ingetrokken.');
      const stored: { withdrawn_by: string }[] = await t.db.query(`SELECT withdrawn_by FROM consent WHERE id = $1`, [consent.id]);
      expect(stored).toEqual([{ withdrawn_by: kmUser.id }]);
      expect(await t.db.query(`SELECT id FROM audit_event WHERE action = 'consent.withdraw' AND youth_id = $1 AND result = 'allowed'`, [c.youthId])).toEqual([]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
