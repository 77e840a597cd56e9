import type { ContactMoment, CreateContactMomentRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CASE_API as BASE, CASE_ID, caseDetail, fakeCaseFetch } from '../../../test/case-fixtures';
import { localDateAndTime } from '../utils/occurred-at';

function contact(overrides: Partial<ContactMoment> = {}): ContactMoment {
  return {
    id: 'c1',
    caseId: CASE_ID,
    occurredAt: '2026-10-01T12:00:00.000Z',
    kind: 'phone',
    note: 'Gebeld over de stage.',
    internal: false,
    user: { id: 'u1', name: 'Karim El Amrani' },
    createdAt: '2026-10-01T12:05:00.000Z',
    ...overrides,
  };
}

describe('Contactmomenten', () => {
  it('logs a contact with a time zone in occurredAt and refreshes the case header', async () => {
    let sent: CreateContactMomentRequest | undefined;
    let caseReads = 0;
    let items: ContactMoment[] = [contact()];
    const fetch = fakeCaseFetch({
      [`GET ${BASE}`]: () => {
        caseReads++;
        return jsonResponse(caseDetail());
      },
      [`GET ${BASE}/contacts`]: () => jsonResponse({ items, nextCursor: null }),
      [`POST ${BASE}/contacts`]: ({ body }) => {
        sent = body as CreateContactMomentRequest;
        const created = contact({ id: 'c2', occurredAt: new Date(sent.occurredAt).toISOString(), kind: sent.kind, note: sent.note ?? null, internal: sent.internal ?? false });
        items = [created, ...items];
        return jsonResponse(created, 201);
      },
    });
    renderApp(`/trajecten/${CASE_ID}/contact`, { fetch, session: makeSession() });
    const user = userEvent.setup();

    // Defaults: now, and the jongere's preferred way of contact.
    const date = await screen.findByLabelText('Datum');
    expect(date).toHaveValue(localDateAndTime().date);
    expect((screen.getByLabelText('Tijd') as HTMLInputElement).value).toMatch(/^\d{2}:\d{2}$/);
    expect(screen.getByLabelText('Soort contact')).toHaveValue('whatsapp');
    expect(screen.getByRole('group', { name: 'Wanneer was het contact?' })).toBeInTheDocument();
    const readsBefore = caseReads;

    await user.clear(date);
    await user.type(date, '2026-11-02');
    await user.clear(screen.getByLabelText('Tijd'));
    await user.type(screen.getByLabelText('Tijd'), '09:30');
    await user.selectOptions(screen.getByLabelText('Soort contact'), 'Face-to-face');
    await user.type(screen.getByLabelText('Korte notitie (niet verplicht)'), 'Zorgen over thuis besproken.');
    const internal = screen.getByLabelText('Alleen voor medewerkers (intern)');
    expect(internal).toHaveAccessibleDescription('De jongere ziet dit contactmoment en de notitie dan niet.');
    await user.click(internal);
    await user.click(screen.getByRole('button', { name: 'Contactmoment vastleggen' }));

    expect(await screen.findByText(/Het contactmoment van 2 november 2026 om 09:30 is vastgelegd./)).toBeInTheDocument();
    expect(sent).toEqual({ occurredAt: expect.stringMatching(/^2026-11-02T09:30:00[+-]\d{2}:\d{2}$/), kind: 'face_to_face', note: 'Zorgen over thuis besproken.', internal: true });
    expect(new Date(sent!.occurredAt).getTime()).toBe(new Date(2026, 10, 2, 9, 30).getTime());
    // The header is read again: the "Lang geen contact" signal may be gone.
    await vi.waitFor(() => expect(caseReads).toBeGreaterThan(readsBefore));

    const list = screen.getByRole('region', { name: 'Eerdere contactmomenten' });
    const first = (await within(list).findByText('Zorgen over thuis besproken.')).closest('li')!;
    expect(first).toHaveTextContent('Face-to-face');
    expect(within(first).getByText('Intern')).toBeInTheDocument();
    expect(first).toHaveTextContent('Intern: alleen voor medewerkers, de jongere ziet dit niet');
    // A fresh form for the next one.
    expect(screen.getByLabelText('Korte notitie (niet verplicht)')).toHaveValue('');
  });

  it('loads older contacts with the cursor, and shows a teamleider the list only', async () => {
    const requested: string[] = [];
    const fetch = fakeCaseFetch({
      [`GET ${BASE}`]: () => jsonResponse(caseDetail({ permissions: { canEdit: false } })),
      [`GET ${BASE}/contacts`]: ({ path }) => {
        requested.push(path);
        return path.includes('cursor=next-1')
          ? jsonResponse({ items: [contact({ id: 'c3', note: 'Het eerste gesprek.', occurredAt: '2026-08-01T08:00:00.000Z' })], nextCursor: null })
          : jsonResponse({ items: [contact({ internal: true, note: 'Overleg met de teamleider.' })], nextCursor: 'next-1' });
      },
    });
    renderApp(`/trajecten/${CASE_ID}/contact`, { fetch, session: makeSession({ role: 'teamleider' }) });
    const user = userEvent.setup();

    expect(await screen.findByText('Overleg met de teamleider.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Contactmoment vastleggen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText('Het eerste gesprek.')).toBeInTheDocument();
    expect(requested).toContain(`${BASE}/contacts?cursor=next-1`);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
  });
});
