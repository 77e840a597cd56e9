import type { IntakeDetail, PlanGoal, PlanOverview, PlanVersionDetail } from '@koers/contracts';
import { addDays, addYears, todayInNl } from '@koers/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiAs, DEMO_PASSWORD as PASSWORD } from './support/api';
import { chromiumPath, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

/** The demo klantmanager through the API, to prepare the plan and to check what staff see. */
const staffApi = (baseUrl: string) => apiAs(baseUrl, 'klantmanager@koers.demo');

/**
 * A new jongere from invitation to co-writing, on a phone: the klantmanager registers a case and invites
 * the jongere from the case page; the jongere activates, lands on a friendly empty Mijn plan, adds a step
 * of their own, agrees to the version (recorded as given by them), and gives and withdraws consent.
 */
describe.runIf(chromiumPath)('a new jongere: activation → Mijn plan → own step → agreeing → consent', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  const reload = async (page: Page) => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Mijn doelen' }).waitFor();
  };

  it('activates from the invitation link, lands on Mijn plan, writes a step, agrees, gives and withdraws consent; every state passes axe', async () => {
    const stamp = Date.now() % 1_000_000;
    const name = `Lotte Activatie ${stamp}`;
    const email = `lotte-${stamp}@e2e.koers.test`;

    // The klantmanager registers the jongere and makes an invitation from the case page.
    const km = await openPage(browser, baseUrl);
    await login(km.page, 'klantmanager@koers.demo', PASSWORD);
    await km.page.waitForURL('**/caseload');
    await km.page.getByRole('link', { name: 'Nieuwe jongere aanmelden' }).click();
    await km.page.getByLabel('Naam', { exact: true }).fill(name);
    await km.page.getByLabel('Geboortedatum').fill(addYears(todayInNl(), -18));
    await km.page.getByLabel('E-mailadres (niet verplicht)').fill(email);
    await km.page.getByRole('radio', { name: 'WhatsApp' }).check();
    await km.page.getByRole('button', { name: 'Jongere aanmelden' }).click();
    await km.page.waitForURL('**/trajecten/**');
    const caseId = new URL(km.page.url()).pathname.split('/')[2]!;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    await km.page.locator('summary', { hasText: 'De jongere uitnodigen voor Koers' }).click();
    expect(await km.page.getByLabel('Naam van de jongere').inputValue()).toBe(name);
    expect(await km.page.getByLabel('E-mailadres van de jongere').inputValue()).toBe(email);
    await expectAccessible(km.page, 'traject, jongere uitnodigen');
    await km.page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await km.page.getByRole('heading', { name: `De uitnodiging voor ${name} is klaar` }).waitFor();
    const link = new URL(await km.page.getByLabel('Activatielink').inputValue());
    expect(link.hash.length).toBeGreaterThan(20);
    await expectAccessible(km.page, 'traject, activatielink');

    // The jongere opens the link on a phone and chooses a password.
    const youth = await openPage(browser, baseUrl, PHONE);
    const yp = youth.page;
    await yp.goto(`${link.pathname}${link.hash}`);
    await yp.getByRole('heading', { name: `Hoi ${name}, kies een wachtwoord` }).waitFor();
    await expectAccessible(yp, 'activeren');
    await yp.getByLabel('Kies een wachtwoord').fill('mijn fiets is groen en snel');
    await yp.getByLabel('Herhaal je wachtwoord').fill('mijn fiets is groen en snel');
    await yp.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

    // Mijn plan, still empty: friendly, readable, nothing wider than the phone.
    await yp.waitForURL('**/mijn-plan');
    await expect.poll(() => yp.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn plan');
    await yp.getByText('Je plan is nog niet klaar. Je klantmanager maakt het samen met jou. Je kunt nu al een doel opschrijven.').waitFor();
    await yp.getByText(`Hoi ${name}!`).waitFor();
    await yp.getByRole('heading', { level: 2, name: 'Je klantmanager' }).waitFor();
    await yp.getByRole('button', { name: 'Ik geef toestemming' }).waitFor();
    await expectAccessible(yp, 'mijn plan, leeg');
    expect(await yp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The klantmanager draws up the plan (API is fine for the setup): a goal, a step, the agreements, a date.
    const staff = await staffApi(baseUrl);
    const v1 = await staff.send<PlanVersionDetail>('POST', `/api/cases/${caseId}/plan`);
    const goal = await staff.send<PlanGoal>('POST', `/api/plan-versions/${v1.id}/goals`, { title: 'Een eigen kamer vinden' });
    await staff.send('POST', `/api/goals/${goal.id}/steps`, { text: 'Samen de woonsites bekijken', ownerKind: 'klantmanager' });
    for (const [kind, text] of [
      ['werk_zoeken', 'Je zoekt een bijbaan van tien uur per week'],
      ['verplichting', 'Je komt naar de afspraken of je belt af'],
      ['ondersteuning', 'De gemeente helpt je met de inschrijving bij Woonnet'],
    ]) {
      await staff.send('POST', `/api/plan-versions/${v1.id}/agreements`, { kind, text });
    }
    const planNow = async () => (await staff.get<PlanOverview>(`/api/cases/${caseId}/plan`)).current!;
    await staff.send('PATCH', `/api/plan-versions/${v1.id}`, { evaluationDate: addDays(todayInNl(), 90), version: (await planNow()).version });

    // In the concept, her own step goes straight into the plan, shown as hers.
    await reload(yp);
    await yp.getByText('Je plan is nog niet af. Wat je nu opschrijft, komt meteen in het plan.').waitFor();
    const addStepButton = yp.getByRole('button', { name: 'Stap toevoegen bij het doel “Een eigen kamer vinden”' });
    await addStepButton.click();
    const stepField = yp.getByLabel('Wat ga jij doen? bij het doel “Een eigen kamer vinden”');
    await stepField.waitFor();
    await expectAccessible(yp, 'mijn plan, stap toevoegen');
    await stepField.fill('Ik schrijf me in bij Woonnet');
    await yp.getByRole('button', { name: 'Stap opslaan' }).click();
    await yp.getByText('Je stap staat in je plan. Jij doet deze stap.').waitFor();
    const ownStep = yp.getByRole('checkbox', { name: 'Klaar: Ik schrijf me in bij Woonnet' });
    await ownStep.waitFor();
    expect(await yp.locator('li.koers-my-step').filter({ hasText: 'Ik schrijf me in bij Woonnet' }).textContent()).toContain('Wie: jij · door jou geschreven');
    await expectAccessible(yp, 'mijn plan, eigen stap toegevoegd');
    const staffStep = (await planNow()).goals[0]!.steps.find((s) => s.text === 'Ik schrijf me in bij Woonnet')!;
    expect(staffStep.owner.kind).toBe('jongere');
    expect(staffStep.author.role).toBe('jongere');

    // She rewords her own step once (in the concept it changes at once), and staff see the new words.
    await yp.getByRole('button', { name: 'Woorden aanpassen van de stap “Ik schrijf me in bij Woonnet”' }).click();
    const wording = yp.getByLabel('Je stap in andere woorden');
    await wording.fill('Ik schrijf me deze week in bij Woonnet');
    await expectAccessible(yp, 'mijn plan, stap in andere woorden');
    await yp.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await yp.getByText('Je stap is aangepast.').waitFor();
    await yp.getByRole('checkbox', { name: 'Klaar: Ik schrijf me deze week in bij Woonnet' }).waitFor();
    expect((await planNow()).goals[0]!.steps.map((s) => s.text)).toContain('Ik schrijf me deze week in bij Woonnet');

    // The klantmanager puts the plan to her; she agrees in the browser.
    await staff.send('POST', `/api/plan-versions/${v1.id}/propose`, { version: (await planNow()).version });
    await reload(yp);
    await yp.getByRole('heading', { level: 2, name: 'Ben je het eens met je plan?' }).waitFor();
    await expectAccessible(yp, 'mijn plan, instemmen');
    await yp.getByRole('button', { name: 'Ik ben het eens met mijn plan' }).click();
    await yp.getByText('Je hebt gezegd dat je het eens bent. Dank je!').waitFor();
    await yp.getByText('Je hebt al gezegd dat je het eens bent met dit plan.').waitFor();
    await expectAccessible(yp, 'mijn plan, ingestemd');

    // Staff see it recorded as given by the jongere herself (API and the plan tab).
    const signed = await planNow();
    expect(signed.status).toBe('voorgesteld');
    expect(signed.signOff.youth).toMatchObject({ via: 'eigen_login' });
    await km.page.goto(`/trajecten/${caseId}/plan`);
    await km.page.getByText(/Zelf ingestemd in Koers/).first().waitFor();
    await expectAccessible(km.page, 'plan, ingestemd door de jongere zelf');

    // The klantmanager agrees too: the plan is vastgesteld. A new step of hers now becomes a proposal.
    await staff.send('POST', `/api/plan-versions/${v1.id}/agree`, { party: 'klantmanager', version: (await planNow()).version });
    expect((await planNow()).status).toBe('vastgesteld');
    await reload(yp);
    await addStepButton.click();
    await stepField.fill('Ik vraag mijn tante of ik daar even kan wonen');
    await yp.getByRole('button', { name: 'Stap opslaan' }).click();
    await yp.getByText(/Je stap is naar je klantmanager gestuurd/).waitFor();
    await yp.getByRole('heading', { level: 3, name: 'Wat je hebt voorgesteld' }).waitFor();
    expect(await yp.getByRole('listitem').filter({ hasText: 'Ik vraag mijn tante of ik daar even kan wonen' }).count()).toBeGreaterThan(0);
    await expectAccessible(yp, 'mijn plan, stap voorgesteld');
    const proposals = await staff.get<{ items: { kind: string; text: string }[] }>(`/api/cases/${caseId}/youth-proposals?status=open`);
    expect(proposals.items.map((p) => [p.kind, p.text])).toContainEqual(['nieuwe_stap', 'Ik vraag mijn tante of ik daar even kan wonen']);

    // Consent for private things: she gives it herself…
    const consent = yp.getByRole('region', { name: 'Privé: jouw achtergrond, geloof en gender' });
    await consent.getByText('Jij kiest. Zeg je nee? Dan krijg je gewoon dezelfde hulp.').waitFor();
    await consent.getByRole('button', { name: 'Ik geef toestemming' }).click();
    await consent.getByText('Dank je. Je hebt toestemming gegeven. Je kunt altijd weer stoppen.').waitFor();
    await consent.getByText(/^Je hebt toestemming gegeven op /).waitFor();
    await expectAccessible(yp, 'mijn plan, toestemming gegeven');
    const given = (await staff.get<IntakeDetail>(`/api/cases/${caseId}/intake`)).diversityConsent;
    expect(given).toMatchObject({ givenVia: 'eigen_login', recordedBy: { name } });

    // …and withdraws it after an inline confirm.
    await consent.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await consent.getByRole('group', { name: /Weet je het zeker\?/ }).waitFor();
    await expectAccessible(yp, 'mijn plan, toestemming intrekken?');
    await consent.getByRole('button', { name: 'Ja, stoppen en wissen' }).click();
    await consent.getByText('Je toestemming is ingetrokken. We hebben alles hierover gewist.').waitFor();
    await consent.getByRole('button', { name: 'Ik geef toestemming' }).waitFor();
    await expectAccessible(yp, 'mijn plan, toestemming ingetrokken');
    const after = await staff.get<IntakeDetail>(`/api/cases/${caseId}/intake`);
    expect(after.diversityConsent).toBeNull();
    expect(after.withdrawnDiversityConsent).toMatchObject({ id: given!.id, withdrawnVia: 'eigen_login' });
    expect(await yp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    expect(youth.errors).toEqual([]);
    expect(km.errors).toEqual([]);
    await youth.context.close();
    await km.context.close();
  }, 240_000);
});
