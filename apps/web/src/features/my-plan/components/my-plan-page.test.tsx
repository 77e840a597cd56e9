import type { Milestone, MyChangeResult, MyGoal, MyPlan, MyPlanVersion } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_ID } from '../../../test/case-fixtures';
import { fakeMyPlanFetch, MILESTONES, myGoal, myPlan as sharedMyPlan, myPlanVersion, myStep, youthSession } from '../test/my-plan-factories';

const session = youthSession;

/** A signed plan: a goal the klantmanager wrote with a step of hers and one of his, and agreements of both sides. */
function goal(overrides: Partial<MyGoal> = {}): MyGoal {
  return myGoal({ steps: [myStep({ version: 4 }), myStep({ id: 's2', lineageId: 'sl2', text: 'Urgentie aanvragen', ownerKind: 'klantmanager', ownerName: 'Karim El Amrani', canMarkDone: false })], ...overrides });
}

function version(overrides: Partial<MyPlanVersion> = {}): MyPlanVersion {
  return myPlanVersion({
    status: 'vastgesteld',
    version: 5,
    evaluationDate: '2027-03-12',
    establishedAt: '2026-11-01T10:00:00.000Z',
    youthAgreedAt: '2026-11-01T10:00:00.000Z',
    consequences: 'Als je niet komt, praten we erover.',
    goals: [goal()],
    agreements: [
      { id: 'a1', kind: 'ondersteuning', text: 'De gemeente betaalt je reiskosten' },
      { id: 'a2', kind: 'verplichting', text: 'Je komt naar de afspraken' },
      { id: 'a3', kind: 'werk_zoeken', text: 'Je zoekt werk in de techniek' },
    ],
    ...overrides,
  });
}

function myPlan(overrides: Partial<MyPlan> = {}): MyPlan {
  return sharedMyPlan({ current: version(), concept: null, ...overrides });
}

const milestone: Milestone = {
  id: 'm1',
  caseId: CASE_ID,
  title: 'Heftruckcertificaat gehaald',
  achievedOn: '2026-10-12',
  goalLineageId: null,
  goalTitle: null,
  certificateName: 'Heftruckchauffeur',
  certificateUrl: `/api/cases/${CASE_ID}/milestones/m1/certificate.pdf`,
  note: null,
  createdBy: { id: 'u1', name: 'Karim El Amrani' },
  createdAt: '2026-10-12T10:00:00.000Z',
  seenByYouthAt: null,
};

describe('Mijn plan', () => {
  it('shows goals first with the next step, the agreements of both sides, the contact person, and celebrates a new milestone once', async () => {
    const seen: string[] = [];
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan()),
      [MILESTONES]: () => jsonResponse({ items: [milestone], nextCursor: null }),
      [`POST /api/cases/${CASE_ID}/milestones/m1/seen`]: () => {
        seen.push('m1');
        return jsonResponse({ ...milestone, seenByYouthAt: '2026-11-23T10:00:00.000Z' });
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    expect(await screen.findByRole('heading', { level: 3, name: 'Een vaste slaapplek' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Mijn doelen')).toBeLessThan(headings.indexOf('Wat we afspreken'));
    expect(screen.getByText('Volgende stap: Inschrijven bij Woonnet')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Klaar: Inschrijven bij Woonnet' })).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Urgentie aanvragen/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Wat de gemeente voor je doet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Wat jij afspreekt' })).toBeInTheDocument();
    expect(screen.getByText('De gemeente betaalt je reiskosten')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mail naar klantmanager@koers.demo' })).toHaveAttribute('href', 'mailto:klantmanager@koers.demo');
    expect(await screen.findByRole('heading', { name: 'Gefeliciteerd!' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Download je certificaat (pdf), Heftruckchauffeur, opent in een nieuw tabblad' })[0]).toHaveAttribute(
      'href',
      `/api/cases/${CASE_ID}/milestones/m1/certificate.pdf`,
    );
    await screen.findByRole('heading', { level: 3, name: 'Heftruckcertificaat gehaald' });
    expect(seen).toEqual(['m1']);
  });

  it('marks an own step done and says so politely', async () => {
    let sent: unknown;
    let plan = myPlan();
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(plan),
      'POST /api/me/plan/steps/s1/done': ({ body }) => {
        sent = body;
        const g = goal();
        plan = myPlan({ current: version({ goals: [{ ...g, steps: [{ ...g.steps[0]!, done: true, version: 5 }, g.steps[1]!], nextStepId: 's2' }] }) });
        return jsonResponse({ ...g.steps[0]!, done: true, version: 5 });
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Klaar: Inschrijven bij Woonnet' }));
    expect(sent).toEqual({ done: true, version: 4 });
    expect(await screen.findByText('Opgeslagen: “Inschrijven bij Woonnet” is klaar.')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Klaar: Inschrijven bij Woonnet' })).toBeChecked();
    expect(await screen.findByText('Volgende stap: Urgentie aanvragen')).toBeInTheDocument();
  });

  it('puts a step back and explains it when someone else changed it first (409)', async () => {
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan()),
      'POST /api/me/plan/steps/s1/done': () => problemResponse({ status: 409, title: 'Iemand anders heeft dit net veranderd.' }),
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Klaar: Inschrijven bij Woonnet' });
    await user.click(box);
    expect(await screen.findByText(/We hebben je plan opnieuw geladen/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Klaar: Inschrijven bij Woonnet' })).not.toBeChecked();
  });

  it('adds a goal in own words; on a signed plan it is sent as a proposal; an empty goal is refused before sending', async () => {
    const sent: unknown[] = [];
    let plan = myPlan();
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(plan),
      'GET /api/me/plan/proposals': () => jsonResponse({ items: plan.proposals, nextCursor: null }),
      'POST /api/me/plan/goals': ({ body }) => {
        sent.push(body);
        const proposal = { id: 'p1', kind: 'nieuw_doel', targetLineageId: null, text: 'Ik wil een eigen kamer', status: 'open', createdAt: '2026-11-23T10:00:00.000Z', reply: null, decidedAt: null, appliedInVersion: null } as const;
        plan = myPlan({ proposals: [proposal] });
        return jsonResponse({ outcome: 'voorstel', proposal } satisfies MyChangeResult, 201);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Wat wil je bereiken? Schrijf het in je eigen woorden.');
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(await screen.findAllByText('Schrijf eerst op wat je wilt bereiken.')).not.toHaveLength(0);
    expect(sent).toHaveLength(0);
    await user.type(field, 'Ik wil een eigen kamer');
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    expect(sent).toEqual([{ title: 'Ik wil een eigen kamer' }]);
    expect(await screen.findByText(/Je doel is naar je klantmanager gestuurd/)).toBeInTheDocument();
    expect(field).toHaveValue('');
    const proposals = await screen.findByRole('heading', { name: 'Wat je hebt voorgesteld' });
    expect(within(proposals.parentElement!).getByRole('listitem')).toHaveTextContent('Ik wil een eigen kamer (Je klantmanager kijkt ernaar)');
  });

  it('comments on a goal; the comment shows as hers', async () => {
    let sent: unknown;
    let plan = myPlan();
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(plan),
      'POST /api/me/plan/goals/g1/comments': ({ body }) => {
        sent = body;
        const c = { id: 'c1', text: 'Liefst in Utrecht', byMe: true, authorName: 'Noa Jansen', createdAt: '2026-11-23T10:00:00.000Z' };
        plan = myPlan({ current: version({ goals: [goal({ comments: [c] })] }) });
        return jsonResponse(c, 201);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Jouw reactie op het doel “Een vaste slaapplek”'), 'Liefst in Utrecht');
    await user.click(screen.getByRole('button', { name: 'Reactie plaatsen' }));
    expect(sent).toEqual({ text: 'Liefst in Utrecht' });
    expect(await screen.findByText('Je reactie is geplaatst. Je klantmanager ziet hem ook.')).toBeInTheDocument();
    expect((await screen.findByText('Jij:')).closest('li')).toHaveTextContent('Jij: Liefst in Utrecht');
  });

  it('changes the wording of her own goal: a proposal on a signed plan; a conflict keeps what she typed', async () => {
    const sent: unknown[] = [];
    let answer: Response = jsonResponse({
      outcome: 'voorstel',
      proposal: { id: 'p1', kind: 'doel_tekst', targetLineageId: 'l2', text: 'Elke week mijn planning maken', status: 'open', createdAt: '2026-11-23T10:00:00.000Z', reply: null, decidedAt: null, appliedInVersion: null },
    } satisfies MyChangeResult);
    const own = goal({ id: 'g2', lineageId: 'l2', title: 'Zelf een weekplanning maken', writtenByMe: true, lastEditedBy: null, version: 3, steps: [], nextStepId: null });
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan({ current: version({ goals: [goal(), own] }) })),
      'PATCH /api/me/plan/goals/g2': ({ body }) => {
        sent.push(body);
        return answer;
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Woorden aanpassen van het doel “Zelf een weekplanning maken”' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Woorden aanpassen van het doel “Een vaste slaapplek”/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Woorden aanpassen van het doel “Zelf een weekplanning maken”' }));
    const field = screen.getByLabelText('Je doel in andere woorden');
    await user.clear(field);
    await user.type(field, 'Elke week mijn planning maken');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(sent).toEqual([{ title: 'Elke week mijn planning maken', version: 3 }]);
    expect(await screen.findByText(/Je nieuwe woorden zijn naar je klantmanager gestuurd/)).toBeInTheDocument();

    answer = problemResponse({ status: 409, title: 'Iemand anders heeft dit net veranderd.' });
    await user.click(screen.getByRole('button', { name: 'Woorden aanpassen van het doel “Zelf een weekplanning maken”' }));
    await user.clear(screen.getByLabelText('Je doel in andere woorden'));
    await user.type(screen.getByLabelText('Je doel in andere woorden'), 'Mijn eigen week plannen');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/We hebben je plan opnieuw geladen/)).toBeInTheDocument();
    expect(screen.getByLabelText('Je doel in andere woorden')).toHaveValue('Mijn eigen week plannen');
  });

  it('lets the jongere agree to a proposed version', async () => {
    let agreed: unknown;
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan({ current: null, proposed: version({ id: 'v2', number: 2, status: 'voorgesteld', version: 7, youthAgreedAt: null }) })),
      'POST /api/me/plan/versions/v2/agree': ({ body }) => {
        agreed = body;
        return jsonResponse(version({ id: 'v2' }));
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Ben je het eens met je plan?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ik ben het eens met mijn plan' }));
    expect(agreed).toEqual({ version: 7 });
    expect(await screen.findByText('Je hebt gezegd dat je het eens bent. Dank je!')).toBeInTheDocument();
  });

  it('tells a jongere without a case in plain words', async () => {
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => problemResponse({ status: 404, title: 'Je plan bestaat niet (meer), of je kunt er niet bij.' }),
    });
    renderApp('/mijn-plan', { fetch, session });
    expect(await screen.findByText(/Je hebt nog geen plan in Koers/)).toBeInTheDocument();
  });

  it('shows the newest comments on a goal; "Eerdere reacties laden" brings the earlier ones, a page at a time', async () => {
    const c = (n: number) => ({ id: `c${n}`, text: `Reactie ${n}`, byMe: n % 2 === 0, authorName: 'Karim El Amrani', createdAt: `2026-11-0${n}T10:00:00.000Z` });
    const plan = myPlan({ current: version({ goals: [goal({ comments: [c(4), c(5), c(6)], commentCount: 6 })] }) });
    const requests: string[] = [];
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(plan),
      'GET /api/me/plan/goals/l1/comments': ({ path }) => {
        requests.push(path);
        // Newest first: the first page brings 6 to 3, the next 2 and 1.
        return path.includes('cursor=')
          ? jsonResponse({ items: [c(2), c(1)], nextCursor: null, total: 6 })
          : jsonResponse({ items: [c(6), c(5), c(4), c(3)], nextCursor: 'volgende', total: 6 });
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    const thread = await screen.findByRole('list', { name: 'Reacties op het doel “Een vaste slaapplek”' });
    expect(within(thread).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Jij: Reactie 4', 'Karim El Amrani: Reactie 5', 'Jij: Reactie 6']);
    expect(requests).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Eerdere reacties laden' }));
    expect(await within(thread).findByText('Reactie 3')).toBeInTheDocument();
    expect(requests).toEqual(['/api/me/plan/goals/l1/comments']);
    await user.click(screen.getByRole('button', { name: 'Eerdere reacties laden' }));
    expect(await within(thread).findByText('Reactie 1')).toBeInTheDocument();
    expect(within(thread).getAllByRole('listitem').map((li) => li.textContent)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${n % 2 === 0 ? 'Jij' : 'Karim El Amrani'}: Reactie ${n}`));
    expect(requests[1]).toContain('cursor=volgende');
    // All there: the button goes, the keyboard focus stays on the thread.
    expect(screen.queryByRole('button', { name: 'Eerdere reacties laden' })).not.toBeInTheDocument();
    expect(thread).toHaveFocus();
  });
});
