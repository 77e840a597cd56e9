import { createDatabase, dropDatabase, newTestDatabaseName, startTestPostgres, type TestPostgres } from '@koers/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, startApp } from '../e2e/support/app-process';

/**
 * The reads that grow with use, on a large database: 100,000 cases in 40 teams (~3,000 of them in the
 * demo team), 1,000,000 audit events (3,000 about the demo jongere), ~57,000 handovers, 100,000
 * contact moments, plans for one in ten cases, and a long plan history for the demo jongere
 * (12 plan versions, ~250 goals, ~1,200 steps, 600 comments, 400 proposals).
 * Targets (p95 over repeated requests, through HTTP on this machine) per read, in TARGETS below;
 * BENCH_TARGET_MS overrides them all. BENCH_CASES and BENCH_AUDIT_EVENTS scale the data.
 * At the end: no measured read may have scanned a large table sequentially.
 */
const TOTAL_CASES = Number(process.env.BENCH_CASES ?? 100_000);
const AUDIT_EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const OWN_AUDIT_EVENTS = 3_000;
const PLAN_VERSIONS = 12;
const RUNS = 40;
const WARM_UP = 2;
/**
 * p95 targets per read, about 5× what a quiet 2-core machine measured (access-log first/deep page 14/8 ms,
 * Mijn plan 20, team handovers 18, completed 11, without contact 4, case 9, case plan 17), with a floor
 * of 50 ms: with other work on the same 2 cores the p95s were 2–4× higher.
 */
const TARGETS: Record<string, number> = {
  'access log first page': 50,
  'access log deep page': 50,
  'mijn plan': 100,
  'team handovers': 100,
  'team completed': 60,
  'team no contact': 50,
  'case page': 50,
  'case plan': 100,
};
const targetFor = (label: string): number => Number(process.env.BENCH_TARGET_MS ?? TARGETS[label]);
/** A table this large that a measured read scanned sequentially is a missing index. */
const LARGE_TABLE_ROWS = 10_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface SeqScanStats {
  relname: string;
  n_live_tup: number;
  seq_tup_read: number;
}

async function seqScanStats(db: Client): Promise<Map<string, SeqScanStats>> {
  const r = await db.query<SeqScanStats>(`SELECT relname, n_live_tup::int, seq_tup_read::bigint::float8 AS seq_tup_read FROM pg_stat_user_tables`);
  return new Map(r.rows.map((row) => [row.relname, row]));
}

describe(`growing reads with ${TOTAL_CASES} cases and ${AUDIT_EVENTS} audit events`, () => {
  let server: TestPostgres;
  let name: string;
  let url: string;
  let app: AppProcess;
  const cookies: Record<'jongere' | 'klantmanager' | 'teamleider', string> = { jongere: '', klantmanager: '', teamleider: '' };
  let caseId: string;
  let deepCursor: string;
  let statsBefore: Map<string, SeqScanStats>;
  const summary: { label: string; p50: number; p95: number; target: number; items: number }[] = [];

  beforeAll(async () => {
    const started = performance.now();
    server = await startTestPostgres();
    name = newTestDatabaseName('bench_growing');
    url = await createDatabase(server, name);
    // The app migrates the empty database on start; demo data gives us known logins and Noa's case.
    app = await startApp({ DATABASE_URL: url, DEMO_DATA: 'true' });
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const demo = await db.query<{ km_id: string; team_id: string; youth_id: string; case_id: string; pv_id: string }>(
        `SELECT km.id AS km_id, km.team_id, y.id AS youth_id, c.id AS case_id, pv.id AS pv_id
           FROM app_user km, app_user j JOIN youth y ON y.user_id = j.id JOIN youth_case c ON c.youth_id = y.id
           JOIN plan_version pv ON pv.case_id = c.id AND pv.status = 'vastgesteld'
          WHERE km.email = 'klantmanager@koers.demo' AND j.email = 'jongere@koers.demo'`,
      );
      const { km_id: kmId, team_id: teamId, youth_id: youthId, pv_id: currentVersionId } = demo.rows[0]!;
      caseId = demo.rows[0]!.case_id;

      // Teams and klantmanagers: the first 10 bench klantmanagers are in the demo team, the rest spread over 40 teams.
      await db.query(`INSERT INTO team (name) SELECT 'Benchteam ' || g FROM generate_series(1, 40) g`);
      await db.query(
        `INSERT INTO app_user (name, email, role, team_id, password_hash)
         SELECT 'Klantmanager ' || g, 'km' || g || '@bench.koers', 'klantmanager',
                CASE WHEN g <= 10 THEN $1::uuid ELSE (SELECT id FROM team WHERE name = 'Benchteam ' || (1 + g % 40)) END, NULL
           FROM generate_series(1, 330) g`,
        [teamId],
      );
      // Cases: every 50th without contact person (dated), the rest with a bench klantmanager of its team.
      await db.query(
        `WITH k AS (SELECT id, team_id, row_number() OVER (ORDER BY email) AS n FROM app_user WHERE email LIKE '%@bench.koers'),
              y AS (
                INSERT INTO youth (team_id, name, date_of_birth)
                SELECT (SELECT team_id FROM k WHERE n = 1 + g % 330),
                       (ARRAY['Sara','Mo','Noa','Daan','Lina','Sem','Aya','Milan','Fatima','Jesse'])[1 + g % 10] || ' ' ||
                       (ARRAY['de Vries','Jansen','El Amrani','Bakker','Yilmaz','Visser','Smit','Bos'])[1 + g % 8] || ' ' || g,
                       date '2000-01-01' + (g % 3650)
                  FROM generate_series(1, $1::int) g
                RETURNING id, team_id, (regexp_match(name, '(\\d+)$'))[1]::int AS g)
         INSERT INTO youth_case (youth_id, team_id, contact_user_id, without_contact_since, phase, last_contact_at, next_evaluation_date, created_at)
         SELECT y.id, y.team_id,
                CASE WHEN y.g % 50 <> 0 THEN (SELECT id FROM k WHERE n = 1 + y.g % 330) END,
                CASE WHEN y.g % 50 = 0 THEN now() - make_interval(hours => y.g % 500) END,
                (ARRAY['aanmelding','intake','plan','uitvoering','uitvoering','nazorg'])[1 + y.g % 6],
                now() - make_interval(days => y.g % 60), current_date + (y.g % 90) - 30, now() - make_interval(days => 100 + y.g % 700)
           FROM y`,
        [TOTAL_CASES],
      );
      // A numbered view of the bench cases, for the set-based inserts below.
      await db.query(
        `CREATE TEMP TABLE bc AS
         SELECT c.id, c.youth_id, c.team_id, c.contact_user_id, row_number() OVER (ORDER BY c.id)::int AS g
           FROM youth_case c JOIN youth y ON y.id = c.youth_id WHERE y.name ~ ' \\d+$'`,
      );
      await db.query(`CREATE TEMP TABLE bk AS SELECT id, team_id, row_number() OVER (ORDER BY id)::int AS n FROM app_user WHERE email LIKE '%@bench.koers'`);
      await db.query(`ANALYZE bc; ANALYZE bk`);

      // Handovers: per case at most one open one (every 10th), completed ones over two years (every 4th), aborted ones (every 4th + 1).
      await db.query(
        `INSERT INTO handover (case_id, team_id, kind, status, from_user_id, to_user_id, accepted_at, reason, planned_switch_date,
                               switched_at, warmth, cold_reason, aborted_at, abort_reason, created_at)
         SELECT bc.id, bc.team_id, 'gepland', s.status, bc.contact_user_id, s.to_user,
                CASE WHEN s.status = 'overgedragen' THEN now() - make_interval(days => bc.g % 730 + 20) END,
                'Werkverdeling', current_date + (bc.g % 60) - 10,
                CASE WHEN s.status = 'overgedragen' THEN now() - make_interval(days => bc.g % 730, mins => bc.g % 1440) END,
                CASE WHEN s.status = 'overgedragen' THEN (CASE WHEN bc.g % 3 = 0 THEN 'koud' ELSE 'warm' END) END,
                CASE WHEN s.status = 'overgedragen' AND bc.g % 3 = 0 THEN 'Geen kennismaking gelukt' END,
                CASE WHEN s.status = 'afgebroken' THEN now() - make_interval(days => bc.g % 700) END,
                CASE WHEN s.status = 'afgebroken' THEN 'Niet meer nodig' END,
                now() - make_interval(days => bc.g % 730 + 30)
           FROM bc
           JOIN LATERAL (SELECT (SELECT id FROM bk WHERE bk.team_id = bc.team_id AND bk.id <> bc.contact_user_id ORDER BY bk.n LIMIT 1) AS to_user,
                                CASE WHEN bc.g % 10 = 2 THEN (ARRAY['voorgesteld','aangekondigd','kennismaking','overdrachtsnotitie'])[1 + bc.g % 4]
                                     WHEN bc.g % 4 = 0 THEN 'overgedragen' WHEN bc.g % 4 = 1 THEN 'afgebroken' END AS status) s ON true
          WHERE s.status IS NOT NULL AND bc.contact_user_id IS NOT NULL`,
      );
      // The handovers' uitval side: every case without contact person has one open 'uitval' handover.
      await db.query(
        `INSERT INTO handover (case_id, team_id, kind, reason)
         SELECT bc.id, bc.team_id, 'uitval', 'Dit traject had geen contactpersoon.' FROM bc WHERE bc.contact_user_id IS NULL`,
      );
      // Contact moments: one per case, every fifth one internal.
      await db.query(
        `INSERT INTO contact_moment (case_id, occurred_at, kind, note, internal, user_id)
         SELECT bc.id, now() - make_interval(days => bc.g % 90), 'phone', 'Gebeld over de voortgang', bc.g % 5 = 0,
                coalesce(bc.contact_user_id, $1::uuid)
           FROM bc`,
        [kmId],
      );
      // Plans for one in ten cases: one established version, three goals with two steps each, two comments and a proposal.
      await db.query(
        `INSERT INTO plan_version (case_id, number, status, established_at, evaluation_date)
         SELECT bc.id, 1, 'vastgesteld', now() - make_interval(days => bc.g % 300), current_date + bc.g % 120 FROM bc WHERE bc.g % 10 = 0`,
      );
      await db.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, priority, author_user_id, author_role)
         SELECT pv.id, pv.case_id, gen_random_uuid(), 'Doel ' || i, i, $1::uuid, 'klantmanager'
           FROM plan_version pv JOIN bc ON bc.id = pv.case_id, generate_series(1, 3) i`,
        [kmId],
      );
      await db.query(
        `INSERT INTO step (goal_id, case_id, text, owner_kind, position, author_user_id, author_role)
         SELECT g.id, g.case_id, 'Stap ' || i, 'jongere', i, $1::uuid, 'klantmanager'
           FROM goal g JOIN bc ON bc.id = g.case_id, generate_series(1, 2) i`,
        [kmId],
      );
      await db.query(
        `INSERT INTO goal_comment (case_id, goal_lineage_id, text, author_user_id, author_role)
         SELECT g.case_id, g.lineage_id, 'Opmerking ' || i, $1::uuid, 'klantmanager'
           FROM goal g JOIN bc ON bc.id = g.case_id, generate_series(1, 2) i WHERE g.priority = 1`,
        [kmId],
      );
      await db.query(
        `INSERT INTO plan_proposal (case_id, plan_version_id, kind, text, status, author_user_id, author_role)
         SELECT pv.case_id, pv.id, 'nieuw_doel', 'Ik wil ook rijles', 'besproken', $1::uuid, 'klantmanager'
           FROM plan_version pv JOIN bc ON bc.id = pv.case_id`,
        [kmId],
      );

      // Noa's long history: eleven replaced versions before the current one, each with 20 goals of 5 steps;
      // 20 more goals of 5 steps in the current one; 600 comments on them and 400 proposals.
      await db.query(`UPDATE plan_version SET number = $2 WHERE id = $1`, [currentVersionId, PLAN_VERSIONS]);
      await db.query(
        `INSERT INTO plan_version (case_id, number, status, established_at, evaluation_date, created_at)
         SELECT $1, n, 'vervangen', now() - make_interval(days => 400 - n * 30), current_date - 400 + n * 30, now() - make_interval(days => 410 - n * 30)
           FROM generate_series(1, $2::int - 1) n`,
        [caseId, PLAN_VERSIONS],
      );
      await db.query(
        `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, description, priority, status, author_user_id, author_role)
         SELECT pv.id, $1, md5($3 || i)::uuid, 'Langlopend doel ' || i, 'Wat ik wil bereiken met doel ' || i, 100 + i,
                (ARRAY['open','bezig','behaald'])[1 + i % 3], $2::uuid, 'klantmanager'
           FROM plan_version pv, generate_series(1, 20) i WHERE pv.case_id = $1`,
        [caseId, kmId, caseId],
      );
      await db.query(
        `INSERT INTO step (goal_id, case_id, text, owner_kind, position, done_at, author_user_id, author_role)
         SELECT g.id, $1, 'Stap ' || i || ' van ' || g.title, (ARRAY['jongere','klantmanager'])[1 + i % 2], 10 + i,
                CASE WHEN i % 2 = 0 THEN now() END, $2::uuid, 'klantmanager'
           FROM goal g, generate_series(1, 5) i WHERE g.case_id = $1 AND g.title LIKE 'Langlopend doel %'`,
        [caseId, kmId],
      );
      await db.query(
        `INSERT INTO goal_comment (case_id, goal_lineage_id, text, author_user_id, author_role, created_at)
         SELECT $1, md5($3 || (1 + i % 20))::uuid, 'Opmerking ' || i, CASE WHEN i % 2 = 0 THEN j.id ELSE $2::uuid END,
                CASE WHEN i % 2 = 0 THEN 'jongere' ELSE 'klantmanager' END, now() - make_interval(hours => i)
           FROM generate_series(1, 600) i, (SELECT id FROM app_user WHERE email = 'jongere@koers.demo') j`,
        [caseId, kmId, caseId],
      );
      await db.query(
        `INSERT INTO plan_proposal (case_id, plan_version_id, kind, text, status, reply, author_user_id, author_role, created_at, decided_at, decided_by)
         SELECT $1, pv.id, 'nieuw_doel', 'Voorstel ' || i, s.status, CASE WHEN s.status = 'besproken' THEN 'Besproken in het gesprek' END,
                j.id, 'jongere', now() - make_interval(hours => i), CASE WHEN s.status <> 'open' THEN now() END, CASE WHEN s.status <> 'open' THEN $2::uuid END
           FROM generate_series(1, 400) i, (SELECT id FROM app_user WHERE email = 'jongere@koers.demo') j,
                LATERAL (SELECT CASE WHEN i <= 5 THEN 'open' ELSE 'besproken' END AS status) s,
                LATERAL (SELECT id FROM plan_version WHERE case_id = $1 AND number = 1 + i % $3::int) pv`,
        [caseId, kmId, PLAN_VERSIONS],
      );

      // The audit trail: reads and writes by the bench klantmanagers on all bench jongeren, and 3,000 about Noa
      // (one in ten on a contact moment, so the "internal contact moment" filter has work to do).
      await db.query(
        `INSERT INTO audit_event (at, actor_user_id, actor_role, action, object_type, object_id, youth_id, case_id, result)
         SELECT now() - make_interval(secs => s.n * 7), bk.id, 'klantmanager', (ARRAY['case.read','plan.read','intake.read','plan.update'])[1 + s.n % 4],
                'case', bc.id::text, bc.youth_id, bc.id, CASE WHEN s.n % 50 = 0 THEN 'denied' ELSE 'allowed' END
           FROM generate_series(1, $1::int) s(n)
           JOIN bc ON bc.g = 1 + (s.n::bigint * 7919) % (SELECT count(*) FROM bc)
           JOIN bk ON bk.n = 1 + s.n % 330`,
        [AUDIT_EVENTS - OWN_AUDIT_EVENTS],
      );
      await db.query(
        `INSERT INTO audit_event (at, actor_user_id, actor_role, action, object_type, object_id, youth_id, case_id, result)
         SELECT now() - make_interval(mins => g * 13), CASE WHEN g % 7 = 0 THEN NULL ELSE $3::uuid END, CASE WHEN g % 7 = 0 THEN NULL ELSE 'klantmanager' END,
                CASE WHEN g % 10 = 0 THEN 'contact.read' ELSE (ARRAY['case.read','plan.read','intake.read','plan.update'])[1 + g % 4] END,
                CASE WHEN g % 10 = 0 THEN 'contact_moment' ELSE 'case' END,
                CASE WHEN g % 10 = 0 THEN (SELECT id::text FROM contact_moment WHERE case_id = $2 ORDER BY occurred_at LIMIT 1) ELSE $5 END,
                $1, $2, 'allowed'
           FROM generate_series(1, $4::int) g`,
        [youthId, caseId, kmId, OWN_AUDIT_EVENTS, caseId],
      );
      await db.query('ANALYZE');
      const deep = await db.query<{ at_key: string; id: string }>(
        `SELECT at::text AS at_key, id::text FROM audit_event WHERE youth_id = $1 ORDER BY at DESC, id DESC OFFSET $2 LIMIT 1`,
        [youthId, Math.floor(OWN_AUDIT_EVENTS * 0.8)],
      );
      deepCursor = Buffer.from(JSON.stringify([deep.rows[0]!.at_key, deep.rows[0]!.id])).toString('base64url');
    } finally {
      await db.end();
    }
    // The setup's own scans are reported when its connection ends; count from after that.
    await new Promise((r) => setTimeout(r, 500));
    const stats = new Client({ connectionString: url });
    await stats.connect();
    statsBefore = await seqScanStats(stats);
    await stats.end();
    for (const role of ['jongere', 'klantmanager', 'teamleider'] as const) {
      const login = await fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${role}@koers.demo`, password: 'koers-demo-wachtwoord' }),
      });
      expect(login.status).toBe(200);
      cookies[role] = login.headers.getSetCookie()[0]!.split(';')[0]!;
    }
    console.log(`growing reads: data ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  afterAll(async () => {
    if (summary.length) {
      const rows = summary.map((s) => `${s.label.padEnd(22)} ${s.p50.toFixed(1).padStart(7)} ${s.p95.toFixed(1).padStart(7)} ${String(s.target).padStart(7)} ${String(s.items).padStart(6)}`);
      console.log(['growing reads (ms)         p50     p95  target   rows', ...rows].join('\n'));
    }
    await app?.stop('SIGTERM');
    await dropDatabase(server, name);
    await server.stop();
  });

  async function measure(cookie: string, path: string, count: (body: unknown) => number): Promise<{ p50: number; p95: number; items: number }> {
    let items = 0;
    const times: number[] = [];
    // Two unmeasured requests first: the first call of a route pays for cold caches and prepared code paths.
    for (let i = 0; i < WARM_UP; i++) await (await fetch(`${app.url}${path}`, { headers: { cookie } })).arrayBuffer();
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const res = await fetch(`${app.url}${path}`, { headers: { cookie } });
      const body: unknown = await res.json();
      times.push(performance.now() - start);
      expect(res.status, JSON.stringify(body)).toBe(200);
      items = count(body);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), items };
  }

  const pageItems = (body: unknown) => (body as { items: unknown[] }).items.length;
  const planGoals = (body: unknown) => {
    const b = body as { current?: { goals?: unknown[] } | null; goals?: unknown[]; plan?: { goals?: unknown[] } | null };
    return (b.current?.goals ?? b.plan?.goals ?? b.goals ?? []).length;
  };

  const reads: [label: string, role: keyof typeof cookies, path: () => string, count: (body: unknown) => number][] = [
    ['access log first page', 'jongere', () => '/api/me/access-log?limit=25', pageItems],
    ['access log deep page', 'jongere', () => `/api/me/access-log?limit=25&cursor=${deepCursor}`, pageItems],
    ['mijn plan', 'jongere', () => '/api/me/plan', planGoals],
    ['team handovers', 'teamleider', () => '/api/team/handovers?limit=25', pageItems],
    ['team completed', 'teamleider', () => '/api/team/handovers/completed?limit=25', pageItems],
    ['team no contact', 'teamleider', () => '/api/team/cases-without-contact?limit=25', pageItems],
    ['case page', 'klantmanager', () => `/api/cases/${caseId}`, () => 1],
    ['case plan', 'klantmanager', () => `/api/cases/${caseId}/plan`, planGoals],
  ];

  for (const [label, role, path, count] of reads) {
    it(`${label}: p95 under ${targetFor(label)} ms`, async () => {
      const r = await measure(cookies[role], path(), count);
      const target = targetFor(label);
      summary.push({ label, ...r, target });
      console.log(`growing ${label.padEnd(22)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  (${r.items} rows)`);
      expect(r.items).toBeGreaterThan(0);
      expect(r.p95).toBeLessThan(target);
    });
  }

  it('no measured read scanned a large table sequentially', async () => {
    // A backend reports its table statistics when it ends: stop the app first.
    await app.stop('SIGTERM');
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      const after = await seqScanStats(db);
      const scanned = [...after.values()]
        .filter((t) => t.n_live_tup >= LARGE_TABLE_ROWS && t.seq_tup_read - (statsBefore.get(t.relname)?.seq_tup_read ?? 0) >= t.n_live_tup)
        .map((t) => `${t.relname} (${t.n_live_tup} rows, ${t.seq_tup_read - (statsBefore.get(t.relname)?.seq_tup_read ?? 0)} read sequentially)`);
      if (scanned.length) console.log(`growing reads: sequential scans on ${scanned.join(', ')}`);
      expect(scanned).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
