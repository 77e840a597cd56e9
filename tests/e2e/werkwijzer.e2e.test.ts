import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

const PASSWORD = 'koers-demo-wachtwoord';
const FACTOR = '1.1 Werken aan een vertrouwensband';

describe.runIf(chromiumPath)('the werkwijzer in the browser', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van het traject' }).getByRole('link', { name, exact: true });

  it('shows the tips at intake (collapsed, never blocking) and the panel with evidence computed from a demo case', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await login(page, 'klantmanager@koers.demo', PASSWORD);
    await page.waitForURL('**/caseload');
    await page.getByRole('link', { name: 'Milan de Vries' }).click();
    await page.waitForURL('**/trajecten/**');

    await tab(page, 'Intake').click();
    const tips = page.locator('details', { has: page.locator('summary', { hasText: 'Werkwijzer: tips en vragen voor de intake' }) }).first();
    await tips.waitFor();
    expect(await tips.getAttribute('open')).toBeNull();
    await tips.locator('summary').first().click();
    await expect.poll(() => tips.textContent()).toContain('1.2');
    await expectAccessible(page, 'intake met tips');

    await tab(page, 'Werkwijzer').click();
    await page.getByRole('heading', { name: 'Succesfactoren per thema' }).waitFor();
    await page.getByRole('heading', { name: 'Kwaliteit van het plan' }).waitFor();
    // Evidence named from the case's own data (Milan has a certificate, a lead organisation in the netwerk, ...).
    await expect.poll(() => page.getByText('Bewijs gevonden').count()).toBeGreaterThan(0);
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await page.locator('main').textContent()).toMatch(/Leesbaarheid/);
    await expectAccessible(page, 'werkwijzer-paneel');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Doe de check: staff and a jongere fill it in, the team sees its result chart only from 3 respondents", async () => {
    const round = `Ronde e2e ${Date.now() % 100000}`;
    const leader = await openPage(browser, baseUrl);
    await login(leader.page, 'teamleider@koers.demo', PASSWORD);
    await leader.page.waitForURL('**/team');
    await leader.page.getByRole('link', { name: 'Uitkomst van Doe de check bekijken' }).click();
    await leader.page.getByLabel('Naam van de ronde').fill(round);
    await leader.page.getByRole('button', { name: 'Ronde openen' }).click();
    await leader.page.getByRole('link', { name: `Check invullen: ${round}` }).click();
    await leader.page.getByLabel(FACTOR).selectOption('7');
    await leader.page.getByRole('status').filter({ hasText: `Opgeslagen: ${FACTOR}` }).first().waitFor();
    await expectAccessible(leader.page, 'check invullen');

    // Two respondents: the result stays hidden.
    const km = await openPage(browser, baseUrl);
    await login(km.page, 'klantmanager@koers.demo', PASSWORD);
    await km.page.waitForURL('**/caseload');
    await km.page.getByRole('link', { name: 'Doe de check' }).click();
    await km.page.getByRole('link', { name: `Check invullen: ${round}` }).click();
    await km.page.getByLabel(FACTOR).selectOption('8');
    await km.page.getByRole('status').filter({ hasText: `Opgeslagen: ${FACTOR}` }).first().waitFor();
    await km.page.goto('/team/check');
    await km.page.getByRole('link', { name: `Uitkomst bekijken: ${round}` }).click();
    await km.page.getByText(/Nog te weinig deelnemers/).first().waitFor();
    expect(await km.page.getByRole('img', { name: 'Gemiddeld cijfer per thema' }).count()).toBe(0);

    // A jongere, invited by a link, on a phone.
    await leader.page.goto('/team/check');
    await leader.page.getByRole('button', { name: 'Uitnodigingslink voor een jongere maken' }).first().click();
    const link = await leader.page.getByLabel(`Uitnodigingslink voor ${round}`).inputValue();
    expect(link).toMatch(/\/check\//);
    const youth = await openPage(browser, baseUrl, PHONE);
    await youth.page.goto(new URL(link).pathname);
    await youth.page.getByLabel(FACTOR).selectOption('9');
    await youth.page.getByRole('status').filter({ hasText: `Bewaard: ${FACTOR}` }).first().waitFor();
    await expectAccessible(youth.page, 'check voor een jongere');

    // Three respondents: the team sees the chart and the table, never individual answers.
    await leader.page.getByRole('link', { name: `Uitkomst bekijken: ${round}` }).click();
    await leader.page.getByRole('img', { name: 'Gemiddeld cijfer per thema' }).waitFor();
    const table = leader.page.getByRole('table', { name: 'Uitkomst per thema in cijfers' });
    await expect.poll(() => table.textContent()).toContain('n = 3');
    await expectAccessible(leader.page, 'uitkomst van de check');
    for (const p of [leader, km, youth]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });
});
