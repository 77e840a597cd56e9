import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, findChromium } from '@koers/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Null outside CI when no Chromium is installed (a loud warning is printed); throws in CI. */
export const chromiumPath = findChromium();

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath!, headless: true, args: CHROMIUM_ARGS });
}

/**
 * One browser for the tests of a describe block: launched in its beforeAll, closed in its afterAll.
 * Call it in the describe body; the Browser it returns can be used once the tests run.
 */
export function useBrowser(): Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return new Proxy({} as Browser, {
    get(_, property) {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll; use it in a test or a later hook.');
      const value: unknown = Reflect.get(browser, property, browser);
      return typeof value === 'function' ? value.bind(browser) : value;
    },
  });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and CSP violations seen so far; a finished page should have none. */
  errors: string[];
}

export async function openPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<TestPage> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // A 401/4xx the app handles shows up as a failed resource load; those are expected.
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, context, errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and fails on any violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Let entrance animations (a fading-in celebration) settle: contrast is judged on the final state.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 8_000 });
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: (n as { failureSummary?: string }).failureSummary })) }));
  });
  expect(violations, `axe-core violations on ${label}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Fills the login form and submits it. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}
