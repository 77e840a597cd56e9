import type { MyChangeResult, MyStep } from '@koers/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiClientProvider } from '../../../api/api-context';
import { createAppServices } from '../../../app/create-app-services';
import { fakeFetch, jsonResponse, problemResponse } from '../../../test/fixtures';
import { EditStepWording } from './edit-step-wording';

function step(overrides: Partial<MyStep> = {}): MyStep {
  return {
    id: 's1',
    lineageId: 'sl1',
    text: 'Ik bel de rijschool',
    ownerKind: 'jongere',
    ownerName: 'Noa Jansen',
    dueDate: null,
    done: false,
    canMarkDone: true,
    writtenByMe: true,
    lastEditedBy: null,
    version: 3,
    ...overrides,
  };
}

/** The step as the API sends it in a 409 (only the fields the UI reads). */
const savedByKarim = { id: 's1', text: 'Bel maandag de rijschool in Utrecht', version: 5, lastEditedBy: { name: 'Karim El Amrani', byMe: false } };

function renderWording(handlers: Parameters<typeof fakeFetch>[0], initial = step()) {
  const services = createAppServices({ fetch: fakeFetch({ 'GET /api/me/plan': () => jsonResponse({}), ...handlers }) });
  const ui = (s: MyStep) => (
    <QueryClientProvider client={services.queryClient}>
      <ApiClientProvider client={services.api}>
        <EditStepWording step={s} />
      </ApiClientProvider>
    </QueryClientProvider>
  );
  const view = render(ui(initial));
  return { ...view, rerenderWith: (s: MyStep) => view.rerender(ui(s)) };
}

const OPEN = 'Woorden aanpassen van de stap “Ik bel de rijschool”';
const FIELD = 'Je stap in andere woorden';

describe('EditStepWording: the jongere rewords her own step', () => {
  it('saves the new words on the version she started from and returns focus to the button', async () => {
    const sent: unknown[] = [];
    renderWording({
      'PATCH /api/me/plan/steps/s1': ({ body }) => {
        sent.push(body);
        return jsonResponse({ outcome: 'toegepast', step: step({ text: 'Ik mail de rijschool', version: 4 }) } satisfies MyChangeResult);
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    expect(screen.getByLabelText(FIELD)).toHaveFocus();
    await user.clear(screen.getByLabelText(FIELD));
    await user.type(screen.getByLabelText(FIELD), '  Ik mail de rijschool ');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Je stap is aangepast.')).toBeInTheDocument();
    expect(sent).toEqual([{ text: 'Ik mail de rijschool', version: 3 }]);
    expect(screen.queryByLabelText(FIELD)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: OPEN })).toHaveFocus());
  });

  it('on an agreed plan says the new words went to the klantmanager', async () => {
    renderWording({
      'PATCH /api/me/plan/steps/s1': () =>
        jsonResponse({ outcome: 'voorstel', proposal: { id: 'p1', kind: 'stap_tekst', text: 'Ik mail de rijschool', status: 'open', createdAt: '2026-11-20T10:00:00Z' } } as never),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.type(screen.getByLabelText(FIELD), ' vandaag');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Je nieuwe woorden zijn naar je klantmanager gestuurd/)).toBeInTheDocument();
  });

  it('an empty text is not sent; the field says what to do and keeps focus', async () => {
    const sent: unknown[] = [];
    renderWording({
      'PATCH /api/me/plan/steps/s1': ({ body }) => {
        sent.push(body);
        return jsonResponse({});
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.clear(screen.getByLabelText(FIELD));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Schrijf eerst op wat je gaat doen.')).toBeInTheDocument();
    expect(screen.getByLabelText(FIELD)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(FIELD)).toHaveFocus();
    expect(sent).toHaveLength(0);
  });

  it('keeps what she types when the step changes live, and names who changed it', async () => {
    const { rerenderWith } = renderWording({});
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.clear(screen.getByLabelText(FIELD));
    await user.type(screen.getByLabelText(FIELD), 'Ik mail de rijschool');

    rerenderWith(step({ text: 'Bel maandag de rijschool', version: 4, lastEditedBy: { name: 'Karim El Amrani', byMe: false } }));
    expect(screen.getByLabelText(FIELD)).toHaveValue('Ik mail de rijschool');
    const notice = screen.getByText(/Deze stap is net veranderd door Karim El Amrani\. Er staat nu: “Bel maandag de rijschool”/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });

  it('on a 409 shows both texts (focused alert); "Mijn tekst toch opslaan" saves hers on the newer version', async () => {
    const sent: unknown[] = [];
    const answers: Response[] = [
      problemResponse({ status: 409, title: 'Iemand anders heeft dit net veranderd.', current: savedByKarim } as never),
      jsonResponse({ outcome: 'toegepast', step: step({ text: 'Ik mail de rijschool', version: 6 }) } satisfies MyChangeResult),
    ];
    renderWording({
      'PATCH /api/me/plan/steps/s1': ({ body }) => {
        sent.push(body);
        return answers.shift()!;
      },
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: OPEN }));
    await user.clear(screen.getByLabelText(FIELD));
    await user.type(screen.getByLabelText(FIELD), 'Ik mail de rijschool');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Karim El Amrani heeft deze stap net veranderd.');
    expect(alert).toHaveTextContent('Dit staat er nu:Bel maandag de rijschool in Utrecht');
    expect(alert).toHaveTextContent('Jouw tekst:Ik mail de rijschool');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText(FIELD)).toHaveValue('Ik mail de rijschool');

    await user.click(screen.getByRole('button', { name: 'Mijn tekst toch opslaan' }));
    expect(sent).toEqual([
      { text: 'Ik mail de rijschool', version: 3 },
      { text: 'Ik mail de rijschool', version: 5 },
    ]);
    expect(await screen.findByText('Je stap is aangepast.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Hun tekst houden" closes the editor without saving', async () => {
    const sent: unknown[] = [];
    renderWording({
      'PATCH /api/me/plan/steps/s1': ({ body }) => {
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
});
