import type { CaseDetail } from '@koers/contracts';
import { fakeFetch, jsonResponse } from './fixtures';

/** The case most component tests of a case tab render: Noa Bakker's, with Karim (the session user of makeSession) as contact person. */
export const CASE_ID = '11111111-1111-4111-8111-111111111111';
export const CASE_API = `/api/cases/${CASE_ID}`;
export const KARIM = { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani' };

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: CASE_ID,
    version: 3,
    phase: 'uitvoering',
    youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: null, phone: null, preferredContact: 'whatsapp', hasAccount: true, account: { state: 'active', invitationExpiresAt: null } },
    contactPerson: KARIM,
    team: { id: 't1', name: 'Team Centrum' },
    timeout: null,
    closed: null,
    signals: [],
    nextEvaluationDate: null,
    lastContactAt: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    permissions: { canEdit: true },
    ...overrides,
  };
}

/**
 * fakeFetch for a page of a case: answers the case itself (`kase`) and the bell's unread count that
 * every staff page asks for; `handlers` add the tab's own routes (or replace these).
 */
export function fakeCaseFetch(handlers: Parameters<typeof fakeFetch>[0] = {}, kase: CaseDetail = caseDetail()) {
  return fakeFetch({
    [`GET ${CASE_API}`]: () => jsonResponse(kase),
    'GET /api/notifications/unread-count': () => jsonResponse({ count: 0 }),
    ...handlers,
  });
}
