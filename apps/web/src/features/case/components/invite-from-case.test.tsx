import type { CaseDetail, CreateInvitationRequest, YouthAccount } from '@koers/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, caseDetail, KM_ID } from '../../intake/test/intake-data';

const km = makeSession({ role: 'klantmanager', id: KM_ID, name: 'Karim El Amrani' });
const CASE_API = `GET /api/cases/${CASE_ID}`;
const RENEW_API = `POST /api/cases/${CASE_ID}/invitation`;
const IN_A_WEEK = new Date(Date.now() + 7 * 86_400_000).toISOString();
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString();

const NONE: YouthAccount = { state: 'none', invitationExpiresAt: null };
const invited = (invitationExpiresAt: string | null): YouthAccount => ({ state: 'invited', invitationExpiresAt });
const ACTIVE: YouthAccount = { state: 'active', invitationExpiresAt: null };

/** Noa's case with her account in the given state. */
function caseWith(account: YouthAccount, overrides: Partial<CaseDetail> = {}): CaseDetail {
  return caseDetail({
    youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: 'noa@voorbeeld.nl', phone: null, preferredContact: 'whatsapp', hasAccount: account.state !== 'none', account },
    ...overrides,
  });
}

describe('case overview: inviting the jongere of this case', () => {
  it('offers the invitation while the jongere has no account, filled in from the case, and links it to the case', async () => {
    const sent: CreateInvitationRequest[] = [];
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(NONE)),
      'POST /api/invitations': ({ body }) => {
        sent.push(body as CreateInvitationRequest);
        return jsonResponse({ id: 'i1', activationUrl: 'https://koers.test/activeren#abc', expiresAt: '2026-12-01T10:00:00.000Z' }, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    expect(await screen.findByText('Nog niet')).toBeInTheDocument();
    await user.click(await screen.findByText('De jongere uitnodigen voor Koers'));
    expect(screen.getByRole('textbox', { name: /Naam van de jongere/ })).toHaveValue('Noa Bakker');
    expect(screen.getByRole('textbox', { name: /E-mailadres van de jongere/ })).toHaveValue('noa@voorbeeld.nl');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    expect(await screen.findByRole('heading', { name: 'De uitnodiging voor Noa Bakker is klaar' })).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Noa Bakker', email: 'noa@voorbeeld.nl', caseId: CASE_ID }]);
  });

  it('after inviting, refreshes the case (now "uitgenodigd") and keeps the activation link on screen', async () => {
    let account: YouthAccount = NONE;
    let caseReads = 0;
    const fetch = fakeFetch({
      [CASE_API]: () => {
        caseReads += 1;
        return jsonResponse(caseWith(account));
      },
      'POST /api/invitations': () => {
        account = invited(IN_A_WEEK);
        return jsonResponse({ id: 'i1', activationUrl: 'https://koers.test/activeren#eerste-link', expiresAt: IN_A_WEEK }, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    await user.click(await screen.findByText('De jongere uitnodigen voor Koers'));
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));

    expect(await screen.findByText(/^Uitgenodigd, maar nog niet geactiveerd\. De activatielink werkt tot /)).toBeInTheDocument();
    expect(caseReads).toBe(2);
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'De uitnodiging voor Noa Bakker is klaar' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Activatielink' })).toHaveValue('https://koers.test/activeren#eerste-link');
    expect(screen.getByRole('button', { name: 'Nieuwe activatielink maken' })).toBeInTheDocument();
  });

  it('shows "can log in" only when the jongere activated, and then offers neither invitation nor new link', async () => {
    const fetch = fakeFetch({ [CASE_API]: () => jsonResponse(caseWith(ACTIVE)) });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    expect(await screen.findByText('Ja, de jongere kan inloggen')).toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe activatielink maken' })).not.toBeInTheDocument();
  });

  it('says when the link has expired, and makes a new one that is shown with its link; the case is refreshed', async () => {
    let account = invited(YESTERDAY);
    let renewals = 0;
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(account)),
      [RENEW_API]: ({ body }) => {
        renewals += 1;
        expect(body).toBeUndefined();
        account = invited(IN_A_WEEK);
        return jsonResponse({ id: 'i2', activationUrl: 'https://koers.test/activeren#nieuwe-link', expiresAt: IN_A_WEEK }, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    expect(await screen.findByText(/^Uitgenodigd, maar nog niet geactiveerd\. De activatielink is verlopen/)).toBeInTheDocument();
    expect(screen.queryByText('Ja, de jongere kan inloggen')).not.toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nieuwe activatielink maken' }));
    const heading = await screen.findByRole('heading', { name: 'De uitnodiging voor Noa Bakker is klaar' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Activatielink' })).toHaveValue('https://koers.test/activeren#nieuwe-link');
    expect(await screen.findByText(/^Uitgenodigd, maar nog niet geactiveerd\. De activatielink werkt tot /)).toBeInTheDocument();
    expect(renewals).toBe(1);
  });

  it('shows the server’s answer when the jongere activated meanwhile (409) and brings the state up to date', async () => {
    let account = invited(IN_A_WEEK);
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(account)),
      [RENEW_API]: () => {
        account = ACTIVE;
        return problemResponse({ status: 409, title: 'De jongere kan al inloggen. Is het wachtwoord vergeten? Vraag de beheerder om hulp.' });
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nieuwe activatielink maken' }));
    expect(await screen.findByText('Ja, de jongere kan inloggen')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Nieuwe activatielink maken' })).not.toBeInTheDocument());
    expect(screen.queryByRole('textbox', { name: 'Activatielink' })).not.toBeInTheDocument();
  });

  it('shows the error next to the button when a new link cannot be made', async () => {
    const fetch = fakeFetch({
      [CASE_API]: () => jsonResponse(caseWith(invited(null))),
      [RENEW_API]: () => problemResponse({ status: 409, title: 'Het account van deze jongere is uitgeschakeld. Vraag de beheerder om het weer in te schakelen.' }),
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    expect(await screen.findByText('Uitgenodigd, maar nog niet geactiveerd. Er is geen werkende activatielink.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwe activatielink maken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Het account van deze jongere is uitgeschakeld.');
  });

  it('does not offer invitation or new link to a teamleider, but shows the state', async () => {
    const leader = makeSession({ role: 'teamleider', name: 'Tessa' });
    const fetch = fakeFetch({ [CASE_API]: () => jsonResponse(caseWith(invited(IN_A_WEEK), { permissions: { canEdit: false } })) });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: leader });
    expect(await screen.findByText(/^Uitgenodigd, maar nog niet geactiveerd/)).toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuwe activatielink maken' })).not.toBeInTheDocument();
  });

  it('does not offer the invitation to a teamleider', async () => {
    const leader = makeSession({ role: 'teamleider', name: 'Tessa' });
    const fetch = fakeFetch({ [CASE_API]: () => jsonResponse(caseWith(NONE, { permissions: { canEdit: false } })) });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: leader });
    expect(await screen.findByText('Nog niet')).toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
  });
});
