import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Runs all pending migrations, each in its own transaction. Returns the names of those that ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** Reverts the most recent migration. Returns false when there was nothing to revert. */
export async function revertLastMigration(url: string): Promise<boolean> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const before = await ds.query(`SELECT count(*)::int AS n FROM typeorm_migration`).catch(() => [{ n: 0 }]);
    if (!before[0].n) return false;
    await ds.undoLastMigration({ transaction: 'each' });
    return true;
  } finally {
    await ds.destroy();
  }
}
