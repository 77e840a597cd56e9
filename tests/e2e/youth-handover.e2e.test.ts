import type { HandoverDetail } from '@koers/contracts';
import { addDays, addYears, todayInNl } from '@koers/domain';
import { request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiAs, createActivatedYouth, DEMO_PASSWORD as PASSWORD } from './support/api';
import { chromiumPath, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

/**
 * The jongere's own part in a warme overdracht, on a phone: Karim registers a jongere and invites her
 * (she activates her account), proposes Sanne as her new klantmanager; the jongere gives her
 * preference on Mijn plan, and after the kennismaking confirms it took place; Karim sees both marked
 * as hers. Everything on a case of its own (no demo data changed); the handover is aborted at the end.
 */
describe.runIf(chromiumPath)('the jongere in a warm handover, through her own login', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('gives a preference and confirms a meeting on her phone; the klantmanager sees both as given by her', async () => {
    const today = todayInNl();
    const stamp = Date.now() % 1_000_000;
    const name = `Lotte Overdracht ${stamp}`;
    const email = `lotte.${stamp}@koers.test`;
    const password = 'mijn fiets is groen en snel';

    // Set-up through the API, as Karim: a new jongere with her own account (invitation + activation).
    const karimApi = await apiAs(baseUrl, 'klantmanager@koers.demo');
    const sanneApi = await apiAs(baseUrl, 'klantmanager2@koers.demo');
    const anonymous = await request.newContext({ baseURL: baseUrl });
    const { kase } = await createActivatedYouth(karimApi, anonymous, { name, email, password, dateOfBirth: addYears(today, -19) });
    await anonymous.dispose();

    // Karim proposes Sanne, with a reason meant for staff only.
    const staffReason = 'Karim gaat minder uren werken (alleen voor medewerkers).';
    let handover = await karimApi.post<HandoverDetail>(`/api/cases/${kase.id}/handovers`, {
      candidateUserIds: [sanneApi.user.id],
      reason: staffReason,
      plannedSwitchDate: addDays(today, 30),
    });

    // The jongere, on her phone: Mijn plan says she gets a new klantmanager, who and when.
    const youth = await openPage(browser, baseUrl, PHONE);
    await login(youth.page, email, password);
    await youth.page.waitForURL('**/mijn-plan');
    const section = youth.page.getByRole('region', { name: 'Je krijgt een nieuwe klantmanager' });
    await section.waitFor();
    await section.getByText('Karim El Amrani is nu je klantmanager.', { exact: false }).waitFor();
    await section.getByRole('link', { name: 'Mail naar Sanne Visser' }).waitFor();
    expect(await section.textContent()).not.toContain(staffReason);
    await expectAccessible(youth.page, 'mijn plan, nieuwe klantmanager');
    expect(await youth.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Saving without a choice: told what to do.
    await section.getByRole('button', { name: 'Mijn keuze opslaan' }).click();
    await youth.page.getByRole('alert').filter({ hasText: 'Je keuze is nog niet opgeslagen.' }).waitFor();
    await expectAccessible(youth.page, 'mijn plan, keuze zonder naam');

    // Her preference, with a remark.
    await section.getByRole('radio', { name: 'Sanne Visser' }).check();
    await section.getByLabel('Wil je er iets bij zeggen? Dat mag, maar het hoeft niet.').fill('Ik ken Sanne van de sportavond.');
    await section.getByRole('button', { name: 'Mijn keuze opslaan' }).click();
    await section.getByRole('status').filter({ hasText: 'Opgeslagen. Je klantmanager ziet nu je keuze.' }).waitFor();
    await section.getByText('Jouw keuze: Sanne Visser.').waitFor();
    await expectAccessible(youth.page, 'mijn plan, keuze opgeslagen');

    // Karim sees it, marked as given by the jongere herself.
    const karim = await openPage(browser, baseUrl);
    await login(karim.page, 'klantmanager@koers.demo', PASSWORD);
    await karim.page.waitForURL('**/caseload');
    await karim.page.goto(`/trajecten/${kase.id}/overdracht`);
    await karim.page.getByRole('heading', { name: /Lopende overdracht/ }).waitFor();
    const preference = karim.page.locator('dt', { hasText: 'Voorkeur van de jongere' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => preference.textContent()).toContain('Sanne Visser (door de jongere zelf) — Ik ken Sanne van de sportavond.');
    await expectAccessible(karim.page, 'overdracht met voorkeur van de jongere');

    // Sanne accepts, Karim tells the jongere and logs a kennismaking (with a note for staff only).
    handover = await karimApi.get<HandoverDetail>(`/api/handovers/${handover.id}`);
    handover = await sanneApi.post<HandoverDetail>(`/api/handovers/${handover.id}/accept`, { version: handover.version });
    handover = await karimApi.post<HandoverDetail>(`/api/handovers/${handover.id}/announce`, { announcedOn: today, how: 'face_to_face', version: handover.version });
    const meetingNote = 'Notitie over de kennismaking, alleen voor medewerkers.';
    handover = await karimApi.post<HandoverDetail>(`/api/handovers/${handover.id}/meetings`, { heldOn: today, currentContactPresent: true, note: meetingNote, version: handover.version });

    // The jongere confirms the meeting took place.
    await youth.page.reload();
    await section.getByText('Je nieuwe klantmanager wordt Sanne Visser.').waitFor();
    const meetings = section.getByRole('list').filter({ hasText: 'Gesprek op' });
    await meetings.getByText('Karim El Amrani was er ook bij.').waitFor();
    expect(await section.textContent()).not.toContain(meetingNote);
    await expectAccessible(youth.page, 'mijn plan, kennismakingsgesprek');
    await meetings.getByRole('textbox').fill('Fijn gesprek, Sanne is aardig.');
    await meetings.getByRole('button', { name: /^Ja, het gesprek van .+ is geweest$/ }).click();
    await section.getByRole('status').filter({ hasText: /^Opgeslagen\. Je klantmanager ziet dat het gesprek van .+ is geweest\.$/ }).waitFor();
    await section.getByText('Je hebt laten weten dat dit gesprek is geweest. Dank je!').waitFor();
    await expectAccessible(youth.page, 'mijn plan, gesprek bevestigd');

    // Karim sees the confirmation on the meeting.
    await karim.page.reload();
    const meetingList = karim.page.locator('dt', { hasText: 'Kennismakingen' }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => meetingList.textContent()).toContain('bevestigd door de jongere (de jongere: “Fijn gesprek, Sanne is aardig.”)');
    await expectAccessible(karim.page, 'overdracht met bevestigde kennismaking');

    // Leave the team's open handovers as they were.
    handover = await karimApi.get<HandoverDetail>(`/api/handovers/${handover.id}`);
    await karimApi.post(`/api/handovers/${handover.id}/abort`, { reason: 'Einde van de browsertest.', version: handover.version });

    for (const p of [youth, karim]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });
});
