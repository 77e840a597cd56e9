import type { ContactPersonInfo, HandoverCandidateOptions, ProposeHandoverRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, fakeCaseFetch, KARIM } from '../../../test/case-fixtures';

const SANNE = { id: '00000000-0000-4000-8000-000000000002', name: 'Sanne Visser' };

const contactInfo: ContactPersonInfo = { person: { id: KARIM.id, name: KARIM.name, email: null }, withoutContactSince: null, upcoming: null };

function setup(candidates: () => Response, extra: Parameters<typeof fakeFetch>[0] = {}) {
  const fetch = fakeCaseFetch({
    [`GET /api/cases/${CASE_ID}/contact-person`]: () => jsonResponse(contactInfo),
    [`GET /api/cases/${CASE_ID}/handovers`]: () => jsonResponse([]),
    [`GET /api/cases/${CASE_ID}/handover-candidates`]: candidates,
    ...extra,
  });
  renderApp(`/trajecten/${CASE_ID}/overdracht`, { fetch, session: makeSession() });
  return fetch;
}

describe('Overdracht voorstellen', () => {
  it('offers the candidates of the case’s team with their caseload (not the team caseload) and sends the proposal', async () => {
    const options: HandoverCandidateOptions = { items: [{ user: SANNE, activeCases: 7 }] };
    let sent: ProposeHandoverRequest | undefined;
    const fetch = setup(() => jsonResponse(options), {
      [`POST /api/cases/${CASE_ID}/handovers`]: ({ body }) => {
        sent = body as ProposeHandoverRequest;
        return problemResponse({ status: 409, title: 'Voor dit traject loopt al een overdracht.' });
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Overdracht voorstellen' });
    await user.click(await within(form).findByRole('checkbox', { name: 'Sanne Visser (7 actieve trajecten)' }));
    await user.type(within(form).getByLabelText('Reden van de overdracht'), 'Karim gaat minder werken.');
    await user.click(within(form).getByRole('button', { name: 'Overdracht voorstellen' }));
    expect(await within(form).findByText('Voor dit traject loopt al een overdracht.')).toBeInTheDocument();
    expect(sent).toMatchObject({ candidateUserIds: [SANNE.id], reason: 'Karim gaat minder werken.' });
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContainEqual(expect.stringContaining('/team/caseload'));
  });

  it('says so when the candidates cannot be loaded', async () => {
    setup(() => problemResponse({ status: 403, title: 'Alleen de huidige contactpersoon of de teamleider kan een opvolger kiezen.' }));
    const form = await screen.findByRole('form', { name: 'Overdracht voorstellen' });
    expect(await within(form).findByText('Alleen de huidige contactpersoon of de teamleider kan een opvolger kiezen.')).toBeInTheDocument();
  });
});
