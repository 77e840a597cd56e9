import { DIVERSITY_CONSENT_EXPLANATION, type IntakeDetail, type RecordConsentRequest, type UpdateDiversityRequest, type UpdateIntakeRequest } from '@koers/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID, caseDetail, consent, diversityInfo, intakeDetail, KM_ID } from '../test/intake-data';

const base = `/api/cases/${CASE_ID}`;
const km = makeSession({ role: 'klantmanager', id: KM_ID, name: 'Karim El Amrani' });
const storageKey = `koers:concept:${KM_ID}:intake:${CASE_ID}`;

/** The network of one case page on the intake tab; `intake` is what GET returns now. */
function network(state: { intake: IntakeDetail }, extra: Parameters<typeof fakeFetch>[0] = {}) {
  return fakeFetch({
    [`GET ${base}`]: () => jsonResponse(caseDetail()),
    [`GET ${base}/intake`]: () => jsonResponse(state.intake),
    [`GET ${base}/life-areas`]: () => jsonResponse({ sets: [] }),
    ...extra,
  });
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('Intake: autosave', () => {
  it('saves only the changed field with the version, after typing stops, and says when', async () => {
    const sent: UpdateIntakeRequest[] = [];
    const state = { intake: intakeDetail({ version: 3 }) };
    const fetch = network(state, {
      [`PUT ${base}/intake`]: ({ body }) => {
        const request = body as UpdateIntakeRequest;
        sent.push(request);
        const { version: _v, ...fields } = request;
        state.intake = { ...state.intake, ...fields, version: state.intake.version + 1 };
        return jsonResponse(state.intake);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Intake' })).toBeInTheDocument();
    const note = await screen.findByRole('textbox', { name: 'Toelichting wonen' });
    await user.clear(note);
    await user.type(note, 'Slaapt soms bij een vriend.');
    // Nothing is sent while typing.
    expect(sent).toHaveLength(0);
    expect(JSON.parse(window.localStorage.getItem(storageKey)!).entries.housingNote.value).toBe('Slaapt soms bij een vriend.');

    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 5000 });
    expect(sent[0]).toEqual({ housingNote: 'Slaapt soms bij een vriend.', version: 3 });
    expect(await screen.findByText(/^Opgeslagen om \d\d:\d\d$/)).toBeInTheDocument();
    expect(window.localStorage.getItem(storageKey)).toBeNull();

    // A choice is saved when the field loses focus, on the version the last save returned.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Woonsituatie' }), 'Begeleid wonen');
    await user.tab();
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ housing: 'begeleid_wonen', version: 4 });
  });

  it('puts back changes that were never saved, and saves them only when asked', async () => {
    window.localStorage.setItem(
      storageKey,
      JSON.stringify({ savedAt: '2026-03-02T11:00:00.000Z', entries: { ownStory: { value: 'Ik wil koken in een restaurant.', base: null } } }),
    );
    const sent: UpdateIntakeRequest[] = [];
    const state = { intake: intakeDetail({ version: 3 }) };
    const fetch = network(state, {
      [`PUT ${base}/intake`]: ({ body }) => {
        sent.push(body as UpdateIntakeRequest);
        state.intake = { ...state.intake, ownStory: 'Ik wil koken in een restaurant.', version: 4 };
        return jsonResponse(state.intake);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    const banner = await screen.findByRole('region', { name: 'Wijzigingen die nog niet waren opgeslagen' });
    expect(within(banner).getByRole('link', { name: 'Het eigen verhaal van de jongere' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Het eigen verhaal van de jongere' })).toHaveValue('Ik wil koken in een restaurant.');
    expect(sent).toHaveLength(0);

    await user.click(within(banner).getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(sent).toEqual([{ ownStory: 'Ik wil koken in een restaurant.', version: 3 }]));
    expect(screen.queryByRole('region', { name: 'Wijzigingen die nog niet waren opgeslagen' })).not.toBeInTheDocument();
  });
});

describe('Intake: conflicts', () => {
  it('shows both versions after a 409, and "Mijn versie houden" saves mine on top of the new version', async () => {
    const sent: UpdateIntakeRequest[] = [];
    const theirs = intakeDetail({ version: 4, housingNote: 'Woont sinds kort bij zijn tante.', updatedBy: { id: 'u2', name: 'Sanne Visser' } });
    const state = { intake: intakeDetail({ version: 3 }) };
    const fetch = network(state, {
      [`PUT ${base}/intake`]: ({ body }) => {
        const request = body as UpdateIntakeRequest;
        sent.push(request);
        if (request.version === 3) {
          return problemResponse({ status: 409, code: 'CONFLICT', title: 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.', current: theirs });
        }
        state.intake = { ...theirs, housingNote: request.housingNote ?? null, version: 5, updatedBy: { id: KM_ID, name: 'Karim El Amrani' } };
        return jsonResponse(state.intake);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    const note = await screen.findByRole('textbox', { name: 'Toelichting wonen' });
    await user.clear(note);
    await user.type(note, 'Woont bij moeder en zus.');
    await user.tab();

    const conflict = await screen.findByRole('group', { name: 'Sanne Visser heeft dit veld intussen gewijzigd: Toelichting wonen' });
    expect(within(conflict).getByText('Woont sinds kort bij zijn tante.')).toBeInTheDocument();
    expect(within(conflict).getByText('Woont bij moeder en zus.')).toBeInTheDocument();
    expect(screen.getByText(/iemand anders heeft intussen een veld gewijzigd/)).toBeInTheDocument();
    // What the user typed is still in the field, and it was not sent again on its own.
    expect(note).toHaveValue('Woont bij moeder en zus.');
    expect(sent).toHaveLength(1);

    await user.click(within(conflict).getByRole('button', { name: 'Mijn versie houden bij Toelichting wonen' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ housingNote: 'Woont bij moeder en zus.', version: 4 });
    await waitFor(() => expect(screen.queryByRole('group', { name: /heeft dit veld intussen gewijzigd/ })).not.toBeInTheDocument());
    expect(await screen.findByText(/^Opgeslagen om/)).toBeInTheDocument();
  });

  it('"Hun versie overnemen" drops what was typed in that field and sends nothing', async () => {
    const sent: UpdateIntakeRequest[] = [];
    const theirs = intakeDetail({ version: 4, housingNote: 'Woont sinds kort bij zijn tante.', updatedBy: { id: 'u2', name: 'Sanne Visser' } });
    const state = { intake: intakeDetail({ version: 3 }) };
    const fetch = network(state, {
      [`PUT ${base}/intake`]: ({ body }) => {
        sent.push(body as UpdateIntakeRequest);
        return problemResponse({ status: 409, title: 'Iemand anders heeft dit intussen gewijzigd.', current: theirs });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    const note = await screen.findByRole('textbox', { name: 'Toelichting wonen' });
    await user.type(note, ' En soms bij opa.');
    await user.tab();
    const conflict = await screen.findByRole('group', { name: /Sanne Visser heeft dit veld intussen gewijzigd/ });
    await user.click(within(conflict).getByRole('button', { name: 'Hun versie overnemen bij Toelichting wonen' }));

    expect(note).toHaveValue('Woont sinds kort bij zijn tante.');
    expect(screen.queryByRole('group', { name: /heeft dit veld intussen gewijzigd/ })).not.toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toHaveLength(1);
  });
});

describe('Intake: diversiteitsfactoren', () => {
  it('asks for consent first, then shows the form; withdrawing erases it', async () => {
    let consentRequest: RecordConsentRequest | undefined;
    const diversitySent: UpdateDiversityRequest[] = [];
    const withdrawn: string[] = [];
    const state = { intake: intakeDetail() };
    const fetch = network(state, {
      [`POST ${base}/consents`]: ({ body }) => {
        consentRequest = body as RecordConsentRequest;
        state.intake = { ...state.intake, diversityConsent: consent(), diversity: diversityInfo(), permissions: { ...state.intake.permissions, canSeeDiversity: true } };
        return jsonResponse(consent(), 201);
      },
      [`PUT ${base}/diversity`]: ({ body }) => {
        diversitySent.push(body as UpdateDiversityRequest);
        const saved = diversityInfo({ religionOrBelief: (body as UpdateDiversityRequest).religionOrBelief ?? null, version: 2 });
        state.intake = { ...state.intake, diversity: saved };
        return jsonResponse(saved);
      },
      [`POST ${base}/consents/33333333-3333-4333-8333-333333333333/withdraw`]: ({ path }) => {
        withdrawn.push(path);
        state.intake = { ...state.intake, diversityConsent: null, diversity: null, permissions: { ...state.intake.permissions, canSeeDiversity: false } };
        return jsonResponse(consent({ withdrawnAt: '2026-03-03T10:00:00.000Z' }));
      },
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Diversiteitsfactoren' });
    expect(within(section).queryByRole('textbox', { name: 'Geloof of levensovertuiging' })).not.toBeInTheDocument();
    expect(within(section).getByText(/alleen vast als de jongere daar uitdrukkelijk toestemming voor geeft/)).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Uitleg aan de jongere' })).toHaveValue(DIVERSITY_CONSENT_EXPLANATION);

    // Without the tick nothing is recorded.
    await user.click(within(section).getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vink aan dat de jongere in een gesprek toestemming heeft gegeven.');
    expect(consentRequest).toBeUndefined();

    await user.click(within(section).getByRole('checkbox', { name: 'De jongere heeft in een gesprek uitdrukkelijk toestemming gegeven' }));
    await user.click(within(section).getByRole('button', { name: 'Toestemming vastleggen' }));
    expect(consentRequest).toEqual({ purpose: 'diversiteitsfactoren', explanation: DIVERSITY_CONSENT_EXPLANATION, givenVia: 'gesprek' });

    const belief = await within(section).findByRole('textbox', { name: 'Geloof of levensovertuiging' });
    await user.type(belief, 'Moslim');
    await user.tab();
    await waitFor(() => expect(diversitySent).toEqual([{ religionOrBelief: 'Moslim', version: 1 }]));
    // Special-category data is never kept in the browser's storage.
    expect(Object.keys(window.localStorage).some((k) => k.includes('divers'))).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Toestemming intrekken' }));
    const confirm = within(section).getByRole('group', { name: /De diversiteitsfactoren van Noa Bakker worden dan gewist/ });
    await user.click(within(confirm).getByRole('button', { name: 'Ja, intrekken en gegevens wissen' }));
    expect(await within(section).findByText('De toestemming is ingetrokken en de diversiteitsfactoren zijn gewist.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('textbox', { name: 'Geloof of levensovertuiging' })).not.toBeInTheDocument());
    expect(withdrawn).toHaveLength(1);
    expect(within(section).getByRole('button', { name: 'Toestemming vastleggen' })).toBeInTheDocument();
  });

  it('shows a teamleider the intake without inputs and without the diversiteitsfactoren', async () => {
    const state = {
      intake: intakeDetail({
        wishes: [{ id: 'w1', kind: 'wens', text: 'Kok worden', author: { id: KM_ID, name: 'Karim El Amrani', role: 'klantmanager' }, createdAt: '2026-03-02T10:00:00.000Z' }],
        permissions: { canEdit: false, canManageConsent: false, canSeeDiversity: false },
      }),
    };
    const fetch = network(state, { [`GET ${base}`]: () => jsonResponse(caseDetail({ permissions: { canEdit: false } })) });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: makeSession({ role: 'teamleider', id: 'u-tl', name: 'Fatima Yilmaz' }) });

    expect(await screen.findByRole('heading', { level: 2, name: 'Intake' })).toBeInTheDocument();
    expect(screen.getByText('Woont bij moeder.')).toBeInTheDocument();
    expect(screen.getByText('Kok worden')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Intake afronden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Diversiteitsfactoren' })).not.toBeInTheDocument();
  });
});

describe('Intake: urgent obstacles', () => {
  it('shows the Dutch title when making a goal of an obstacle fails', async () => {
    const state = {
      intake: intakeDetail({
        urgentObstacles: [
          {
            id: '44444444-4444-4444-8444-444444444444',
            kind: 'slaapplek',
            description: 'Slaapt wisselend bij vrienden.',
            goalId: null,
            createdAt: '2026-03-02T10:00:00.000Z',
            createdBy: { id: KM_ID, name: 'Karim El Amrani' },
            resolvedAt: null,
          },
        ],
      }),
    };
    const fetch = network(state, {
      [`POST ${base}/urgent-obstacles/44444444-4444-4444-8444-444444444444/goal`]: () => problemResponse({ status: 404, title: 'Dit onderdeel bestaat niet of u heeft er geen toegang toe.' }),
    });
    renderApp(`/trajecten/${CASE_ID}/intake`, { fetch, session: km });
    const user = userEvent.setup();

    await user.click(await screen.findByText('Urgente obstakels'));
    await user.click(await screen.findByRole('button', { name: 'Maak hier een doel van: Geen vaste slaapplek' }));
    expect(await screen.findByText('Dit onderdeel bestaat niet of u heeft er geen toegang toe.')).toBeInTheDocument();
  });
});
