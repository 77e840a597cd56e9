import { type Consent, DIVERSITY_CONSENT_EXPLANATION, type MyConsents, type MyGoal, type MyPlan, type MyPlanVersion, type MyStep } from '@koers/contracts';
import { CASE_API, CASE_ID } from '../../../test/case-fixtures';
import { fakeFetch, jsonResponse, makeSession } from '../../../test/fixtures';

/** Test data for Mijn plan, as the jongere Noa sees it: by default a concept with one goal the klantmanager wrote. Override only what a test is about. */
export const YOUTH_ID = '22222222-2222-4222-8222-222222222222';
export const youthSession = makeSession({ role: 'jongere', name: 'Noa Jansen', email: null, team: null });
export const MILESTONES = `GET ${CASE_API}/milestones`;

export function myStep(overrides: Partial<MyStep> = {}): MyStep {
  return { id: 's1', lineageId: 'sl1', text: 'Inschrijven bij Woonnet', ownerKind: 'jongere', ownerName: 'Noa Jansen', dueDate: null, done: false, canMarkDone: true, writtenByMe: false, lastEditedBy: null, version: 1, ...overrides };
}

export function myGoal(overrides: Partial<MyGoal> = {}): MyGoal {
  return {
    id: 'g1',
    lineageId: 'l1',
    title: 'Een vaste slaapplek',
    youthWords: null,
    description: null,
    status: 'bezig',
    targetDate: null,
    writtenByMe: false,
    lastEditedBy: null,
    authorName: 'Karim El Amrani',
    version: 1,
    steps: [myStep()],
    nextStepId: 's1',
    comments: [],
    commentCount: 0,
    ...overrides,
  };
}

export function myPlanVersion(overrides: Partial<MyPlanVersion> = {}): MyPlanVersion {
  return {
    id: 'v1',
    number: 1,
    status: 'concept',
    version: 2,
    evaluationDate: null,
    establishedAt: null,
    youthAgreedAt: null,
    consequences: null,
    goals: [myGoal()],
    agreements: [],
    ...overrides,
  };
}

export function myPlan(overrides: Partial<MyPlan> = {}): MyPlan {
  return {
    caseId: CASE_ID,
    youthName: 'Noa Jansen',
    contactPerson: { name: 'Karim El Amrani', email: 'klantmanager@koers.demo', phone: null },
    current: null,
    proposed: null,
    concept: myPlanVersion(),
    proposals: [],
    wishes: [],
    ...overrides,
  };
}

export function myConsent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    purpose: 'diversiteitsfactoren',
    explanation: DIVERSITY_CONSENT_EXPLANATION,
    givenAt: '2026-11-20T10:00:00.000Z',
    givenVia: 'eigen_login',
    recordedBy: { id: YOUTH_ID, name: 'Noa Jansen' },
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnVia: null,
    ...overrides,
  };
}

export const myConsents = (active: Consent | null, lastWithdrawn: Consent | null = null): MyConsents => ({
  purposes: [{ purpose: 'diversiteitsfactoren', explanation: DIVERSITY_CONSENT_EXPLANATION, active, lastWithdrawn }],
});

/**
 * fakeFetch for the Mijn plan page: answers what the page reads besides the plan itself (no
 * milestones, no consent given); `handlers` add GET /api/me/plan and the test's own routes (or replace these).
 */
export function fakeMyPlanFetch(handlers: Parameters<typeof fakeFetch>[0]) {
  return fakeFetch({
    [MILESTONES]: () => jsonResponse({ items: [], nextCursor: null }),
    'GET /api/me/consents': () => jsonResponse(myConsents(null)),
    'GET /api/me/plan/proposals': () => jsonResponse({ items: [], nextCursor: null }),
    ...handlers,
  });
}
