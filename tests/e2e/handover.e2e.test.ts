import { addDays, addYears, todayInNl } from '@koers/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, expectAccessible, login, openPage, useBrowser } from './support/browser';

const PASSWORD = 'koers-demo-wachtwoord';

/**
 * A warme overdracht in the browser: Karim registers a jongere, the teamleider proposes Sanne as the
 * successor, Sanne accepts, Karim announces, logs two introductory meetings, writes the note and
 * switches (warm); the teamleider's overview counts it as warm.
 */
describe.runIf(chromiumPath)('a warm handover from proposal to switch', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const form = (page: Page, name: string) => page.getByRole('form', { name, exact: true });

  it('walks proposal, acceptance, announcement, meetings, note and a warm switch, and the teamleider sees it as warm', async () => {
    const today = todayInNl();
    const name = `Noor Overdracht ${Date.now() % 100000}`;

    // Karim registers a new jongere (so no demo handover is in the way).
    const karim = await openPage(browser, baseUrl);
    await login(karim.page, 'klantmanager@koers.demo', PASSWORD);
    await karim.page.waitForURL('**/caseload');
    await karim.page.getByRole('link', { name: 'Nieuwe jongere aanmelden' }).click();
    await karim.page.getByLabel('Naam', { exact: true }).fill(name);
    await karim.page.getByLabel('Geboortedatum').fill(addYears(today, -20));
    await karim.page.getByRole('radio', { name: 'WhatsApp' }).check();
    await karim.page.getByRole('button', { name: 'Jongere aanmelden' }).click();
    await karim.page.waitForURL('**/trajecten/**');
    const handoverUrl = `${new URL(karim.page.url()).pathname.replace(/\/$/, '')}/overdracht`;
    await karim.page.getByRole('navigation', { name: 'Onderdelen van het traject' }).getByRole('link', { name: 'Overdracht', exact: true }).click();
    await karim.page.getByRole('heading', { name: 'Contactpersoon', level: 3 }).waitFor();
    await karim.page.getByText('Karim El Amrani').first().waitFor();
    // The werkwijzer's warm-handover tips (1.1, 6.24), collapsed until opened.
    const tips = karim.page.locator('details', { has: karim.page.locator('summary', { hasText: 'Werkwijzer: tips voor een warme overdracht' }) }).first();
    expect(await tips.getAttribute('open')).toBeNull();
    await tips.locator('summary').first().click();
    await expect.poll(() => tips.textContent()).toMatch(/6\.24/);
    await expectAccessible(karim.page, 'overdracht (geen lopende overdracht)');

    // Karim, the contact person, proposes Sanne, with his colleagues' caseloads in view.
    const propose = form(karim.page, 'Overdracht voorstellen');
    await propose.getByRole('checkbox', { name: /^Sanne Visser \(\d+ actieve trajecten\)/ }).check();
    await propose.getByLabel('Reden van de overdracht').fill('Karim gaat minder uren werken.');
    await propose.getByLabel('Geplande overdrachtsdatum').fill(addDays(today, 21));
    await expectAccessible(karim.page, 'overdracht voorstellen');
    await propose.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await status(karim.page, 'De overdracht is voorgesteld.');
    await karim.page.getByRole('heading', { name: /Lopende overdracht/ }).waitFor();

    // The teamleider sees the proposal too.
    const leader = await openPage(browser, baseUrl);
    await login(leader.page, 'teamleider@koers.demo', PASSWORD);
    await leader.page.waitForURL('**/team');
    await leader.page.goto(handoverUrl);
    await leader.page.getByRole('heading', { name: /Lopende overdracht/ }).waitFor();

    // Sanne sees it in her bell and accepts.
    const sanne = await openPage(browser, baseUrl);
    await login(sanne.page, 'klantmanager2@koers.demo', PASSWORD);
    await sanne.page.waitForURL('**/caseload');
    const bell = sanne.page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
    await bell.click();
    await sanne.page.getByRole('region', { name: 'Meldingen' }).waitFor();
    await expectAccessible(sanne.page, 'meldingen');
    await sanne.page.keyboard.press('Escape');
    await sanne.page.goto(handoverUrl);
    await form(sanne.page, 'Overdracht accepteren').getByRole('button', { name: 'Overdracht accepteren' }).click();
    await status(sanne.page, 'U heeft de overdracht geaccepteerd.');
    await expectAccessible(sanne.page, 'overdracht geaccepteerd');

    // Karim: announced three weeks ago in a conversation, two meetings (one with him), the note, the switch.
    await karim.page.goto(handoverUrl);
    const announce = form(karim.page, 'Jongere informeren');
    await announce.getByLabel('Datum waarop de jongere het hoorde').fill(addDays(today, -20));
    await announce.getByLabel('Hoe').selectOption({ label: 'In een gesprek' });
    await announce.getByRole('button', { name: 'Aankondiging vastleggen' }).click();
    await status(karim.page, 'De aankondiging is vastgelegd.');
    for (const [daysAgo, withKarim] of [
      [10, true],
      [5, false],
    ] as const) {
      const meeting = form(karim.page, 'Kennismaking vastleggen');
      await meeting.getByLabel('Datum van de kennismaking').fill(addDays(today, -daysAgo));
      if (withKarim) await meeting.getByRole('checkbox', { name: /was erbij/ }).check();
      await meeting.getByLabel('Notitie (optioneel)').fill(`Kennismaking ${daysAgo} dagen geleden.`);
      await meeting.getByRole('button', { name: 'Kennismaking vastleggen' }).click();
      await karim.page.getByText(`Kennismaking ${daysAgo} dagen geleden.`, { exact: false }).first().waitFor();
    }
    const note = form(karim.page, 'Overdrachtsnotitie');
    await note.getByLabel('Wat werkt goed met deze jongere').fill('Kort en concreet, via WhatsApp.');
    await note.getByRole('button', { name: 'Notitie opslaan' }).click();
    await status(karim.page, 'De overdrachtsnotitie is opgeslagen.');
    await karim.page.getByText('Alles voor een warme overdracht is gedaan.').waitFor();
    await expectAccessible(karim.page, 'overdracht klaar om over te dragen');
    const sw = form(karim.page, 'Overdragen');
    expect(await sw.getByLabel('Reden voor een koude overdracht').count()).toBe(0);
    await sw.getByRole('button', { name: 'Nu overdragen' }).click();
    await status(karim.page, 'Warm overgedragen. Sanne Visser is nu de contactpersoon.');
    await karim.page.getByRole('heading', { name: 'Eerdere overdrachten' }).waitFor();

    // The teamleider's view counts it as warm.
    await leader.page.goto('/team/overdrachten');
    await leader.page.getByRole('heading', { name: 'Overdrachten van het team', level: 1 }).waitFor();
    const row = leader.page.getByRole('table', { name: 'Afgeronde overdrachten in de gekozen periode' }).getByRole('row').filter({ hasText: name });
    await expect.poll(() => row.textContent()).toContain('Warm');
    await expectAccessible(leader.page, 'overdrachten van het team');
    await leader.page.goto('/team');
    await leader.page.getByRole('heading', { name: 'Overdrachten', level: 2 }).waitFor();
    await expectAccessible(leader.page, 'team met overdrachten');

    for (const p of [karim, leader, sanne]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });
});
