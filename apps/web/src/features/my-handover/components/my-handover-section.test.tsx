import type { MyHandover, MyPlan } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const CASE_ID = '11111111-1111-4111-8111-111111111111';
const SANNE = '22222222-2222-4222-8222-222222222222';
const OLAF = '33333333-3333-4333-8333-333333333333';
const session = makeSession({ role: 'jongere', name: 'Noa Jansen', email: null, team: null });

const plan: MyPlan = {
  caseId: CASE_ID,
  youthName: 'Noa Jansen',
  contactPerson: { name: 'Karim El Amrani', email: 'klantmanager@koers.demo', phone: null },
  current: null,
  proposed: null,
  concept: null,
  proposals: [],
  wishes: [],
};

function handover(overrides: Partial<MyHandover> = {}): MyHandover {
  return {
    id: 'h1',
    status: 'voorgesteld',
    version: 3,
    plannedSwitchDate: '2027-02-01',
    currentContact: { name: 'Karim El Amrani', email: 'klantmanager@koers.demo' },
    candidates: [
      { id: SANNE, name: 'Sanne Visser', email: 'klantmanager2@koers.demo', preferred: false },
      { id: OLAF, name: 'Olaf de Boer', email: 'olaf@koers.demo', preferred: false },
    ],
    successor: null,
    canGivePreference: true,
    preference: null,
    meetings: [],
    ...overrides,
  };
}

const base = (answer: () => Response) => ({
  'GET /api/me/plan': () => jsonResponse(plan),
  [`GET /api/cases/${CASE_ID}/milestones`]: () => jsonResponse({ items: [], nextCursor: null }),
  'GET /api/me/handover': answer,
});

describe('Mijn plan: je krijgt een nieuwe klantmanager', () => {
  it('shows nothing when no handover is under way', async () => {
    renderApp('/mijn-plan', { fetch: fakeFetch(base(() => jsonResponse({ handover: null }))), session });
    await screen.findByRole('heading', { level: 2, name: 'Mijn doelen' });
    expect(screen.queryByRole('heading', { name: 'Je krijgt een nieuwe klantmanager' })).not.toBeInTheDocument();
  });

  it('shows who and when, and saves a preference with a remark; a choice is needed first', async () => {
    const sent: unknown[] = [];
    let current = handover();
    const fetch = fakeFetch({
      ...base(() => jsonResponse({ handover: current })),
      'POST /api/me/handover/preference': ({ body }) => {
        sent.push(body);
        current = handover({
          version: 4,
          candidates: current.candidates.map((c) => ({ ...c, preferred: c.id === SANNE })),
          preference: { candidate: { id: SANNE, name: 'Sanne Visser' }, via: 'eigen_login', note: 'Ik ken haar al', recordedByName: 'Noa Jansen', recordedAt: '2026-11-23T10:00:00.000Z' },
        });
        return jsonResponse(current);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Je krijgt een nieuwe klantmanager' })).closest('section')!;
    expect(within(section).getByText('Karim El Amrani is nu je klantmanager. Binnenkort neemt een collega het over.')).toBeInTheDocument();
    expect(within(section).getByText('Dat is rond 1 februari 2027.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Mail naar Sanne Visser' })).toHaveAttribute('href', 'mailto:klantmanager2@koers.demo');
    expect(within(section).queryByRole('heading', { name: 'Kennismakingsgesprekken' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Mijn keuze opslaan' }));
    expect(await screen.findAllByText('Kies een naam, of kies ‘Maakt me niet uit’.')).not.toHaveLength(0);
    expect(sent).toEqual([]);

    const group = within(section).getByRole('radiogroup', { name: 'Wie wil jij het liefst als nieuwe klantmanager?' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([SANNE, OLAF, 'geen']);
    await user.click(within(group).getByRole('radio', { name: 'Sanne Visser' }));
    await user.type(within(section).getByLabelText('Wil je er iets bij zeggen? Dat mag, maar het hoeft niet.'), 'Ik ken haar al');
    await user.click(within(section).getByRole('button', { name: 'Mijn keuze opslaan' }));
    expect(sent).toEqual([{ candidateUserId: SANNE, note: 'Ik ken haar al', version: 3 }]);
    expect(await within(section).findByText('Opgeslagen. Je klantmanager ziet nu je keuze.')).toBeInTheDocument();
    expect(within(section).getByText('Jouw keuze: Sanne Visser.')).toBeInTheDocument();
    expect(within(section).getByText('Wat je erbij zei: Ik ken haar al')).toBeInTheDocument();
  });

  it('"Maakt me niet uit" sends no candidate; a conflict (409) shows what changed', async () => {
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      ...base(() => jsonResponse({ handover: handover() })),
      'POST /api/me/handover/preference': ({ body }) => {
        sent.push(body);
        return problemResponse({
          status: 409,
          title: 'Je nieuwe klantmanager staat al vast. Je kunt je voorkeur nu niet meer veranderen.',
          current: handover({ version: 5, canGivePreference: false, successor: { id: SANNE, name: 'Sanne Visser', email: 'klantmanager2@koers.demo' }, candidates: [] }),
        });
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Maakt me niet uit' }));
    await user.click(screen.getByRole('button', { name: 'Mijn keuze opslaan' }));
    expect(sent).toEqual([{ candidateUserId: null, note: null, version: 3 }]);
    // The new state is shown at once: the successor, and no form any more.
    expect(await screen.findByText('Je nieuwe klantmanager wordt Sanne Visser.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mijn keuze opslaan' })).not.toBeInTheDocument();
  });

  it('shows a preference staff wrote down, and confirms a meeting with a remark; focus stays in place', async () => {
    const sent: unknown[] = [];
    const meeting = { id: 'm1', heldOn: '2026-11-20', currentContactPresent: true, confirmedAt: null, remark: null };
    let current = handover({
      status: 'kennismaking',
      canGivePreference: false,
      successor: { id: SANNE, name: 'Sanne Visser', email: 'klantmanager2@koers.demo' },
      candidates: [{ id: SANNE, name: 'Sanne Visser', email: 'klantmanager2@koers.demo', preferred: true }],
      preference: { candidate: { id: SANNE, name: 'Sanne Visser' }, via: 'gesprek', note: null, recordedByName: 'Karim El Amrani', recordedAt: '2026-11-01T10:00:00.000Z' },
      meetings: [meeting, { ...meeting, id: 'm2', heldOn: '2026-11-22', currentContactPresent: false }],
    });
    const fetch = fakeFetch({
      ...base(() => jsonResponse({ handover: current })),
      'POST /api/me/handover/meetings/m1/confirm': ({ body }) => {
        sent.push(body);
        current = { ...current, meetings: [{ ...meeting, confirmedAt: '2026-11-23T10:00:00.000Z', remark: 'Fijn gesprek' }, current.meetings[1]!] };
        return jsonResponse(current);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    expect(await screen.findByText('Karim El Amrani heeft opgeschreven dat je het liefst Sanne Visser wilt.')).toBeInTheDocument();
    expect(screen.getByText('Je nieuwe klantmanager wordt Sanne Visser.')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Kennismakingsgesprekken' })).toBeInTheDocument();
    expect(screen.getByText('Karim El Amrani was er ook bij.')).toBeInTheDocument();
    expect(screen.getByText('Karim El Amrani was er niet bij.')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Wil je iets zeggen over het gesprek van 20 november 2026? Dat mag, maar het hoeft niet.'), 'Fijn gesprek');
    await user.click(screen.getByRole('button', { name: 'Ja, het gesprek van 20 november 2026 is geweest' }));
    expect(sent).toEqual([{ remark: 'Fijn gesprek' }]);
    expect(await screen.findByText('Opgeslagen. Je klantmanager ziet dat het gesprek van 20 november 2026 is geweest.')).toBeInTheDocument();
    const confirmed = screen.getByText('Je hebt laten weten dat dit gesprek is geweest. Dank je!');
    expect(confirmed).toHaveFocus();
    expect(screen.getByText('Wat je erbij zei: Fijn gesprek')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, het gesprek van 20 november 2026 is geweest' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, het gesprek van 22 november 2026 is geweest' })).toBeInTheDocument();
  });
});
