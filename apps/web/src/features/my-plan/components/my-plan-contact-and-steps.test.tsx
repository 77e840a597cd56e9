import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { fakeMyPlanFetch, myGoal, myPlan, myPlanVersion, myStep, youthSession } from '../test/my-plan-factories';

describe('Mijn plan: how to reach the contact person, and rewording her own steps', () => {
  it('shows the work phone number as a tel: link "Bel <naam>" next to the e-mail address', async () => {
    const fetch = fakeMyPlanFetch({ 'GET /api/me/plan': () => jsonResponse(myPlan({ contactPerson: { name: 'Karim El Amrani', email: 'klantmanager@koers.demo', phone: '06 12 34 56 78' } })) });
    renderApp('/mijn-plan', { fetch, session: youthSession });
    const card = await screen.findByRole('region', { name: 'Je klantmanager' });
    expect(within(card).getByRole('link', { name: 'Bel Karim El Amrani: 06 12 34 56 78' })).toHaveAttribute('href', 'tel:0612345678');
    expect(within(card).getByRole('link', { name: 'Mail naar klantmanager@koers.demo' })).toHaveAttribute('href', 'mailto:klantmanager@koers.demo');
  });

  it('shows no phone link when the contact person has no work phone', async () => {
    const fetch = fakeMyPlanFetch({ 'GET /api/me/plan': () => jsonResponse(myPlan()) });
    renderApp('/mijn-plan', { fetch, session: youthSession });
    const card = await screen.findByRole('region', { name: 'Je klantmanager' });
    expect(within(card).queryByRole('link', { name: /^Bel / })).not.toBeInTheDocument();
  });

  it('offers "Woorden aanpassen" only for steps she wrote, and saves the new words', async () => {
    const own = myStep({ id: 's2', lineageId: 'sl2', text: 'Ik bel de woningbouw', writtenByMe: true, version: 3 });
    const sent: unknown[] = [];
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan({ concept: myPlanVersion({ goals: [myGoal({ steps: [myStep(), own] })] }) })),
      'PATCH /api/me/plan/steps/s2': ({ body }) => {
        sent.push(body);
        return jsonResponse({ outcome: 'toegepast', step: { ...own, text: 'Ik mail de woningbouw', version: 4 } });
      },
    });
    renderApp('/mijn-plan', { fetch, session: youthSession });
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: 'Woorden aanpassen van de stap “Ik bel de woningbouw”' });
    expect(screen.queryByRole('button', { name: /van de stap “Inschrijven bij Woonnet”/ })).not.toBeInTheDocument();
    await user.click(open);
    const field = screen.getByLabelText('Je stap in andere woorden');
    await user.clear(field);
    await user.type(field, 'Ik mail de woningbouw');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je stap is aangepast.')).toBeInTheDocument();
    expect(sent).toEqual([{ text: 'Ik mail de woningbouw', version: 3 }]);
  });
});
