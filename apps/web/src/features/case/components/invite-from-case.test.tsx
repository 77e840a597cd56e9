import type { CreateInvitationRequest } from '@koers/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, caseDetail, KM_ID } from '../../intake/test/intake-data';

const km = makeSession({ role: 'klantmanager', id: KM_ID, name: 'Karim El Amrani' });

describe('case overview: inviting the jongere of this case', () => {
  it('offers the invitation while the jongere has no account, filled in from the case, and links it to the case', async () => {
    const sent: CreateInvitationRequest[] = [];
    const fetch = fakeFetch({
      [`GET /api/cases/${CASE_ID}`]: () =>
        jsonResponse(caseDetail({ youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: 'noa@voorbeeld.nl', phone: null, preferredContact: 'whatsapp', hasAccount: false } })),
      'POST /api/invitations': ({ body }) => {
        sent.push(body as CreateInvitationRequest);
        return jsonResponse({ id: 'i1', activationUrl: 'https://koers.test/activeren#abc', expiresAt: '2026-12-01T10:00:00.000Z' }, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    const user = userEvent.setup();
    await user.click(await screen.findByText('De jongere uitnodigen voor Koers'));
    expect(screen.getByRole('textbox', { name: /Naam van de jongere/ })).toHaveValue('Noa Bakker');
    expect(screen.getByRole('textbox', { name: /E-mailadres van de jongere/ })).toHaveValue('noa@voorbeeld.nl');
    await user.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    expect(await screen.findByRole('heading', { name: 'De uitnodiging voor Noa Bakker is klaar' })).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Noa Bakker', email: 'noa@voorbeeld.nl', caseId: CASE_ID }]);
  });

  it('does not offer it when the jongere already has an account', async () => {
    const fetch = fakeFetch({ [`GET /api/cases/${CASE_ID}`]: () => jsonResponse(caseDetail()) });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: km });
    expect(await screen.findByText('Ja, de jongere kan inloggen')).toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
  });

  it('does not offer it to a teamleider', async () => {
    const leader = makeSession({ role: 'teamleider', name: 'Tessa' });
    const fetch = fakeFetch({
      [`GET /api/cases/${CASE_ID}`]: () =>
        jsonResponse(caseDetail({ permissions: { canEdit: false }, youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: null, phone: null, preferredContact: 'whatsapp', hasAccount: false } })),
    });
    renderApp(`/trajecten/${CASE_ID}`, { fetch, session: leader });
    expect(await screen.findByText('Nog niet')).toBeInTheDocument();
    expect(screen.queryByText('De jongere uitnodigen voor Koers')).not.toBeInTheDocument();
  });
});
