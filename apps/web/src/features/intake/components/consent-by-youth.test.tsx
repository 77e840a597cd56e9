import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, caseDetail, consent, intakeDetail, KM_ID } from '../test/intake-data';

const base = `/api/cases/${CASE_ID}`;
const km = makeSession({ role: 'klantmanager', id: KM_ID, name: 'Karim El Amrani' });
const YOUTH = { id: '44444444-4444-4444-8444-444444444444', name: 'Noa Jansen' };

function render(intake: ReturnType<typeof intakeDetail>) {
  const fetch = fakeFetch({
    [`GET ${base}`]: () => jsonResponse(caseDetail()),
    [`GET ${base}/intake`]: () => jsonResponse(intake),
    [`GET ${base}/life-areas`]: () => jsonResponse({ sets: [] }),
  });
  renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
}

describe('Intake: consent the jongere gave or withdrew themself', () => {
  it('shows that the jongere gave consent via their own login', async () => {
    render(intakeDetail({ diversityConsent: consent({ givenVia: 'eigen_login', recordedBy: YOUTH }), permissions: { canEdit: true, canManageConsent: true, canSeeDiversity: false } }));
    const section = await screen.findByRole('region', { name: 'Diversiteitsfactoren' });
    expect(within(section).getByText(/De jongere gaf op .* toestemming \(zelf, via de eigen inlog\)\. Vastgelegd door Noa Jansen\./)).toBeInTheDocument();
  });

  it('shows that the jongere withdrew it themself, and that the data is erased; a withdrawal by staff reads differently', async () => {
    const withdrawn = consent({ givenVia: 'eigen_login', recordedBy: YOUTH, withdrawnAt: '2026-03-05T10:00:00.000Z', withdrawnBy: YOUTH, withdrawnVia: 'eigen_login' });
    render(intakeDetail({ diversityConsent: null, withdrawnDiversityConsent: withdrawn }));
    const section = await screen.findByRole('region', { name: 'Diversiteitsfactoren' });
    expect(within(section).getByText('De jongere heeft de toestemming op 5 maart 2026 zelf ingetrokken, via de eigen inlog. De diversiteitsfactoren zijn gewist.')).toBeInTheDocument();
    // The consent form is there again, for when the jongere agrees again in a conversation.
    expect(within(section).getByRole('button', { name: 'Toestemming vastleggen' })).toBeInTheDocument();
  });

  it('a withdrawal recorded by staff names who recorded it', async () => {
    const withdrawn = consent({ withdrawnAt: '2026-03-05T10:00:00.000Z', withdrawnBy: { id: KM_ID, name: 'Karim El Amrani' }, withdrawnVia: 'gesprek' });
    render(intakeDetail({ diversityConsent: null, withdrawnDiversityConsent: withdrawn }));
    const section = await screen.findByRole('region', { name: 'Diversiteitsfactoren' });
    expect(within(section).getByText('De toestemming is op 5 maart 2026 ingetrokken (vastgelegd door Karim El Amrani). De diversiteitsfactoren zijn gewist.')).toBeInTheDocument();
  });
});
