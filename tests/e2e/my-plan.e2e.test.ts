import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, DESKTOP, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

const PASSWORD = 'koers-demo-wachtwoord';

describe.runIf(chromiumPath)('Mijn plan on a phone: the jongere reads and co-writes their plan', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

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
    expect(await page.getByRole('link', { name: 'Bel Karim El Amrani: 06 12345678' }).getAttribute('href')).toBe('tel:0612345678');
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

    // Her klantmanager Karim, in a second browser (desktop), sees the proposal and the comment as Noa's own words.
    const caseId = await page.evaluate(async () => ((await (await fetch('/api/me/plan')).json()) as { caseId: string }).caseId);
    const karim = await openPage(browser, baseUrl, DESKTOP);
    await login(karim.page, 'klantmanager@koers.demo', PASSWORD);
    await karim.page.waitForURL('**/caseload');
    await karim.page.goto(`/trajecten/${caseId}/plan`);
    const panel = karim.page.getByRole('region', { name: 'Voorstellen van Noa' });
    const proposal = panel.getByRole('article', { name: 'Nieuw doel' }).filter({ hasText: 'Ik wil mijn rijbewijs halen' });
    await proposal.waitFor();
    expect(await proposal.getByRole('figure').textContent()).toBe('In de woorden van Noa Jansen:Ik wil mijn rijbewijs halen');
    expect(await proposal.textContent()).toMatch(/Voorgesteld op .+, bij versie \d+ van het plan\./);
    const thread = karim.page.getByRole('article', { name: 'Rust in geldzaken' }).getByRole('region', { name: /^Reacties \(\d+\): Rust in geldzaken$/ });
    const comment = thread.getByRole('listitem').filter({ hasText: 'Het gaat nu echt beter met mijn geld' });
    expect(await comment.getByRole('figure').textContent()).toBe('In de woorden van Noa Jansen:Het gaat nu echt beter met mijn geld');
    await expectAccessible(karim.page, 'plan van aanpak met het voorstel en de reactie van Noa');

    // "Bespreken", with a reply for Noa (the form passes axe too); it stays in view as to discuss.
    await proposal.getByRole('button', { name: 'Bespreken: Nieuw doel' }).click();
    const reply = karim.page.getByLabel('Reactie aan Noa (niet verplicht)');
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement)).toBe(true);
    await reply.fill('Goed idee! Dat bespreken we in ons volgende gesprek.');
    await expectAccessible(karim.page, 'plan van aanpak, voorstel bespreken');
    await karim.page.getByRole('button', { name: 'Markeren als te bespreken' }).click();
    await karim.page.getByRole('status').filter({ hasText: 'Staat bij te bespreken. Noa ziet dat in Mijn plan.' }).waitFor();
    await panel.getByRole('heading', { name: /^Te bespreken \(\d+\)$/ }).waitFor();
    expect(await proposal.textContent()).toContain('Uw reactie aan Noa:Goed idee! Dat bespreken we in ons volgende gesprek.');
    await expectAccessible(karim.page, 'plan van aanpak, voorstel te bespreken');

    // A reply in the goal's thread.
    await thread.getByRole('button', { name: 'Reageren: Rust in geldzaken' }).click();
    await thread.getByLabel('Uw reactie').fill('Wat goed om te horen, Noa!');
    await thread.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await karim.page.getByRole('status').filter({ hasText: 'Uw reactie bij “Rust in geldzaken” is geplaatst.' }).waitFor();
    await thread.getByRole('listitem').filter({ hasText: 'Wat goed om te horen, Noa!' }).waitFor();
    expect(karim.errors).toEqual([]);
    await karim.context.close();

    // Noa reads Karim's answers in Mijn plan.
    await page.reload();
    await page.getByText('Je klantmanager schreef terug: Goed idee! Dat bespreken we in ons volgende gesprek.').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'Ik wil mijn rijbewijs halen' }).filter({ hasText: 'Je klantmanager wil dit met je bespreken' }).count()).toBe(1);
    await page.getByRole('article', { name: 'Rust in geldzaken' }).getByText(/Wat goed om te horen, Noa!/).waitFor();
    await expectAccessible(page, 'mijn plan, met de antwoorden van de klantmanager');
    expect(errors).toEqual([]);
    await context.close();
  });
});
