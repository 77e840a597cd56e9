import type { NetworkMember } from '@koers/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_API as BASE, CASE_ID, caseDetail, fakeCaseFetch } from '../../../test/case-fixtures';

function member(overrides: Partial<NetworkMember> & Pick<NetworkMember, 'id' | 'name' | 'relation'>): NetworkMember {
  return {
    caseId: CASE_ID,
    organisation: null,
    phone: null,
    email: null,
    roleInPlan: null,
    isLead: false,
    openSteps: 0,
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

const ilse = member({
  id: 'n1',
  name: 'Ilse de Boer',
  relation: 'school',
  organisation: 'ROC Midden',
  phone: '06 12345678',
  email: 'ilse@rocmidden.nl',
  roleInPlan: 'Loopbaanbegeleider, regelt de BBL-plek',
  isLead: true,
  openSteps: 2,
});
const marja = member({ id: 'n2', name: 'Marja Jansen', relation: 'ouder', roleInPlan: 'Moeder, denkt mee' });

describe('Netwerk', () => {
  it('groups the people around the jongere and the organisations, with contact links and the eindverantwoordelijke', async () => {
    const fetch = fakeCaseFetch({
      [`GET ${BASE}/network`]: () => jsonResponse({ items: [ilse, marja] }),
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession() });

    const people = await screen.findByRole('region', { name: 'Mensen om de jongere heen' });
    const organisations = screen.getByRole('region', { name: 'Organisaties' });
    expect(within(people).getByRole('heading', { name: 'Marja Jansen' })).toBeInTheDocument();
    expect(within(people).getByText('Ouder of verzorger')).toBeInTheDocument();
    const card = within(organisations).getByRole('article', { name: 'Ilse de Boer' });
    expect(within(card).getByText('Eindverantwoordelijke')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '06 12345678' })).toHaveAttribute('href', 'tel:0612345678');
    expect(within(card).getByRole('link', { name: 'ilse@rocmidden.nl' })).toHaveAttribute('href', 'mailto:ilse@rocmidden.nl');
    expect(card).toHaveTextContent('Loopbaanbegeleider, regelt de BBL-plek');
    expect(screen.getByText('Eindverantwoordelijke: Ilse de Boer.')).toBeInTheDocument();
  });

  it('shows the Dutch 409 title when someone who owns open steps cannot be removed', async () => {
    let deletes = 0;
    const title =
      'Ilse de Boer is nog eigenaar van 2 open stappen in het plan. Geef die stappen eerst aan iemand anders of rond die stappen af. Daarna kunt u Ilse de Boer uit het netwerk halen.';
    const fetch = fakeCaseFetch({
      [`GET ${BASE}/network`]: () => jsonResponse({ items: [ilse, marja] }),
      [`DELETE ${BASE}/network/n1`]: () => {
        deletes++;
        return problemResponse({ status: 409, title, current: ilse });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Verwijderen Ilse de Boer' }));
    const confirm = screen.getByRole('group', { name: 'Weet u zeker dat u Ilse de Boer uit het netwerk wilt halen?' });
    expect(deletes).toBe(0);
    await user.click(within(confirm).getByRole('button', { name: 'Ja, uit het netwerk halen' }));

    const card = screen.getByRole('article', { name: 'Ilse de Boer' });
    expect(await within(card).findByRole('alert')).toHaveTextContent(title);
    expect(deletes).toBe(1);
    // Still there, and focus is back on the button (moved there once the confirm has closed).
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Verwijderen Ilse de Boer' })).toHaveFocus());
  });

  it('removes someone without open steps', async () => {
    let items = [ilse, marja];
    const fetch = fakeCaseFetch({
      [`GET ${BASE}/network`]: () => jsonResponse({ items }),
      [`DELETE ${BASE}/network/n2`]: () => {
        items = [ilse];
        return new Response(null, { status: 204 });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Verwijderen Marja Jansen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, uit het netwerk halen' }));
    expect(await screen.findByText('Marja Jansen is uit het netwerk gehaald.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Marja Jansen' })).not.toBeInTheDocument();
  });

  it('adds someone as the new eindverantwoordelijke and says that the mark moves', async () => {
    let sent: unknown;
    const fetch = fakeCaseFetch({
      [`GET ${BASE}/network`]: () => jsonResponse({ items: [ilse, marja] }),
      [`POST ${BASE}/network`]: ({ body }) => {
        sent = body;
        return jsonResponse(member({ id: 'n3', name: 'Stichting Schuldhulp', relation: 'schuldhulp', isLead: true }), 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Iemand toevoegen aan het netwerk' });
    await user.type(within(form).getByLabelText('Naam'), 'Stichting Schuldhulp');
    await user.selectOptions(within(form).getByLabelText('Relatie met de jongere'), 'Schuldhulpverlening');
    await user.type(within(form).getByLabelText('Telefoonnummer (niet verplicht)'), '030 1234567');
    const lead = within(form).getByLabelText('Eindverantwoordelijke');
    expect(lead).toHaveAccessibleDescription(/Nu is Ilse de Boer eindverantwoordelijke. Vinkt u dit aan, dan gaat die rol over naar deze persoon/);
    await user.click(lead);
    await user.click(within(form).getByRole('button', { name: 'Toevoegen aan netwerk' }));

    expect(await screen.findByText('Stichting Schuldhulp is toegevoegd aan het netwerk.')).toBeInTheDocument();
    expect(sent).toEqual({
      name: 'Stichting Schuldhulp',
      relation: 'schuldhulp',
      organisation: null,
      phone: '030 1234567',
      email: null,
      roleInPlan: null,
      isLead: true,
    });
    expect(within(form).getByLabelText('Naam')).toHaveValue('');
  });

  it('edits someone in place', async () => {
    let sent: unknown;
    let items = [ilse, marja];
    const fetch = fakeCaseFetch({
      [`GET ${BASE}/network`]: () => jsonResponse({ items }),
      [`PATCH ${BASE}/network/n2`]: ({ body }) => {
        sent = body;
        items = [ilse, { ...marja, phone: '06 87654321' }];
        return jsonResponse(items[1]);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Wijzigen Marja Jansen' }));
    const form = screen.getByRole('form', { name: 'Gegevens van Marja Jansen wijzigen' });
    expect(within(form).getByLabelText('Naam')).toHaveValue('Marja Jansen');
    await user.type(within(form).getByLabelText('Telefoonnummer (niet verplicht)'), '06 87654321');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('De gegevens van Marja Jansen zijn opgeslagen.')).toBeInTheDocument();
    expect(sent).toEqual({ name: 'Marja Jansen', relation: 'ouder', organisation: null, phone: '06 87654321', email: null, roleInPlan: 'Moeder, denkt mee', isLead: false });
    expect(screen.getByRole('link', { name: '06 87654321' })).toHaveAttribute('href', 'tel:0687654321');
    // Focus returns to the edit button after the form has closed (next frame).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Wijzigen Marja Jansen' })).toHaveFocus());
  });

  it('shows a teamleider the netwerk only', async () => {
    const fetch = fakeCaseFetch({
      [`GET ${BASE}`]: () => jsonResponse(caseDetail({ permissions: { canEdit: false } })),
      [`GET ${BASE}/network`]: () => jsonResponse({ items: [ilse, marja] }),
    });
    renderApp(`/trajecten/${CASE_ID}/netwerk`, { fetch, session: makeSession({ role: 'teamleider' }) });

    expect(await screen.findByRole('article', { name: 'Ilse de Boer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Wijzigen|Verwijderen|Toevoegen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
