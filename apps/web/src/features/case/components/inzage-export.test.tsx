import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseDetail, KARIM } from '../../../test/case-fixtures';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const fetch = () => fakeFetch({ [`GET /api/cases/${CASE_ID}`]: () => jsonResponse(caseDetail()) });
const REGION = 'Inzageverzoek (AVG art. 15)';

describe('case overview: answering an inzageverzoek (AVG art. 15)', () => {
  it('gives the contact person both downloads, with one line of explanation', async () => {
    renderApp(`/trajecten/${CASE_ID}`, { fetch: fetch(), session: makeSession({ role: 'klantmanager', id: KARIM.id, name: KARIM.name }) });
    const region = await screen.findByRole('region', { name: REGION });
    const pdf = within(region).getByRole('link', { name: 'Inzage van Noa Bakker downloaden (pdf)' });
    expect(pdf).toHaveAttribute('href', `/api/cases/${CASE_ID}/inzage.pdf`);
    expect(pdf).toHaveAttribute('download');
    const json = within(region).getByRole('link', { name: 'Inzage van Noa Bakker downloaden (JSON, voor een ander systeem)' });
    expect(json).toHaveAttribute('href', `/api/cases/${CASE_ID}/inzage`);
    expect(json).toHaveAccessibleDescription('Voor een inzageverzoek van de jongere: alles wat Koers over Noa Bakker bewaart, ook wie het dossier bekeek. Het downloaden wordt vastgelegd.');
  });

  it('gives them to the teamleider as well', async () => {
    renderApp(`/trajecten/${CASE_ID}`, { fetch: fetch(), session: makeSession({ role: 'teamleider', name: 'Tessa' }) });
    expect(await screen.findByRole('region', { name: REGION })).toBeInTheDocument();
  });

  it('not to a klantmanager who is not the contact person (the server refuses them too)', async () => {
    renderApp(`/trajecten/${CASE_ID}`, { fetch: fetch(), session: makeSession({ role: 'klantmanager', id: 'someone-else', name: 'Sanne Visser' }) });
    expect(await screen.findByText('Ja, de jongere kan inloggen')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: REGION })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Inzage van/ })).not.toBeInTheDocument();
  });
});
