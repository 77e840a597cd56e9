import type { CaseDetail, ContactPersonInfo, HandoverDetail, HandoverSummary, SwitchHandoverRequest } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession, problemResponse } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

const CASE_ID = '11111111-1111-4111-8111-111111111111';
const H_ID = '33333333-3333-4333-8333-333333333333';
const KARIM = { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani' };
const SANNE = { id: '00000000-0000-4000-8000-000000000002', name: 'Sanne de Vries' };

function caseDetail(): CaseDetail {
  return {
    id: CASE_ID,
    version: 3,
    phase: 'uitvoering',
    youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: null, phone: null, preferredContact: 'whatsapp', hasAccount: true },
    contactPerson: KARIM,
    team: { id: 't1', name: 'Team Centrum' },
    timeout: null,
    closed: null,
    signals: [],
    nextEvaluationDate: null,
    lastContactAt: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    permissions: { canEdit: true },
  };
}

function handover(overrides: Partial<HandoverDetail> = {}): HandoverDetail {
  return {
    id: H_ID,
    caseId: CASE_ID,
    youth: { id: 'y1', name: 'Noa Bakker' },
    kind: 'gepland',
    status: 'aangekondigd',
    version: 4,
    from: KARIM,
    successor: SANNE,
    acceptedAt: '2026-11-01T10:00:00.000Z',
    reason: 'Karim gaat naar een ander team.',
    plannedSwitchDate: '2026-11-30',
    daysToSwitch: 7,
    proposedBy: KARIM,
    proposedAt: '2026-11-01T09:00:00.000Z',
    candidates: [{ user: SANNE, status: 'geaccepteerd', declinedReason: null, declinedAt: null, preferredByYouth: true, activeCases: 8 }],
    youthPreference: null,
    announcement: { on: '2026-11-20', how: 'face_to_face', note: null, recordedBy: KARIM },
    meetings: [],
    note: null,
    rules: { noticeDays: 14, minMeetings: 2, predecessorReadDays: 14 },
    missing: ['aankondiging_op_tijd', 'kennismakingen', 'kennismaking_met_contactpersoon', 'overdrachtsnotitie'],
    warnings: [{ code: 'te_weinig_kennismakingen', message: 'Er zijn nog 2 kennismakingen nodig voor 30 november 2026.' }],
    nextStep: 'kennismaken',
    switchedAt: null,
    switchedBy: null,
    warmth: null,
    coldReason: null,
    missingAtSwitch: [],
    predecessorReadUntil: null,
    abortedAt: null,
    abortedBy: null,
    abortReason: null,
    withoutContactHours: null,
    permissions: { canManage: true, canRespond: false, canLogMeeting: true, canWriteNote: true, canSwitch: true },
    ...overrides,
  };
}

function summary(h: HandoverDetail): HandoverSummary {
  return {
    id: h.id,
    caseId: h.caseId,
    youthName: h.youth.name,
    kind: h.kind,
    status: h.status,
    from: h.from,
    successor: h.successor,
    acceptedAt: h.acceptedAt,
    plannedSwitchDate: h.plannedSwitchDate,
    daysToSwitch: h.daysToSwitch,
    nextStep: h.nextStep,
    missing: h.missing,
    warnings: h.warnings,
    meetingCount: h.meetings.length,
    proposedAt: h.proposedAt,
    switchedAt: h.switchedAt,
    warmth: h.warmth,
    coldReason: h.coldReason,
    missingAtSwitch: h.missingAtSwitch,
    abortReason: h.abortReason,
    withoutContactHours: h.withoutContactHours,
  };
}

const contactInfo: ContactPersonInfo = { person: { id: KARIM.id, name: KARIM.name, email: 'karim@koers.test' }, withoutContactSince: null, upcoming: null };

function setup(detail: HandoverDetail, extra: Parameters<typeof fakeFetch>[0] = {}) {
  const fetch = fakeFetch({
    [`GET /api/cases/${CASE_ID}`]: () => jsonResponse(caseDetail()),
    [`GET /api/cases/${CASE_ID}/contact-person`]: () => jsonResponse(contactInfo),
    [`GET /api/cases/${CASE_ID}/handovers`]: () => jsonResponse([summary(detail)]),
    [`GET /api/handovers/${H_ID}`]: () => jsonResponse(detail),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    ...extra,
  });
  return { fetch, ...renderApp(`/trajecten/${CASE_ID}/overdracht`, { fetch, session: makeSession() }) };
}

describe('Overdracht tab', () => {
  it('shows the steps with the current one, what is missing and the warnings', async () => {
    setup(handover());
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
    setup(handover(), {
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
    setup(handover({ missing: [], warnings: [], nextStep: 'overdragen', status: 'overdrachtsnotitie' }), {
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
    setup(handover(), {
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
