import { readFile } from 'node:fs/promises';
import { type CaseloadPage, CSRF_HEADER, type InzageExport } from '@koers/contracts';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD as PASSWORD, loginFromNode } from './support/api';
import { chromiumPath, expectAccessible, login, openPage, PHONE, useBrowser } from './support/browser';

/** The demo klantmanager through the API (cookie + CSRF token), to prepare data and to look at Noa's case. */
async function staffSession(baseUrl: string): Promise<{ get: (path: string) => Promise<Response>; post: (path: string, body: unknown) => Promise<Response> }> {
  const { cookie, csrfToken } = await loginFromNode(baseUrl, 'klantmanager@koers.demo');
  return {
    get: (path) => fetch(`${baseUrl}${path}`, { headers: { cookie } }),
    post: (path, body) => fetch(`${baseUrl}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: csrfToken }, body: JSON.stringify(body) }),
  };
}

describe.runIf(chromiumPath)('Inzage on a phone: Noa sees and downloads what Koers holds about her', () => {
  const baseUrl = inject('baseUrl');
  const browser = useBrowser();

  it('shows the page (axe-clean), downloads the PDF and the JSON without internal notes, and lists a staff member who looked', async () => {
    // The klantmanager logs an internal note (long ago, so lists and signals stay as they were) and looks at Noa's case.
    const staff = await staffSession(baseUrl);
    const caseload = (await (await staff.get('/api/cases?q=Noa%20Jansen')).json()) as CaseloadPage;
    const noa = caseload.items.find((c) => c.youthName === 'Noa Jansen')!;
    expect(noa).toBeDefined();
    const secret = `Interne notitie inzage-test ${Date.now()}`;
    const occurredAt = new Date(Date.now() - 100 * 86_400_000).toISOString();
    expect((await staff.post(`/api/cases/${noa.id}/contacts`, { occurredAt, kind: 'phone', note: secret, internal: true })).status).toBe(201);
    expect((await staff.get(`/api/cases/${noa.id}`)).status).toBe(200);

    const { page, context, errors } = await openPage(browser, baseUrl, PHONE);
    await login(page, 'jongere@koers.demo', PASSWORD);
    await page.waitForURL('**/mijn-plan');
    await page.getByRole('link', { name: 'Wat weet Koers over jou? Bekijk en download je gegevens' }).click();
    await page.waitForURL('**/mijn-plan/mijn-gegevens');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Wat Koers over jou weet');
    // The menu has it too, marked as the current page.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Wat Koers weet' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Mijn plan' }).getAttribute('aria-current')).toBeNull();

    // Who looked: the klantmanager's read is listed, by name and role, in plain words.
    const log = page.getByRole('region', { name: 'Wie keek er in jouw dossier' });
    await log.getByRole('listitem').filter({ hasText: 'Karim El Amrani (klantmanager)' }).filter({ hasText: 'Heeft je dossier bekeken' }).first().waitFor();
    await expectAccessible(page, 'wat Koers over jou weet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The PDF.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^koers-inzage-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfBytes = await readFile((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(3_000);

    // The JSON: her plan's goals are in it, the internal note is not.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als bestand (JSON)' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^koers-inzage-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await json.path())!, 'utf8');
    const data = JSON.parse(text) as InzageExport;
    expect(data.person.name).toBe('Noa Jansen');
    const goals = data.cases.flatMap((c) => c.planVersions.flatMap((v) => v.goals.map((g) => g.title)));
    expect(goals).toEqual(expect.arrayContaining(['Een BBL-opleiding Helpende Zorg en Welzijn starten', 'Rust in geldzaken', 'Zelf een weekplanning maken']));
    expect(text).not.toContain(secret);
    expect(data.cases.flatMap((c) => c.contactMoments).length).toBeGreaterThan(0);
    expect(data.accessLog.some((e) => e.actorName === 'Karim El Amrani' && e.description === 'Heeft je dossier bekeken')).toBe(true);

    // Her own downloads are recorded, but "wie keek er" only lists others.
    await page.reload();
    await log.getByRole('listitem').first().waitFor();
    expect(await log.getByRole('listitem').filter({ hasText: 'Noa Jansen' }).count()).toBe(0);
    await expectAccessible(page, 'wat Koers over jou weet, na het downloaden');
    expect(errors).toEqual([]);
    await context.close();
  });
});
