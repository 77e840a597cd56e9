import type { PlanDiff, PlanGoal, PlanOverview } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCase } from '../../case/test/case-factories';
import { CASE_ID, karim, makeAgreement, makeGoal, makeIntake, makeOverview, makeStep, makeVersion, sanne, VERSION_ID } from '../test/plan-factories';

const klantmanager = makeSession({ role: 'klantmanager' });
const PLAN_PATH = `/trajecten/${CASE_ID}/plan`;
const CONFLICT = 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.';

type Handlers = Parameters<typeof fakeFetch>[0];

/** The case, its plan (read from `state` on every request, so a test can change it) and what the plan reads besides. */
function network(state: { plan: PlanOverview }, more: Handlers = {}) {
  return fakeFetch({
    [`GET /api/cases/${CASE_ID}`]: () => jsonResponse(makeCase({ permissions: { canEdit: state.plan.permissions.canEdit } })),
    [`GET /api/cases/${CASE_ID}/plan`]: () => jsonResponse(state.plan),
    [`GET /api/cases/${CASE_ID}/intake`]: () => jsonResponse(makeIntake()),
    [`GET /api/cases/${CASE_ID}/network`]: () => jsonResponse({ items: [] }),
    [`GET /api/cases/${CASE_ID}/youth-proposals`]: () => jsonResponse({ items: [], nextCursor: null }),
    [`GET /api/cases/${CASE_ID}/goals/${makeGoal().lineageId}/comments`]: () => jsonResponse({ items: [], nextCursor: null, total: 0 }),
    ...more,
  });
}

describe('plan van aanpak: goals', () => {
  it('adds a goal with the jongere\'s own words and shows those words as theirs, with who wrote them', async () => {
    const state = { plan: makeOverview(makeVersion()) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/plan-versions/${VERSION_ID}/goals`]: ({ body }) => {
        sent = body;
        const goal = makeGoal({ title: 'Een eigen kamer', youthWords: 'Ik wil gewoon een plek waar ik rust heb.', wish: { id: 'w0000000-0000-4000-8000-000000000001', kind: 'wens', text: 'Een eigen plek om te wonen' } });
        state.plan = makeOverview(makeVersion({ goals: [goal] }));
        return jsonResponse(goal, 201);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Plan van aanpak' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Doel toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuw doel' });
    expect(within(form).getByLabelText('Doel')).toHaveFocus();
    await user.type(within(form).getByLabelText('Doel'), 'Een eigen kamer');
    await user.type(within(form).getByLabelText('In de woorden van Noa de Vries (niet verplicht)'), 'Ik wil gewoon een plek waar ik rust heb.');
    await user.selectOptions(
      await within(form).findByLabelText('Bij welke wens of behoefte uit de intake hoort dit doel?'),
      'Wens: Een eigen plek om te wonen',
    );
    await user.click(within(form).getByRole('button', { name: 'Doel opslaan' }));

    const goal = await screen.findByRole('article', { name: 'Een eigen kamer' });
    expect(sent).toEqual({
      title: 'Een eigen kamer',
      youthWords: 'Ik wil gewoon een plek waar ik rust heb.',
      description: null,
      wishId: 'w0000000-0000-4000-8000-000000000001',
      targetDate: null,
    });
    const quote = within(goal).getByRole('figure');
    expect(quote).toHaveTextContent('In de woorden van Noa de Vries:');
    expect(within(quote).getByText('Ik wil gewoon een plek waar ik rust heb.').closest('blockquote')).not.toBeNull();
    expect(goal).toHaveTextContent('Wens: Een eigen plek om te wonen');
    expect(goal).toHaveTextContent('Geschreven door Karim El Amrani (klantmanager)');
    expect(await screen.findByText('Het doel is toegevoegd.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('form', { name: 'Nieuw doel' })).not.toBeInTheDocument();
  });

  it('checks the form before sending: a goal needs a title', async () => {
    const state = { plan: makeOverview(makeVersion()) };
    const fetch = network(state);
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Doel toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Doel opslaan' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Schrijf op wat het doel is.' })).toHaveAttribute('href', '#nieuw-doel-titel');
    expect(screen.getByLabelText('Doel')).toHaveAccessibleDescription(/Schrijf op wat het doel is\./);
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('on a 409 while editing a goal shows what is saved now beside the input, and saves the change again on the new version', async () => {
    const goal = makeGoal({ version: 1 });
    const theirs: PlanGoal = { ...goal, title: 'Een kamer via de woningcorporatie', version: 2, lastEditedBy: sanne, updatedAt: '2026-03-03T09:00:00.000Z' };
    const state = { plan: makeOverview(makeVersion({ goals: [goal] })) };
    const sent: unknown[] = [];
    const fetch = network(state, {
      [`PATCH /api/goals/${goal.id}`]: ({ body }) => {
        sent.push(body);
        if (sent.length === 1) {
          state.plan = makeOverview(makeVersion({ goals: [theirs] }));
          return problemResponse({ status: 409, title: CONFLICT, code: 'CONFLICT', current: theirs });
        }
        const saved = { ...theirs, title: 'Mijn eigen kamer', version: 3, lastEditedBy: karim };
        state.plan = makeOverview(makeVersion({ goals: [saved] }));
        return jsonResponse(saved);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Doel wijzigen: Een vaste slaapplek' }));
    const title = screen.getByLabelText('Doel');
    await user.clear(title);
    await user.type(title, 'Mijn eigen kamer');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const notice = await screen.findByRole('alert', { name: 'Iemand anders heeft dit intussen gewijzigd' });
    expect(notice).toHaveFocus();
    expect(notice).toHaveTextContent(CONFLICT);
    expect(notice).toHaveTextContent('Sanne Visser (klantmanager)');
    expect(notice).toHaveTextContent('Nu opgeslagen: Een kamer via de woningcorporatie');
    expect(notice).toHaveTextContent('Uw invoer: Mijn eigen kamer');
    // Nothing typed is lost.
    expect(screen.getByLabelText('Doel')).toHaveValue('Mijn eigen kamer');
    expect(sent[0]).toEqual({ title: 'Mijn eigen kamer', version: 1 });

    await user.click(within(notice).getByRole('button', { name: 'Mijn wijziging opnieuw opslaan' }));

    expect(await screen.findByRole('article', { name: 'Mijn eigen kamer' })).toBeInTheDocument();
    expect(sent[1]).toEqual({ title: 'Mijn eigen kamer', version: 2 });
    expect(screen.getByRole('button', { name: 'Doel wijzigen: Mijn eigen kamer' })).toHaveFocus();
  });

  it('on a 409 can load what is saved now instead (the user chooses to drop their input)', async () => {
    const goal = makeGoal({ version: 1 });
    const theirs: PlanGoal = { ...goal, title: 'Een kamer via de woningcorporatie', version: 2, lastEditedBy: sanne };
    const state = { plan: makeOverview(makeVersion({ goals: [goal] })) };
    const fetch = network(state, {
      [`PATCH /api/goals/${goal.id}`]: () => problemResponse({ status: 409, title: CONFLICT, current: theirs }),
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Doel wijzigen: Een vaste slaapplek' }));
    await user.clear(screen.getByLabelText('Doel'));
    await user.type(screen.getByLabelText('Doel'), 'Mijn eigen kamer');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await user.click(await screen.findByRole('button', { name: 'Opgeslagen versie laden' }));

    expect(screen.getByLabelText('Doel')).toHaveValue('Een kamer via de woningcorporatie');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletes a step after asking, with its version; announces it and puts focus back on the steps', async () => {
    const step = makeStep({ version: 3 });
    const state = { plan: makeOverview(makeVersion({ goals: [makeGoal({ steps: [step] })] })) };
    let deleted = '';
    const fetch = network(state, {
      [`DELETE /api/steps/${step.id}`]: ({ path }) => {
        deleted = path;
        state.plan = makeOverview(makeVersion({ goals: [makeGoal({ steps: [] })] }));
        return new Response(null, { status: 204 });
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Stap verwijderen: Bellen met de woningcorporatie' }));
    const question = screen.getByRole('group', { name: 'Weet u zeker dat u de stap "Bellen met de woningcorporatie" wilt verwijderen?' });
    expect(question).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText('De stap "Bellen met de woningcorporatie" is verwijderd.')).toBeInTheDocument();
    expect(deleted).toBe(`/api/steps/${step.id}?version=3`);
    expect(screen.getByRole('heading', { name: 'Stappen: Een vaste slaapplek' })).toHaveFocus();
    expect(screen.getByText('Nog geen stappen.')).toBeInTheDocument();
  });

  it('ticks a step off with its version, also on a vastgesteld plan whose content is fixed', async () => {
    const step = makeStep({ version: 5 });
    const version = makeVersion({ status: 'vastgesteld', evaluationDate: '2030-06-01', goals: [makeGoal({ steps: [step] })] });
    const state = { plan: makeOverview(version) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/steps/${step.id}/done`]: ({ body }) => {
        sent = body;
        const done = { ...step, done: true, doneAt: '2026-03-04T10:00:00.000Z', version: 6 };
        state.plan = makeOverview({ ...version, goals: [makeGoal({ steps: [done] })] });
        return jsonResponse(done);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    const box = await screen.findByRole('checkbox', { name: 'Gedaan: Bellen met de woningcorporatie' });
    expect(screen.queryByRole('button', { name: /Doel wijzigen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Doel toevoegen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status wijzigen: Een vaste slaapplek' })).toBeInTheDocument();
    await user.click(box);

    expect(await screen.findByText('De stap "Bellen met de woningcorporatie" is afgevinkt.')).toBeInTheDocument();
    expect(sent).toEqual({ done: true, version: 5 });
    expect(screen.getByRole('checkbox', { name: 'Gedaan: Bellen met de woningcorporatie' })).toBeChecked();
  });

  it('offers to record a mijlpaal when a goal is behaald', async () => {
    const goal = makeGoal({ status: 'bezig', version: 2 });
    const version = makeVersion({ status: 'vastgesteld', evaluationDate: '2030-06-01', goals: [goal] });
    const state = { plan: makeOverview(version) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/goals/${goal.id}/status`]: ({ body }) => {
        sent = body;
        const achieved = { ...goal, status: 'behaald' as const, version: 3 };
        state.plan = makeOverview({ ...version, goals: [achieved] });
        return jsonResponse(achieved);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Status wijzigen: Een vaste slaapplek' }));
    await user.selectOptions(screen.getByLabelText('Status van het doel'), 'Behaald');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));

    const link = await screen.findByRole('link', { name: 'Mijlpaal vastleggen voor dit doel: Een vaste slaapplek' });
    expect(link).toHaveAttribute('href', `/trajecten/${CASE_ID}/mijlpalen?doel=${goal.lineageId}`);
    expect(sent).toEqual({ status: 'behaald', version: 2 });
    expect(screen.getByText('Doel behaald! Vier dit succes met Noa de Vries: leg het vast als mijlpaal.')).toBeInTheDocument();
  });
});

describe('plan van aanpak: sign-off', () => {
  it('shows what is missing beforehand, and the server\'s list when proposing too early', async () => {
    const missing = [
      { field: 'evaluationDate', message: 'Kies de datum van de volgende evaluatie.' },
      { field: 'agreements.werk_zoeken', message: 'Voeg minstens één afspraak toe over werk zoeken.' },
    ];
    const state = { plan: makeOverview(makeVersion({ version: 7, goals: [makeGoal()], readiness: { ready: false, missing } })) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/plan-versions/${VERSION_ID}/propose`]: ({ body }) => {
        sent = body;
        return problemResponse({ status: 400, title: 'Het plan is nog niet klaar om voor te leggen. Dit ontbreekt nog:', code: 'VALIDATION_FAILED', errors: missing });
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    const signOff = await screen.findByRole('region', { name: 'Instemming' });
    expect(signOff).toHaveTextContent('Dit is nog nodig voordat u het plan kunt voorstellen:');
    expect(within(signOff).getByRole('link', { name: 'Kies de datum van de volgende evaluatie.' })).toHaveAttribute('href', '#plan-evaluatiedatum');

    await user.click(within(signOff).getByRole('button', { name: 'Plan voorstellen' }));

    const summary = await within(signOff).findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Het plan is nog niet klaar om voor te leggen. Dit ontbreekt nog:');
    const link = within(summary).getByRole('link', { name: 'Voeg minstens één afspraak toe over werk zoeken.' });
    expect(link).toHaveAttribute('href', '#afspraak-nieuw-werk_zoeken');
    expect(sent).toEqual({ version: 7 });
    await user.click(link);
    expect(screen.getByLabelText('Nieuwe afspraak over werk zoeken')).toHaveFocus();
  });

  it('records both agreements; the jongere\'s is confirmed as given in a meeting, and then the plan is vastgesteld', async () => {
    const proposed = makeVersion({
      status: 'voorgesteld',
      version: 8,
      evaluationDate: '2030-06-01',
      signOff: { proposedAt: '2026-03-01T10:00:00.000Z', proposedBy: karim, staff: { agreedAt: '2026-03-01T10:05:00.000Z', by: karim }, youth: null, establishedAt: null },
    });
    const state = { plan: makeOverview(proposed) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/plan-versions/${VERSION_ID}/agree`]: ({ body }) => {
        sent = body;
        const established = makeVersion({
          ...proposed,
          status: 'vastgesteld',
          version: 10,
          signOff: { ...proposed.signOff, youth: { agreedAt: '2026-03-02T10:00:00.000Z', via: 'gesprek', recordedBy: karim }, establishedAt: '2026-03-02T10:00:00.000Z' },
        });
        state.plan = makeOverview(established);
        return jsonResponse(established);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    const signOff = await screen.findByRole('region', { name: 'Instemming' });
    expect(within(signOff).queryByRole('button', { name: 'Akkoord klantmanager' })).not.toBeInTheDocument();
    expect(signOff).toHaveTextContent('Ingestemd op 1 maart 2026 (Karim El Amrani).');
    expect(screen.getByText(/Dit plan is voorgesteld\. Verandert u nog iets aan de inhoud/)).toBeInTheDocument();
    await user.click(within(signOff).getByRole('button', { name: 'Akkoord jongere (gegeven in gesprek)' }));
    const question = within(signOff).getByRole('group', { name: /Heeft Noa de Vries in een gesprek met u ingestemd met versie 1/ });
    await user.click(within(question).getByRole('button', { name: 'Ja, instemming vastleggen' }));

    expect(await within(signOff).findByText('Vastgesteld op 2 maart 2026')).toBeInTheDocument();
    expect(sent).toEqual({ party: 'jongere', via: 'gesprek', version: 8 });
    expect(signOff).toHaveTextContent('Ingestemd in een gesprek (vastgelegd door de klantmanager)');
  });

  it('asks before a change that takes a voorgesteld plan back to concept', async () => {
    const proposed = makeVersion({ status: 'voorgesteld', evaluationDate: '2030-06-01', signOff: { proposedAt: '2026-03-01T10:00:00.000Z', proposedBy: karim, staff: null, youth: null, establishedAt: null } });
    const state = { plan: makeOverview(proposed) };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/plan-versions/${VERSION_ID}/agreements`]: ({ body }) => {
        sent = body;
        state.plan = makeOverview({ ...proposed, status: 'concept', agreements: [makeAgreement({ kind: 'werk_zoeken', text: 'Elke week twee sollicitaties.' })] });
        return jsonResponse(makeAgreement(), 201);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Nieuwe afspraak over werk zoeken'), 'Elke week twee sollicitaties.');
    await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen: Werk zoeken' }));
    const question = screen.getByRole('group', { name: /gaat het plan terug naar concept/ });
    expect(sent).toBeUndefined();
    await user.click(within(question).getByRole('button', { name: 'Ja, opslaan' }));

    expect(await screen.findByText('Elke week twee sollicitaties.')).toBeInTheDocument();
    expect(sent).toEqual({ kind: 'werk_zoeken', text: 'Elke week twee sollicitaties.' });
  });
});

describe('plan van aanpak: evaluation', () => {
  it('records the evaluation on or after the date, and shows the next version as a concept', async () => {
    const inForce = makeVersion({ status: 'vastgesteld', evaluationDate: '2026-03-01', goals: [makeGoal({ status: 'bezig' })] });
    const state = { plan: makeOverview(inForce, { permissions: { canEdit: true, canEvaluate: true } }) };
    let sent: unknown;
    const evaluation = {
      id: 'e1',
      planVersionId: VERSION_ID,
      planVersionNumber: 1,
      wentWell: 'Noa kwam op elke afspraak.',
      wasHard: 'Vroeg opstaan.',
      changes: 'Een nieuw doel over werk.',
      youthView: 'Het gaat beter dan ik dacht.',
      evaluatedAt: '2026-03-02T10:00:00.000Z',
      evaluatedBy: { id: karim.id, name: karim.name },
    };
    const next = makeVersion({ id: 'p2', number: 2, goals: [makeGoal({ id: 'g2', status: 'bezig' })] });
    const fetch = network(state, {
      [`POST /api/cases/${CASE_ID}/plan/evaluations`]: ({ body }) => {
        sent = body;
        state.plan = {
          ...makeOverview(next),
          inForceNumber: 1,
          versions: [
            { id: 'p2', number: 2, status: 'concept', createdAt: next.createdAt, proposedAt: null, establishedAt: null, evaluationDate: null, evaluatedAt: null },
            { id: VERSION_ID, number: 1, status: 'vastgesteld', createdAt: inForce.createdAt, proposedAt: null, establishedAt: null, evaluationDate: '2026-03-01', evaluatedAt: evaluation.evaluatedAt },
          ],
        };
        return jsonResponse({ evaluation, nextVersion: next }, 201);
      },
      [`GET /api/cases/${CASE_ID}/plan/versions/1`]: () => jsonResponse({ ...inForce, evaluation }),
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    expect(await screen.findByText('Het is tijd om het plan met Noa de Vries te evalueren.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Wat ging goed?'), evaluation.wentWell);
    await user.type(screen.getByLabelText('Wat was moeilijk?'), evaluation.wasHard);
    await user.type(screen.getByLabelText('Wat verandert er in het plan?'), evaluation.changes);
    await user.type(screen.getByLabelText('Hoe kijkt Noa de Vries ertegenaan? (niet verplicht)'), evaluation.youthView);
    await user.click(screen.getByRole('button', { name: 'Evaluatie vastleggen en nieuwe versie maken' }));

    expect(await screen.findByText(/De evaluatie is vastgelegd\. Versie 2 van het plan staat klaar als concept/)).toBeInTheDocument();
    expect(sent).toEqual({ wentWell: evaluation.wentWell, wasHard: evaluation.wasHard, changes: evaluation.changes, youthView: evaluation.youthView });
    expect(screen.getByText('Versie 2', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Tot versie 2 is vastgesteld, geldt versie 1. U vindt die onder Versies.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Evaluatie van versie 1' })).toBeInTheDocument();
    expect(screen.getByText('Het gaat beter dan ik dacht.').closest('figure')).toHaveTextContent('In de woorden van Noa de Vries:');
    expect(screen.getByRole('button', { name: 'Doel toevoegen' })).toBeInTheDocument();
  });
});

describe('plan van aanpak: versions', () => {
  it('renders the diff between two versions with old and new text, labelled in words', async () => {
    const v2 = makeVersion({ id: 'p2', number: 2 });
    const overview: PlanOverview = {
      ...makeOverview(v2),
      versions: [
        { id: 'p2', number: 2, status: 'concept', createdAt: '2026-06-01T10:00:00.000Z', proposedAt: null, establishedAt: null, evaluationDate: null, evaluatedAt: null },
        { id: 'p1', number: 1, status: 'vastgesteld', createdAt: '2026-02-01T10:00:00.000Z', proposedAt: '2026-02-02T10:00:00.000Z', establishedAt: '2026-02-03T10:00:00.000Z', evaluationDate: '2026-05-01', evaluatedAt: '2026-05-02T10:00:00.000Z' },
      ],
      inForceNumber: 1,
    };
    const diff: PlanDiff = {
      from: 1,
      to: 2,
      hasChanges: true,
      evaluationDate: { field: 'evaluationDate', label: 'Volgende evaluatie', before: '1 mei 2026', after: '1 september 2026' },
      consequences: null,
      goals: [
        {
          lineageId: 'l1',
          change: 'changed',
          title: 'Een eigen kamer',
          statusBefore: 'bezig',
          fields: [{ field: 'title', label: 'Doel', before: 'Een vaste slaapplek', after: 'Een eigen kamer' }],
          steps: [{ lineageId: 's1', change: 'added', text: 'Inschrijven bij Woonnet', fields: [{ field: 'text', label: 'Wat', before: null, after: 'Inschrijven bij Woonnet' }] }],
        },
        { lineageId: 'l2', change: 'removed', title: 'Schulden op een rij', statusBefore: 'behaald', fields: [], steps: [] },
      ],
      agreements: {
        werk_zoeken: [{ lineageId: 'a1', change: 'added', before: null, after: 'Twee sollicitaties per week.' }],
        verplichting: [],
        ondersteuning: [{ lineageId: 'a2', change: 'removed', before: 'Wij betalen je OV-kaart.', after: null }],
      },
    };
    let requested = '';
    const state = { plan: overview };
    const fetch = network(state, {
      [`GET /api/cases/${CASE_ID}/plan/diff`]: ({ path }) => {
        requested = path;
        return jsonResponse(diff);
      },
      [`GET /api/cases/${CASE_ID}/plan/versions/1`]: () => jsonResponse(makeVersion({ id: 'p1', status: 'vastgesteld' })),
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    const versions = await screen.findByRole('region', { name: 'Versies' });
    expect(within(versions).getByLabelText('Van versie')).toHaveValue('1');
    expect(within(versions).getByLabelText('Naar versie')).toHaveValue('2');
    await user.click(within(versions).getByRole('button', { name: 'Vergelijken' }));

    expect(await within(versions).findByRole('heading', { name: 'Wat is er veranderd van versie 1 naar versie 2?' })).toBeInTheDocument();
    expect(requested).toBe(`/api/cases/${CASE_ID}/plan/diff?from=1&to=2`);
    const removedTitle = within(versions).getByText('Een vaste slaapplek');
    expect(removedTitle.tagName).toBe('DEL');
    expect(removedTitle.parentElement).toHaveTextContent('Was: Een vaste slaapplek');
    expect(within(versions).getByText('Een eigen kamer', { selector: 'ins' })).toBeInTheDocument();
    expect(versions).toHaveTextContent('Doel gewijzigd: Een eigen kamer');
    expect(versions).toHaveTextContent('Nieuwe stap');
    expect(within(versions).getByText('Inschrijven bij Woonnet', { selector: 'ins' })).toBeInTheDocument();
    expect(versions).toHaveTextContent('Doel niet meer in het plan: Schulden op een rij (was behaald: afgerond, daarom niet meegenomen)');
    expect(within(versions).getByRole('heading', { name: 'Afspraken: Werk zoeken' })).toBeInTheDocument();
    expect(within(versions).getByText('Twee sollicitaties per week.', { selector: 'ins' })).toBeInTheDocument();
    expect(within(versions).getByText('Wij betalen je OV-kaart.', { selector: 'del' })).toBeInTheDocument();
    expect(versions).toHaveTextContent('Afspraak vervallen');
    expect(versions).toHaveTextContent('Volgende evaluatieWas: 1 mei 2026Nu: 1 september 2026');
  });
});

describe('plan van aanpak: access', () => {
  it('starts the plan when there is none', async () => {
    const state = { plan: makeOverview(null) };
    const fetch = network(state, {
      [`POST /api/cases/${CASE_ID}/plan`]: () => {
        state.plan = makeOverview(makeVersion({ readiness: { ready: false, missing: [{ field: 'goals', message: 'Voeg minstens één doel toe.' }] } }));
        return jsonResponse(state.plan.current, 201);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();

    expect(await screen.findByText('Er is nog geen plan van aanpak voor Noa de Vries.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan opstellen' }));

    expect(await screen.findByRole('heading', { name: 'Doelen' })).toBeInTheDocument();
    expect(screen.getByText('Versie 1', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan afdrukken (pdf), versie 1, opent in een nieuw tabblad' })).toHaveAttribute(
      'href',
      `/api/cases/${CASE_ID}/plan/pdf?number=1`,
    );
  });

  it('is read only for a teamleider', async () => {
    const version = makeVersion({
      goals: [makeGoal({ youthWords: 'Ik wil rust.', steps: [makeStep()] })],
      agreements: [makeAgreement()],
      readiness: { ready: false, missing: [{ field: 'goals', message: 'Voeg minstens één doel toe.' }] },
    });
    const state = { plan: makeOverview(version, { permissions: { canEdit: false, canEvaluate: false } }) };
    const fetch = network(state);
    renderApp(PLAN_PATH, { fetch, session: makeSession({ role: 'teamleider' }) });

    expect(await screen.findByRole('article', { name: 'Een vaste slaapplek' })).toBeInTheDocument();
    expect(screen.getByText('U bekijkt dit plan. Alleen de contactpersoon kan het wijzigen.')).toBeInTheDocument();
    expect(screen.getByText('Ik wil rust.')).toBeInTheDocument();
    expect(screen.getByText('Nog te doen:')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    for (const name of ['Doel toevoegen', /Doel wijzigen/, /Status wijzigen/, /Stap toevoegen/, 'Plan voorstellen', /Afspraak toevoegen/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(fetch.mock.calls.map(([url]) => String(url))).not.toContain(`/api/cases/${CASE_ID}/intake`);
  });
});
