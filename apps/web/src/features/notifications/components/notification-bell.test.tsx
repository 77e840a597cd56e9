import type { AppNotification } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const note: AppNotification = {
  id: 'n1',
  kind: 'overdracht_voorgesteld',
  title: 'U bent gevraagd als opvolger',
  body: 'Karim vraagt u Noa over te nemen.',
  caseId: '11111111-1111-4111-8111-111111111111',
  handoverId: '33333333-3333-4333-8333-333333333333',
  createdAt: '2026-11-20T10:00:00.000Z',
  readAt: null,
};

describe('Meldingen (bell)', () => {
  it('names the unread count, lists the notifications and marks one read', async () => {
    let unread = 2;
    let marked = '';
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: unread }),
      'GET /api/notifications': () => jsonResponse({ items: [marked ? { ...note, readAt: '2026-11-21T10:00:00.000Z' } : note], nextCursor: null }),
      'POST /api/notifications/n1/read': () => {
        marked = 'n1';
        unread = 1;
        return jsonResponse({ ...note, readAt: '2026-11-21T10:00:00.000Z' });
      },
      'GET /api/cases': () => jsonResponse({ items: [], nextCursor: null }),
    });
    renderApp('/caseload', { fetch, session: makeSession() });
    const user = userEvent.setup();
    const bell = await screen.findByRole('button', { name: 'Meldingen, 2 ongelezen' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    const panel = await screen.findByRole('region', { name: 'Meldingen' });
    expect(await within(panel).findByText('U bent gevraagd als opvolger')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Markeer als gelezen: U bent gevraagd als opvolger' }));
    expect(await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' })).toBeInTheDocument();
    expect(marked).toBe('n1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Meldingen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Meldingen, 1 ongelezen' })).toHaveFocus();
  });
});
