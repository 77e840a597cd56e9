import { CSRF_HEADER } from '@koers/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

describe('login page', () => {
  it('has a page title, labelled fields and a submit button', async () => {
    renderApp('/inloggen', { fetch: fakeFetch({}), session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.title).toBe('Inloggen – Koers');
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
  });

  it('shows an error summary for empty fields, focused, with links to the fields', async () => {
    const fetch = fakeFetch({});
    renderApp('/inloggen', { fetch, session: null });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Niet alle gegevens zijn goed ingevuld.');
    expect(screen.getByRole('link', { name: 'Vul uw e-mailadres in.' })).toHaveAttribute('href', '#login-email');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription('Vul uw e-mailadres in.');
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the server problem: title, field message linked with aria-describedby, and the request id', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/login': () =>
        problemResponse({
          status: 400,
          title: 'Niet alle gegevens zijn goed ingevuld.',
          requestId: 'req-77',
          errors: [{ field: 'email', message: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' }],
        }),
    });
    renderApp('/inloggen', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('E-mailadres'), 'karim');
    await user.type(screen.getByLabelText('Wachtwoord'), 'geheim');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Foutcode: req-77');
    expect(screen.getByRole('link', { name: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' })).toHaveAttribute('href', '#login-email');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription('Vul een geldig e-mailadres in, zoals naam@gemeente.nl.');
    expect(screen.getByLabelText('Wachtwoord')).not.toHaveAttribute('aria-invalid');
  });

  it('shows "wrong credentials" without leaving the page or touching a session', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/login': () => problemResponse({ status: 401, title: 'Het e-mailadres of het wachtwoord klopt niet.', code: 'AUTH_INVALID_CREDENTIALS' }),
    });
    const { router } = renderApp('/inloggen', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('E-mailadres'), 'karim@koers.demo');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of het wachtwoord klopt niet.');
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('logs in and goes to the landing page of the role', async () => {
    const session = makeSession({ role: 'beheerder', name: 'Bram Hendriks' });
    const fetch = fakeFetch({
      'POST /api/auth/login': ({ body }) => {
        expect(body).toEqual({ email: 'beheerder@koers.demo', password: 'koers-demo-wachtwoord' });
        return jsonResponse(session);
      },
      'GET /api/users': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/teams': () => jsonResponse({ items: [], nextCursor: null }),
      'POST /api/teams': ({ headers }) => {
        sentCsrf = headers.get(CSRF_HEADER);
        return jsonResponse({ id: 't1', name: 'Team Oost', createdAt: '2026-01-01T00:00:00.000Z' }, 201);
      },
    });
    let sentCsrf: string | null = null;
    const { router } = renderApp('/inloggen', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('E-mailadres'), 'beheerder@koers.demo');
    await user.type(screen.getByLabelText('Wachtwoord'), 'koers-demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/beheer');
    expect(screen.getByRole('banner')).toHaveTextContent('Bram Hendriks');
    expect(screen.getByRole('banner')).toHaveTextContent('Functioneel beheerder');
    // The next state-changing call carries the CSRF token from the login response.
    await user.type(screen.getByLabelText('Naam van het team'), 'Team Oost');
    await user.click(screen.getByRole('button', { name: 'Team aanmaken' }));
    expect(await screen.findByText('Team Team Oost is aangemaakt.')).toBeInTheDocument();
    expect(sentCsrf).toBe(session.csrfToken);
  });
});
