import { existsSync } from 'node:fs';

/**
 * Where the browser tests find Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
 * Outside CI a missing browser is reported loudly and the browser tests are not run; in CI
 * (CI=true) a missing browser is an error, so the browser tests can never silently vanish.
 */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p)) ?? null;
  if (!found) {
    const message =
      'Chromium is niet gevonden (CHROMIUM_PATH of /usr/bin/chromium). Installeer het met `apt-get install chromium`.';
    if (process.env.CI === 'true') throw new Error(`${message} In CI is dit een fout.`);
    console.warn(`\n${'!'.repeat(78)}\n!! ${message}\n!! DE BROWSERTESTS WORDEN NIET UITGEVOERD.\n${'!'.repeat(78)}\n`);
  }
  return found;
}

/** Flags for headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
