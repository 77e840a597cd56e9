import type { HandoverSummary } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { proposedSummary } from '../test/handover-factories';

// makeSession's user is Karim (…0001).
const ME = { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani' };
const SANNE = { id: '00000000-0000-4000-8000-000000000002', name: 'Sanne Visser' };
const RUBEN = { id: '00000000-0000-4000-8000-000000000003', name: 'Ruben Bakker' };

function summary(id: string, youthName: string, overrides: Partial<HandoverSummary>): HandoverSummary {
  return proposedSummary({ id, caseId: `11111111-1111-4111-8111-00000000000${id.slice(-1)}`, youthName, from: ME, successor: SANNE, daysToSwitch: 12, proposedAt: '2026-11-01T10:00:00.000Z', ...overrides });
}

describe('Mijn overdrachten', () => {
  it('lists my handovers with my part, the step and what I need to do next, a page at a time', async () => {
    const page1 = [
      summary('h1', 'Noa Jansen', { status: 'aangekondigd', nextStep: 'kennismaken', warnings: [{ code: 'te_weinig_kennismakingen', message: 'Er zijn nog 2 kennismakingen nodig.' }] }),
      summary('h2', 'Omar Haddou', { from: RUBEN, successor: ME, nextStep: 'wacht_op_acceptatie' }),
    ];
    const page2 = [summary('h3', 'Eva Mulder', { from: RUBEN, successor: null, nextStep: 'opvolger_kiezen' })];
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/handovers': ({ path }) => jsonResponse(path.includes('cursor=') ? { items: page2, nextCursor: null } : { items: page1, nextCursor: 'next' }),
    });
    renderApp('/mijn-overdrachten', { fetch, session: makeSession() });
    const table = await screen.findByRole('table', { name: 'Lopende overdrachten, eerstvolgende overdracht eerst' });
    const noa = within(table).getByRole('row', { name: /Noa Jansen/ });
    expect(noa).toHaveTextContent('Contactpersoon (u draagt over)');
    expect(noa).toHaveTextContent('Plan kennismakingen van Sanne Visser met de jongere, minstens één met u erbij.');
    expect(noa).toHaveTextContent('Er zijn nog 2 kennismakingen nodig.');
    expect(within(noa).getByRole('link', { name: 'Noa Jansen' })).toHaveAttribute('href', '/trajecten/11111111-1111-4111-8111-000000000001/overdracht');
    const omar = within(table).getByRole('row', { name: /Omar Haddou/ });
    expect(omar).toHaveTextContent('Opvolger van Ruben Bakker');
    expect(omar).toHaveTextContent('Accepteer de overdracht, of wijs hem af met een reden.');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Meer laden' }));
    const eva = await within(table).findByRole('row', { name: /Eva Mulder/ });
    expect(eva).toHaveTextContent('Mogelijke opvolger van Ruben Bakker');
    expect(eva).toHaveTextContent('Er wordt nog een opvolger gekozen. U kunt het traject alvast inzien.');
    // A candidate may read the case while the choice is open: the name links to it.
    expect(within(eva).getByRole('link', { name: 'Eva Mulder' })).toHaveAttribute('href', '/trajecten/11111111-1111-4111-8111-000000000003/overdracht');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });

  it('is linked from the caseload page', async () => {
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/cases': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/handovers': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const { router } = renderApp('/caseload', { fetch, session: makeSession() });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Mijn overdrachten' }));
    expect(router.state.location.pathname).toBe('/mijn-overdrachten');
    expect(await screen.findByText('U heeft geen lopende overdrachten.')).toBeInTheDocument();
  });
});
