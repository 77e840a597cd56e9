import type { HandoverSettings, UpdateHandoverSettingsRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const TEAM = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const SETTINGS: HandoverSettings = { teamId: TEAM, version: 3, noticeDays: 14, minMeetings: 2, predecessorReadDays: 14 };

function setup(patch: (body: UpdateHandoverSettingsRequest, call: number) => Response) {
  const sent: UpdateHandoverSettingsRequest[] = [];
  const fetch = fakeFetch({
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    [`GET /api/teams/${TEAM}/handover-settings`]: () => jsonResponse(SETTINGS),
    [`PATCH /api/teams/${TEAM}/handover-settings`]: ({ body }) => {
      sent.push(body as UpdateHandoverSettingsRequest);
      return patch(body as UpdateHandoverSettingsRequest, sent.length);
    },
  });
  // The beheerder's page for one team; the teamleider gets the same form on the team's handover page.
  renderApp(`/beheer/teams/${TEAM}/overdracht`, { fetch, session: makeSession({ role: 'beheerder', team: null }) });
  return { sent };
}

describe('Regels voor warme overdracht', () => {
  it('shows the current rules, checks the range in Dutch, and saves only what changed with the version', async () => {
    const { sent } = setup((body) => jsonResponse({ ...SETTINGS, ...body, version: 4 }));
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Regels voor warme overdracht' });
    const notice = within(form).getByLabelText('Minimale aankondigingstermijn (dagen)');
    expect(notice).toHaveValue(14);
    expect(within(form).getByLabelText('Minimaal aantal kennismakingen')).toHaveValue(2);
    expect(within(form).getByLabelText('Leestermijn vorige contactpersoon (dagen)')).toHaveValue(14);

    await user.clear(notice);
    await user.type(notice, '91');
    await user.click(within(form).getByRole('button', { name: 'Regels opslaan' }));
    expect(within(form).getAllByText('Kies een aantal dagen van 0 tot en met 90.').length).toBeGreaterThan(0);
    expect(notice).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    await user.clear(notice);
    await user.type(notice, '21');
    await user.click(within(form).getByRole('button', { name: 'Regels opslaan' }));
    expect(await within(form).findByText('De regels voor warme overdracht zijn opgeslagen.')).toBeInTheDocument();
    expect(sent).toEqual([{ version: 3, noticeDays: 21 }]);
  });

  it('on a 409 keeps the input, shows the other person’s values, and saves again on top of the new version', async () => {
    const newer: HandoverSettings = { ...SETTINGS, version: 5, minMeetings: 3 };
    const { sent } = setup((body, call) => (call === 1 ? problemResponse({ status: 409, title: 'Gewijzigd', current: newer }) : jsonResponse({ ...newer, ...body, version: 6 })));
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Regels voor warme overdracht' });
    const read = within(form).getByLabelText('Leestermijn vorige contactpersoon (dagen)');
    await user.clear(read);
    await user.type(read, '30');
    await user.click(within(form).getByRole('button', { name: 'Regels opslaan' }));
    expect(await within(form).findByText(/Iemand anders heeft de regels intussen gewijzigd: aankondiging 14 dagen, 3 kennismakingen, leestermijn 14 dagen/)).toBeInTheDocument();
    expect(read).toHaveValue(30);
    await user.click(within(form).getByRole('button', { name: 'Regels opslaan' }));
    expect(await within(form).findByText('De regels voor warme overdracht zijn opgeslagen.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Minimaal aantal kennismakingen')).toHaveValue(3);
    // The second save goes on top of the new version, with only this user's change: the other person's 3 meetings stay.
    expect(sent).toEqual([
      { version: 3, predecessorReadDays: 30 },
      { version: 5, predecessorReadDays: 30 },
    ]);
  });

  it('can take over the other person’s values instead', async () => {
    const newer: HandoverSettings = { ...SETTINGS, version: 5, noticeDays: 28 };
    setup(() => problemResponse({ status: 409, title: 'Gewijzigd', current: newer }));
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Regels voor warme overdracht' });
    await user.clear(within(form).getByLabelText('Minimaal aantal kennismakingen'));
    await user.type(within(form).getByLabelText('Minimaal aantal kennismakingen'), '4');
    await user.click(within(form).getByRole('button', { name: 'Regels opslaan' }));
    await user.click(await screen.findByRole('button', { name: 'Nieuwe waarden overnemen' }));
    const fresh = await screen.findByRole('form', { name: 'Regels voor warme overdracht' });
    expect(within(fresh).getByLabelText('Minimale aankondigingstermijn (dagen)')).toHaveValue(28);
    expect(within(fresh).getByLabelText('Minimaal aantal kennismakingen')).toHaveValue(2);
  });
});
