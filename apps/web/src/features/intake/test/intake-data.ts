import type { CaseDetail, Consent, DiversityInfo, IntakeDetail } from '@koers/contracts';

/** Test data for the intake tab. Override only what a test is about. */
export const CASE_ID = '11111111-1111-4111-8111-111111111111';
export const KM_ID = '00000000-0000-4000-8000-000000000001';

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: CASE_ID,
    version: 2,
    phase: 'intake',
    youth: { id: 'y1', name: 'Noa Bakker', dateOfBirth: '2006-04-01', age: 20, email: null, phone: null, preferredContact: 'whatsapp', hasAccount: true },
    contactPerson: { id: KM_ID, name: 'Karim El Amrani' },
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

export function intakeDetail(overrides: Partial<IntakeDetail> = {}): IntakeDetail {
  return {
    caseId: CASE_ID,
    version: 3,
    housing: 'bij_ouders',
    fixedSleepingPlace: true,
    housingNote: 'Woont bij moeder.',
    incomeSource: null,
    financesNote: null,
    hasDebts: null,
    debtsNote: null,
    hasChildren: false,
    childcareNote: null,
    transport: 'fiets',
    transportNote: null,
    healthNote: null,
    mentalHealthNote: null,
    supportInvolved: null,
    motivation: 'Wil graag met zijn handen werken.',
    qualities: null,
    ownStory: null,
    hasStartkwalificatie: false,
    lastSchool: 'ROC Midden',
    educationNote: null,
    workExperience: null,
    infoEducation: false,
    infoLabourMarket: false,
    infoSupportOptions: false,
    completedAt: null,
    updatedAt: '2026-03-02T10:00:00.000Z',
    updatedBy: { id: KM_ID, name: 'Karim El Amrani' },
    case: { phase: 'intake', version: 2 },
    wishes: [],
    urgentObstacles: [],
    lifeAreas: [],
    diversityConsent: null,
    withdrawnDiversityConsent: null,
    diversity: null,
    permissions: { canEdit: true, canManageConsent: true, canSeeDiversity: false },
    ...overrides,
  };
}

export function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    purpose: 'diversiteitsfactoren',
    explanation: 'Uitleg',
    givenAt: '2026-03-02T10:00:00.000Z',
    givenVia: 'gesprek',
    recordedBy: { id: KM_ID, name: 'Karim El Amrani' },
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnVia: null,
    ...overrides,
  };
}

export function diversityInfo(overrides: Partial<DiversityInfo> = {}): DiversityInfo {
  return {
    background: null,
    genderAndOrientation: null,
    religionOrBelief: null,
    otherNote: null,
    version: 1,
    consentId: '33333333-3333-4333-8333-333333333333',
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}
