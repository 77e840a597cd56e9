import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCase } from '../../case/test/case-factories';

const session = makeSession({ role: 'klantmanager' });

async function fillIn(user: ReturnType<typeof userEvent.setup>, { dateOfBirth = '2006-04-17' } = {}) {
  await user.type(await screen.findByLabelText('Naam'), 'Noa de Vries');
  await user.type(screen.getByLabelText('Geboortedatum'), dateOfBirth);
  await user.type(screen.getByLabelText('E-mailadres (niet verplicht)'), 'noa@example.nl');
  await user.type(screen.getByLabelText('Telefoonnummer (niet verplicht)'), '06 12345678');
  await user.click(within(screen.getByRole('radiogroup', { name: 'Hoe wil de jongere het liefst contact?' })).getByLabelText('WhatsApp'));
}

describe('registering a new jongere', () => {
  it('is reached from the caseload, sends the form and opens the new case', async () => {
    let sent: unknown;
    const created = makeCase({ id: 'c-new', phase: 'aanmelding', nextEvaluationDate: null, lastContactAt: null });
    const fetch = fakeFetch({
      'GET /api/cases': () => jsonResponse({ items: [], nextCursor: null }),
      'POST /api/cases': ({ body }) => {
        sent = body;
        return jsonResponse(created, 201);
      },
    });
    const { router } = renderApp('/caseload', { fetch, session });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Nieuwe jongere aanmelden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe jongere aanmelden' })).toBeInTheDocument();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Jongere aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Noa de Vries' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/trajecten/c-new');
    expect(screen.getByText('Noa de Vries is aangemeld. U bent de contactpersoon van dit traject.')).toBeInTheDocument();
    expect(sent).toEqual({ name: 'Noa de Vries', dateOfBirth: '2006-04-17', email: 'noa@example.nl', phone: '06 12345678', preferredContact: 'whatsapp' });
  });

  it('checks the required fields before sending', async () => {
    const fetch = fakeFetch({});
    renderApp('/caseload/nieuw', { fetch, session });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Jongere aanmelden' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Vul de naam van de jongere in.' })).toHaveAttribute('href', '#aanmelden-naam');
    expect(within(summary).getByRole('link', { name: 'Kies hoe de jongere het liefst contact wil.' })).toHaveAttribute('href', '#aanmelden-contact-0');
    expect(screen.getByLabelText('Geboortedatum')).toHaveAccessibleDescription(/Vul de geboortedatum in./);
    // Nothing was sent; the only request is the header's notification bell.
    expect(fetch.mock.calls.map(([url]) => String(url)).filter((url) => !url.includes('/api/notifications/'))).toEqual([]);
  });

  it("shows the server's field errors in the summary and at the field, and keeps the input", async () => {
    const message = 'Koers is voor jongeren van 16 tot en met 27 jaar. Controleer de geboortedatum.';
    const fetch = fakeFetch({
      'POST /api/cases': () =>
        problemResponse({
          status: 400,
          title: 'Niet alle gegevens zijn goed ingevuld.',
          errors: [
            { field: 'dateOfBirth', message },
            { field: 'phone', message: 'Vul een geldig telefoonnummer in, zoals 06 12345678.' },
          ],
        }),
    });
    const { router } = renderApp('/caseload/nieuw', { fetch, session });
    const user = userEvent.setup();

    await fillIn(user, { dateOfBirth: '1990-01-01' });
    await user.click(screen.getByRole('button', { name: 'Jongere aanmelden' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Niet alle gegevens zijn goed ingevuld.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#aanmelden-geboortedatum');
    expect(screen.getByLabelText('Geboortedatum')).toHaveAccessibleDescription(new RegExp(message.replace(/[.]/g, '\\.')));
    expect(screen.getByLabelText('Geboortedatum')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Telefoonnummer (niet verplicht)')).toHaveAccessibleDescription(/Vul een geldig telefoonnummer in/);
    expect(screen.getByLabelText('Naam')).toHaveValue('Noa de Vries');
    expect(screen.getByLabelText('WhatsApp')).toBeChecked();
    expect(router.state.location.pathname).toBe('/caseload/nieuw');
  });
});
