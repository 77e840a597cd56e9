import type { CaseloadCounts, HandoverSummary, LeavingCasesPage, PlanBulkHandoversRequest, SpreadCasesRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { proposedSummary } from '../test/handover-factories';

const LOTTE = { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Lotte Vertrekt' };
const XANDER = { id: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Xander Collega' };
const YARA = { id: 'aaaaaaaa-0000-4000-8000-000000000003', name: 'Yara Collega' };
const CASE_A = 'cccccccc-0000-4000-8000-00000000000a';
const CASE_B = 'cccccccc-0000-4000-8000-00000000000b';
const CASE_C = 'cccccccc-0000-4000-8000-00000000000c';

const row = (user: { id: string; name: string }, activeCases: number) => ({ user, activeCases, timeOut: 0, overdueEvaluations: 0, noContact: 0, incomingHandovers: 0, outgoingHandovers: 0 });
const caseload: CaseloadCounts = { noContactWeeks: 3, items: [row(LOTTE, 3), row(XANDER, 4), row(YARA, 1)] };
const cases: LeavingCasesPage = {
  items: [
    { caseId: CASE_A, youthName: 'Amira A', phase: 'uitvoering', openHandoverId: null },
    { caseId: CASE_B, youthName: 'Bram B', phase: 'plan', openHandoverId: null },
    { caseId: CASE_C, youthName: 'Chris C', phase: 'intake', openHandoverId: 'hhhhhhhh-0000-4000-8000-000000000001' },
  ],
  nextCursor: null,
};

function planned(caseId: string, youthName: string, successor: { id: string; name: string }): HandoverSummary {
  return proposedSummary({ id: `h-${caseId}`, caseId, youthName, from: LOTTE, successor });
}

describe('Iemand vertrekt', () => {
  it('checks the choices, proposes a spread by caseload, lets the teamleider change a case, shows per-case errors, and plans all at once', async () => {
    const spreads: SpreadCasesRequest[] = [];
    const plans: PlanBulkHandoversRequest[] = [];
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/team/caseload': () => jsonResponse(caseload),
      [`GET /api/team/klantmanagers/${LOTTE.id}/cases`]: () => jsonResponse(cases),
      'POST /api/team/handovers/spread': ({ body }) => {
        spreads.push(body as SpreadCasesRequest);
        return jsonResponse({
          assignments: [
            { caseId: CASE_A, successorUserId: YARA.id },
            { caseId: CASE_B, successorUserId: YARA.id },
          ],
          caseload: [],
        });
      },
      'POST /api/team/handovers': ({ body }) => {
        plans.push(body as PlanBulkHandoversRequest);
        if (plans.length === 1) {
          return problemResponse({
            status: 400,
            title: 'Niet alle overdrachten kunnen zo gepland worden. Er is niets opgeslagen.',
            errors: [{ field: 'assignments.1.caseId', message: 'Voor Bram B loopt al een overdracht.' }],
          });
        }
        return jsonResponse({ handovers: [planned(CASE_A, 'Amira A', XANDER)] }, 201);
      },
    });
    renderApp('/team/overdrachten/iemand-vertrekt', { fetch, session: makeSession({ role: 'teamleider' }) });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Iemand vertrekt: overdrachten plannen' })).toBeInTheDocument();
    const step1 = await screen.findByRole('form', { name: '1. Wie vertrekt en wie neemt het over?' });

    // Nothing chosen: clear messages, nothing sent.
    await user.click(within(step1).getByRole('button', { name: 'Verdeling voorstellen' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Kies de klantmanager die vertrekt.');
    expect(summary).toHaveTextContent('Kies minstens één collega die trajecten overneemt.');
    expect(summary).toHaveTextContent('Vul de reden van de overdracht in.');
    expect(spreads).toEqual([]);

    // Who leaves (with their caseload), and who takes over (with theirs).
    await user.selectOptions(within(step1).getByLabelText('Klantmanager die vertrekt'), 'Lotte Vertrekt (3 actieve trajecten)');
    expect(await within(step1).findByText('Lotte Vertrekt heeft 2 lopende trajecten om te verdelen.')).toBeInTheDocument();
    expect(within(step1).getByRole('link', { name: 'Chris C' })).toBeInTheDocument();
    const colleagues = within(step1).getByRole('group', { name: 'Collega’s die trajecten overnemen' });
    expect(within(colleagues).queryByRole('checkbox', { name: /Lotte/ })).not.toBeInTheDocument();
    await user.click(within(colleagues).getByRole('checkbox', { name: /^Xander Collega \(4 actieve trajecten/ }));
    await user.click(within(colleagues).getByRole('checkbox', { name: /^Yara Collega \(1 actieve trajecten/ }));
    await user.type(within(step1).getByLabelText('Reden van de overdracht'), 'Lotte vertrekt naar een andere gemeente.');
    await user.click(within(step1).getByRole('button', { name: 'Verdeling voorstellen' }));

    // The proposal: a select per case, the caseload after it in view; focus on its heading.
    const step2 = await screen.findByRole('form', { name: '2. Verdeling controleren en plannen' });
    expect(spreads).toEqual([{ caseIds: [CASE_A, CASE_B], successorUserIds: [XANDER.id, YARA.id] }]);
    expect(screen.getByRole('heading', { name: '2. Verdeling controleren en plannen' })).toHaveFocus();
    const proposal = within(step2).getByRole('table', { name: /Voorgestelde verdeling van 2 trajecten van Lotte Vertrekt/ });
    expect(within(proposal).queryByText('Chris C')).not.toBeInTheDocument();
    const selectA = within(proposal).getByRole('combobox', { name: 'Nieuwe contactpersoon voor Amira A' });
    expect(selectA).toHaveValue(YARA.id);
    const after = within(step2).getByRole('table', { name: 'Caseload van de collega’s met deze verdeling' });
    expect(within(after).getByRole('row', { name: /Yara Collega/ })).toHaveTextContent('Yara Collega123');
    await user.selectOptions(selectA, XANDER.id);
    expect(within(after).getByRole('row', { name: /Xander Collega/ })).toHaveTextContent('Xander Collega415');

    // The server refuses one case: nothing planned, the message next to that case and in the summary.
    await user.click(within(step2).getByRole('button', { name: 'Alle 2 overdrachten plannen' }));
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('Niet alle overdrachten kunnen zo gepland worden. Er is niets opgeslagen.');
    expect(within(refused).getByRole('link', { name: 'Bram B: Voor Bram B loopt al een overdracht.' })).toHaveAttribute('href', `#vertrek-naar-${CASE_B}`);
    const selectB = within(proposal).getByRole('combobox', { name: 'Nieuwe contactpersoon voor Bram B' });
    expect(selectB).toHaveAttribute('aria-invalid', 'true');
    expect(selectB).toHaveAccessibleDescription('Voor Bram B loopt al een overdracht.');
    const first = plans[0]!;
    expect(first.reason).toBe('Lotte vertrekt naar een andere gemeente.');
    expect(first.assignments).toEqual([
      { caseId: CASE_A, successorUserId: XANDER.id },
      { caseId: CASE_B, successorUserId: YARA.id },
    ]);

    // Planned: the result, and that each case now follows the normal steps.
    await user.click(within(step2).getByRole('button', { name: 'Alle 2 overdrachten plannen' }));
    expect(await screen.findByRole('heading', { name: 'Overdrachten gepland' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/1 overdrachten zijn gepland voor/);
    expect(screen.getByText(/Elk traject volgt nu de gewone stappen van een warme overdracht/)).toBeInTheDocument();
    const result = screen.getByRole('table', { name: 'Geplande overdrachten (1)' });
    expect(within(result).getByRole('link', { name: 'Amira A' })).toHaveAttribute('href', `/trajecten/${CASE_A}/overdracht`);
    expect(within(result).getByRole('row', { name: /Amira A/ })).toHaveTextContent('Wacht op acceptatie door de opvolger');
  });
});
