import type { SwitchHandoverRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse } from '../../../test/fixtures';
import { H_ID, handover, renderHandoverTab } from '../test/handover-factories';

describe('Overdracht tab', () => {
  it('shows the steps with the current one, what is missing and the warnings', async () => {
    renderHandoverTab(handover());
    const section = await screen.findByRole('region', { name: 'Stappen van de overdracht' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Voorgesteld (gedaan)');
    expect(items[1]).toHaveTextContent('Aangekondigd (gedaan)');
    expect(items[2]).toHaveTextContent('Kennismaking (nu aan de beurt)');
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(items[3]).toHaveTextContent('Overdrachtsnotitie (nog te doen)');
    expect(items[4]).toHaveTextContent('Overgedragen (nog te doen)');
    expect(within(section).getByText('Genoeg kennismakingsgesprekken')).toBeInTheDocument();
    expect(within(section).getByText('Er zijn nog 2 kennismakingen nodig voor 30 november 2026.')).toBeInTheDocument();
  });

  it('requires a reason for a cold switch and sends it', async () => {
    let sent: SwitchHandoverRequest | undefined;
    renderHandoverTab(handover(), {
      [`POST /api/handovers/${H_ID}/switch`]: ({ body }) => {
        sent = body as SwitchHandoverRequest;
        return jsonResponse(handover({ status: 'overgedragen', warmth: 'koud', coldReason: sent.coldReason ?? null, missing: [], nextStep: null, version: 5 }));
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Overdragen' });
    await user.click(within(form).getByRole('button', { name: 'Koud overdragen' }));
    expect(sent).toBeUndefined();
    expect(within(form).getAllByText('Vul de reden voor een koude overdracht in.').length).toBeGreaterThan(0);
    await user.type(within(form).getByLabelText('Reden voor een koude overdracht'), 'Karim is ziek.');
    await user.click(within(form).getByRole('button', { name: 'Koud overdragen' }));
    expect(await screen.findByText('Koud overgedragen. Sanne de Vries is nu de contactpersoon.')).toBeInTheDocument();
    expect(sent).toEqual({ coldReason: 'Karim is ziek.', version: 4 });
  });

  it('offers a warm switch without a reason when nothing is missing', async () => {
    let sent: SwitchHandoverRequest | undefined;
    renderHandoverTab(handover({ missing: [], warnings: [], nextStep: 'overdragen', status: 'overdrachtsnotitie' }), {
      [`POST /api/handovers/${H_ID}/switch`]: ({ body }) => {
        sent = body as SwitchHandoverRequest;
        return jsonResponse(handover({ status: 'overgedragen', warmth: 'warm', missing: [], nextStep: null, version: 5 }));
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Overdragen' });
    expect(within(form).queryByLabelText('Reden voor een koude overdracht')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Nu overdragen' }));
    expect(await screen.findByText('Warm overgedragen. Sanne de Vries is nu de contactpersoon.')).toBeInTheDocument();
    expect(sent).toEqual({ coldReason: null, version: 4 });
  });

  it('keeps the input on a 409 and saves again on top of the new version', async () => {
    let calls = 0;
    const versions: number[] = [];
    renderHandoverTab(handover(), {
      [`POST /api/handovers/${H_ID}/abort`]: ({ body }) => {
        calls++;
        versions.push((body as { version: number }).version);
        if (calls === 1) return problemResponse({ status: 409, title: 'Gewijzigd', current: handover({ version: 6 }) });
        return jsonResponse(handover({ status: 'afgebroken', abortReason: 'x', version: 7, permissions: { canManage: false, canRespond: false, canLogMeeting: false, canWriteNote: false, canSwitch: false } }));
      },
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Overdracht afbreken' });
    await user.type(within(form).getByLabelText('Waarom breekt u de overdracht af?'), 'Karim blijft toch.');
    await user.click(within(form).getByRole('button', { name: 'Overdracht afbreken' }));
    expect(await within(form).findByText(/Iemand anders heeft deze overdracht intussen gewijzigd/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Waarom breekt u de overdracht af?')).toHaveValue('Karim blijft toch.');
    await user.click(within(form).getByRole('button', { name: 'Overdracht afbreken' }));
    expect(await screen.findByText('De overdracht is afgebroken.')).toBeInTheDocument();
    expect(versions).toEqual([4, 6]);
  });
});
