import type { CaseloadItem } from '@koers/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { makeCaseloadItem } from '../../case/test/case-factories';

const klantmanager = makeSession({ role: 'klantmanager' });

const noa = makeCaseloadItem({
  id: 'c1',
  youthName: 'Noa de Vries',
  signals: [{ kind: 'evaluatie_verlopen', detail: 'Evaluatie was gepland op 3 maart 2026' }],
  nextEvaluationDate: '2026-03-03',
});
const sem = makeCaseloadItem({ id: 'c2', youthName: 'Sem Bakker', phase: 'uitvoering', lastContactAt: null });
const lina = makeCaseloadItem({ id: 'c3', youthName: 'Lina Haddad', phase: 'plan', contactPerson: { id: 'u2', name: 'Sanne Visser' } });

/** A fake `GET /api/cases` that records the query of every call and answers per filter. */
function caseloadApi(answer: (params: URLSearchParams) => { items: CaseloadItem[]; nextCursor: string | null }) {
  const requests: URLSearchParams[] = [];
  const fetch = fakeFetch({
    'GET /api/cases': ({ path }) => {
      const params = new URL(path, 'http://koers.test').searchParams;
      requests.push(params);
      return jsonResponse(answer(params));
    },
  });
  return { fetch, requests, last: () => Object.fromEntries(requests[requests.length - 1]!.entries()) };
}

describe('the caseload list', () => {
  it('shows each case with a link, its phase and its signals in words', async () => {
    const api = caseloadApi(() => ({ items: [noa, sem], nextCursor: null }));
    renderApp('/caseload', { fetch: api.fetch, session: klantmanager });

    const list = await screen.findByRole('list', { name: 'Trajecten' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'Noa de Vries' })).toHaveAttribute('href', '/trajecten/c1');
    expect(within(items[0]!).getByRole('list', { name: 'Signalen' })).toHaveTextContent('Evaluatie verlopen: Evaluatie was gepland op 3 maart 2026');
    expect(items[0]).toHaveTextContent('19 jaar');
    expect(items[1]).toHaveTextContent('Uitvoering');
    expect(items[1]).toHaveTextContent('Geen signalen');
    expect(items[1]).toHaveTextContent('Nog geen contact');
    // The klantmanager's own list does not repeat who the contact person is.
    expect(items[0]).not.toHaveTextContent('Contactpersoon');
    expect(screen.getByText('2 trajecten')).toHaveAttribute('role', 'status');
    expect(api.last()).toEqual({});
  });

  it('keeps search and filters in the query string and sends them to the server', async () => {
    const api = caseloadApi((params) => ({ items: params.get('q') === 'noa' ? [noa] : [noa, sem], nextCursor: null }));
    const { router } = renderApp('/caseload', { fetch: api.fetch, session: klantmanager });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Sem Bakker' });

    await user.selectOptions(screen.getByLabelText('Fase'), 'Plan');
    expect(router.state.location.search).toBe('?fase=plan');
    await screen.findByText('2 trajecten');
    expect(api.last()).toEqual({ phase: 'plan' });

    await user.selectOptions(screen.getByLabelText('Signaal'), 'Lang geen contact');
    expect(router.state.location.search).toBe('?fase=plan&signaal=geen_contact');

    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam' }), 'noa');
    // Debounced: one request for the whole word, not one per letter.
    expect(await screen.findByText('1 traject')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?fase=plan&signaal=geen_contact&zoek=noa');
    expect(api.last()).toEqual({ phase: 'plan', signal: 'geen_contact', q: 'noa' });
    expect(api.requests.filter((p) => p.has('q')).map((p) => p.get('q'))).toEqual(['noa']);
    expect(screen.queryByRole('link', { name: 'Sem Bakker' })).not.toBeInTheDocument();

    // Back undoes the search; the field follows the address bar.
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?fase=plan&signaal=geen_contact');
    expect(screen.getByRole('searchbox', { name: 'Zoek op naam' })).toHaveValue('');
    expect(await screen.findByRole('link', { name: 'Sem Bakker' })).toBeInTheDocument();
    expect(screen.getByLabelText('Signaal')).toHaveValue('geen_contact');

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Fase')).toHaveValue('');
  });

  it('reads the filters from the address on load, and says so when nothing matches', async () => {
    const api = caseloadApi(() => ({ items: [], nextCursor: null }));
    const { router } = renderApp('/caseload', { fetch: api.fetch, session: klantmanager });
    await act(() => router.navigate('/caseload?zoek=xyz&signaal=urgent_obstakel&fase=onzin'));

    expect(await screen.findByText('Er zijn geen trajecten die passen bij uw zoekopdracht en filters.')).toBeInTheDocument();
    expect(api.last()).toEqual({ q: 'xyz', signal: 'urgent_obstakel' });
    expect(screen.getByRole('searchbox', { name: 'Zoek op naam' })).toHaveValue('xyz');
    expect(screen.getByLabelText('Signaal')).toHaveValue('urgent_obstakel');
  });

  it('says the caseload is empty when there are no cases at all', async () => {
    const api = caseloadApi(() => ({ items: [], nextCursor: null }));
    renderApp('/caseload', { fetch: api.fetch, session: klantmanager });
    expect(await screen.findByText(/Er staan nog geen trajecten in uw caseload/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe jongere aanmelden' })).toHaveAttribute('href', '/caseload/nieuw');
  });

  it('loads the next page with the cursor and keeps the filters', async () => {
    const api = caseloadApi((params) => (params.get('cursor') === 'next-1' ? { items: [sem], nextCursor: null } : { items: [noa, lina], nextCursor: 'next-1' }));
    const { router } = renderApp('/caseload', { fetch: api.fetch, session: klantmanager });
    await act(() => router.navigate('/caseload?fase=plan'));
    const user = userEvent.setup();

    expect(await screen.findByText('2 trajecten getoond, er zijn er meer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByRole('link', { name: 'Sem Bakker' })).toBeInTheDocument();
    expect(api.last()).toEqual({ phase: 'plan', cursor: 'next-1' });
    expect(screen.getByRole('link', { name: 'Noa de Vries' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(screen.getByText('3 trajecten')).toBeInTheDocument();
  });
});

describe('the team page', () => {
  it("lists the team's cases with their contact person, with the same filters", async () => {
    const api = caseloadApi(() => ({ items: [noa, lina], nextCursor: null }));
    const { router } = renderApp('/team', { fetch: api.fetch, session: makeSession({ role: 'teamleider', name: 'Tamara de Wit' }) });
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Trajecten van het team' });
    const linaCard = within(list).getByRole('link', { name: 'Lina Haddad' }).closest('li')!;
    expect(linaCard).toHaveTextContent('ContactpersoonSanne Visser');
    expect(within(list).getByRole('link', { name: 'Noa de Vries' })).toHaveAttribute('href', '/trajecten/c1');
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn team' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Overdrachten' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nieuwe jongere aanmelden' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Fase'), 'Afgesloten');
    expect(router.state.location.search).toBe('?fase=afgesloten');
    await waitFor(() => expect(api.last()).toEqual({ phase: 'afgesloten' }));
  });
});
