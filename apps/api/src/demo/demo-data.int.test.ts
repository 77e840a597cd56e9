import type { CaseloadPage } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestDatabase, startTestApp, type TestApp } from '../../test/utils';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo-data';

describe('demo data', () => {
  let t: TestApp;
  let first: number;
  let second: number;
  beforeAll(async () => {
    const db = await createTestDatabase('demo');
    first = (await loadDemoData(db.url)).created;
    second = (await loadDemoData(db.url)).created;
    t = await startTestApp({}, db.url);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads once: a second load adds nothing', () => {
    expect(first).toBeGreaterThan(10);
    expect(second).toBe(0);
  });

  it('has a working login for every demo account', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await new ApiClient(t.baseUrl).login(account.email, DEMO_PASSWORD);
      expect(res.status, account.email).toBe(200);
      expect(res.body.user.role).toBe(account.role);
    }
  });

  it('gives the demo klantmanager realistic cases in different phases, with signals', async () => {
    const km = new ApiClient(t.baseUrl);
    await km.login('klantmanager@koers.demo', DEMO_PASSWORD);
    const page = await km.get<CaseloadPage>('/api/cases?limit=100');
    const phases = new Set(page.body.items.map((i) => i.phase));
    expect(phases.size).toBeGreaterThanOrEqual(5);
    const signals = new Set(page.body.items.flatMap((i) => i.signals.map((s) => s.kind)));
    expect([...signals]).toEqual(expect.arrayContaining(['urgent_obstakel', 'evaluatie_verlopen', 'geen_contact', 'leeftijdsgrens', 'time_out']));
    const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM youth y JOIN app_user u ON u.id = y.user_id WHERE u.email = 'jongere@koers.demo'`);
    expect(rows[0]!.n).toBe(1);
  });
});
