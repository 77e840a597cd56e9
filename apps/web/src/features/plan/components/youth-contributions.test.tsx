import type { GoalComment, PlanOverview, YouthProposal } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCase } from '../../case/test/case-factories';
import { CASE_ID, makeGoal, makeIntake, makeOverview, makeStep, makeVersion } from '../test/plan-factories';

const klantmanager = makeSession({ role: 'klantmanager' });
const PLAN_PATH = `/trajecten/${CASE_ID}/plan`;
const PROPOSAL_ID = 'y0000000-0000-4000-8000-000000000001';

type Handlers = Parameters<typeof fakeFetch>[0];

const signed = () => makeOverview(makeVersion({ status: 'vastgesteld', goals: [makeGoal({ steps: [makeStep()] })] }));

function proposal(overrides: Partial<YouthProposal> = {}): YouthProposal {
  return {
    id: PROPOSAL_ID,
    kind: 'nieuw_doel',
    targetLineageId: null,
    text: 'Ik wil mijn rijbewijs halen',
    status: 'open',
    createdAt: '2026-11-20T14:30:00.000Z',
    reply: null,
    decidedAt: null,
    appliedInVersion: null,
    planVersionNumber: 1,
    authorName: 'Noa de Vries',
    version: 1,
    ...overrides,
  };
}

function comment(overrides: Partial<GoalComment> = {}): GoalComment {
  return {
    id: 'k0000000-0000-4000-8000-000000000001',
    goalLineageId: makeGoal().lineageId,
    text: 'Graag een kamer dicht bij mijn werk',
    byMe: false,
    authorName: 'Noa de Vries',
    authorRole: 'jongere',
    createdAt: '2026-11-21T09:00:00.000Z',
    ...overrides,
  };
}

/** The server's filter: one status (or 'wachtend': taken over, not yet in a version), newest first; one page. */
function proposalPage(all: YouthProposal[], path: string) {
  const status = new URL(path, 'http://koers.test').searchParams.get('status');
  const items = all.filter((p) => (status === 'wachtend' ? p.status === 'overgenomen' && p.appliedInVersion === null : p.status === status));
  return { items, nextCursor: null };
}

/** A goal's thread as the server pages it: newest first, `limit` at a time, the cursor being the index to go on from. */
function commentPage(all: GoalComment[], path: string) {
  const params = new URL(path, 'http://koers.test').searchParams;
  const newestFirst = [...all].reverse();
  const from = Number(params.get('cursor') ?? 0);
  const limit = Number(params.get('limit') ?? 25);
  const items = newestFirst.slice(from, from + limit);
  return { items, nextCursor: from + limit < all.length ? String(from + limit) : null, total: all.length };
}

/** The case, its plan and what the jongere wrote, read from `state` on every request. */
function network(state: { plan: PlanOverview; proposals: YouthProposal[]; comments: GoalComment[] }, more: Handlers = {}) {
  return fakeFetch({
    [`GET /api/cases/${CASE_ID}`]: () => jsonResponse(makeCase({ permissions: { canEdit: state.plan.permissions.canEdit } })),
    [`GET /api/cases/${CASE_ID}/plan`]: () => jsonResponse(state.plan),
    [`GET /api/cases/${CASE_ID}/intake`]: () => jsonResponse(makeIntake()),
    [`GET /api/cases/${CASE_ID}/network`]: () => jsonResponse({ items: [] }),
    [`GET /api/cases/${CASE_ID}/youth-proposals`]: ({ path }) => jsonResponse(proposalPage(state.proposals, path)),
    [`GET /api/cases/${CASE_ID}/goals/${makeGoal().lineageId}/comments`]: ({ path }) => jsonResponse(commentPage(state.comments, path)),
    ...more,
  });
}

/** The plan is on the page (the first render of a test file takes a while: do not count that against the queries). */
const planShown = () => screen.findByRole('article', { name: 'Een vaste slaapplek' }, { timeout: 5000 });

describe('plan tab: what the jongere proposed', () => {
  it('shows the open proposal in the jongere\'s own words, and takes it over into the plan with its version', async () => {
    const state = { plan: signed(), proposals: [proposal()], comments: [] as GoalComment[] };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/youth-proposals/${PROPOSAL_ID}/decision`]: ({ body }) => {
        sent = body;
        const decided = proposal({ status: 'overgenomen', appliedInVersion: 2, version: 2 });
        state.proposals = [decided];
        return jsonResponse(decided);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    const panel = await screen.findByRole('region', { name: 'Voorstellen van Noa' });
    const item = within(panel).getByRole('article', { name: 'Nieuw doel' });
    const quote = within(item).getByRole('figure');
    expect(quote).toHaveTextContent('In de woorden van Noa de Vries:');
    expect(within(quote).getByText('Ik wil mijn rijbewijs halen').closest('blockquote')).not.toBeNull();
    expect(item).toHaveTextContent(/Voorgesteld op 20 november 2026 om \d\d:\d\d, bij versie 1 van het plan\./);
    expect(within(item).getByRole('button', { name: 'Bespreken: Nieuw doel' })).toBeInTheDocument();
    // The panel comes before the goals.
    const goal = screen.getByRole('article', { name: 'Een vaste slaapplek' });
    expect(panel.compareDocumentPosition(goal) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Overnemen in het plan: Nieuw doel' }));

    expect(await screen.findByText('Overgenomen in versie 2 van het plan.')).toHaveAttribute('role', 'status');
    expect(sent).toEqual({ status: 'overgenomen', version: 1 });
    expect(screen.queryByRole('region', { name: 'Voorstellen van Noa' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Plan van aanpak' })).toHaveFocus();
  });

  it('taken over while no version is in the making: stays in view as coming in the next version, without buttons', async () => {
    const state = { plan: signed(), proposals: [proposal()], comments: [] as GoalComment[] };
    const fetch = network(state, {
      [`POST /api/youth-proposals/${PROPOSAL_ID}/decision`]: () => {
        state.proposals = [proposal({ status: 'overgenomen', appliedInVersion: null, version: 2, decidedAt: '2026-11-23T10:00:00.000Z' })];
        return jsonResponse(state.proposals[0]);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    await user.click(await screen.findByRole('button', { name: 'Overnemen in het plan: Nieuw doel' }));

    expect(await screen.findByText('Overgenomen. Het komt in de volgende versie van het plan, zodra die er is.')).toHaveAttribute('role', 'status');
    const panel = screen.getByRole('region', { name: 'Voorstellen van Noa' });
    expect(within(panel).getByRole('heading', { level: 4, name: 'Komt in de volgende versie (1)' })).toBeInTheDocument();
    const item = within(panel).getByRole('article', { name: 'Nieuw doel' });
    expect(item).toHaveTextContent('Overgenomen');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Voorstellen van Noa' })).toHaveFocus();
  });

  it('"Bespreken" keeps it to discuss, with a reply for the jongere; names the goal a new wording is about', async () => {
    const goalWords = proposal({ kind: 'doel_tekst', targetLineageId: makeGoal().lineageId, text: 'Een eigen kamer vinden' });
    const state = { plan: signed(), proposals: [goalWords], comments: [] as GoalComment[] };
    let sent: unknown;
    const fetch = network(state, {
      [`POST /api/youth-proposals/${PROPOSAL_ID}/decision`]: ({ body }) => {
        sent = body;
        const decided = { ...goalWords, status: 'besproken' as const, reply: 'Goed plan, dat bespreken we dinsdag.', version: 2 };
        state.proposals = [decided];
        return jsonResponse(decided);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    const what = 'Andere woorden voor het doel “Een vaste slaapplek”';
    const item = await screen.findByRole('article', { name: what });
    await user.click(within(item).getByRole('button', { name: `Bespreken: ${what}` }));
    const form = screen.getByRole('form', { name: `Bespreken: ${what}` });
    const reply = within(form).getByLabelText('Reactie aan Noa (niet verplicht)');
    expect(reply).toHaveFocus();
    expect(reply).toHaveAccessibleDescription('Noa ziet deze reactie in Mijn plan. Schrijf kort en in gewone taal.');
    await user.type(reply, '  Goed plan, dat bespreken we dinsdag. ');
    await user.click(within(form).getByRole('button', { name: 'Markeren als te bespreken' }));

    expect(await screen.findByText('Staat bij te bespreken. Noa ziet dat in Mijn plan.')).toHaveAttribute('role', 'status');
    expect(sent).toEqual({ status: 'besproken', version: 1, reply: 'Goed plan, dat bespreken we dinsdag.' });
    const panel = screen.getByRole('region', { name: 'Voorstellen van Noa' });
    expect(within(panel).getByRole('heading', { name: 'Te bespreken (1)' })).toBeInTheDocument();
    const discussed = within(panel).getByRole('article', { name: what });
    expect(discussed).toHaveTextContent('Te bespreken');
    expect(discussed).toHaveTextContent('Uw reactie aan Noa:Goed plan, dat bespreken we dinsdag.');
    // Still possible to take it over later; not to discuss it twice.
    expect(within(discussed).getByRole('button', { name: `Overnemen in het plan: ${what}` })).toBeInTheDocument();
    expect(within(discussed).queryByRole('button', { name: `Bespreken: ${what}` })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Voorstellen van Noa' })).toHaveFocus();
  });

  it('on a 409 says someone decided first and shows the proposal as it is now', async () => {
    const state = { plan: signed(), proposals: [proposal()], comments: [] as GoalComment[] };
    const title = 'Iemand anders heeft net over dit voorstel beslist. Bekijk het opnieuw.';
    const fetch = network(state, {
      [`POST /api/youth-proposals/${PROPOSAL_ID}/decision`]: () => {
        state.proposals = [proposal({ status: 'besproken', version: 2 })];
        return problemResponse({ status: 409, title, current: state.proposals[0] });
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    await user.click(await screen.findByRole('button', { name: 'Overnemen in het plan: Nieuw doel' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(title);
    expect(await screen.findByRole('heading', { name: 'Te bespreken (1)' })).toBeInTheDocument();
  });

  it('read only (a teamleider, or a closed case): the proposals without buttons; nothing shown when none are open', async () => {
    const state = { plan: makeOverview(signed().current, { permissions: { canEdit: false, canEvaluate: false } }), proposals: [proposal()], comments: [] as GoalComment[] };
    const fetch = network(state);
    const { unmount } = renderApp(PLAN_PATH, { fetch, session: makeSession({ role: 'teamleider' }) });
    await planShown();

    const panel = await screen.findByRole('region', { name: 'Voorstellen van Noa' });
    expect(within(panel).getByRole('blockquote')).toHaveTextContent('Ik wil mijn rijbewijs halen');
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument();
    unmount();

    state.proposals = [proposal({ status: 'overgenomen' })];
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    expect(await screen.findByRole('article', { name: 'Een vaste slaapplek' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Voorstellen van Noa' })).not.toBeInTheDocument();
  });
});

describe('plan tab: comments on a goal', () => {
  it('shows the thread with the jongere\'s comment as their own words, and lets the contact person reply', async () => {
    const state = { plan: signed(), proposals: [] as YouthProposal[], comments: [comment()] };
    let sent: unknown;
    const goalId = makeGoal().id;
    const fetch = network(state, {
      [`POST /api/cases/${CASE_ID}/goals/${goalId}/comments`]: ({ body }) => {
        sent = body;
        const mine = comment({ id: 'k2', text: 'Ik kijk met je mee.', byMe: true, authorName: 'Karim El Amrani', authorRole: 'klantmanager', createdAt: '2026-11-22T10:00:00.000Z' });
        state.comments = [...state.comments, mine];
        return jsonResponse(mine, 201);
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    const goal = await screen.findByRole('article', { name: 'Een vaste slaapplek' });
    const thread = await within(goal).findByRole('region', { name: 'Reacties (1): Een vaste slaapplek' });
    const youth = within(thread).getAllByRole('listitem')[0]!;
    expect(within(youth).getByRole('figure')).toHaveTextContent('In de woorden van Noa de Vries:Graag een kamer dicht bij mijn werk');
    expect(youth).toHaveTextContent(/Noa de Vries \(jongere\) schreef dit op 21 november 2026/);

    // Checked before sending: a reply needs words.
    await user.click(within(thread).getByRole('button', { name: 'Reageren: Een vaste slaapplek' }));
    const form = within(thread).getByRole('form', { name: 'Reageren op “Een vaste slaapplek”' });
    expect(within(form).getByLabelText('Uw reactie')).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await within(form).findByRole('link', { name: 'Schrijf een reactie.' })).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(within(form).getByLabelText('Uw reactie'), 'Ik kijk met je mee.');
    await user.click(within(form).getByRole('button', { name: 'Reactie plaatsen' }));

    expect(await screen.findByText('Uw reactie bij “Een vaste slaapplek” is geplaatst.')).toHaveAttribute('role', 'status');
    expect(sent).toEqual({ text: 'Ik kijk met je mee.' });
    const updated = await within(goal).findByRole('region', { name: 'Reacties (2): Een vaste slaapplek' });
    expect(within(updated).getAllByRole('listitem')[1]).toHaveTextContent(/U \(Karim El Amrani\) op 22 november 2026 om \d\d:\d\d:Ik kijk met je mee\./);
    expect(within(updated).getByRole('button', { name: 'Reageren: Een vaste slaapplek' })).toHaveFocus();
  });

  it('shows the newest comments first and loads earlier ones with "Eerdere reacties laden"', async () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      comment({ id: `k${i + 1}`, text: `Reactie ${i + 1}`, createdAt: `2026-11-2${i}T09:00:00.000Z` }),
    );
    const state = { plan: signed(), proposals: [] as YouthProposal[], comments: many };
    const requests: string[] = [];
    const fetch = network(state, {
      [`GET /api/cases/${CASE_ID}/goals/${makeGoal().lineageId}/comments`]: (req) => {
        requests.push(req.path);
        return jsonResponse(commentPage(state.comments, req.path));
      },
    });
    renderApp(PLAN_PATH, { fetch, session: klantmanager });
    const user = userEvent.setup();
    await planShown();

    const goal = await screen.findByRole('article', { name: 'Een vaste slaapplek' });
    const thread = await within(goal).findByRole('region', { name: 'Reacties (5): Een vaste slaapplek' });
    // The newest three, oldest of them first.
    expect(within(thread).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Reactie 3'),
      expect.stringContaining('Reactie 4'),
      expect.stringContaining('Reactie 5'),
    ]);
    await user.click(within(thread).getByRole('button', { name: 'Eerdere reacties laden' }));
    await within(thread).findByText('Reactie 1');
    expect(within(thread).getAllByRole('listitem').map((li) => li.textContent)).toEqual([1, 2, 3, 4, 5].map((n) => expect.stringContaining(`Reactie ${n}`)));
    expect(within(thread).queryByRole('button', { name: 'Eerdere reacties laden' })).not.toBeInTheDocument();
    expect(requests).toEqual([expect.stringContaining('limit=3'), expect.stringMatching(/cursor=3.*limit=25|limit=25.*cursor=3/)]);
  });
});
