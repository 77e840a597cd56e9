import type { CaseDetail, Consent, DiversityInfo, IntakeDetail } from '@koers/contracts';
import { CASE_ID, caseDetail as sharedCaseDetail, KARIM } from '../../../test/case-fixtures';

/** Test data for the intake tab. Override only what a test is about. */
export { CASE_ID };
export const KM_ID = KARIM.id;

/** The shared case, as it is during the intake. */
export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return sharedCaseDetail({ phase: 'intake', version: 2, ...overrides });
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
