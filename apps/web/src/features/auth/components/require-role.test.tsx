import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

describe('routing and the role guard', () => {
  it('sends a page of another role to your own landing page', async () => {
    const { router } = renderApp('/beheer', { fetch: fakeFetch({}), session: makeSession({ role: 'jongere', name: 'Noa Jansen' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn plan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-plan');
  });

  it('sends a logged-out visitor to the login page, and back after logging in', async () => {
    const { router } = renderApp('/caseload', { fetch: fakeFetch({}), session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(router.state.location.state).toEqual({ from: '/caseload', expired: false });
    expect(screen.getByText('Log in om verder te gaan.')).toBeInTheDocument();
  });

  it('leads / to the landing page of the role', async () => {
    const { router } = renderApp('/', { fetch: fakeFetch({}), session: makeSession({ role: 'teamleider' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn team' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/team');
  });

  it('asks the server who is logged in when nothing is cached', async () => {
    const fetch = fakeFetch({ 'GET /api/auth/session': () => problemResponse({ status: 401, title: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.' }) });
    const { router } = renderApp('/', { fetch });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
  });

  it('goes to the login page when the server ends the session during use (401 on any call)', async () => {
    const fetch = fakeFetch({
      'GET /api/users': () => problemResponse({ status: 401, title: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.' }),
      'GET /api/teams': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const { router } = renderApp('/beheer', { fetch, session: makeSession({ role: 'beheerder' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(screen.getByText(/Log opnieuw in om verder te gaan/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
  });

  it('shows a Dutch "not found" page for an unknown address', async () => {
    renderApp('/bestaat-niet', { fetch: fakeFetch({}), session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(document.title).toBe('Pagina niet gevonden – Koers');
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });
});
