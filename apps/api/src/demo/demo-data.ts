import { hash } from '@node-rs/argon2';
import type { Role } from '@koers/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../platform/database/data-source-options';
import { loadDemoCases } from './demo-cases';

/** Demo logins, printed at start in demo mode. Never loaded in production. */
export const DEMO_PASSWORD = 'koers-demo-wachtwoord';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; team: string | null; workPhone?: string }[] = [
  { email: 'klantmanager@koers.demo', name: 'Karim El Amrani', role: 'klantmanager', team: 'Team Jongeren Centrum', workPhone: '06 12345678' },
  { email: 'klantmanager2@koers.demo', name: 'Sanne Visser', role: 'klantmanager', team: 'Team Jongeren Centrum', workPhone: '14 020' },
  { email: 'teamleider@koers.demo', name: 'Tessa de Leeuw', role: 'teamleider', team: 'Team Jongeren Centrum' },
  { email: 'jongere@koers.demo', name: 'Noa Jansen', role: 'jongere', team: 'Team Jongeren Centrum' },
  { email: 'klantmanager.noord@koers.demo', name: 'Ruben Bakker', role: 'klantmanager', team: 'Team Jongeren Noord' },
  { email: 'beheerder@koers.demo', name: 'Bram Hendriks', role: 'beheerder', team: null },
];

/**
 * Loads the demo data once: every step is keyed on something unique and skipped when present,
 * so a second start adds nothing. Runs in one transaction.
 */
export async function loadDemoData(url: string): Promise<{ created: number }> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    return await ds.transaction(async (tx) => {
      const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
      let created = 0;
      for (const team of new Set(DEMO_ACCOUNTS.map((a) => a.team).filter((t): t is string => t !== null))) {
        const rows: unknown[] = await tx.query(`INSERT INTO team (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id`, [team]);
        created += rows.length;
      }
      for (const account of DEMO_ACCOUNTS) {
        const rows: unknown[] = await tx.query(
          `INSERT INTO app_user (name, email, role, team_id, password_hash, work_phone)
           SELECT $1, $2, $3, (SELECT id FROM team WHERE name = $4), $5, $6
           ON CONFLICT DO NOTHING RETURNING id`,
          [account.name, account.email, account.role, account.team, passwordHash, account.workPhone ?? null],
        );
        created += rows.length;
      }
      created += await loadDemoCases(tx);
      return { created };
    });
  } finally {
    await ds.destroy();
  }
}
