import type { CaseDetail } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCase } from '../test/case-factories';

const klantmanager = makeSession({ role: 'klantmanager' });
const CONFLICT = 'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.';
const path = (kase: CaseDetail) => `/trajecten/${kase.id}`;

function phaseInHeader(): string {
  const term = screen.getAllByText('Fase', { selector: 'dt' })[0]!;
  return term.nextElementSibling!.textContent ?? '';
}

describe('the case header', () => {
  it('shows who, where the case stands and its signals; a teamleider gets no phase actions', async () => {
    const kase = makeCase({
      permissions: { canEdit: false },
      phase: 'time_out',
      timeout: { reason: 'Opname in het ziekenhuis', until: '2026-06-01', returnsTo: 'uitvoering' },
      signals: [{ kind: 'time_out', detail: 'Time-out tot 1 juni 2026' }],
    });
    const fetch = fakeFetch({ [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase) });
    renderApp(path(kase), { fetch, session: makeSession({ role: 'teamleider' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Noa de Vries' })).toBeInTheDocument();
    expect(screen.getByText('17 april 2006')).toBeInTheDocument();
    expect(phaseInHeader()).toBe('Time-out');
    expect(screen.getByRole('list', { name: 'Signalen' })).toHaveTextContent('Time-out: Time-out tot 1 juni 2026');
    expect(screen.getByText('Opname in het ziekenhuis')).toBeInTheDocument();
    expect(screen.getByText('Dit traject staat in time-out')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Fase van het traject' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terug uit time-out' })).not.toBeInTheDocument();
    expect(screen.getByText('U bekijkt dit traject. Alleen de contactpersoon kan het wijzigen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Terug naar mijn team' })).toHaveAttribute('href', '/team');
  });
});

describe('phase actions', () => {
  it('changes the phase with the version, and shows the new phase', async () => {
    const kase = makeCase({ phase: 'plan', version: 3 });
    let sent: unknown;
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase),
      [`POST /api/cases/${kase.id}/phase`]: ({ body }) => {
        sent = body;
        return jsonResponse({ ...kase, phase: 'uitvoering', version: 4 });
      },
    });
    renderApp(path(kase), { fetch, session: klantmanager });
    const user = userEvent.setup();

    const toggle = await screen.findByRole('button', { name: 'Fase wijzigen' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Fase wijzigen' })).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('Nieuwe fase'), 'Uitvoering');
    await user.click(screen.getByRole('button', { name: 'Fase opslaan' }));

    expect(await screen.findByText('De fase is gewijzigd naar Uitvoering.')).toHaveFocus();
    expect(sent).toEqual({ phase: 'uitvoering', version: 3 });
    expect(phaseInHeader()).toBe('Uitvoering');
    expect(screen.queryByLabelText('Nieuwe fase')).not.toBeInTheDocument();
  });

  it('on a 409 shows the Dutch title and what changed, refreshes the case and keeps the choice for a retry', async () => {
    const kase = makeCase({ phase: 'plan', version: 3 });
    const theirs = { ...kase, phase: 'nazorg' as const, version: 4 };
    const sent: unknown[] = [];
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase),
      [`POST /api/cases/${kase.id}/phase`]: ({ body }) => {
        sent.push(body);
        return sent.length === 1
          ? problemResponse({ status: 409, title: CONFLICT, code: 'CONFLICT', current: theirs })
          : jsonResponse({ ...theirs, phase: 'uitvoering', version: 5 });
      },
    });
    renderApp(path(kase), { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Fase wijzigen' }));
    await user.selectOptions(screen.getByLabelText('Nieuwe fase'), 'Uitvoering');
    await user.click(screen.getByRole('button', { name: 'Fase opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole('heading', { name: CONFLICT })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Het traject staat nu in fase Nazorg.');
    expect(alert).toHaveTextContent('Uw keuze: Uitvoering');
    // The header shows their change; the user's choice is still there.
    expect(phaseInHeader()).toBe('Nazorg');
    expect(screen.getByLabelText('Nieuwe fase')).toHaveValue('uitvoering');

    await user.click(screen.getByRole('button', { name: 'Fase opslaan' }));
    expect(await screen.findByText('De fase is gewijzigd naar Uitvoering.')).toBeInTheDocument();
    expect(sent).toEqual([
      { phase: 'uitvoering', version: 3 },
      { phase: 'uitvoering', version: 4 },
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on a 409 after which the action no longer fits, keeps the input readable and offers what fits now', async () => {
    const kase = makeCase({ phase: 'uitvoering', version: 7 });
    const closed = { ...kase, phase: 'afgesloten' as const, version: 8, closed: { reason: 'Werk gevonden', at: '2026-03-10T10:00:00.000Z' } };
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase),
      [`POST /api/cases/${kase.id}/time-out`]: () => problemResponse({ status: 409, title: CONFLICT, current: closed }),
    });
    renderApp(path(kase), { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Time-out' }));
    await user.type(screen.getByLabelText('Reden van de time-out'), 'Verhuist tijdelijk naar familie');
    await user.type(screen.getByLabelText('Verwachte terugkeerdatum'), '2099-01-31');
    await user.click(screen.getByRole('button', { name: 'Time-out starten' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het traject staat nu in fase Afgesloten. Deze actie past daar niet meer bij');
    expect(alert).toHaveTextContent('Uw invoer: time-out tot 31 januari 2099, reden: Verhuist tijdelijk naar familie');
    expect(screen.getByText('Dit traject is afgesloten')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Heropenen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Time-out starten' })).not.toBeInTheDocument();
  });

  it('on a 409 without the current case, loads the case again', async () => {
    const kase = makeCase({ phase: 'uitvoering', version: 7 });
    const inTimeOut = { ...kase, phase: 'time_out' as const, version: 8, timeout: { reason: 'Opname', until: '2099-02-01', returnsTo: 'uitvoering' as const } };
    let reads = 0;
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(++reads === 1 ? kase : inTimeOut),
      [`POST /api/cases/${kase.id}/time-out`]: () => problemResponse({ status: 409, title: 'Dit traject staat al in time-out.' }),
    });
    renderApp(path(kase), { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Time-out' }));
    await user.type(screen.getByLabelText('Reden van de time-out'), 'Zwanger');
    await user.type(screen.getByLabelText('Verwachte terugkeerdatum'), '2099-01-31');
    await user.click(screen.getByRole('button', { name: 'Time-out starten' }));

    expect(await screen.findByRole('heading', { name: 'Dit traject staat al in time-out.' })).toBeInTheDocument();
    expect(await screen.findByText('Dit traject staat in time-out')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Uw invoer: time-out tot 31 januari 2099, reden: Zwanger');
    expect(screen.getByRole('button', { name: 'Terug uit time-out' })).toBeInTheDocument();
    expect(reads).toBe(2);
  });

  it('asks for a reason before closing, then closes with the reason', async () => {
    const kase = makeCase({ phase: 'nazorg', version: 2 });
    let sent: unknown;
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase),
      [`POST /api/cases/${kase.id}/close`]: ({ body }) => {
        sent = body;
        return jsonResponse({ ...kase, phase: 'afgesloten', version: 3, closed: { reason: 'Werk gevonden', at: '2026-03-10T10:00:00.000Z' } });
      },
    });
    renderApp(path(kase), { fetch, session: klantmanager });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Afsluiten' }));
    await user.click(screen.getByRole('button', { name: 'Traject afsluiten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vul de reden van afsluiten in.');
    expect(sent).toBeUndefined();

    await user.type(screen.getByLabelText('Reden van afsluiten'), 'Werk gevonden');
    await user.click(screen.getByRole('button', { name: 'Traject afsluiten' }));
    expect(await screen.findByText('Het traject is afgesloten.')).toBeInTheDocument();
    expect(sent).toEqual({ reason: 'Werk gevonden', version: 2 });
    expect(screen.getByText('Dit traject is afgesloten')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Heropenen' })).toBeInTheDocument();
  });
});
