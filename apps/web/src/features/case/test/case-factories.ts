import type { CaseDetail, CaseloadItem } from '@koers/contracts';

/** Factories for case data in component tests. Override only what a test is about. */
export function makeCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    version: 3,
    phase: 'plan',
    youth: {
      id: 'y0000000-0000-4000-8000-000000000001',
      name: 'Noa de Vries',
      dateOfBirth: '2006-04-17',
      age: 19,
      email: 'noa@example.nl',
      phone: '06 12345678',
      preferredContact: 'whatsapp',
      hasAccount: false,
      account: { state: 'none', invitationExpiresAt: null },
    },
    contactPerson: { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani' },
    team: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Team Jongeren Centrum' },
    timeout: null,
    closed: null,
    signals: [],
    nextEvaluationDate: '2026-09-01',
    lastContactAt: '2026-03-02T10:00:00.000Z',
    createdAt: '2026-01-05T09:00:00.000Z',
    permissions: { canEdit: true },
    ...overrides,
  };
}

export function makeCaseloadItem(overrides: Partial<CaseloadItem> = {}): CaseloadItem {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    youthName: 'Noa de Vries',
    age: 19,
    phase: 'plan',
    signals: [],
    nextEvaluationDate: '2026-09-01',
    lastContactAt: '2026-03-02T10:00:00.000Z',
    timeoutUntil: null,
    contactPerson: { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani' },
    ...overrides,
  };
}
