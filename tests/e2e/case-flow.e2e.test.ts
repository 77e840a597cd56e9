import { addYears, todayInNl } from '@koers/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, expectAccessible, login, openPage, useBrowser } from './support/browser';

/**
 * The heart of Koers, as a klantmanager does it in the browser: register a jongere, run the intake,
 * write the plan with goals, steps and agreements, get it signed off, log contact, record and celebrate
 * a milestone with a certificate, evaluate into version 2 and print the plan.
 */
describe.runIf(chromiumPath)('a klantmanager runs a case from registration to plan version 2', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Onderdelen van het traject' }).getByRole('link', { name, exact: true });
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor();

  async function expectPdf(page: Page, href: string | null): Promise<void> {
    expect(href).toBeTruthy();
    const res = await page.request.get(new URL(href!, baseUrl).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }

  it('registers, takes the intake, writes and signs the plan, logs contact, celebrates a milestone, evaluates and prints', async () => {
    const { page, context, errors } = await openPage(browser, baseUrl);
    const name = `Yara Flow ${Date.now() % 100000}`;
    await login(page, 'klantmanager@koers.demo', 'koers-demo-wachtwoord');
    await page.waitForURL('**/caseload');

    // Register.
    await page.getByRole('link', { name: 'Nieuwe jongere aanmelden' }).click();
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Geboortedatum').fill(addYears(todayInNl(), -19));
    await page.getByRole('radio', { name: 'WhatsApp' }).check();
    await expectAccessible(page, 'aanmelden');
    await page.getByRole('button', { name: 'Jongere aanmelden' }).click();
    await page.waitForURL('**/trajecten/**');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    const caseUrl = page.url();

    // Intake: autosaved, a wish, an urgent obstacle.
    await tab(page, 'Intake').click();
    await page.getByLabel('Toelichting wonen').fill('Woont bij haar zus, kan daar voorlopig blijven.');
    await status(page, /Opgeslagen om/);
    const openSection = async (title: string) => {
      const details = page.locator('details.koers-intake-section', { has: page.locator('summary', { hasText: title }) }).first();
      if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
    };
    await openSection('Behoeften en wensen');
    await page.getByRole('radio', { name: 'Wens' }).check();
    await page.getByLabel('Omschrijving').fill('Werken in de zorg');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('Werken in de zorg').first().waitFor();
    await openSection('Urgente obstakels');
    await page.getByLabel('Soort obstakel').selectOption({ index: 1 });
    await page.getByLabel('Wat is er aan de hand?').fill('Geen vaste slaapplek na volgende maand');
    await page.getByRole('button', { name: 'Obstakel toevoegen' }).click();
    await page.getByText('Geen vaste slaapplek na volgende maand').first().waitFor();
    await expectAccessible(page, 'intake');

    // Plan: start, goals, a step, agreements of all three kinds, evaluation date.
    await tab(page, 'Plan van aanpak').click();
    await page.getByRole('button', { name: 'Plan opstellen' }).click();
    await page.getByRole('button', { name: /^Maak hier een doel van/ }).first().click();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Doel', { exact: true }).fill('Een BBL-plek in de zorg vinden');
    await page.getByLabel(`In de woorden van ${name} (niet verplicht)`).fill('Ik wil leren en werken tegelijk.');
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByRole('button', { name: 'Stap toevoegen: Een BBL-plek in de zorg vinden' }).click();
    await page.getByLabel('Wat is de stap?').fill('Open dag van het ROC bezoeken');
    await page.getByLabel('Wie doet het?').selectOption({ label: `${name} (jongere)` });
    await page.getByRole('button', { name: 'Stap opslaan' }).click();
    await page.getByRole('checkbox', { name: 'Gedaan: Open dag van het ROC bezoeken' }).waitFor();
    for (const [field, section, text] of [
      ['Nieuwe afspraak over werk zoeken', 'Werk zoeken', 'We zoeken samen naar een leerwerkplek.'],
      ['Nieuwe afspraak over ondersteuning door de gemeente', 'Ondersteuning door de gemeente', 'De gemeente betaalt je reiskosten.'],
      ['Nieuwe afspraak over verplichtingen', 'Verplichtingen van de jongere', 'Je komt naar de afspraken of belt af.'],
    ] as const) {
      await page.getByLabel(field).fill(text);
      await page.getByRole('button', { name: `Afspraak toevoegen: ${section}` }).click();
      await page.getByText(text).first().waitFor();
    }
    await page.getByLabel('Datum van de volgende evaluatie').fill(todayInNl());
    await page.getByRole('button', { name: 'Evaluatiedatum opslaan' }).click();
    await status(page, /./);
    await expectAccessible(page, 'plan (concept)');

    // Sign-off: proposed, agreed by both (the jongere's agreement given in the meeting).
    await page.getByRole('button', { name: 'Plan voorstellen' }).click();
    await page.getByRole('button', { name: 'Akkoord klantmanager' }).click();
    await page.getByRole('button', { name: 'Akkoord jongere (gegeven in gesprek)' }).click();
    await page.getByRole('button', { name: 'Ja, instemming vastleggen' }).click();
    await page.getByText(/Vastgesteld op/).first().waitFor();

    // Contact moment.
    await tab(page, 'Contactmomenten').click();
    await page.getByLabel('Korte notitie (niet verplicht)').fill('Plan samen doorgenomen.');
    await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
    await status(page, /is vastgelegd/);
    await expectAccessible(page, 'contactmomenten');

    // Milestone with a certificate, celebrated.
    await tab(page, 'Mijlpalen').click();
    await page.getByLabel('Wat is er bereikt?').fill('Cursus EHBO gehaald');
    await page.getByLabel('Naam van het certificaat (niet verplicht)').fill('EHBO');
    await page.getByRole('button', { name: 'Mijlpaal vastleggen' }).click();
    await page.getByRole('heading', { name: 'Gefeliciteerd, een mijlpaal!' }).waitFor();
    await expectAccessible(page, 'mijlpaal gevierd');
    await expectPdf(page, await page.getByRole('link', { name: /^Certificaat \(pdf\)/ }).first().getAttribute('href'));

    // Evaluate: version 2 as a concept copy; print.
    await tab(page, 'Plan van aanpak').click();
    await page.waitForURL(/\/plan$/);
    // This wait once timed out in CI (flaky, not reproduced): print what the page showed instead.
    await page
      .getByLabel('Wat ging goed?')
      .waitFor()
      .catch(async (error: unknown) => {
        console.error(`No evaluation form on the plan tab. The page showed:\n${(await page.locator('main').innerText()).slice(0, 4000)}`);
        throw error;
      });
    await page.getByLabel('Wat ging goed?').fill('De open dag was leuk.');
    await page.getByLabel('Wat was moeilijk?').fill('Vroeg opstaan.');
    await page.getByLabel('Wat verandert er in het plan?').fill('Nieuwe stap: inschrijven.');
    await page.getByRole('button', { name: 'Evaluatie vastleggen en nieuwe versie maken' }).click();
    await status(page, /Versie 2 van het plan/);
    await expectAccessible(page, 'plan versie 2');
    await expectPdf(page, await page.getByRole('link', { name: /Plan afdrukken \(pdf\)/ }).first().getAttribute('href'));

    // The case now shows up in the caseload.
    await page.goto('/caseload');
    await page.getByRole('link', { name }).waitFor();
    expect(caseUrl).toMatch(/\/trajecten\/[0-9a-f-]{36}/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
