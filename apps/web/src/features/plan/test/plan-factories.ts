import type { IntakeDetail, PlanAgreement, PlanAuthor, PlanGoal, PlanOverview, PlanStep, PlanVersionDetail } from '@koers/contracts';

/** Factories for plan data in component tests. Override only what a test is about. */
export const CASE_ID = 'c0000000-0000-4000-8000-000000000001';
export const VERSION_ID = 'p0000000-0000-4000-8000-000000000001';

export const karim: PlanAuthor = { id: '00000000-0000-4000-8000-000000000001', name: 'Karim El Amrani', role: 'klantmanager' };
export const sanne: PlanAuthor = { id: '00000000-0000-4000-8000-000000000002', name: 'Sanne Visser', role: 'klantmanager' };

export function makeStep(overrides: Partial<PlanStep> = {}): PlanStep {
  return {
    id: 's0000000-0000-4000-8000-000000000001',
    goalId: 'g0000000-0000-4000-8000-000000000001',
    lineageId: 'ls000000-0000-4000-8000-000000000001',
    text: 'Bellen met de woningcorporatie',
    owner: { kind: 'jongere', networkMember: null, name: 'Noa de Vries' },
    dueDate: '2030-03-01',
    done: false,
    doneAt: null,
    position: 0,
    author: karim,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    lastEditedBy: null,
    version: 1,
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    id: 'g0000000-0000-4000-8000-000000000001',
    planVersionId: VERSION_ID,
    lineageId: 'lg000000-0000-4000-8000-000000000001',
    title: 'Een vaste slaapplek',
    description: null,
    youthWords: null,
    wish: null,
    urgentObstacle: null,
    priority: 1,
    targetDate: '2030-04-01',
    status: 'open',
    letGoReason: null,
    author: karim,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    lastEditedBy: null,
    version: 1,
    steps: [],
    ...overrides,
  };
}

export function makeAgreement(overrides: Partial<PlanAgreement> = {}): PlanAgreement {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    planVersionId: VERSION_ID,
    lineageId: 'la000000-0000-4000-8000-000000000001',
    kind: 'ondersteuning',
    text: 'Wij betalen je reiskosten.',
    position: 0,
    author: karim,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    lastEditedBy: null,
    version: 1,
    ...overrides,
  };
}

export function makeVersion(overrides: Partial<PlanVersionDetail> = {}): PlanVersionDetail {
  return {
    id: VERSION_ID,
    caseId: CASE_ID,
    number: 1,
    status: 'concept',
    version: 4,
    evaluationDate: null,
    consequences: 'Lukt het een keer niet? Laat het ons weten.',
    createdAt: '2026-02-01T10:00:00.000Z',
    signOff: { proposedAt: null, proposedBy: null, staff: null, youth: null, establishedAt: null },
    goals: [],
    agreements: [],
    evaluation: null,
    readiness: { ready: true, missing: [] },
    ...overrides,
  };
}

export function makeOverview(current: PlanVersionDetail | null, overrides: Partial<PlanOverview> = {}): PlanOverview {
  return {
    caseId: CASE_ID,
    youthName: 'Noa de Vries',
    contactPerson: { id: karim.id, name: karim.name },
    current,
    inForceNumber: current?.status === 'vastgesteld' ? current.number : null,
    versions: current
      ? [
          {
            id: current.id,
            number: current.number,
            status: current.status,
            createdAt: current.createdAt,
            proposedAt: current.signOff.proposedAt,
            establishedAt: current.signOff.establishedAt,
            evaluationDate: current.evaluationDate,
            evaluatedAt: null,
          },
        ]
      : [],
    permissions: { canEdit: true, canEvaluate: false },
    ...overrides,
  };
}

/** The parts of the intake the plan uses; the rest is not read by the plan tab. */
export function makeIntake(overrides: Partial<Pick<IntakeDetail, 'wishes' | 'urgentObstacles'>> = {}): Partial<IntakeDetail> {
  return {
    caseId: CASE_ID,
    wishes: [{ id: 'w0000000-0000-4000-8000-000000000001', kind: 'wens', text: 'Een eigen plek om te wonen', author: karim, createdAt: '2026-01-10T10:00:00.000Z' }],
    urgentObstacles: [],
    ...overrides,
  };
}
