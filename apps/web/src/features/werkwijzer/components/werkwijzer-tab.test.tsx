import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCase } from '../../case/test/case-factories';
import { makePanel } from '../test/werkwijzer-factories';

const kase = makeCase();
const path = `/trajecten/${kase.id}/werkwijzer`;
const panelUrl = `GET /api/cases/${kase.id}/werkwijzer`;

describe('the werkwijzer tab', () => {
  it('shows per theme the factors with their status in text and the evidence, and the plan-quality checks', async () => {
    const fetch = fakeFetch({ [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase), [panelUrl]: () => jsonResponse(makePanel(kase.id)) });
    renderApp(path, { fetch, session: makeSession() });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Werkwijzer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Werkwijzer' })).toHaveAttribute('aria-current', 'page');
    const theme5 = await screen.findByRole('heading', { level: 4, name: '5. Persoonlijke omstandigheden 1 van 1 toegepast' });
    // Collapsed at first: the factors are not visible.
    expect(screen.getByText('3 mijlpalen gevierd')).not.toBeVisible();
    await user.click(theme5);
    expect(screen.getByText('3 mijlpalen gevierd')).toBeVisible();
    const item = screen.getByText('3 mijlpalen gevierd').closest('li')!;
    expect(within(item).getByText('Bewijs gevonden')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 3, name: 'Kwaliteit van het plan' })).toBeInTheDocument();
    const check = screen.getByText('2 doelen hebben nog geen streefdatum: Rijbewijs, Cv maken').closest('li')!;
    expect(within(check).getByText('Aandacht nodig')).toBeInTheDocument();
    expect(screen.getByText('52 – Wat moeilijk (B2)')).toBeInTheDocument();
    expect(screen.getByText('re-integratie: schrijf liever ‘hulp bij werk’')).toBeInTheDocument();
    expect(screen.getByText('75%')).toBeInTheDocument();
  });

  it('marks a manual factor as toegepast with a note, and removes the mark again', async () => {
    let marked = false;
    const sent: unknown[] = [];
    const mark = { status: 'toegepast' as const, note: 'Samen zijn interesses besproken', markedBy: { id: 'u1', name: 'Karim El Amrani' }, markedAt: '2026-11-23T13:30:00.000Z' };
    const panel = () => {
      const p = makePanel(kase.id);
      if (marked) {
        p.themes[0]!.factors[1] = { ...p.themes[0]!.factors[1]!, mark };
        p.themes[0]!.summary = { applied: 2, applicable: 2, total: 2 };
      }
      return p;
    };
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse(kase),
      [panelUrl]: () => jsonResponse(panel()),
      [`PUT /api/cases/${kase.id}/werkwijzer/1.3`]: ({ body }) => {
        sent.push(body);
        marked = true;
        return jsonResponse(panel().themes[0]!.factors[1]);
      },
      [`DELETE /api/cases/${kase.id}/werkwijzer/1.3`]: () => {
        marked = false;
        return new Response(null, { status: 204 });
      },
    });
    renderApp(path, { fetch, session: makeSession() });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('heading', { name: '1. Motivatie, kwaliteiten en interesses 1 van 2 toegepast' }));
    expect(within(screen.getByText('Motivatie en interesses').closest('li')!).getByText('Niet gemarkeerd')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toegepast markeren: factor 1.3' }));
    // A note is required.
    await user.click(screen.getByRole('button', { name: 'Opslaan: factor 1.3' }));
    expect(screen.getByText('Vul in wat u heeft gedaan.')).toBeInTheDocument();
    expect(sent).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Wat heeft u gedaan?: factor 1.3' }), 'Samen zijn interesses besproken');
    await user.click(screen.getByRole('button', { name: 'Opslaan: factor 1.3' }));

    expect(await screen.findByText('Factor 1.3 is gemarkeerd als toegepast.')).toBeInTheDocument();
    expect(sent).toEqual([{ status: 'toegepast', note: 'Samen zijn interesses besproken' }]);
    const item = screen.getByText('Motivatie en interesses').closest('li')!;
    expect(within(item).getByText('Toegepast')).toBeInTheDocument();
    expect(within(item).getByText('Samen zijn interesses besproken')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '1. Motivatie, kwaliteiten en interesses 2 van 2 toegepast' })).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Markering weghalen: factor 1.3' }));
    expect(await screen.findByText('De markering van factor 1.3 is weggehaald.')).toBeInTheDocument();
    expect(within(screen.getByText('Motivatie en interesses').closest('li')!).getByText('Niet gemarkeerd')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Niet van toepassing: factor 1.3' })).toBeInTheDocument();
  });

  it('shows no mark controls to someone who may only read', async () => {
    const fetch = fakeFetch({
      [`GET /api/cases/${kase.id}`]: () => jsonResponse({ ...kase, permissions: { canEdit: false } }),
      [panelUrl]: () => jsonResponse(makePanel(kase.id, { permissions: { canMark: false } })),
    });
    renderApp(path, { fetch, session: makeSession({ role: 'teamleider' }) });
    await screen.findByText('Motivatie en interesses');
    expect(screen.queryByRole('button', { name: /Toegepast markeren/ })).not.toBeInTheDocument();
  });
});
