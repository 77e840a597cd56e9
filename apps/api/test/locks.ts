import type { TestApp } from './utils';

/**
 * Waits until another connection of this test database waits for a row lock: the API request a test
 * started while its own transaction holds the row. For tests of what happens when two writers meet.
 */
export async function untilBlockedOnLock(t: TestApp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the request never waited for the lock');
}
