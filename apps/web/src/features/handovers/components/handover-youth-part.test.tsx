import type { CaseDetail, ContactPersonInfo, HandoverDetail, HandoverSummary } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';
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

/** What the jongere did through their own login, as staff see it on the Overdracht tab. */
describe('Overdracht tab: the jongere\'s own part', () => {
  it('marks a preference given by the jongere herself, and meetings she confirmed', async () => {
    const NOA = { id: '00000000-0000-4000-8000-0000000000y1', name: 'Noa Bakker' };
    setup(
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
    setup(handover({ youthPreference: { candidate: SANNE, note: null, via: 'gesprek', recordedBy: KARIM, recordedAt: '2026-11-02T10:00:00.000Z' } }));
    const preference = (await screen.findByText('Voorkeur van de jongere', { selector: 'dt' })).nextElementSibling!;
    expect(preference).toHaveTextContent('Sanne de Vries (vastgelegd door Karim El Amrani na een gesprek)');
    expect(preference).not.toHaveTextContent('door de jongere zelf');
  });
});
