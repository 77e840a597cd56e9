import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const preview = () => jsonResponse({ name: 'Noa', expiresAt: '2030-01-01T12:00:00.000Z' });

describe('activation page', () => {
  it('greets the jongere by name, using the token from the URL fragment', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/activation/preview': ({ body }) => {
        expect(body).toEqual({ token: 'tok-123' });
        return preview();
      },
    });
    renderApp('/activeren#tok-123', { fetch, session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hoi Noa, kies een wachtwoord' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kies een wachtwoord')).toHaveAccessibleDescription(/minstens 12 tekens/);
    expect(screen.getByLabelText('Herhaal je wachtwoord')).toBeInTheDocument();
  });

  it('checks the password before sending it', async () => {
    const fetch = fakeFetch({ 'POST /api/auth/activation/preview': preview });
    renderApp('/activeren#tok-123', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Kies een wachtwoord'), 'kort');
    await user.type(screen.getByLabelText('Herhaal je wachtwoord'), 'anders');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Er klopt nog iets niet.');
    expect(screen.getByLabelText('Kies een wachtwoord')).toHaveAccessibleDescription(/Kies een wachtwoord van minstens 12 tekens/);
    expect(screen.getByLabelText('Herhaal je wachtwoord')).toHaveAccessibleDescription(/niet hetzelfde/);
    expect(fetch).toHaveBeenCalledTimes(1); // only the preview
  });

  it('activates and goes to the jongere landing page', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/activation/preview': preview,
      'POST /api/auth/activation': ({ body }) => {
        expect(body).toEqual({ token: 'tok-123', password: 'ik fiets elke dag naar school' });
        return jsonResponse(makeSession({ role: 'jongere', name: 'Noa' }));
      },
    });
    const { router } = renderApp('/activeren#tok-123', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Kies een wachtwoord'), 'ik fiets elke dag naar school');
    await user.type(screen.getByLabelText('Herhaal je wachtwoord'), 'ik fiets elke dag naar school');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn plan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-plan');
  });

  it('shows the server message and what to do when the link is used or expired (410)', async () => {
    const title = 'Deze activatielink werkt niet meer. Hij is al gebruikt of verlopen. Vraag je klantmanager om een nieuwe link.';
    const fetch = fakeFetch({ 'POST /api/auth/activation/preview': () => problemResponse({ status: 410, title, code: 'INVITATION_INVALID' }) });
    renderApp('/activeren#oud', { fetch, session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Je link werkt niet meer' })).toBeInTheDocument();
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat kun je doen?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  });

  it('says the link is incomplete when there is no token, without asking the server', async () => {
    const fetch = fakeFetch({});
    renderApp('/activeren', { fetch, session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Je link is niet compleet' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
