import type { CreateMilestoneRequest, Milestone, PlanOverview } from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_API, CASE_ID, caseDetail, fakeCaseFetch } from '../../../test/case-fixtures';

const GOAL_LINEAGE = '22222222-2222-4222-8222-222222222222';

function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'm1',
    caseId: CASE_ID,
    title: 'Eerste week bij de bakker',
    achievedOn: '2026-03-12',
    goalLineageId: null,
    goalTitle: null,
    certificateName: null,
    certificateUrl: null,
    note: null,
    createdBy: { id: 'u1', name: 'Karim El Amrani' },
    createdAt: '2026-03-12T15:00:00.000Z',
    seenByYouthAt: null,
    ...overrides,
  };
}

const plan = { current: { goals: [{ lineageId: GOAL_LINEAGE, title: 'Een BBL-plek in de zorg' }] } } as unknown as PlanOverview;

describe('Mijlpalen', () => {
  it('records a milestone with a goal and a certificate, then celebrates it and announces that politely', async () => {
    let sent: CreateMilestoneRequest | undefined;
    let saved: Milestone[] = [];
    const fetch = fakeCaseFetch({
      [`GET ${CASE_API}/milestones`]: () => jsonResponse({ items: saved, nextCursor: null }),
      [`GET ${CASE_API}/plan`]: () => jsonResponse(plan),
      [`POST ${CASE_API}/milestones`]: ({ body }) => {
        sent = body as CreateMilestoneRequest;
        const created = milestone({
          id: 'm9',
          title: sent.title,
          achievedOn: sent.achievedOn,
          goalLineageId: GOAL_LINEAGE,
          goalTitle: 'Een BBL-plek in de zorg',
          certificateName: 'Heftruckchauffeur',
          certificateUrl: `/api/cases/${CASE_ID}/milestones/m9/certificate.pdf`,
        });
        saved = [created];
        return jsonResponse(created, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/mijlpalen`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Mijlpalen' })).toBeInTheDocument();
    expect(await screen.findByText(/nog geen mijlpalen vastgelegd/)).toBeInTheDocument();
    // The celebration region is on the page (empty) before anything is recorded, so that it is announced.
    const region = document.querySelector('.koers-celebration-region');
    expect(region).toHaveAttribute('role', 'status');
    expect(region).toBeEmptyDOMElement();

    expect(screen.getByLabelText('Datum')).toHaveValue(todayInNl());
    await user.type(screen.getByLabelText('Wat is er bereikt?'), 'Heftruckcertificaat gehaald');
    await user.selectOptions(await screen.findByLabelText('Bij welk doel hoort deze mijlpaal? (niet verplicht)'), 'Een BBL-plek in de zorg');
    await user.type(screen.getByLabelText('Naam van het certificaat (niet verplicht)'), 'Heftruckchauffeur');
    await user.type(screen.getByLabelText('Notitie (niet verplicht)'), 'In één keer geslaagd!');
    await user.click(screen.getByRole('button', { name: 'Mijlpaal vastleggen' }));

    const title = await screen.findByRole('heading', { name: 'Gefeliciteerd, een mijlpaal!' });
    expect(title.closest('[role="status"]')).toBe(region);
    expect(region).toHaveTextContent('Heftruckcertificaat gehaald');
    expect(region).toHaveTextContent('Noa Bakker');
    expect(within(region as HTMLElement).getByRole('link', { name: 'Certificaat (pdf), Heftruckchauffeur, opent in een nieuw tabblad' })).toHaveAttribute(
      'href',
      `/api/cases/${CASE_ID}/milestones/m9/certificate.pdf`,
    );
    expect(sent).toEqual({
      title: 'Heftruckcertificaat gehaald',
      achievedOn: todayInNl(),
      goalLineageId: GOAL_LINEAGE,
      certificateName: 'Heftruckchauffeur',
      note: 'In één keer geslaagd!',
    });

    // The list shows it too, and the form is empty again for the next one.
    const list = screen.getByRole('region', { name: 'Behaalde mijlpalen' });
    expect(await within(list).findByRole('heading', { name: 'Heftruckcertificaat gehaald' })).toBeInTheDocument();
    expect(within(list).getByText('Een BBL-plek in de zorg')).toBeInTheDocument();
    expect(screen.getByLabelText('Wat is er bereikt?')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(region).toBeEmptyDOMElement();
    expect(screen.getByLabelText('Wat is er bereikt?')).toHaveFocus();
  });

  it('leaves the goal out when the plan cannot be read, and shows what the server found wrong', async () => {
    const sent: unknown[] = [];
    const fetch = fakeCaseFetch({
      [`GET ${CASE_API}/milestones`]: () => jsonResponse({ items: [], nextCursor: null }),
      [`GET ${CASE_API}/plan`]: () => problemResponse({ status: 404, title: 'Niet gevonden.' }),
      [`POST ${CASE_API}/milestones`]: ({ body }) => {
        sent.push(body);
        return problemResponse({
          status: 400,
          title: 'Niet alle gegevens zijn goed ingevuld.',
          errors: [{ field: 'achievedOn', message: 'Een mijlpaal is al behaald: kies vandaag of een eerdere datum.' }],
        });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/mijlpalen`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Mijlpaal vastleggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Schrijf op wat er bereikt is.');
    expect(sent).toHaveLength(0);

    await user.type(screen.getByLabelText('Wat is er bereikt?'), 'Eerste sollicitatiegesprek');
    await user.click(screen.getByRole('button', { name: 'Mijlpaal vastleggen' }));
    expect(await screen.findByLabelText('Datum')).toHaveAccessibleDescription(/kies vandaag of een eerdere datum/);
    expect(sent).toEqual([{ title: 'Eerste sollicitatiegesprek', achievedOn: todayInNl(), goalLineageId: null, certificateName: null, note: null }]);
    expect(screen.queryByLabelText(/Bij welk doel/)).not.toBeInTheDocument();
    expect(screen.queryByText('Gefeliciteerd, een mijlpaal!')).not.toBeInTheDocument();
  });

  it('deletes a milestone only after confirmation', async () => {
    let items = [milestone({ certificateName: 'VCA Basis', certificateUrl: `/api/cases/${CASE_ID}/milestones/m1/certificate.pdf` })];
    let deleted = 0;
    const fetch = fakeCaseFetch({
      [`GET ${CASE_API}/milestones`]: () => jsonResponse({ items, nextCursor: null }),
      [`GET ${CASE_API}/plan`]: () => jsonResponse(plan),
      [`DELETE ${CASE_API}/milestones/m1`]: () => {
        deleted++;
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/mijlpalen`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    expect(await screen.findByText('12 maart 2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verwijderen mijlpaal Eerste week bij de bakker' }));
    const confirm = screen.getByRole('group', { name: /Weet u zeker dat u de mijlpaal "Eerste week bij de bakker" wilt verwijderen/ });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(deleted).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Verwijderen mijlpaal Eerste week bij de bakker' }));
    await user.click(screen.getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('De mijlpaal "Eerste week bij de bakker" is verwijderd.')).toBeInTheDocument();
    expect(deleted).toBe(1);
    expect(await screen.findByText(/nog geen mijlpalen vastgelegd/)).toBeInTheDocument();
  });

  it('shows a teamleider the list only: no form, no delete, no certificate download', async () => {
    const fetch = fakeCaseFetch({
      [`GET ${CASE_API}`]: () => jsonResponse(caseDetail({ permissions: { canEdit: false } })),
      [`GET ${CASE_API}/milestones`]: () =>
        jsonResponse({ items: [milestone({ certificateName: 'VCA Basis', certificateUrl: `/api/cases/${CASE_ID}/milestones/m1/certificate.pdf` })], nextCursor: null }),
    });
    renderApp(`/trajecten/${CASE_ID}/mijlpalen`, { fetch, session: makeSession({ role: 'teamleider', name: 'Sanne Visser' }) });

    expect(await screen.findByRole('heading', { name: 'Eerste week bij de bakker' })).toBeInTheDocument();
    expect(screen.getByText('VCA Basis')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Certificaat \(pdf\)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mijlpaal vastleggen' })).not.toBeInTheDocument();
  });
});
