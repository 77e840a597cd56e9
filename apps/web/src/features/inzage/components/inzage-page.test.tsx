import type { AccessLogEntry, AccessLogPage } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const session = makeSession({ role: 'jongere', name: 'Noa Jansen', email: null, team: null });
const PATH = '/mijn-plan/mijn-gegevens';

function entry(n: number, overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: String(100 - n),
    at: `2026-11-${String(20 - n).padStart(2, '0')}T10:00:00.000Z`,
    actorName: 'Karim El Amrani',
    actorRole: 'klantmanager',
    actorRoleLabel: 'Klantmanager',
    byYou: false,
    description: 'Heeft je plan bekeken',
    ...overrides,
  };
}

describe('Wat Koers over jou weet', () => {
  it('explains the right, offers both downloads and lists who looked, page by page with focus on the first new line', async () => {
    const cursors: (string | null)[] = [];
    const fetch = fakeFetch({
      'GET /api/me/access-log': ({ path }) => {
        const cursor = new URL(path, 'http://koers.test').searchParams.get('cursor');
        cursors.push(cursor);
        const page: AccessLogPage = cursor
          ? { items: [entry(3, { actorName: 'Tessa de Vries', actorRole: 'teamleider', actorRoleLabel: 'Teamleider', description: 'Heeft je dossier bekeken' })], nextCursor: null }
          : { items: [entry(1), entry(2, { description: 'Heeft een contactmoment opgeschreven' })], nextCursor: 'volgende' };
        return jsonResponse(page);
      },
    });
    renderApp(PATH, { fetch, session });

    expect(await screen.findByRole('heading', { level: 1, name: 'Wat Koers over jou weet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Dit is jouw recht' })).toBeInTheDocument();
    expect(screen.getByText(/Dat staat in de wet \(de AVG\)/)).toBeInTheDocument();

    const pdf = screen.getByRole('link', { name: 'Download als PDF' });
    expect(pdf).toHaveAttribute('href', '/api/me/inzage.pdf');
    expect(pdf).toHaveAttribute('download');
    expect(pdf).toHaveAccessibleDescription('Een PDF kun je lezen en printen.');
    const json = screen.getByRole('link', { name: 'Download als bestand (JSON)' });
    expect(json).toHaveAttribute('href', '/api/me/inzage');
    expect(json).toHaveAttribute('download');

    const log = screen.getByRole('region', { name: 'Wie keek er in jouw dossier' });
    const list = await within(log).findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Karim El Amrani (klantmanager)');
    expect(items[0]).toHaveTextContent('Heeft je plan bekeken');
    expect(items[1]).toHaveTextContent('Heeft een contactmoment opgeschreven');
    expect(within(items[0]!).getByText(/19 november 2026/)).toHaveAttribute('datetime', '2026-11-19T10:00:00.000Z');

    await userEvent.click(within(log).getByRole('button', { name: 'Meer laden' }));
    const third = await within(log).findByText('Heeft je dossier bekeken');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(third.closest('li')).toHaveTextContent('Tessa de Vries (teamleider)');
    expect(third.closest('li')).toHaveFocus();
    expect(within(log).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(cursors).toEqual([null, 'volgende']);

    expect(screen.getByRole('link', { name: 'Terug naar Mijn plan' })).toHaveAttribute('href', '/mijn-plan');
  });

  it('says so when nobody looked yet', async () => {
    const fetch = fakeFetch({ 'GET /api/me/access-log': () => jsonResponse({ items: [], nextCursor: null }) });
    renderApp(PATH, { fetch, session });
    expect(await screen.findByText('Nog niemand heeft in je dossier gekeken.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });

  it('explains a missing dossier in plain words, and shows other problems with a retry', async () => {
    const fetch = fakeFetch({ 'GET /api/me/access-log': () => problemResponse({ status: 404, title: 'Je dossier is niet gevonden.' }) });
    const first = renderApp(PATH, { fetch, session });
    expect(await screen.findByText(/Je hebt nog geen dossier in Koers/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download als PDF' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    first.unmount();

    let calls = 0;
    const failing = fakeFetch({
      'GET /api/me/access-log': () => {
        calls += 1;
        return calls === 1 ? problemResponse({ status: 500, title: 'Er ging iets mis.' }) : jsonResponse({ items: [entry(1)], nextCursor: null });
      },
    });
    renderApp(PATH, { fetch: failing, session });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Er ging iets mis.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Heeft je plan bekeken')).toBeInTheDocument();
  });

  it('is for a jongere only: staff do not get the page', async () => {
    const calls: string[] = [];
    const fetch = fakeFetch({
      'GET /api/me/access-log': () => {
        calls.push('access-log');
        return jsonResponse({ items: [], nextCursor: null });
      },
      'GET /api/cases': () => jsonResponse({ items: [], nextCursor: null }),
    });
    renderApp(PATH, { fetch, session: makeSession({ role: 'klantmanager' }) });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Wat Koers over jou weet');
    expect(calls).toEqual([]);
  });

  it('is linked from Mijn plan', async () => {
    const fetch = fakeFetch({
      'GET /api/me/plan': () => problemResponse({ status: 404, title: 'Je plan is niet gevonden.' }),
      'GET /api/me/access-log': () => jsonResponse({ items: [], nextCursor: null }),
    });
    renderApp('/mijn-plan', { fetch, session });
    expect(await screen.findByText(/Je hebt nog geen plan in Koers/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Wat weet Koers over jou? Bekijk en download je gegevens' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat Koers over jou weet' })).toBeInTheDocument();
    expect(await screen.findByText('Nog niemand heeft in je dossier gekeken.')).toBeInTheDocument();
  });
});
