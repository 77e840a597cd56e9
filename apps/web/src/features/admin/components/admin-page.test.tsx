import type { UserSummary } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const me = makeSession({ role: 'beheerder', name: 'Bram Hendriks', id: 'u-me' });

function user(id: string, name: string, active = true): UserSummary {
  return { id, name, email: `${id}@koers.test`, role: 'klantmanager', team: { id: 't1', name: 'Team Centrum' }, active, createdAt: '2026-01-01T00:00:00.000Z', workPhone: null };
}

describe('beheer', () => {
  it('loads more accounts with the cursor, and switches an account off', async () => {
    const requested: string[] = [];
    const fetch = fakeFetch({
      'GET /api/users': ({ path }) => {
        requested.push(path);
        return path.includes('cursor=next-1')
          ? jsonResponse({ items: [user('u2', 'Sanne Visser')], nextCursor: null })
          : jsonResponse({ items: [user('u-me', 'Bram Hendriks'), user('u1', 'Karim El Amrani')], nextCursor: 'next-1' });
      },
      'GET /api/teams': () => jsonResponse({ items: [{ id: 't1', name: 'Team Centrum', createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null }),
      'POST /api/users/u1/deactivate': () => jsonResponse(user('u1', 'Karim El Amrani', false)),
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();

    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    expect(await within(accounts).findByRole('rowheader', { name: 'Karim El Amrani' })).toBeInTheDocument();
    expect(within(accounts).queryByRole('button', { name: /schakelen Bram Hendriks/ })).not.toBeInTheDocument();

    await u.click(within(accounts).getByRole('button', { name: 'Meer laden' }));
    expect(await within(accounts).findByRole('rowheader', { name: 'Sanne Visser' })).toBeInTheDocument();
    expect(requested).toContain('/api/users?cursor=next-1');
    expect(within(accounts).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();

    await u.click(within(accounts).getByRole('button', { name: 'Uitschakelen Karim El Amrani' }));
    expect(await within(accounts).findByRole('button', { name: 'Inschakelen Karim El Amrani' })).toBeInTheDocument();
    const row = within(accounts).getByRole('rowheader', { name: 'Karim El Amrani' }).closest('tr')!;
    expect(row).toHaveTextContent('Uitgeschakeld');
  });

  it('creates a staff account with role and team', async () => {
    let sent: unknown;
    const fetch = fakeFetch({
      'GET /api/users': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/teams': () => jsonResponse({ items: [{ id: 't1', name: 'Team Centrum', createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null }),
      'POST /api/users': ({ body }) => {
        sent = body;
        return jsonResponse(user('u9', 'Sanne Visser'), 201);
      },
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();

    await u.type(await screen.findByLabelText('Naam'), 'Sanne Visser');
    await u.type(screen.getByLabelText('E-mailadres'), 'sanne@koers.test');
    await u.selectOptions(screen.getByLabelText('Rol'), 'Teamleider');
    await screen.findByRole('option', { name: 'Team Centrum' });
    await u.selectOptions(screen.getByLabelText('Team'), 'Team Centrum');
    await u.type(screen.getByLabelText('Eerste wachtwoord'), 'een lang eerste wachtwoord');
    await u.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(await screen.findByText('Het account van Sanne Visser is aangemaakt.')).toBeInTheDocument();
    expect(sent).toEqual({ name: 'Sanne Visser', email: 'sanne@koers.test', role: 'teamleider', teamId: 't1', password: 'een lang eerste wachtwoord' });
  });
});
