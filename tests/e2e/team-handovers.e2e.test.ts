import { type CaseDetail, type HandoverPage, type HandoverSettings, type Page as ListPage, type SessionResponse, type Team, type UserSummary } from '@koers/contracts';
import { addYears, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, DEMO_PASSWORD } from './support/api';
import { chromiumPath, expectAccessible, login, openPage, useBrowser } from './support/browser';

const PASSWORD = 'e2e-overdracht-wachtwoord';

/**
 * "Iemand vertrekt" and the team's handover rules, as the teamleider (Tessa). So that no other test's
 * demo data changes, the test brings its own people: a klantmanager who leaves with three cases, and
 * two colleagues who take them over (all in Tessa's team). The rule it changes is put back, and the
 * planned handovers are aborted at the end.
 */
describe.runIf(chromiumPath)('the teamleider plans handovers for someone who leaves and sets the team’s rules', () => {
  const baseUrl = inject('baseUrl');
  const run = Date.now() % 100000;
  const youthNames = [`Ada Vertrek ${run}`, `Bo Vertrek ${run}`, `Cas Vertrek ${run}`];
  const leaverName = `Lieke Vertrekt ${run}`;
  const colleagueNames = [`Olaf Opvolger ${run}`, `Pien Opvolger ${run}`];
  const browser = useBrowser();

  beforeAll(async () => {
    const admin = await apiAs(baseUrl, 'beheerder@koers.demo');
    const teams = await admin.get<ListPage<Team>>('/api/teams?limit=100');
    const teamId = teams.items.find((t) => t.name === 'Team Jongeren Centrum')!.id;
    for (const [i, name] of [leaverName, ...colleagueNames].entries()) {
      await admin.post<UserSummary>('/api/users', { name, email: `vertrek-${run}-${i}@koers.test`, role: 'klantmanager', teamId, password: PASSWORD });
    }
    const leaver = await apiAs(baseUrl, `vertrek-${run}-0@koers.test`, PASSWORD);
    for (const name of youthNames) {
      await leaver.post<CaseDetail>('/api/cases', { name, dateOfBirth: addYears(todayInNl(), -20), preferredContact: 'phone' });
    }
  });

  afterAll(async () => {
    // Leave the team's work as it was: the planned handovers of this test do not go on.
    const leader = await apiAs(baseUrl, 'teamleider@koers.demo');
    const open = await leader.get<HandoverPage>('/api/team/handovers?limit=100');
    for (const h of open.items.filter((x) => youthNames.includes(x.youthName))) {
      const detail = await leader.get<{ version: number }>(`/api/handovers/${h.id}`);
      await leader.post(`/api/handovers/${h.id}/abort`, { reason: 'Einde van de browsertest.', version: detail.version });
    }
  });

  it('changes a rule and restores it, plans a spread of a whole caseload and sees the handovers in progress', async () => {
    const leader = await openPage(browser, baseUrl);
    const { page } = leader;
    await login(page, 'teamleider@koers.demo', DEMO_PASSWORD);
    await page.waitForURL('**/team');
    await page.goto('/team/overdrachten');
    await page.getByRole('heading', { name: 'Overdrachten van het team', level: 1 }).waitFor();

    // The team's rules: change the predecessor's read period, then put it back.
    const rules = page.getByRole('form', { name: 'Regels voor warme overdracht' });
    const read = rules.getByLabel('Leestermijn vorige contactpersoon (dagen)');
    await expect.poll(() => read.inputValue()).toMatch(/^\d+$/);
    const original = await read.inputValue();
    const changed = String(Number(original) === 90 ? 89 : Number(original) + 1);
    await read.fill('91');
    await rules.getByRole('button', { name: 'Regels opslaan' }).click();
    await rules.getByRole('alert').filter({ hasText: 'Kies een aantal dagen van 0 tot en met 90.' }).waitFor();
    await expectAccessible(page, 'overdrachtsregels met een fout');
    await read.fill(changed);
    await rules.getByRole('button', { name: 'Regels opslaan' }).click();
    await rules.getByRole('status').filter({ hasText: 'De regels voor warme overdracht zijn opgeslagen.' }).waitFor();
    await expectAccessible(page, 'overdrachten van het team met de regels');
    await page.reload();
    await expect.poll(() => page.getByRole('form', { name: 'Regels voor warme overdracht' }).getByLabel('Leestermijn vorige contactpersoon (dagen)').inputValue()).toBe(changed);
    const again = page.getByRole('form', { name: 'Regels voor warme overdracht' });
    await again.getByLabel('Leestermijn vorige contactpersoon (dagen)').fill(original);
    await again.getByRole('button', { name: 'Regels opslaan' }).click();
    await again.getByRole('status').filter({ hasText: 'De regels voor warme overdracht zijn opgeslagen.' }).waitFor();
    const api = await apiAs(baseUrl, 'teamleider@koers.demo');
    const session = await api.get<SessionResponse>('/api/auth/session');
    expect((await api.get<HandoverSettings>(`/api/teams/${session.user.team!.id}/handover-settings`)).predecessorReadDays).toBe(Number(original));

    // Someone leaves: choose who (with their caseload), who takes over, the reason; get a proposal.
    await page.getByRole('link', { name: 'Overdrachten plannen voor iemand die vertrekt' }).click();
    await page.getByRole('heading', { name: 'Iemand vertrekt: overdrachten plannen', level: 1 }).waitFor();
    const step1 = page.getByRole('form', { name: '1. Wie vertrekt en wie neemt het over?' });
    await step1.getByLabel('Klantmanager die vertrekt').selectOption({ label: `${leaverName} (3 actieve trajecten)` });
    await step1.getByText(`${leaverName} heeft 3 lopende trajecten om te verdelen.`).waitFor();
    const colleagues = step1.getByRole('group', { name: 'Collega’s die trajecten overnemen' });
    for (const name of colleagueNames) await colleagues.getByRole('checkbox', { name: new RegExp(`^${name} \\(0 actieve trajecten`) }).check();
    await step1.getByLabel('Reden van de overdracht').fill('Lieke gaat naar een andere gemeente.');
    await expectAccessible(page, 'iemand vertrekt: keuzes');
    await step1.getByRole('button', { name: 'Verdeling voorstellen' }).click();

    // The proposal: one select per case; move the first case to Pien, keyboard only.
    const step2 = page.getByRole('form', { name: '2. Verdeling controleren en plannen' });
    await step2.waitFor();
    const first = step2.getByRole('combobox', { name: `Nieuwe contactpersoon voor ${youthNames[0]}` });
    await first.focus();
    await first.selectOption({ label: colleagueNames[1]! });
    expect(await first.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe(colleagueNames[1]);
    await expectAccessible(page, 'iemand vertrekt: voorgestelde verdeling');
    await step2.getByRole('button', { name: 'Alle 3 overdrachten plannen' }).focus();
    await page.keyboard.press('Enter');

    // Planned: the result, and each case follows the normal workflow.
    await page.getByRole('heading', { name: 'Overdrachten gepland' }).waitFor();
    await page.getByRole('status').filter({ hasText: '3 overdrachten zijn gepland' }).waitFor();
    const result = page.getByRole('table', { name: 'Geplande overdrachten (3)' });
    expect(await result.getByRole('row').filter({ hasText: youthNames[0] }).textContent()).toContain(colleagueNames[1]);
    await expectAccessible(page, 'iemand vertrekt: gepland');

    // In the team's list of handovers in progress.
    await page.getByRole('link', { name: 'Naar de overdrachten van het team' }).click();
    const inProgress = page.getByRole('region', { name: 'Lopende overdrachten', exact: true });
    for (const name of youthNames) {
      const row = inProgress.getByRole('row').filter({ hasText: name });
      await row.first().waitFor();
      expect(await row.textContent()).toContain('Wacht op acceptatie door de opvolger');
    }
    await expectAccessible(page, 'overdrachten van het team na iemand vertrekt');
    expect(leader.errors).toEqual([]);
    await leader.context.close();
  });
});
