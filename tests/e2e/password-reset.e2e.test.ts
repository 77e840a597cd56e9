import type { Page as ApiPage, Team, UserSummary } from '@koers/contracts';
import { describe, expect, inject, it } from 'vitest';
import { apiAs, DEMO_PASSWORD, loginFromNode } from './support/api';
import { chromiumPath, DESKTOP, expectAccessible, login, openPage, useBrowser } from './support/browser';

/**
 * Koers sends no e-mail: a forgotten password is solved by a person who hands over a one-time link.
 * The beheerder makes the link for a staff member; the staff member chooses a new password with it,
 * is logged out everywhere else, and logs in with the new password.
 */
describe.runIf(chromiumPath)('a forgotten password: the beheerder makes a "nieuw wachtwoord kiezen" link', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('the staff member sets a new password with the link, old sessions end, and the new password logs in; every page passes axe', async () => {
    const stamp = Date.now() % 1_000_000;
    // "Aa…" sorts first, so the new account is on the first page of the beheerder's list.
    const name = `Aafke Vergeten ${stamp}`;
    const email = `aafke-${stamp}@e2e.koers.test`;
    const newPassword = 'de boot vaart om negen uur';

    const admin = await apiAs(baseUrl, 'beheerder@koers.demo');
    const teams = await admin.get<ApiPage<Team>>('/api/teams');
    await admin.post<UserSummary>('/api/users', { name, email, role: 'klantmanager', teamId: teams.items[0]!.id, password: DEMO_PASSWORD });
    // The staff member is still logged in somewhere with the old password.
    const old = await loginFromNode(baseUrl, email);
    const oldSession = () => fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: old.cookie } }).then((r) => r.status);
    expect(await oldSession()).toBe(200);

    // The beheerder makes the link in the account list.
    const beheer = await openPage(browser, baseUrl, DESKTOP);
    await login(beheer.page, 'beheerder@koers.demo', DEMO_PASSWORD);
    await beheer.page.waitForURL('**/beheer');
    await beheer.page.getByRole('button', { name: `Link voor nieuw wachtwoord maken (${name})` }).click();
    await beheer.page.getByRole('heading', { name: `De link voor een nieuw wachtwoord voor ${name} is klaar` }).waitFor();
    const link = await beheer.page.getByRole('textbox', { name: 'Link voor nieuw wachtwoord' }).inputValue();
    expect(link).toMatch(/\/nieuw-wachtwoord#[\w-]{40,}$/);
    await expectAccessible(beheer.page, 'beheer met link voor nieuw wachtwoord');
    // Making the link changed nothing yet.
    expect(await oldSession()).toBe(200);
    expect(beheer.errors).toEqual([]);
    await beheer.context.close();

    // The staff member opens the link and chooses a new password; the page speaks to staff as "u".
    const staff = await openPage(browser, baseUrl, DESKTOP);
    await staff.page.goto(`/nieuw-wachtwoord#${link.split('#')[1]}`);
    await staff.page.getByRole('heading', { level: 1, name: `Nieuw wachtwoord kiezen voor ${name}` }).waitFor();
    await expectAccessible(staff.page, 'nieuw wachtwoord kiezen');
    await staff.page.getByLabel('Kies een nieuw wachtwoord').fill(newPassword);
    await staff.page.getByLabel('Herhaal uw wachtwoord').fill(newPassword);
    await staff.page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Uw nieuwe wachtwoord is opgeslagen' }).waitFor();
    await expectAccessible(staff.page, 'nieuw wachtwoord opgeslagen');
    expect(await oldSession()).toBe(401);

    // Then logs in with the new password (the old one no longer works).
    await staff.page.getByRole('link', { name: 'Naar inloggen' }).click();
    await staff.page.waitForURL('**/inloggen');
    await login(staff.page, email, newPassword);
    await staff.page.waitForURL('**/caseload');
    expect(await staff.page.getByRole('banner').textContent()).toContain(name);

    // The link works once. (A used link no longer tells whose it was: the page then says "je", as to anyone.)
    await staff.page.goto(`/nieuw-wachtwoord#${link.split('#')[1]}`);
    await staff.page.getByRole('heading', { level: 1, name: 'Je link werkt niet meer' }).waitFor();
    await expectAccessible(staff.page, 'gebruikte link voor nieuw wachtwoord');
    expect(staff.errors).toEqual([]);
    await staff.context.close();
    const oldPassword = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
    expect(oldPassword.status).toBe(401);
  });
});
