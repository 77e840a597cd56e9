import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, DESKTOP, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

const PASSWORD = 'koers-demo-wachtwoord';

describe.runIf(chromiumPath)('login, landing pages and logout in the browser', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('a klantmanager logs in, sees their caseload page with their name, and logs out', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    await page.goto('/');
    await page.waitForURL('**/inloggen');
    await expectAccessible(page, 'inloggen');
    await login(page, 'klantmanager@koers.demo', PASSWORD);
    await page.waitForURL('**/caseload');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn caseload');
    expect(await page.getByRole('banner').textContent()).toContain('Karim El Amrani');
    expect(await page.title()).toMatch(/Koers/);
    await expectAccessible(page, 'caseload');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    // The session is gone on the server: going back does not get in.
    await page.goto('/caseload');
    await page.waitForURL('**/inloggen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a wrong password as an error summary, and keeps the user on the login page', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await login(page, 'klantmanager@koers.demo', 'dit is niet het wachtwoord');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(page.url()).toContain('/inloggen');
    await expectAccessible(page, 'inloggen met fout');
    await context.close();
  });

  for (const [email, path, heading, viewport] of [
    ['teamleider@koers.demo', '/team', 'Mijn team', DESKTOP],
    ['beheerder@koers.demo', '/beheer', 'Beheer', DESKTOP],
    ['jongere@koers.demo', '/mijn-plan', 'Mijn plan', PHONE],
  ] as const) {
    it(`${email.split('@')[0]} lands on ${path}`, async () => {
      const { page, context, errors } = await openPage(browser, baseUrl, viewport);
      await login(page, email, PASSWORD);
      await page.waitForURL(`**${path}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await expectAccessible(page, path);
      // A page of another role sends you back to your own.
      await page.goto(path === '/team' ? '/beheer' : '/team');
      await page.waitForURL(`**${path}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
