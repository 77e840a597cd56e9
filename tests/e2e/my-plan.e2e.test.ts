import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, expectAccessible, launchBrowser, login, openPage, PHONE } from './support/browser';

const PASSWORD = 'koers-demo-wachtwoord';

describe.runIf(chromiumPath)('Mijn plan on a phone: the jongere reads and co-writes their plan', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Noa sees her goals first, adds a goal in her own words, ticks off a step, comments on a goal; every state passes axe', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl, PHONE);
    await login(page, 'jongere@koers.demo', PASSWORD);
    await page.waitForURL('**/mijn-plan');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn plan');
    await page.getByRole('heading', { level: 3, name: 'Een BBL-opleiding Helpende Zorg en Welzijn starten' }).waitFor();
    // Goals come first, the agreements of both sides are there, and so is the contact person.
    const h2 = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(h2.indexOf('Mijn doelen')).toBeGreaterThanOrEqual(0);
    expect(h2.indexOf('Mijn doelen')).toBeLessThan(h2.indexOf('Wat we afspreken'));
    await page.getByRole('heading', { level: 3, name: 'Wat de gemeente voor je doet' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Wat jij afspreekt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Je klantmanager' }).waitFor();
    expect(await page.getByRole('link', { name: /^Mail naar / }).count()).toBe(1);
    await page.getByRole('heading', { level: 3, name: 'VCA Basis gehaald' }).waitFor();
    await expectAccessible(page, 'mijn plan');
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Tick off an own step, and untick it again (the demo data stays as it was).
    const step = page.getByRole('checkbox', { name: 'Klaar: Aanmelding afronden' });
    expect(await step.isChecked()).toBe(false);
    // A plain click (not check()): the box follows the saved state, which changes only after the save.
    await step.click();
    await page.getByText('Opgeslagen: “Aanmelding afronden” is klaar.').waitFor();
    await expect.poll(() => step.isChecked()).toBe(true);
    await expectAccessible(page, 'mijn plan, stap afgevinkt');
    // A plain click (not uncheck()): the box is controlled by the saved state, which settles after the save.
    await step.click();
    await page.getByText('Opgeslagen: “Aanmelding afronden” staat weer open.').waitFor();
    await expect.poll(() => step.isChecked()).toBe(false);

    // Her own goal can be reworded (the form passes axe too); a goal the klantmanager wrote cannot.
    await page.getByRole('button', { name: 'Woorden aanpassen van het doel “Zelf een weekplanning maken”' }).click();
    await page.getByLabel('Je doel in andere woorden').waitFor();
    await expectAccessible(page, 'mijn plan, doel in andere woorden');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('button', { name: /Woorden aanpassen van het doel “Rust in geldzaken”/ }).count()).toBe(0);

    // A comment on a goal the klantmanager wrote: shown as hers.
    await page.getByLabel('Jouw reactie op het doel “Rust in geldzaken”').fill('Het gaat nu echt beter met mijn geld');
    await page.getByRole('article', { name: 'Rust in geldzaken' }).getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.getByText('Je reactie is geplaatst. Je klantmanager ziet hem ook.').waitFor();
    await expect.poll(() => page.getByRole('article', { name: 'Rust in geldzaken' }).getByRole('listitem').filter({ hasText: 'Jij: Het gaat nu echt beter' }).count()).toBe(1);

    // A goal in her own words: the plan is signed, so it goes to the klantmanager as a proposal.
    const field = page.getByLabel('Wat wil je bereiken? Schrijf het in je eigen woorden.');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectAccessible(page, 'mijn plan, doel zonder tekst');
    await field.fill('Ik wil mijn rijbewijs halen');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText(/Je doel is naar je klantmanager gestuurd/).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Wat je hebt voorgesteld' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Ik wil mijn rijbewijs halen' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'mijn plan, doel voorgesteld');
    expect(errors).toEqual([]);
    await context.close();
  });
});
