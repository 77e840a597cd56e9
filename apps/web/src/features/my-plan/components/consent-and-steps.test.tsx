import { DIVERSITY_CONSENT_EXPLANATION, type MyChangeResult, type MyPlan } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { fakeMyPlanFetch, myConsent, myConsents, myPlan, myPlanVersion, YOUTH_ID, youthSession } from '../test/my-plan-factories';

const session = youthSession;

describe('Mijn plan: consent for private things', () => {
  it('explains it plainly, gives consent with one button, and withdraws it only after an inline confirm', async () => {
    let state = myConsents(null);
    const calls: string[] = [];
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan()),
      'GET /api/me/consents': () => jsonResponse(state),
      'POST /api/me/consents': ({ body }) => {
        calls.push(`give ${JSON.stringify(body)}`);
        state = myConsents(myConsent());
        return jsonResponse(myConsent(), 201);
      },
      [`POST /api/me/consents/${myConsent().id}/withdraw`]: () => {
        calls.push('withdraw');
        const withdrawn = myConsent({ withdrawnAt: '2026-11-23T10:00:00.000Z', withdrawnBy: { id: YOUTH_ID, name: 'Noa Jansen' }, withdrawnVia: 'eigen_login' });
        state = myConsents(null, withdrawn);
        return jsonResponse(withdrawn);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Privé: jouw achtergrond, geloof en gender' });
    expect(await within(section).findByText(DIVERSITY_CONSENT_EXPLANATION)).toBeInTheDocument();
    expect(within(section).getByText('Jij kiest. Zeg je nee? Dan krijg je gewoon dezelfde hulp.')).toBeInTheDocument();
    expect(within(section).getByText('Je hebt hiervoor geen toestemming gegeven.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Ik geef toestemming' }));
    expect(calls).toEqual(['give {"purpose":"diversiteitsfactoren"}']);
    expect(await within(section).findByText('Dank je. Je hebt toestemming gegeven. Je kunt altijd weer stoppen.')).toBeInTheDocument();
    expect(await within(section).findByText('Je hebt toestemming gegeven op 20 november 2026.')).toBeInTheDocument();
    const withdraw = within(section).getByRole('button', { name: 'Toestemming intrekken' });
    expect(withdraw).toHaveFocus();

    // Cancelling asks nothing of the server and puts focus back.
    await user.click(withdraw);
    const confirm = within(section).getByRole('group', { name: /Weet je het zeker\?/ });
    await user.click(within(confirm).getByRole('button', { name: 'Nee, toch niet' }));
    expect(calls).toEqual(['give {"purpose":"diversiteitsfactoren"}']);
    expect(await within(section).findByRole('button', { name: 'Toestemming intrekken' })).toHaveFocus();

    await user.click(within(section).getByRole('button', { name: 'Toestemming intrekken' }));
    await user.click(within(section).getByRole('button', { name: 'Ja, stoppen en wissen' }));
    expect(calls).toEqual(['give {"purpose":"diversiteitsfactoren"}', 'withdraw']);
    expect(await within(section).findByText('Je toestemming is ingetrokken. We hebben alles hierover gewist.')).toBeInTheDocument();
    expect(await within(section).findByText('Je hebt je toestemming ingetrokken op 23 november 2026. We hebben alles hierover gewist.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Ik geef toestemming' })).toHaveFocus();
  });

  it("shows the server's Dutch title when giving fails (409)", async () => {
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(myPlan()),
      'POST /api/me/consents': () => problemResponse({ status: 409, title: 'Je hebt hiervoor al toestemming gegeven. Wil je stoppen? Trek je toestemming dan in.' }),
    });
    renderApp('/mijn-plan', { fetch, session });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ik geef toestemming' }));
    expect(await screen.findByText('Je hebt hiervoor al toestemming gegeven. Wil je stoppen? Trek je toestemming dan in.')).toBeInTheDocument();
  });
});

describe('Mijn plan: a step of her own', () => {
  const setup = (plan: MyPlan, answer: (body: unknown) => Response) => {
    const sent: unknown[] = [];
    const fetch = fakeMyPlanFetch({
      'GET /api/me/plan': () => jsonResponse(plan),
      'POST /api/me/plan/goals/g1/steps': ({ body }) => {
        sent.push(body);
        return answer(body);
      },
    });
    renderApp('/mijn-plan', { fetch, session });
    return { sent, user: userEvent.setup() };
  };

  it('adds a step to a goal in a concept: a labelled field, refused when empty, then "Je stap staat in je plan"', async () => {
    const added: MyChangeResult = {
      outcome: 'toegepast',
      step: { id: 's9', lineageId: 'sl9', text: 'Bellen met Woonnet', ownerKind: 'jongere', ownerName: 'Noa Jansen', dueDate: null, done: false, canMarkDone: true, writtenByMe: true, lastEditedBy: null, version: 1 },
    };
    const { sent, user } = setup(myPlan(), () => jsonResponse(added, 201));
    await user.click(await screen.findByRole('button', { name: 'Stap toevoegen bij het doel “Een vaste slaapplek”' }));
    const field = screen.getByLabelText('Wat ga jij doen? bij het doel “Een vaste slaapplek”');
    expect(field).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Stap opslaan' }));
    expect(await screen.findByText('Schrijf eerst op wat je gaat doen.')).toBeInTheDocument();
    expect(sent).toEqual([]);
    await user.type(field, '  Bellen met Woonnet ');
    await user.click(screen.getByRole('button', { name: 'Stap opslaan' }));
    expect(sent).toEqual([{ text: 'Bellen met Woonnet' }]);
    expect(await screen.findByText('Je stap staat in je plan. Jij doet deze stap.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stap toevoegen bij het doel “Een vaste slaapplek”' })).toHaveFocus();
  });

  it('on a signed plan says the step went to the klantmanager; a server field error shows at the field and keeps the text', async () => {
    const signed = myPlan({ concept: null, current: myPlanVersion({ status: 'vastgesteld', establishedAt: '2026-11-01T10:00:00.000Z' }) });
    let first = true;
    const { user } = setup(signed, () => {
      if (first) {
        first = false;
        return problemResponse({ status: 400, title: 'Controleer wat je hebt ingevuld.', errors: [{ field: 'text', message: 'Schrijf op wat je gaat doen.' }] });
      }
      return jsonResponse({ outcome: 'voorstel', proposal: { id: 'p1', kind: 'nieuwe_stap', targetLineageId: 'l1', text: 'Naar de open dag', status: 'open', createdAt: '2026-11-23T10:00:00.000Z' } }, 201);
    });
    await user.click(await screen.findByRole('button', { name: 'Stap toevoegen bij het doel “Een vaste slaapplek”' }));
    const field = screen.getByLabelText('Wat ga jij doen? bij het doel “Een vaste slaapplek”');
    await user.type(field, 'Naar de open dag');
    await user.click(screen.getByRole('button', { name: 'Stap opslaan' }));
    expect(await screen.findByText('Schrijf op wat je gaat doen.')).toBeInTheDocument();
    expect(field).toHaveValue('Naar de open dag');
    await user.click(screen.getByRole('button', { name: 'Stap opslaan' }));
    expect(await screen.findByText(/Je stap is naar je klantmanager gestuurd/)).toBeInTheDocument();
  });
});
