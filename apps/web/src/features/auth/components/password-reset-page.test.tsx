import { readabilityOf } from '@koers/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import messages from '../messages.nl.json';

const preview = () => jsonResponse({ name: 'Noa', expiresAt: '2030-01-01T12:00:00.000Z', audience: 'jongere' });
const staffPreview = () => jsonResponse({ name: 'Karim El Amrani', expiresAt: '2030-01-01T12:00:00.000Z', audience: 'staff' });
const NEW = 'mijn hond heet bobbie';

describe('"nieuw wachtwoord kiezen" page (/nieuw-wachtwoord#token)', () => {
  it('greets by name with the token from the fragment, saves the new password and then sends to the login page', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      'POST /api/auth/password-reset/preview': ({ body }) => {
        expect(body).toEqual({ token: 'tok-9' });
        return preview();
      },
      'POST /api/auth/password-reset': ({ body }) => {
        sent.push(body);
        return new Response(null, { status: 204 });
      },
      // All sessions of the account ended: the browser checks its own.
      'GET /api/auth/session': () => problemResponse({ status: 401, title: 'Log in om verder te gaan.' }),
    });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: null });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Hoi Noa, kies een nieuw wachtwoord' })).toBeInTheDocument();
    expect(screen.getByText(/Je oude wachtwoord werkt daarna niet meer/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Kies een nieuw wachtwoord'), NEW);
    await user.type(screen.getByLabelText('Herhaal je wachtwoord'), NEW);
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));

    const done = await screen.findByRole('heading', { level: 1, name: 'Je nieuwe wachtwoord is opgeslagen' });
    expect(done).toHaveFocus();
    expect(sent).toEqual([{ token: 'tok-9', password: NEW }]);
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
    await waitFor(() => expect(fetch).toHaveBeenCalledWith(expect.stringContaining('/api/auth/session'), expect.anything()));
  });

  it('checks the password rules before sending (nothing sent)', async () => {
    const fetch = fakeFetch({ 'POST /api/auth/password-reset/preview': preview });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: null });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Kies een nieuw wachtwoord'), 'kort');
    await user.type(screen.getByLabelText('Herhaal je wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText('Kies een nieuw wachtwoord')).toHaveAccessibleDescription(/minstens 12 tekens/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s field message when it refuses the password (400)', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/password-reset/preview': preview,
      'POST /api/auth/password-reset': () =>
        problemResponse({ status: 400, title: 'Kies een ander wachtwoord.', code: 'PASSWORD_REJECTED', errors: [{ field: 'password', message: 'Dit wachtwoord wordt te vaak gebruikt.' }] }),
    });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: null });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Kies een nieuw wachtwoord'), NEW);
    await user.type(screen.getByLabelText('Herhaal je wachtwoord'), NEW);
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit wachtwoord wordt te vaak gebruikt.');
    expect(screen.getByRole('heading', { level: 1, name: 'Hoi Noa, kies een nieuw wachtwoord' })).toBeInTheDocument();
  });

  it('says what to do when the link is used, expired or replaced (410)', async () => {
    const title = 'Deze link werkt niet meer. Hij is al gebruikt, verlopen of vervangen door een nieuwere link.';
    const fetch = fakeFetch({ 'POST /api/auth/password-reset/preview': () => problemResponse({ status: 410, title, code: 'INVITATION_INVALID' }) });
    renderApp('/nieuw-wachtwoord#oud', { fetch, session: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Je link werkt niet meer' })).toBeInTheDocument();
    expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByText('Vraag een nieuwe link aan de persoon die je deze link gaf.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  });

  it('says the link is incomplete without a token, without asking the server', async () => {
    const fetch = fakeFetch({});
    renderApp('/nieuw-wachtwoord', { fetch, session: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Je link is niet compleet' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('also works while someone is logged in in this browser (the page is public)', async () => {
    const fetch = fakeFetch({ 'POST /api/auth/password-reset/preview': preview });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: makeSession({ role: 'klantmanager' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoi Noa, kies een nieuw wachtwoord' })).toBeInTheDocument();
  });

  it('speaks to a staff member as "u", from the first text to the last', async () => {
    const fetch = fakeFetch({
      'POST /api/auth/password-reset/preview': staffPreview,
      'POST /api/auth/password-reset': () => new Response(null, { status: 204 }),
      'GET /api/auth/session': () => problemResponse({ status: 401, title: 'Log in om verder te gaan.' }),
    });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: null });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen voor Karim El Amrani' })).toBeInTheDocument();
    expect(screen.getByText(/Uw oude wachtwoord werkt daarna niet meer/)).toBeInTheDocument();
    expect(screen.getByLabelText('Kies een nieuw wachtwoord')).toHaveAccessibleDescription(/die is makkelijk te onthouden/);
    // Nothing on the form says "je".
    expect(document.querySelector('main')?.textContent ?? document.body.textContent).not.toMatch(/\b(je|jij|jouw)\b/i);

    await user.type(screen.getByLabelText('Kies een nieuw wachtwoord'), NEW);
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Typ uw wachtwoord nog een keer.');
    await user.type(screen.getByLabelText('Herhaal uw wachtwoord'), NEW);
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Uw nieuwe wachtwoord is opgeslagen' })).toHaveFocus();
    expect(screen.getByText('Log nu in met uw e-mailadres en uw nieuwe wachtwoord.')).toBeInTheDocument();
  });

  it('tells a staff member what to do when the link stopped working while the page was open (410 on saving)', async () => {
    const title = 'Deze link werkt niet meer. Hij is al gebruikt, verlopen of vervangen door een nieuwere link.';
    const fetch = fakeFetch({
      'POST /api/auth/password-reset/preview': staffPreview,
      'POST /api/auth/password-reset': () => problemResponse({ status: 410, title, code: 'INVITATION_INVALID' }),
    });
    renderApp('/nieuw-wachtwoord#tok-9', { fetch, session: null });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Kies een nieuw wachtwoord'), NEW);
    await user.type(screen.getByLabelText('Herhaal uw wachtwoord'), NEW);
    await user.click(screen.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uw link werkt niet meer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat kunt u doen?' })).toBeInTheDocument();
    expect(screen.getByText('Vraag de beheerder om een nieuwe link.')).toBeInTheDocument();
    expect(screen.getByText(/Weet u uw wachtwoord weer\?/)).toBeInTheDocument();
  });

  it('the staff texts say "u", never "je"', () => {
    const texts = Object.entries(messages)
      .filter(([key]) => key.startsWith('passwordReset.staff.'))
      .map(([, text]) => text);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((text) => /\b(je|jij|jouw)\b/i.test(text))).toEqual([]);
    expect(texts.filter((text) => /\b(u|uw)\b/i.test(text)).length).toBeGreaterThan(5);
  });

  it('the page texts a jongere reads are B1 and say "je"', () => {
    const texts = Object.entries(messages)
      .filter(([key]) => key.startsWith('passwordReset.') && !key.startsWith('passwordReset.result.') && !key.startsWith('passwordReset.staff.'))
      .map(([, text]) => text.replace(/\{\w+\}/g, 'Noa'));
    const report = readabilityOf({ texts });
    expect(report.meetsB1, `Flesch–Douma ${report.score}`).toBe(true);
    expect(report.longSentences).toEqual([]);
    expect(report.jargon).toEqual([]);
    expect(texts.filter((text) => /\b(u|uw)\b/i.test(text))).toEqual([]);
  });
});
