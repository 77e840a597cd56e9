import type { CaseloadCounts, CompletedHandoversPage, HandoverSettings, HandoverSummary, WarmShareMonth } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const done: HandoverSummary = {
  id: 'h1',
  caseId: '11111111-1111-4111-8111-111111111111',
  youthName: 'Noa Bakker',
  kind: 'gepland',
  status: 'overgedragen',
  from: { id: 'u1', name: 'Karim El Amrani' },
  successor: { id: 'u2', name: 'Sanne Visser' },
  acceptedAt: '2026-11-01T10:00:00.000Z',
  plannedSwitchDate: '2026-11-20',
  daysToSwitch: null,
  nextStep: null,
  missing: [],
  warnings: [],
  meetingCount: 2,
  proposedAt: '2026-10-20T10:00:00.000Z',
  switchedAt: '2026-11-20T10:00:00.000Z',
  warmth: 'warm',
  coldReason: null,
  missingAtSwitch: [],
  abortReason: null,
  withoutContactHours: null,
};

const SETTINGS: HandoverSettings = { teamId: '00000000-0000-4000-8000-0000000000aa', version: 3, noticeDays: 14, minMeetings: 2, predecessorReadDays: 14 };

describe('Overdrachten van het team', () => {
  it('shows the period totals, the warm share as a chart with a table, and the caseload', async () => {
    const completed: CompletedHandoversPage = { items: [done], nextCursor: null, totals: { warm: 1, koud: 2 } };
    const share: WarmShareMonth[] = [
      { month: '2026-10', warm: 0, koud: 2, warmShare: 0 },
      { month: '2026-11', warm: 1, koud: 0, warmShare: 1 },
    ];
    const caseload: CaseloadCounts = {
      noContactWeeks: 3,
      items: [{ user: { id: 'u1', name: 'Karim El Amrani' }, activeCases: 6, timeOut: 1, overdueEvaluations: 1, noContact: 0, incomingHandovers: 0, outgoingHandovers: 1 }],
    };
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/team/handovers': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/team/handovers/completed': () => jsonResponse(completed),
      'GET /api/team/handovers/warm-share': () => jsonResponse(share),
      'GET /api/team/cases-without-contact': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/team/caseload': () => jsonResponse(caseload),
      'GET /api/teams/00000000-0000-4000-8000-0000000000aa/handover-settings': () => jsonResponse(SETTINGS),
    });
    renderApp('/team/overdrachten', { fetch, session: makeSession({ role: 'teamleider' }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Overdrachten van het team' })).toBeInTheDocument();
    expect(await screen.findByText(/1 warm en 2 koud overgedragen/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Afgeronde overdrachten in de gekozen periode' });
    expect(within(table).getByRole('row', { name: /Noa Bakker/ })).toHaveTextContent('Warm');
    expect(screen.getByRole('img', { name: /in totaal 1 warme en 2 koude overdrachten/ })).toBeInTheDocument();
    const shareTable = screen.getByRole('table', { name: 'Warme en koude overdrachten per maand' });
    expect(within(shareTable).getAllByRole('row')).toHaveLength(3);
    expect(within(shareTable).getByText('100%')).toBeInTheDocument();
    expect(screen.getByText('Alle trajecten hebben een contactpersoon.')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /Caseload per klantmanager/ })).getByRole('row', { name: /Karim El Amrani/ })).toHaveTextContent('6');
  });

  it('loads the next page of handovers in progress with "Meer laden" (keyset cursor)', async () => {
    const open = (id: string, youthName: string): HandoverSummary => ({ ...done, id, youthName, status: 'voorgesteld', switchedAt: null, warmth: null, nextStep: 'wacht_op_acceptatie', daysToSwitch: 10 });
    const cursors: (string | null)[] = [];
    const fetch = fakeFetch({
      'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
      'GET /api/team/handovers': ({ path }) => {
        const cursor = new URL(path, 'http://x').searchParams.get('cursor');
        cursors.push(cursor);
        return jsonResponse(cursor ? { items: [open('h3', 'Tweede Pagina')], nextCursor: null } : { items: [open('h2', 'Eerste Pagina')], nextCursor: 'c1' });
      },
      'GET /api/team/handovers/completed': () => jsonResponse({ items: [], nextCursor: null, totals: { warm: 0, koud: 0 } }),
      'GET /api/team/handovers/warm-share': () => jsonResponse([]),
      'GET /api/team/cases-without-contact': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/team/caseload': () => jsonResponse({ noContactWeeks: 3, items: [] }),
      'GET /api/teams/00000000-0000-4000-8000-0000000000aa/handover-settings': () => jsonResponse(SETTINGS),
    });
    renderApp('/team/overdrachten', { fetch, session: makeSession({ role: 'teamleider' }) });
    const section = await screen.findByRole('region', { name: 'Lopende overdrachten' });
    expect(await within(section).findByText('Eerste Pagina')).toBeInTheDocument();
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Meer laden' }));
    expect(await within(section).findByText('Tweede Pagina')).toBeInTheDocument();
    expect(within(section).getByText('Eerste Pagina')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(cursors).toEqual([null, 'c1']);
    // The way to plan for someone who leaves, and the team's rules, live on this page too.
    expect(screen.getByRole('link', { name: 'Overdrachten plannen voor iemand die vertrekt' })).toHaveAttribute('href', '/team/overdrachten/iemand-vertrekt');
    expect(await screen.findByRole('region', { name: 'Regels voor warme overdracht' })).toBeInTheDocument();
  });
});
