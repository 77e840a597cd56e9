import { createDatabase, dropDatabase, newTestDatabaseName, startTestPostgres, type TestPostgres } from '@koers/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../e2e/support/app-process';

/**
 * Caseload speed with a realistic large database: 100,000 cases in 40 teams, one klantmanager with a
 * caseload of 300. Targets (p95 over repeated requests, through HTTP on this machine):
 * caseload page < 150 ms, name search < 150 ms, signal filter < 150 ms.
 */
const TOTAL_CASES = Number(process.env.BENCH_CASES ?? 100_000);
const TARGET_P95_MS = Number(process.env.BENCH_TARGET_MS ?? 150);
const RUNS = 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe(`caseload with ${TOTAL_CASES} cases`, () => {
  let server: TestPostgres;
  let name: string;
  let app: AppProcess;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestPostgres();
    name = newTestDatabaseName('bench');
    const url = await createDatabase(server, name);
    // The app migrates the empty database on start; demo data gives us a known klantmanager login.
    app = await startApp({ DATABASE_URL: url, DEMO_DATA: 'true' });
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await db.query(`INSERT INTO team (name) SELECT 'Benchteam ' || g FROM generate_series(1, 40) g`);
      await db.query(`
        INSERT INTO app_user (name, email, role, team_id, password_hash)
        SELECT 'Klantmanager ' || g, 'km' || g || '@bench.koers', 'klantmanager',
               (SELECT id FROM team WHERE name = 'Benchteam ' || (1 + g % 40)), NULL
          FROM generate_series(1, 330) g`);
      const km = await db.query<{ id: string; team_id: string }>(`SELECT id, team_id FROM app_user WHERE email = 'klantmanager@koers.demo'`);
      // Everyone's cases, spread over the bench klantmanagers; 300 of them for the demo klantmanager.
      await db.query(
        `WITH k AS (SELECT id, team_id, row_number() OVER (ORDER BY id) AS n FROM app_user WHERE email LIKE '%@bench.koers'),
              y AS (
                INSERT INTO youth (team_id, name, date_of_birth)
                SELECT CASE WHEN g <= 300 THEN $2::uuid ELSE (SELECT team_id FROM k WHERE n = 1 + g % 330) END,
                       (ARRAY['Sara','Mo','Noa','Daan','Lina','Sem','Aya','Milan','Fatima','Jesse'])[1 + g % 10] || ' ' ||
                       (ARRAY['de Vries','Jansen','El Amrani','Bakker','Yilmaz','Visser','Smit','Bos'])[1 + g % 8] || ' ' || g,
                       date '2000-01-01' + (g % 3650)
                  FROM generate_series(1, $3::int) g
                RETURNING id, team_id, (regexp_match(name, '(\\d+)$'))[1]::int AS g)
         INSERT INTO youth_case (youth_id, team_id, contact_user_id, phase, last_contact_at, next_evaluation_date, open_urgent_obstacles,
                                 phase_before_timeout, timeout_reason, timeout_until, closed_reason, closed_at)
         SELECT y.id, y.team_id,
                CASE WHEN y.g <= 300 THEN $1::uuid ELSE (SELECT id FROM k WHERE n = 1 + y.g % 330) END,
                (ARRAY['aanmelding','intake','plan','uitvoering','uitvoering','nazorg','afgesloten','time_out'])[1 + y.g % 8],
                now() - make_interval(days => y.g % 60), current_date + (y.g % 90) - 30, (y.g % 11 = 0)::int,
                CASE WHEN y.g % 8 = 7 THEN 'uitvoering' END, CASE WHEN y.g % 8 = 7 THEN 'Pauze' END, CASE WHEN y.g % 8 = 7 THEN current_date + 10 END,
                CASE WHEN y.g % 8 = 6 THEN 'Werk gevonden' END, CASE WHEN y.g % 8 = 6 THEN now() END
           FROM y`,
        [km.rows[0]!.id, km.rows[0]!.team_id, TOTAL_CASES],
      );
      await db.query('ANALYZE');
    } finally {
      await db.end();
    }
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'klantmanager@koers.demo', password: 'koers-demo-wachtwoord' }),
    });
    expect(login.status).toBe(200);
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  });

  afterAll(async () => {
    await app?.stop('SIGTERM');
    await dropDatabase(server, name);
    await server.stop();
  });

  async function measure(path: string): Promise<{ p50: number; p95: number; items: number }> {
    let items = 0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
      const body = (await res.json()) as { items: unknown[] };
      times.push(performance.now() - start);
      expect(res.status).toBe(200);
      items = body.items.length;
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), items };
  }

  for (const [label, path] of [
    ['first page', '/api/cases?limit=25'],
    ['name search', '/api/cases?q=noa&limit=25'],
    ['signal filter', '/api/cases?signal=geen_contact&limit=25'],
    ['phase filter', '/api/cases?phase=uitvoering&limit=25'],
  ] as const) {
    it(`${label}: p95 under ${TARGET_P95_MS} ms`, async () => {
      const r = await measure(path);
      console.log(`caseload ${label.padEnd(14)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  (${r.items} rows)`);
      expect(r.items).toBeGreaterThan(0);
      expect(r.p95).toBeLessThan(TARGET_P95_MS);
    });
  }
});
