import type { ContactPersonInfo, HandoverDetail, HandoverSummary } from '@koers/contracts';
import { CASE_ID, fakeCaseFetch, KARIM } from '../../../test/case-fixtures';
import { jsonResponse, makeSession, type fakeFetch } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

/** Test data for the Overdracht tab: a planned handover of the shared case from Karim to Sanne. Override only what a test is about. */
export const H_ID = '33333333-3333-4333-8333-333333333333';
export const SANNE = { id: '00000000-0000-4000-8000-000000000002', name: 'Sanne de Vries' };

export function handover(overrides: Partial<HandoverDetail> = {}): HandoverDetail {
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

export function summary(h: HandoverDetail): HandoverSummary {
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

/** The summary of a handover that was just proposed and waits for the successor to accept. */
export function proposedSummary(overrides: Partial<HandoverSummary> = {}): HandoverSummary {
  return {
    id: H_ID,
    caseId: CASE_ID,
    youthName: 'Noa Bakker',
    kind: 'gepland',
    status: 'voorgesteld',
    from: KARIM,
    successor: SANNE,
    acceptedAt: null,
    plannedSwitchDate: '2099-01-15',
    daysToSwitch: 30,
    nextStep: 'wacht_op_acceptatie',
    missing: [],
    warnings: [],
    meetingCount: 0,
    proposedAt: '2026-11-23T10:00:00.000Z',
    switchedAt: null,
    warmth: null,
    coldReason: null,
    missingAtSwitch: [],
    abortReason: null,
    withoutContactHours: null,
    ...overrides,
  };
}

export const contactInfo: ContactPersonInfo = { person: { id: KARIM.id, name: KARIM.name, email: 'karim@koers.test' }, withoutContactSince: null, upcoming: null };

/** Renders the Overdracht tab of the shared case with `detail` as its only handover; `extra` adds routes. */
export function renderHandoverTab(detail: HandoverDetail, extra: Parameters<typeof fakeFetch>[0] = {}) {
  const fetch = fakeCaseFetch({
    [`GET /api/cases/${CASE_ID}/contact-person`]: () => jsonResponse(contactInfo),
    [`GET /api/cases/${CASE_ID}/handovers`]: () => jsonResponse([summary(detail)]),
    [`GET /api/handovers/${H_ID}`]: () => jsonResponse(detail),
    ...extra,
  });
  return { fetch, ...renderApp(`/trajecten/${CASE_ID}/overdracht`, { fetch, session: makeSession() }) };
}
