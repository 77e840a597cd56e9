import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/utils';
import { ACCESS_LOG_SELECT, ACCESS_LOG_VISIBLE } from '../../inzage/inzage.queries';

/**
 * Migration 1765010000000: the access log's "not about an internal contact moment" check looks the
 * moment up by its id as text. Without an index for that, every access-log page scanned all contact moments.
 */
describe('index for the access log on internal contact moments', () => {
  let db: Client;
  let drop: () => Promise<void>;
  let youthId: string;

  beforeAll(async () => {
    const created = await createTestDatabase('internal_contact_index');
    drop = created.drop;
    db = new Client({ connectionString: created.url });
    await db.connect();
    const team = await db.query<{ id: string }>(`INSERT INTO team (name) VALUES ('Indexteam') RETURNING id`);
    const user = await db.query<{ id: string }>(
      `INSERT INTO app_user (name, email, role, team_id) VALUES ('Karim', 'km@index.test', 'klantmanager', $1) RETURNING id`,
      [team.rows[0]!.id],
    );
    const youth = await db.query<{ id: string }>(`INSERT INTO youth (team_id, name, date_of_birth) VALUES ($1, 'Noa', '2006-01-01') RETURNING id`, [team.rows[0]!.id]);
    youthId = youth.rows[0]!.id;
    // Many cases with contact moments (one in ten internal), and one jongere's audit trail of 3,000 records, one in ten about a contact moment.
    await db.query(
      `WITH c AS (
         INSERT INTO youth_case (youth_id, team_id, contact_user_id) SELECT $1, $2, $3 FROM generate_series(1, 2000) RETURNING id)
       INSERT INTO contact_moment (case_id, occurred_at, kind, internal, user_id)
       SELECT c.id, now() - make_interval(days => i), 'phone', i % 10 = 0, $3 FROM c, generate_series(1, 20) i`,
      [youthId, team.rows[0]!.id, user.rows[0]!.id],
    );
    await db.query(
      `INSERT INTO audit_event (at, actor_user_id, actor_role, action, object_type, object_id, youth_id, result)
       SELECT now() - make_interval(mins => n::int), $2, 'klantmanager',
              CASE WHEN n % 10 = 0 THEN 'contact.read' ELSE 'case.read' END, CASE WHEN n % 10 = 0 THEN 'contact_moment' ELSE 'case' END,
              CASE WHEN n % 10 = 0 THEN cm.id::text END, $1, 'allowed'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contact_moment) cm WHERE cm.n <= 3000`,
      [youthId, user.rows[0]!.id],
    );
    await db.query('ANALYZE');
  });

  afterAll(async () => {
    await db?.end();
    await drop?.();
  });

  it('exists after the migrations ran', async () => {
    const r = await db.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'contact_moment_internal_id_text_idx'`);
    expect(r.rows[0]?.indexdef).toMatch(/\(\(id\)::text\)\) WHERE internal/);
  });

  it('serves the access-log page instead of a scan of all contact moments', async () => {
    const sql = `${ACCESS_LOG_SELECT} WHERE a.youth_id = $1 AND a.result = 'allowed' AND ${ACCESS_LOG_VISIBLE} ORDER BY a.at DESC, a.id DESC LIMIT 26`;
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [youthId])).rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('contact_moment_internal_id_text_idx');
    expect(plan).not.toMatch(/Seq Scan on contact_moment/);
    // And it still hides what it must: only the non-internal moments are listed.
    const rows = await db.query<{ id: string }>(sql.replace('LIMIT 26', ''), [youthId]);
    const internal = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event a JOIN contact_moment cm ON cm.id::text = a.object_id WHERE a.youth_id = $1 AND cm.internal`,
      [youthId],
    );
    expect(internal.rows[0]!.n).toBeGreaterThan(0);
    expect(rows.rows).toHaveLength(3000 - internal.rows[0]!.n);
  });
});
