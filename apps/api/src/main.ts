import 'reflect-metadata';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { ROLE_LABELS } from '@koers/contracts';
import { createApp } from './app.factory';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo/demo-data';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './platform/database/embedded-postgres';
import { runMigrations } from './platform/database/migrate';
import { acquireInstanceLock } from './platform/instance-lock';
import { LiveEventsService } from './platform/live/live-events.service';

const say = (msg: string) => process.stdout.write(`${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  let release: (() => void) | undefined;
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    release = acquireInstanceLock(config.DATA_DIR);
    embedded = await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, say);
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
    release?.();
  };

  try {
    const ran = await runMigrations(databaseUrl);
    if (ran.length) say(`Migraties uitgevoerd: ${ran.join(', ')}`);
    if (config.DEMO_DATA) {
      const { created } = await loadDemoData(databaseUrl);
      if (created) say(`Demodata geladen (${created} records).`);
    }
  } catch (e) {
    await stopDatabase();
    throw e;
  }

  const app = await createApp(config, { databaseUrl, webRoot: resolve(__dirname, '../web') });
  const server = app.getHttpServer() as Server;
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });

  try {
    await app.listen(config.PORT, config.HOST);
  } catch (e) {
    await app.close().catch(() => undefined);
    await stopDatabase();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(`Poort ${config.PORT} is al in gebruik. Draait Koers al? Stop het andere proces of kies een andere PORT.`);
    }
    throw e;
  }
  printBanner(config.publicUrl, config.DEMO_DATA, Boolean(embedded));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} ontvangen: Koers stopt (lopende verzoeken worden afgemaakt) ...`);
    server.close();
    server.closeIdleConnections();
    // Open live-update streams never finish by themselves: end them so they do not hold up the stop.
    app.get(LiveEventsService).endStreams();
    const deadline = Date.now() + 10_000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    server.closeAllConnections();
    await app.close().catch(() => undefined);
    await stopDatabase();
    say('Koers is gestopt.');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function printBanner(url: string, demo: boolean, embedded: boolean): void {
  const lines = ['', `Koers draait op ${url}`];
  if (embedded) lines.push('Database: ingebouwde PostgreSQL (gegevens in .data/)');
  if (demo) {
    lines.push('', `Demo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${ROLE_LABELS[a.role].padEnd(22)} ${a.email}`);
  }
  lines.push('', 'Stoppen: Ctrl-C', '');
  say(lines.join('\n'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || (e instanceof Error && /Koers draait al/.test(e.message))) {
    process.stderr.write(`\n${e.message}\n\n`);
  } else {
    process.stderr.write(`\nKoers kon niet starten: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n\n`);
  }
  process.exit(1);
});
