import type { MyChangeResult, MyGoal } from '@koers/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiClientProvider } from '../../../api/api-context';
import { createAppServices } from '../../../app/create-app-services';
import { fakeFetch, jsonResponse, problemResponse } from '../../../test/fixtures';
import { EditGoalWording } from './edit-goal-wording';

function goal(overrides: Partial<MyGoal> = {}): MyGoal {
  return {
    id: 'g1',
    lineageId: 'l1',
    title: 'Mijn rijbewijs halen',
    youthWords: 'Mijn rijbewijs halen',
    description: null,
    status: 'open',
    targetDate: null,
    writtenByMe: true, lastEditedBy: null,
    authorName: 'Noa Jansen',
    version: 2,
    steps: [],
    nextStepId: null,
    comments: [],
    commentCount: 0,
    ...overrides,
  };
}

/** The goal as the API sends it in a 409 (a PlanGoal; only the fields the UI reads). */
const savedByKarim = { id: 'g1', title: 'Rijbewijs B halen voor de zomer', version: 4, lastEditedBy: { name: 'Karim El Amrani', byMe: false } };

function renderWording(handlers: Parameters<typeof fakeFetch>[0], initial = goal()) {
  const services = createAppServices({ fetch: fakeFetch({ 'GET /api/me/plan': () => jsonResponse({}), ...handlers }) });
  const ui = (g: MyGoal) => (
    <QueryClientProvider client={services.queryClient}>
      <ApiClientProvider client={services.api}>
        <EditGoalWording goal={g} />
      </ApiClientProvider>
    </QueryClientProvider>
  );
  const view = render(ui(initial));
  return { ...view, rerenderWith: (g: MyGoal) => view.rerender(ui(g)) };
}

const OPEN = 'Woorden aanpassen van het doel “Mijn rijbewijs halen”';
const FIELD = 'Je doel in andere woorden';

describe('EditGoalWording: co-editing with the klantmanager', () => {
  it('keeps what she types when the goal changes live, and says so calmly', async () => {
    const { rerenderWith } = renderWording({});
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.clear(screen.getByLabelText(FIELD));
    await user.type(screen.getByLabelText(FIELD), 'Autorijden leren');

    rerenderWith(goal({ title: 'Rijbewijs B halen', version: 3 }));
    expect(screen.getByLabelText(FIELD)).toHaveValue('Autorijden leren');
    expect(screen.getByText(/Dit doel is net veranderd door iemand anders\. Er staat nu: “Rijbewijs B halen”/)).toBeInTheDocument();
    expect(screen.getByText(/Dit doel is net veranderd/).closest('[role="status"]')).not.toBeNull();
  });

  it('names who changed it when the plan says so (and not when it was herself)', async () => {
    const { rerenderWith } = renderWording({});
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.type(screen.getByLabelText(FIELD), '!');
    rerenderWith(goal({ title: 'Rijbewijs B halen', version: 3, lastEditedBy: { name: 'Karim El Amrani', byMe: false } }));
    expect(screen.getByText(/Dit doel is net veranderd door Karim El Amrani\. Er staat nu: “Rijbewijs B halen”/)).toBeInTheDocument();
    rerenderWith(goal({ title: 'Rijbewijs C halen', version: 4, lastEditedBy: { name: 'Lina', byMe: true } }));
    expect(screen.getByText(/Dit doel is net veranderd door iemand anders\. Er staat nu: “Rijbewijs C halen”/)).toBeInTheDocument();
  });

  it('on a 409 shows the saved text beside hers; "Mijn tekst toch opslaan" saves hers on the new version', async () => {
    const sent: unknown[] = [];
    const answers: Response[] = [problemResponse({ status: 409, title: 'Iemand anders heeft dit net veranderd.', current: savedByKarim } as never), jsonResponse({ outcome: 'toegepast', goal: goal({ title: 'Autorijden leren', version: 5 }) } satisfies MyChangeResult)];
    renderWording({
      'PATCH /api/me/plan/goals/g1': ({ body }) => {
        sent.push(body);
        return answers.shift()!;
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.clear(screen.getByLabelText(FIELD));
    await user.type(screen.getByLabelText(FIELD), 'Autorijden leren');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Karim El Amrani heeft dit doel net veranderd.');
    expect(alert).toHaveTextContent('Dit staat er nu:Rijbewijs B halen voor de zomer');
    expect(alert).toHaveTextContent('Jouw tekst:Autorijden leren');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText(FIELD)).toHaveValue('Autorijden leren');
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mijn tekst toch opslaan' }));
    expect(sent).toEqual([
      { title: 'Autorijden leren', version: 2 },
      { title: 'Autorijden leren', version: 4 },
    ]);
    expect(await screen.findByText('Je doel is aangepast.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Hun tekst houden" closes the editor without saving and keeps their text', async () => {
    const sent: unknown[] = [];
    renderWording({
      'PATCH /api/me/plan/goals/g1': ({ body }) => {
        sent.push(body);
        return problemResponse({ status: 409, title: 'Iemand anders heeft dit net veranderd.', current: savedByKarim } as never);
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.type(screen.getByLabelText(FIELD), '!');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await user.click(await screen.findByRole('button', { name: 'Hun tekst houden' }));
    expect(sent).toHaveLength(1);
    expect(screen.queryByLabelText(FIELD)).not.toBeInTheDocument();
    expect(screen.getByText('Oké. De tekst die er stond, blijft staan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: OPEN })).toHaveFocus());
  });

  it('a 409 without the current goal keeps the text and asks to try again', async () => {
    renderWording({ 'PATCH /api/me/plan/goals/g1': () => problemResponse({ status: 409, title: 'Je traject is afgesloten.' }) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.type(screen.getByLabelText(FIELD), ' snel');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/We hebben je plan opnieuw geladen/)).toBeInTheDocument();
    expect(screen.getByLabelText(FIELD)).toHaveValue('Mijn rijbewijs halen snel');
    expect(screen.queryByRole('button', { name: 'Mijn tekst toch opslaan' })).not.toBeInTheDocument();
  });
});
