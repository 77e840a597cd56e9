import { randomUUID } from 'node:crypto';
import type { MyChangeResult } from '@koers/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiIn, createActivatedYouth } from './support/api';
import { chromiumPath, DESKTOP, expectAccessible, openPage, PHONE, useBrowser } from './support/browser';

/** Marks the page; the mark is gone after a reload. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { koersMark: boolean }).koersMark = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { koersMark?: boolean }).koersMark === true);

/**
 * Live co-editing in a plan meeting: the klantmanager (desktop, plan tab) and the jongere (phone,
 * Mijn plan) edit the same concept plan at the same time. Each sees the other's saved change without
 * reloading; an edit based on an older version is refused (409) and resolved by the user.
 */
describe.runIf(chromiumPath)('co-editing a plan: klantmanager and jongere, each on their own screen', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('shows each other’s saved changes live, and turns a stale save into a conflict both can resolve', async () => {
    // Own data: Karim registers a jongere, invites her, she activates her account; a concept plan
    // with a goal in her own words.
    const karim = await openPage(browser, baseUrl, DESKTOP);
    const karimApi = await apiIn(karim.context.request, 'klantmanager@koers.demo');
    const name = `Lina Live ${randomUUID().slice(0, 4)}`;
    const lina = await openPage(browser, baseUrl, PHONE);
    const { kase, youth } = await createActivatedYouth(karimApi, lina.context.request, { name, email: `lina-${randomUUID().slice(0, 8)}@test.koers`, dateOfBirth: '2006-04-02' });
    await karimApi.post(`/api/cases/${kase.id}/plan`);
    const added = await youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Mijn rijbewijs halen' });
    expect(added.outcome).toBe('toegepast');

    await karim.page.goto(`/trajecten/${kase.id}/plan`);
    await karim.page.getByRole('heading', { level: 4, name: 'Mijn rijbewijs halen', exact: true }).waitFor();
    await lina.page.goto('/mijn-plan');
    await lina.page.getByRole('heading', { level: 3, name: 'Mijn rijbewijs halen' }).waitFor();
    await markPage(karim.page);
    await markPage(lina.page);

    // (a) Lina rewords her goal; Karim's page shows it without a reload.
    await lina.page.getByRole('button', { name: 'Woorden aanpassen van het doel “Mijn rijbewijs halen”' }).click();
    await lina.page.getByLabel('Je doel in andere woorden').fill('Rijbewijs B halen');
    await lina.page.getByRole('button', { name: 'Opslaan' }).click();
    await lina.page.getByText('Je doel is aangepast.').waitFor();
    await karim.page.getByRole('heading', { level: 4, name: 'Rijbewijs B halen', exact: true }).waitFor();
    expect(await stillSamePage(karim.page)).toBe(true);

    // (b) Karim adds a step for her; Lina's phone shows it without a reload.
    await karim.page.getByRole('button', { name: 'Stap toevoegen: Rijbewijs B halen' }).click();
    await karim.page.getByLabel('Wat is de stap?').fill('Theorieboek lenen bij de bibliotheek');
    await karim.page.getByLabel('Wie doet het?').selectOption('jongere');
    await karim.page.getByRole('button', { name: 'Stap opslaan' }).click();
    await karim.page.getByText('De stap is toegevoegd aan "Rijbewijs B halen".').waitFor();
    await lina.page.getByText('Theorieboek lenen bij de bibliotheek').first().waitFor();
    expect(await stillSamePage(lina.page)).toBe(true);

    // (c) Both open the goal. Lina saves first; Karim is told calmly, and his text stays.
    await karim.page.getByRole('button', { name: 'Doel wijzigen: Rijbewijs B halen' }).click();
    const karimForm = karim.page.locator('form.koers-plan-form');
    const karimTitle = karimForm.getByLabel('Doel', { exact: true });
    await karimTitle.waitFor();
    await karimTitle.fill('Rijbewijs halen in 2027');
    await lina.page.getByRole('button', { name: 'Woorden aanpassen van het doel “Rijbewijs B halen”' }).click();
    await lina.page.getByLabel('Je doel in andere woorden').fill('Rijbewijs B halen voor de zomer');
    await lina.page.getByRole('button', { name: 'Opslaan' }).click();
    await lina.page.getByText('Je doel is aangepast.').waitFor();
    await karimForm.getByText(/Dit doel is net veranderd door Lina Live .* \(jongere\)/).waitFor();
    expect(await karimTitle.inputValue()).toBe('Rijbewijs halen in 2027');

    // Karim saves on the old version: 409, shown as a conflict with the text saved now.
    await karimForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const karimConflict = karimForm.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' });
    await karimConflict.waitFor();
    await expect.poll(() => karimConflict.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await karimConflict.textContent()).toContain('Rijbewijs B halen voor de zomer');
    expect(await karimConflict.textContent()).toContain('Rijbewijs halen in 2027');
    await expectAccessible(karim.page, 'plan, conflict bij het opslaan van een doel');

    // Meanwhile Lina starts another change; then Karim keeps his wording.
    await lina.page.getByRole('button', { name: 'Woorden aanpassen van het doel “Rijbewijs B halen voor de zomer”' }).click();
    await lina.page.getByLabel('Je doel in andere woorden').fill('Ik wil in de zomer mijn rijbewijs');
    await karimConflict.getByRole('button', { name: 'Mijn wijziging opnieuw opslaan' }).click();
    await karim.page.getByText('Het doel is opgeslagen.').waitFor();
    await karim.page.getByRole('heading', { level: 4, name: 'Rijbewijs halen in 2027', exact: true }).waitFor();

    // Lina sees it live, and what she is typing stays.
    await lina.page.getByText(/Dit doel is net veranderd door Karim .*\. Er staat nu: “Rijbewijs halen in 2027”\./).waitFor();
    expect(await lina.page.getByLabel('Je doel in andere woorden').inputValue()).toBe('Ik wil in de zomer mijn rijbewijs');
    await lina.page.getByRole('heading', { level: 3, name: 'Rijbewijs halen in 2027' }).waitFor();

    // She saves anyway: her own conflict, in plain words, with a choice.
    await lina.page.getByRole('button', { name: 'Opslaan' }).click();
    const linaConflict = lina.page.getByRole('alert').filter({ hasText: 'heeft dit doel net veranderd' });
    await linaConflict.waitFor();
    expect(await linaConflict.textContent()).toContain('Karim');
    expect(await linaConflict.textContent()).toContain('Rijbewijs halen in 2027');
    expect(await linaConflict.textContent()).toContain('Ik wil in de zomer mijn rijbewijs');
    await expect.poll(() => linaConflict.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(lina.page, 'mijn plan, conflict bij het opslaan van een doel');
    expect(await lina.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // She chooses her own text after all; Karim sees the result live.
    await linaConflict.getByRole('button', { name: 'Mijn tekst toch opslaan' }).click();
    await lina.page.getByText('Je doel is aangepast.').waitFor();
    await lina.page.getByRole('heading', { level: 3, name: 'Ik wil in de zomer mijn rijbewijs' }).waitFor();
    await karim.page.getByRole('heading', { level: 4, name: 'Ik wil in de zomer mijn rijbewijs', exact: true }).waitFor();
    expect(await stillSamePage(karim.page)).toBe(true);
    expect(await stillSamePage(lina.page)).toBe(true);

    expect(karim.errors).toEqual([]);
    expect(lina.errors).toEqual([]);
    await lina.context.close();
    await karim.context.close();
  });
});
