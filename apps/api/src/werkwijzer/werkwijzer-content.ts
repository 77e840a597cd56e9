import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { WerkwijzerContent } from '@koers/contracts';
import { buildWerkwijzerContent, type ContentFile, formatContentProblem } from '@koers/domain';
import { ConfigError } from '../platform/config/app-config';

/**
 * The werkwijzer content could not be loaded. A ConfigError, so main.ts reports it plainly (without a
 * stack trace) and refuses to start; the message names each file and problem.
 */
export class WerkwijzerContentError extends ConfigError {}

/** Every file under the folder (dotfiles skipped), with its path relative to the folder. */
export function readContentFiles(dir: string): ContentFile[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new WerkwijzerContentError(`De werkwijzer-inhoud is niet gevonden: de map ${root} bestaat niet. Stel CONTENT_DIR in op de map content/werkwijzer.`);
  }
  const files: ContentFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** Reads and validates the content; throws a WerkwijzerContentError that lists every problem with its file. */
export function loadWerkwijzerContent(dir: string): WerkwijzerContent {
  const result = buildWerkwijzerContent(readContentFiles(dir));
  if (!result.ok) {
    throw new WerkwijzerContentError(
      `De werkwijzer-inhoud in ${resolve(dir)} bevat ${result.problems.length === 1 ? 'een fout' : `${result.problems.length} fouten`}:\n  - ${result.problems.map(formatContentProblem).join('\n  - ')}`,
    );
  }
  return result.content;
}
