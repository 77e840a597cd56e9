import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const session = makeSession({ role: 'klantmanager' });
/** The caseload page also loads the case list. */
const emptyCaseload = () => jsonResponse({ items: [], nextCursor: null });

async function invite(name: string, email: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Naam van de jongere'), name);
  await user.type(screen.getByLabelText('E-mailadres van de jongere'), email);
  await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
  return user;
}

describe('inviting a jongere', () => {
  it('shows the activation link with a copy button', async () => {
    const url = 'http://localhost:3000/activeren#abc';
    const fetch = fakeFetch({
      'GET /api/cases': emptyCaseload,
      'POST /api/invitations': ({ body }) => {
        expect(body).toEqual({ name: 'Noa', email: 'noa@example.nl' });
        return jsonResponse({ id: 'inv-1', activationUrl: url, expiresAt: '2030-01-04T12:00:00.000Z' }, 201);
      },
    });
    renderApp('/caseload', { fetch, session });

    // userEvent.setup() gives the page a fake clipboard that the test can read back.
    const user = await invite('Noa', 'noa@example.nl');

    expect(await screen.findByRole('heading', { name: 'De uitnodiging voor Noa is klaar' })).toHaveFocus();
    expect(screen.getByLabelText('Activatielink')).toHaveValue(url);
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(await screen.findByText('De link is gekopieerd.')).toBeInTheDocument();
  });

  it('shows a taken e-mail address next to the field', async () => {
    const fetch = fakeFetch({
      'GET /api/cases': emptyCaseload,
      'POST /api/invitations': () =>
        problemResponse({ status: 409, title: 'Er is al een account met dit e-mailadres.', errors: [{ field: 'email', message: 'Er is al een account met dit e-mailadres.' }] }),
    });
    renderApp('/caseload', { fetch, session });

    await invite('Noa', 'noa@example.nl');

    expect(await screen.findByRole('alert')).toHaveTextContent('Er is al een account met dit e-mailadres.');
    expect(screen.getByLabelText('E-mailadres van de jongere')).toHaveAccessibleDescription(/Er is al een account met dit e-mailadres./);
  });
});
