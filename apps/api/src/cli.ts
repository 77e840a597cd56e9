import 'reflect-metadata';
import { loadDemoData } from './demo/demo-data';
import { loadConfig } from './platform/config/app-config';
import { startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { revertLastMigration, runMigrations } from './platform/database/migrate';
import { acquireInstanceLock } from './platform/instance-lock';

/** `node dist/apps/api/cli.js migrate|revert|seed` — against DATABASE_URL, or the embedded database. */
async function cli(command: string | undefined): Promise<void> {
  const config = loadConfig();
  let url = config.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!url) {
    const release = acquireInstanceLock(config.DATA_DIR);
    const embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, console.log);
    url = embedded.url;
    stop = async () => {
      await embedded.stop();
      release();
    };
  }
  try {
    switch (command) {
      case 'migrate': {
        const ran = await runMigrations(url);
        console.log(ran.length ? `Uitgevoerd: ${ran.join(', ')}` : 'Geen openstaande migraties.');
        break;
      }
      case 'revert':
        console.log((await revertLastMigration(url)) ? 'Laatste migratie teruggedraaid.' : 'Geen migratie om terug te draaien.');
        break;
      case 'seed':
        if (!config.DEMO_DATA) throw new Error('Demodata staat uit (DEMO_DATA=false of productie).');
        console.log(`Demodata: ${(await loadDemoData(url)).created} nieuwe records.`);
        break;
      default:
        throw new Error('Gebruik: cli.js migrate | revert | seed');
    }
  } finally {
    await stop();
  }
}

cli(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
