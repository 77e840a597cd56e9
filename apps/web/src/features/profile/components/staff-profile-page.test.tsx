import type { ProblemDetails, StaffProfile } from '@koers/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const karim = makeSession({ role: 'klantmanager', name: 'Karim El Amrani', id: 'u-karim' });
const profile = (workPhone: string | null): StaffProfile => ({ id: 'u-karim', name: 'Karim El Amrani', email: 'karim@koers.test', role: 'klantmanager', workPhone });

describe('Mijn gegevens (staff): the own work phone number', () => {
  it('is reached from the header, saves a Dutch number and announces it', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      'GET /api/me/profile': () => jsonResponse(profile(null)),
      'PUT /api/me/profile': ({ body }) => {
        sent.push(body);
        return jsonResponse(profile((body as { workPhone: string | null }).workPhone));
      },
    });
    renderApp('/caseload', { fetch, session: karim });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Mijn gegevens' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeInTheDocument();
    expect(screen.getByText(/zien dit nummer op Mijn plan als “Bel Karim El Amrani”/)).toBeInTheDocument();

    const field = screen.getByLabelText('Werktelefoonnummer');
    expect(field).toHaveAttribute('type', 'tel');
    await user.type(field, ' 06  12345678 ');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen. Het werktelefoonnummer is nu 06 12345678.')).toBeInTheDocument();
    expect(screen.getByText(/Opgeslagen\. Het werktelefoonnummer/).closest('[role="status"]')).not.toBeNull();
    expect(sent).toEqual([{ workPhone: '06 12345678' }]);

    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen. Er staat nu geen werktelefoonnummer.')).toBeInTheDocument();
    expect(sent[1]).toEqual({ workPhone: null });
  });

  it('refuses what is not a Dutch number before sending, on the field, and focuses it; shows a server refusal the same way', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      'GET /api/me/profile': () => jsonResponse(profile('030 123 4567')),
      'PUT /api/me/profile': ({ body }) => {
        sent.push(body);
        return problemResponse({ status: 400, title: 'Controleer de gegevens.', errors: [{ field: 'workPhone', message: 'Het nummer van de server klopt niet.' }] } as ProblemDetails);
      },
    });
    renderApp('/mijn-gegevens', { fetch, session: karim });
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Werktelefoonnummer');
    expect(field).toHaveValue('030 123 4567');
    await user.clear(field);
    await user.type(field, '12345');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText(/Vul een Nederlands telefoonnummer in/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(sent).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '+31 6 12345678');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Het nummer van de server klopt niet.')).toBeInTheDocument();
    expect(sent).toEqual([{ workPhone: '+31 6 12345678' }]);
  });

  it('is not for a jongere', async () => {
    renderApp('/mijn-gegevens', { fetch: fakeFetch({ 'GET /api/me/plan': () => jsonResponse({}) }), session: makeSession({ role: 'jongere', name: 'Noa', email: null, team: null }) });
    expect(screen.queryByRole('heading', { level: 1, name: 'Mijn gegevens' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mijn gegevens' })).not.toBeInTheDocument();
  });
});
