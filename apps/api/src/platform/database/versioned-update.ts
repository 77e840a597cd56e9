import type { EntityManager } from 'typeorm';
import { DomainException } from '../errors/domain.exception';

type Queryable = Pick<EntityManager, 'query'>;

/**
 * Optimistic concurrency for records that two people edit. TypeORM's @VersionColumn does not stop
 * lost updates on save(), so every versioned write is one conditional statement:
 *   UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2 RETURNING …
 * No row back means someone else saved first (or the record is gone): answer 409 with the current
 * state, so the user can see what changed and decide. Nothing is silently overwritten.
 */
export async function updateVersioned<Row>(
  runner: Queryable,
  sql: string,
  params: unknown[],
  current: () => Promise<unknown>,
  title = 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
): Promise<Row> {
  if (!/\bversion\s*=\s*version\s*\+\s*1\b/i.test(sql) || !/\bversion\s*=\s*\$\d+/i.test(sql) || !/\bRETURNING\b/i.test(sql)) {
    throw new Error('updateVersioned needs "SET version = version + 1", "WHERE … version = $n" and RETURNING');
  }
  const result: unknown = await runner.query(sql, params);
  // pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query().
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Row[];
  if (rows.length === 1) return rows[0]!;
  const now = await current();
  if (now === null || now === undefined) throw DomainException.notFound();
  throw DomainException.conflict(title, now);
}
