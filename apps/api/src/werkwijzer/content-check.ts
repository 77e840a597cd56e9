/*
 * Checks the werkwijzer content against its schema without starting Koers:
 *   node dist/apps/api/werkwijzer/content-check.js [folder]     (default: content/werkwijzer)
 * Prints every problem with its file and line and exits with 1, or prints a summary and exits with 0.
 */
import { loadWerkwijzerContent, WerkwijzerContentError } from './werkwijzer-content';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content/werkwijzer';
try {
  const content = loadWerkwijzerContent(dir);
  const factors = content.themes.reduce((n, t) => n + t.factors.length, 0);
  process.stdout.write(
    `Werkwijzer-inhoud in orde: ${content.themes.length} thema's, ${factors} succesfactoren, ${content.intakePrompts.length} intakeonderwerpen, ${content.planQualityRules.length} planchecks.\n`,
  );
} catch (e) {
  process.stderr.write(`${e instanceof WerkwijzerContentError ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
