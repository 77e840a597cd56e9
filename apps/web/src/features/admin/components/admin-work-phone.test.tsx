import type { ProblemDetails, UserSummary } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const me = makeSession({ role: 'beheerder', name: 'Bram Hendriks', id: 'u-me' });
const TEAMS = () => jsonResponse({ items: [{ id: 't1', name: 'Team Centrum', createdAt: '2026-01-01T00:00:00.000Z' }], nextCursor: null });

function user(id: string, name: string, workPhone: string | null = null): UserSummary {
  return { id, name, email: `${id}@koers.test`, role: 'klantmanager', team: { id: 't1', name: 'Team Centrum' }, active: true, createdAt: '2026-01-01T00:00:00.000Z', workPhone };
}

describe('beheer: work phone numbers of staff', () => {
  it('shows the number in the list and changes it for one colleague', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      'GET /api/users': () => jsonResponse({ items: [user('u1', 'Karim El Amrani', '06 12345678'), user('u2', 'Sanne Visser')], nextCursor: null }),
      'GET /api/teams': TEAMS,
      'PUT /api/users/u2/work-phone': ({ body }) => {
        sent.push(body);
        return jsonResponse(user('u2', 'Sanne Visser', '030 123 4567'));
      },
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();
    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    const karim = (await within(accounts).findByRole('rowheader', { name: 'Karim El Amrani' })).closest('tr')!;
    expect(karim).toHaveTextContent('06 12345678');

    const toggle = within(accounts).getByRole('button', { name: 'Wijzigen Werktelefoon Sanne Visser' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await u.click(toggle);
    const field = within(accounts).getByLabelText('Werktelefoonnummer (Sanne Visser)');
    await u.type(field, '030 123 4567');
    await u.click(within(accounts).getByRole('button', { name: 'Opslaan' }));
    expect(await within(accounts).findByText('Opgeslagen. Het werktelefoonnummer is nu 030 123 4567.')).toBeInTheDocument();
    expect(sent).toEqual([{ workPhone: '030 123 4567' }]);
    const sanne = within(accounts).getByRole('rowheader', { name: 'Sanne Visser' }).closest('tr')!;
    expect(within(sanne as HTMLElement).getAllByText('030 123 4567').length).toBeGreaterThan(0);
  });

  it('the create form sends an optional number, checks it first, and shows a server refusal on the field', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      'GET /api/users': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/teams': TEAMS,
      'POST /api/users': ({ body }) => {
        sent.push(body);
        return problemResponse({ status: 400, title: 'Controleer de gegevens.', errors: [{ field: 'workPhone', message: 'Dit nummer kan niet.' }] } as ProblemDetails);
      },
    });
    renderApp('/beheer', { fetch, session: me });
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText('Naam'), 'Sanne Visser');
    await u.type(screen.getByLabelText('E-mailadres'), 'sanne@koers.test');
    await u.selectOptions(screen.getByLabelText('Rol'), 'Teamleider');
    await u.selectOptions(screen.getByLabelText('Team'), 'Team Centrum');
    await u.type(screen.getByLabelText(/Eerste wachtwoord/), 'een lang eerste wachtwoord');
    const phone = screen.getByLabelText('Werktelefoonnummer (niet verplicht)');
    await u.type(phone, 'bel me');
    await u.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(await screen.findAllByText(/Vul een Nederlands telefoonnummer in/)).not.toHaveLength(0);
    expect(sent).toHaveLength(0);

    await u.clear(phone);
    await u.type(phone, '06 12345678');
    await u.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    expect(await screen.findAllByText('Dit nummer kan niet.')).not.toHaveLength(0);
    expect(sent).toEqual([expect.objectContaining({ name: 'Sanne Visser', workPhone: '06 12345678' })]);
  });
});
