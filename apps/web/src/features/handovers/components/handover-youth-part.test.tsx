import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KARIM } from '../../../test/case-fixtures';
import { handover, renderHandoverTab, SANNE } from '../test/handover-factories';

/** What the jongere did through their own login, as staff see it on the Overdracht tab. */
describe('Overdracht tab: the jongere\'s own part', () => {
  it('marks a preference given by the jongere herself, and meetings she confirmed', async () => {
    const NOA = { id: '00000000-0000-4000-8000-0000000000y1', name: 'Noa Bakker' };
    renderHandoverTab(
      handover({
        status: 'kennismaking',
        youthPreference: { candidate: SANNE, note: 'Ik ken Sanne al.', via: 'eigen_login', recordedBy: NOA, recordedAt: '2026-11-02T10:00:00.000Z' },
        meetings: [
          { id: 'm1', heldOn: '2026-11-21', currentContactPresent: true, othersPresent: null, note: 'Goed gesprek.', recordedBy: KARIM, createdAt: '2026-11-21T12:00:00.000Z', youthConfirmedAt: '2026-11-22T09:00:00.000Z', youthRemark: 'Leuk om Sanne te zien.' },
          { id: 'm2', heldOn: '2026-11-22', currentContactPresent: false, othersPresent: null, note: null, recordedBy: SANNE, createdAt: '2026-11-22T12:00:00.000Z', youthConfirmedAt: null, youthRemark: null },
        ],
      }),
    );
    const preference = (await screen.findByText('Voorkeur van de jongere', { selector: 'dt' })).nextElementSibling!;
    expect(preference).toHaveTextContent('Sanne de Vries (door de jongere zelf) — Ik ken Sanne al.');
    const meetings = within(screen.getByText('Kennismakingen', { selector: 'dt' }).nextElementSibling as HTMLElement).getAllByRole('listitem');
    expect(meetings[0]).toHaveTextContent('bevestigd door de jongere (de jongere: “Leuk om Sanne te zien.”)');
    expect(meetings[1]).not.toHaveTextContent('bevestigd door de jongere');
  });

  it('says who wrote a preference down after a talk', async () => {
    renderHandoverTab(handover({ youthPreference: { candidate: SANNE, note: null, via: 'gesprek', recordedBy: KARIM, recordedAt: '2026-11-02T10:00:00.000Z' } }));
    const preference = (await screen.findByText('Voorkeur van de jongere', { selector: 'dt' })).nextElementSibling!;
    expect(preference).toHaveTextContent('Sanne de Vries (vastgelegd door Karim El Amrani na een gesprek)');
    expect(preference).not.toHaveTextContent('door de jongere zelf');
  });
});
