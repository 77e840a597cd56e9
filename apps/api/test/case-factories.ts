import type { DataSource } from 'typeorm';

export interface TestCase {
  caseId: string;
  youthId: string;
}

/** A jongere with a case, straight into the database (bypassing the API) for fast setup. */
export async function createCase(
  db: DataSource,
  options: {
    teamId: string;
    contactUserId: string;
    name?: string;
    dateOfBirth?: string;
    phase?: string;
    youthUserId?: string | null;
    lastContactAt?: string | null;
    nextEvaluationDate?: string | null;
    openUrgentObstacles?: number;
    timeoutUntil?: string | null;
    createdAt?: string;
  },
): Promise<TestCase> {
  const youth: { id: string }[] = await db.query(
    `INSERT INTO youth (team_id, user_id, name, date_of_birth) VALUES ($1, $2, $3, $4) RETURNING id`,
    [options.teamId, options.youthUserId ?? null, options.name ?? 'Test Jongere', options.dateOfBirth ?? '2005-06-15'],
  );
  const phase = options.phase ?? 'uitvoering';
  const rows: { id: string }[] = await db.query(
    `INSERT INTO youth_case (youth_id, team_id, contact_user_id, phase, last_contact_at, next_evaluation_date, open_urgent_obstacles,
                             phase_before_timeout, timeout_reason, timeout_until, closed_reason, closed_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
             CASE WHEN $4 = 'time_out' THEN 'uitvoering' END, CASE WHEN $4 = 'time_out' THEN 'Even rust' END, $8,
             CASE WHEN $4 = 'afgesloten' THEN 'Werk gevonden' END, CASE WHEN $4 = 'afgesloten' THEN now() END, coalesce($9::timestamptz, now()))
     RETURNING id`,
    [
      youth[0]!.id,
      options.teamId,
      options.contactUserId,
      phase,
      options.lastContactAt === undefined ? new Date().toISOString() : options.lastContactAt,
      options.nextEvaluationDate ?? null,
      options.openUrgentObstacles ?? 0,
      options.timeoutUntil ?? (phase === 'time_out' ? '2099-01-01' : null),
      options.createdAt ?? null,
    ],
  );
  await db.query(`INSERT INTO intake (case_id) VALUES ($1)`, [rows[0]!.id]);
  return { caseId: rows[0]!.id, youthId: youth[0]!.id };
}
