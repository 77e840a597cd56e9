import type { CaseDetail, YouthAccount } from '@koers/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, caseDetail, KM_ID } from '../../intake/test/intake-data';

const km = makeSession({ role: 'klantmanager', id: KM_ID, name: 'Karim El Amrani' });
const CASE_API = `GET /api/cases/${CASE_ID}`;
const RESET_API = `POST /api/cases/${CASE_ID}/password-reset`;
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();
const ACTIVE: YouthAccount = { state: 'active', invitationExpiresAt: null };
const BUTTON = 'Link voor nieuw wachtwoord maken';

function caseWith(account: YouthAccount): CaseDetail {
  return caseDetail({
    youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: 'noa@voorbeeld.nl', phone: null, preferredContact: 'whatsapp', hasAccount: account.state !== 'none', account },
  });
}

describe('case overview: a "nieuw wachtwoord kiezen" link for the jongere', () => {
  it('offers it only when the jongere can log in; shows the new link once, with focus on it', async () => {
    let made = 0;
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(ACTIVE)),
      [RESET_API]: ({ body }) => {
        made += 1;
        expect(body).toBeUndefined();
        return jsonResponse({ id: `r${made}`, resetUrl: `https://koers.test/nieuw-wachtwoord#link-${made}`, expiresAt: TOMORROW }, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    expect(await screen.findByText('Ja, de jongere kan inloggen')).toBeInTheDocument();
    expect(screen.getByText(/Het huidige wachtwoord blijft werken tot de link gebruikt is/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: BUTTON }));
    const heading = await screen.findByRole('heading', { name: 'De link voor een nieuw wachtwoord voor Noa Bakker is klaar' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Link voor nieuw wachtwoord' })).toHaveValue('https://koers.test/nieuw-wachtwoord#link-1');
    expect(screen.getByText(/Geef deze link alleen aan Noa Bakker zelf/)).toBeInTheDocument();

    // A second link replaces the first on screen.
    await user.click(screen.getByRole('button', { name: BUTTON }));
    expect(await screen.findByDisplayValue('https://koers.test/nieuw-wachtwoord#link-2')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('https://koers.test/nieuw-wachtwoord#link-1')).not.toBeInTheDocument();
    expect(made).toBe(2);
  });

  it('is not offered while the jongere has no account or has not activated it', async () => {
    const states: [YouthAccount, RegExp][] = [
      [{ state: 'none', invitationExpiresAt: null }, /^Nog niet$/],
      [{ state: 'invited', invitationExpiresAt: TOMORROW }, /^Uitgenodigd, maar nog niet geactiveerd/],
    ];
    for (const [account, shown] of states) {
      const fetch = fakeFetch({ [CASE_API]: () => jsonResponse(caseWith(account)) });
      const { unmount } = renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
      expect(await screen.findByText(shown)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: BUTTON })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('a switched-off account says so in plain Dutch and offers no link at all', async () => {
    const fetch = fakeFetch({ [CASE_API]: () => jsonResponse(caseWith({ state: 'deactivated', invitationExpiresAt: null })) });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    expect(await screen.findByText('Uitgeschakeld door de beheerder. De jongere kan niet inloggen.')).toBeInTheDocument();
    expect(screen.queryByText('Ja, de jongere kan inloggen')).not.toBeInTheDocument();
    expect(screen.getByText(/Vraag de beheerder om het account weer in te schakelen/)).toBeInTheDocument();
    for (const name of [BUTTON, 'Nieuwe activatielink maken']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
  });

  it('after a refusal because the account was switched off meanwhile, shows the new state and keeps the answer', async () => {
    let reads = 0;
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(++reads === 1 ? ACTIVE : { state: 'deactivated', invitationExpiresAt: null })),
      [RESET_API]: () => problemResponse({ status: 409, title: 'Het account van deze jongere is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.' }),
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    await userEvent.setup().click(await screen.findByRole('button', { name: BUTTON }));
    expect(await screen.findByText('Uitgeschakeld door de beheerder. De jongere kan niet inloggen.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Het account van deze jongere is uitgeschakeld.');
    expect(screen.queryByRole('button', { name: BUTTON })).not.toBeInTheDocument();
  });

  it('shows the server’s answer when the account was switched off (409) and refreshes the case', async () => {
    let reads = 0;
    const fetch = fakeFetch({
      [CASE_API]: () => {
        reads += 1;
        return jsonResponse(caseWith(ACTIVE));
      },
      [RESET_API]: () => problemResponse({ status: 409, title: 'Het account van deze jongere is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.' }),
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: BUTTON }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Het account van deze jongere is uitgeschakeld.');
    expect(reads).toBe(2);
  });
});
