import type { ImprovementActionList, MySelfCheckAnswers, SelfCheckInvite, SelfCheckGroupResult, SelfCheckResults, SelfCheckRound, SelfCheckRoundList, WerkwijzerContent } from '@koers/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const ROUND = '33333333-3333-4333-8333-333333333333';
const EARLIER = '44444444-4444-4444-8444-444444444444';

function round(overrides: Partial<SelfCheckRound> = {}): SelfCheckRound {
  return {
    id: ROUND,
    teamId: 't1',
    title: 'Najaar 2026',
    status: 'open',
    openedAt: '2026-11-01T09:00:00.000Z',
    closedAt: null,
    respondents: 2,
    myAnswered: 1,
    factorCount: 31,
    ...overrides,
  };
}

const factor = (number: string, theme: number, title: string) => ({ number, theme, title, explanation: `Uitleg bij ${number}.`, tips: [{ title: 'Tip', text: `Tip bij ${number}.`, points: [] }], moments: [] });
const content = {
  themes: [
    { number: 1, title: 'Vertrouwen en eigen regie', introduction: '', factors: [factor('1.1', 1, 'Een vaste contactpersoon'), factor('1.2', 1, 'Een brede intake')] },
    { number: 2, title: 'Leren en werken', introduction: '', factors: [factor('2.8', 2, 'Leren op de werkplek')] },
  ],
  intakePrompts: [],
  planQualityRules: [],
} as unknown as WerkwijzerContent;

const rounds = (items: SelfCheckRound[] = [round()]): SelfCheckRoundList => ({ items, permissions: { canOpenRound: false } });

const hidden = (respondents: number): SelfCheckGroupResult => ({
  respondents,
  shown: false,
  themes: [1, 2].map((theme) => ({ theme, respondents, shown: false, average: null, standardDeviation: null })),
});
const shown = (a: number, b: number | null, respondents = 3): SelfCheckGroupResult => ({
  respondents,
  shown: true,
  themes: [
    { theme: 1, respondents, shown: true, average: a, standardDeviation: 1.2 },
    { theme: 2, respondents: b === null ? 1 : respondents, shown: b !== null, average: b, standardDeviation: b === null ? null : 0.5 },
  ],
});
const themes = [
  { number: 1, title: 'Vertrouwen en eigen regie' },
  { number: 2, title: 'Leren en werken' },
];

describe('Doe de check: filling it in', () => {
  it('saves each answer the moment it is chosen (PUT per factor; n.v.t. as null; clearing as DELETE)', async () => {
    const sent: { method: string; path: string; body: unknown }[] = [];
    let answers: MySelfCheckAnswers = { roundId: ROUND, canAnswer: true, answers: [{ factor: '1.1', score: 6 }] };
    const record = ({ method, path, body }: { method: string; path: string; body: unknown }) => {
      sent.push({ method, path, body });
      const f = path.split('/').pop()!;
      if (method === 'DELETE') return new Response(null, { status: 204 });
      answers = { ...answers, answers: [...answers.answers.filter((a) => a.factor !== f), { factor: f, score: (body as { score: number | null }).score }] };
      return jsonResponse({ factor: f, score: (body as { score: number | null }).score });
    };
    const fetch = fakeFetch({
      'GET /api/self-check/rounds': () => jsonResponse(rounds()),
      'GET /api/werkwijzer': () => jsonResponse(content),
      [`GET /api/self-check/rounds/${ROUND}/my-answers`]: () => jsonResponse(answers),
      [`PUT /api/self-check/rounds/${ROUND}/answers/1.1`]: record,
      [`PUT /api/self-check/rounds/${ROUND}/answers/1.2`]: record,
      [`PUT /api/self-check/rounds/${ROUND}/answers/2.8`]: () => problemResponse({ status: 409, title: 'Deze ronde is gesloten; antwoorden kunnen niet meer worden gewijzigd.' }),
      [`DELETE /api/self-check/rounds/${ROUND}/answers/1.1`]: record,
    });
    renderApp(`/team/check/${ROUND}/invullen`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Check invullen: Najaar 2026' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '1. Vertrouwen en eigen regie' })).toBeInTheDocument();
    const first = screen.getByRole('combobox', { name: '1.1 Een vaste contactpersoon' });
    expect(first).toHaveValue('6');
    expect(screen.getByText('U heeft 1 van de 31 succesfactoren ingevuld.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '1.2 Een brede intake' }), '8');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'PUT', path: `/api/self-check/rounds/${ROUND}/answers/1.2`, body: { score: 8 } });
    expect(await screen.findByText('Opgeslagen: 1.2 Een brede intake')).toBeInTheDocument();
    expect(screen.getByText('U heeft 2 van de 31 succesfactoren ingevuld.')).toBeInTheDocument();

    await user.selectOptions(first, 'n.v.t.');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.body).toEqual({ score: null });
    await waitFor(() => expect(first).toHaveValue('nvt'));

    await user.selectOptions(first, 'Nog niet ingevuld');
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]!.method).toBe('DELETE');

    // A failed save says so, with the server's reason.
    await user.selectOptions(screen.getByRole('combobox', { name: '2.8 Leren op de werkplek' }), '5');
    expect(await screen.findByText(/Het antwoord op 2\.8 is niet opgeslagen: Deze ronde is gesloten/)).toBeInTheDocument();
  });
});

describe('Doe de check: the result', () => {
  const handlers = (results: (compareTo: string | null) => SelfCheckResults, items = [round()]) => ({
    'GET /api/self-check/rounds': () => jsonResponse(rounds(items)),
    [`GET /api/self-check/rounds/${ROUND}/results`]: ({ path }: { path: string }) => jsonResponse(results(new URL(path, 'http://x').searchParams.get('compareTo'))),
    [`GET /api/self-check/rounds/${ROUND}/actions`]: () => jsonResponse({ items: [] } satisfies ImprovementActionList),
  });

  it('shows a message and no numbers below 3 respondents', async () => {
    const fetch = fakeFetch(
      handlers(() => ({
        minRespondents: 3,
        current: { round: round(), themes, all: hidden(2), staff: hidden(2), jongere: hidden(0), lowestFactors: [] },
        compare: null,
      })),
    );
    renderApp(`/team/check/${ROUND}/uitkomst`, { fetch, session: makeSession({ role: 'teamleider' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitkomst: Najaar 2026' })).toBeInTheDocument();
    const message = await screen.findByText(/Nog te weinig deelnemers\. De uitkomst wordt zichtbaar zodra minstens 3 mensen de check hebben ingevuld/);
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText(/\d,\d/)).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Gemiddeld cijfer per thema/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Uitkomst per thema in cijfers' })).not.toBeInTheDocument();
    // The improvement plan is still there.
    expect(await screen.findByRole('heading', { level: 2, name: 'Verbeterplan' })).toBeInTheDocument();
  });

  it('from 3 respondents shows the chart with a table, the lowest factors with tips, and compares with an earlier round', async () => {
    const earlier = round({ id: EARLIER, title: 'Voorjaar 2026', status: 'gesloten', closedAt: '2026-06-01T09:00:00.000Z' });
    const fetch = fakeFetch(
      handlers(
        (compareTo) => ({
          minRespondents: 3,
          current: {
            round: round({ respondents: 6 }),
            themes,
            all: shown(6.5, null, 6),
            staff: shown(7.1, null),
            jongere: shown(5.4, null),
            lowestFactors: [{ factor: '1.2', theme: 1, title: 'Een brede intake', average: 4.3, respondents: 6, tips: [{ title: 'Vraag door', text: 'Vraag naar wonen en geld.', points: [] }] }],
          },
          compare: compareTo ? { round: earlier, themes, all: shown(5, 6), staff: shown(5, 6), jongere: hidden(0), lowestFactors: [] } : null,
        }),
        [round({ respondents: 6 }), earlier],
      ),
    );
    renderApp(`/team/check/${ROUND}/uitkomst`, { fetch, session: makeSession({ role: 'teamleider' }) });
    const user = userEvent.setup();
    expect(await screen.findByRole('img', { name: /Gemiddeld cijfer per thema/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Uitkomst per thema in cijfers' });
    const row1 = within(table).getByRole('row', { name: /1\. Vertrouwen en eigen regie/ });
    expect(row1).toHaveTextContent('6,5 (± 1,2, n = 6)');
    expect(row1).toHaveTextContent('7,1');
    expect(row1).toHaveTextContent('5,4');
    expect(within(table).getByRole('row', { name: /2\. Leren en werken/ })).toHaveTextContent('te weinig');
    expect(screen.getByRole('heading', { level: 3, name: '1.2 Een brede intake — gemiddeld 4,3' })).toBeInTheDocument();
    expect(screen.getByText(/Vraag naar wonen en geld\./)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vergelijken met een eerdere ronde' }), 'Voorjaar 2026');
    expect(await screen.findByRole('columnheader', { name: /Eerdere ronde: Voorjaar 2026/ })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Uitkomst per thema in cijfers' })).getByRole('row', { name: /2\. Leren en werken/ })).toHaveTextContent('6,0');
  });
});

describe('Doe de check: a jongere with a link', () => {
  it('fills in without an account, each answer saved at once', async () => {
    const token = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    const sent: unknown[] = [];
    const invite: SelfCheckInvite = {
      roundTitle: 'Najaar 2026',
      teamName: 'Team Centrum',
      themes: [{ number: 1, title: 'Vertrouwen en eigen regie', factors: [{ number: '1.1', title: 'Een vaste contactpersoon' }] }],
      answers: [],
      canAnswer: true,
    };
    const fetch = fakeFetch({
      [`GET /api/self-check/invite/${token}`]: () => jsonResponse(invite),
      [`PUT /api/self-check/invite/${token}/answers/1.1`]: ({ body }) => {
        sent.push(body);
        return jsonResponse({ factor: '1.1', ...(body as object) });
      },
    });
    renderApp(`/check/${token}`, { fetch, session: null });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Doe de check' })).toBeInTheDocument();
    expect(screen.getByText('Check van Team Centrum: Najaar 2026')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '1.1 Een vaste contactpersoon' }), '9');
    expect(await screen.findByText('Bewaard: 1.1 Een vaste contactpersoon')).toBeInTheDocument();
    expect(sent).toEqual([{ score: 9 }]);
    expect(screen.getByText('Je hebt 1 van de 1 punten ingevuld.')).toBeInTheDocument();
  });
});
