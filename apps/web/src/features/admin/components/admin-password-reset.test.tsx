import type { UserSummary } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const me = makeSession({ role: 'beheerder', name: 'Bram Hendriks', id: 'u-me' });
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();

function account(id: string, name: string, role: UserSummary['role'] = 'klantmanager', active = true): UserSummary {
  return { id, name, email: `${id}@koers.test`, role, team: { id: 't1', name: 'Team Centrum' }, active, createdAt: '2026-01-01T00:00:00.000Z', workPhone: null };
}

const USERS = [account('u-me', 'Bram Hendriks', 'beheerder'), account('u1', 'Karim El Amrani'), account('u2', 'Sanne Visser', 'teamleider', false), account('u3', 'Noa Bakker', 'jongere')];

function fetchWith(extra: Parameters<typeof fakeFetch>[0] = {}) {
  return fakeFetch({
    'GET /api/users': () => jsonResponse({ items: USERS, nextCursor: null }),
    'GET /api/teams': () => jsonResponse({ items: [{ id: 't1', name: 'Team Centrum', createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null }),
    ...extra,
  });
}

describe('beheer: a "nieuw wachtwoord kiezen" link for a staff member', () => {
  it('is offered for active staff accounts only (not for jongeren, switched-off accounts or yourself)', async () => {
    renderApp('/beheer', { fetch: fetchWith(), session: me });
    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    expect(await within(accounts).findByRole('button', { name: 'Link voor nieuw wachtwoord maken (Karim El Amrani)' })).toBeInTheDocument();
    for (const name of ['Bram Hendriks', 'Sanne Visser', 'Noa Bakker']) {
      expect(within(accounts).queryByRole('button', { name: `Link voor nieuw wachtwoord maken (${name})` })).not.toBeInTheDocument();
    }
  });

  it('makes the link and shows it once, with focus on it', async () => {
    const fetch = fetchWith({
      'POST /api/users/u1/password-reset': () => jsonResponse({ id: 'r1', resetUrl: 'https://koers.test/nieuw-wachtwoord#karim', expiresAt: TOMORROW }, 201),
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();
    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    await u.click(await within(accounts).findByRole('button', { name: 'Link voor nieuw wachtwoord maken (Karim El Amrani)' }));

    const heading = await within(accounts).findByRole('heading', { name: 'De link voor een nieuw wachtwoord voor Karim El Amrani is klaar' });
    expect(heading).toHaveFocus();
    expect(within(accounts).getByRole('textbox', { name: 'Link voor nieuw wachtwoord' })).toHaveValue('https://koers.test/nieuw-wachtwoord#karim');
  });

  it('shows the server’s answer when no link can be made (409)', async () => {
    const fetch = fetchWith({
      'POST /api/users/u1/password-reset': () => problemResponse({ status: 409, title: 'Dit account is uitgeschakeld. Schakel het eerst weer in.' }),
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();
    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    await u.click(await within(accounts).findByRole('button', { name: 'Link voor nieuw wachtwoord maken (Karim El Amrani)' }));
    expect(await within(accounts).findByRole('alert')).toHaveTextContent('Dit account is uitgeschakeld.');
  });
});
