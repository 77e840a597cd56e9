import type { PersonRef } from './cases';
import type { UrgentObstacleKind, WishKind } from './intake';
import type { Page } from './pagination';
import type { FieldError } from './problem';
import type { Role } from './roles';

/*
 * The plan van aanpak (art. 44a Participatiewet): versioned, with goals (each with steps),
 * agreements in three kinds, the consequences of not keeping obligations, an evaluation date and a
 * sign-off by both the jongere and the klantmanager. Who wrote which words stays visible.
 *
 * Dates are 'YYYY-MM-DD' strings, timestamps ISO strings. Records two people edit carry `version`;
 * send it back with a change (a stale one gets 409 with `current`).
 */

// ---------------------------------------------------------------------------------------------
// Choice lists with Dutch labels
// ---------------------------------------------------------------------------------------------

/** concept → voorgesteld → vastgesteld; an older vastgesteld becomes vervangen when a newer one is vastgesteld. */
export const PLAN_VERSION_STATUSES = ['concept', 'voorgesteld', 'vastgesteld', 'vervangen'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];
export const PLAN_VERSION_STATUS_LABELS: Record<PlanVersionStatus, string> = {
  concept: 'Concept',
  voorgesteld: 'Voorgelegd',
  vastgesteld: 'Vastgesteld',
  vervangen: 'Vervangen',
};

export const GOAL_STATUSES = ['open', 'bezig', 'behaald', 'losgelaten'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  open: 'Nog niet begonnen',
  bezig: 'Bezig',
  behaald: 'Behaald',
  losgelaten: 'Losgelaten',
};

/** Who does a step: the jongere, the klantmanager (the case's contact person) or someone from the netwerk. */
export const STEP_OWNER_KINDS = ['jongere', 'klantmanager', 'netwerk'] as const;
export type StepOwnerKind = (typeof STEP_OWNER_KINDS)[number];
export const STEP_OWNER_KIND_LABELS: Record<StepOwnerKind, string> = {
  jongere: 'Jongere',
  klantmanager: 'Klantmanager',
  netwerk: 'Iemand uit het netwerk',
};

/** The three kinds of agreement the law asks for: never only obligations. */
export const AGREEMENT_KINDS = ['werk_zoeken', 'verplichting', 'ondersteuning'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  werk_zoeken: 'Werk zoeken',
  verplichting: 'Verplichtingen van de jongere',
  ondersteuning: 'Ondersteuning door de gemeente',
};

/** How the jongere's agreement was given: in their own login (later), or in a meeting, recorded by the klantmanager. */
export const YOUTH_AGREED_VIA = ['eigen_login', 'gesprek'] as const;
export type YouthAgreedVia = (typeof YOUTH_AGREED_VIA)[number];
export const YOUTH_AGREED_VIA_LABELS: Record<YouthAgreedVia, string> = {
  eigen_login: 'Zelf ingestemd in Koers',
  gesprek: 'Ingestemd in een gesprek (vastgelegd door de klantmanager)',
};

export const AGREEMENT_PARTIES = ['klantmanager', 'jongere'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

/** The records whose edits are kept in the revision history. */
export const PLAN_ENTITY_TYPES = ['plan_version', 'goal', 'step', 'agreement'] as const;
export type PlanEntityType = (typeof PLAN_ENTITY_TYPES)[number];

/** Lengths the API accepts; the web forms show the same limits. */
export const PLAN_LIMITS = {
  goalTitle: 200,
  goalText: 4000,
  letGoReason: 1000,
  stepText: 1000,
  agreementText: 2000,
  consequences: 4000,
  evaluationText: 4000,
} as const;

/**
 * A starting text for "what happens if obligations are not met", written plainly and without
 * threat. Version 1 of a plan starts with it; the klantmanager adapts it with the jongere.
 */
export const CONSEQUENCES_SUGGESTION =
  'Lukt het een keer niet om een afspraak na te komen? Laat het ons dan zo snel mogelijk weten. Dan zoeken we samen naar een oplossing. ' +
  'Kom je een verplichting zonder goede reden niet na, dan kan de gemeente je uitkering een tijdje lager maken. Dat heet een maatregel. ' +
  'Voordat de gemeente dat besluit, praten we eerst met je en vertel jij wat er aan de hand was.';

// ---------------------------------------------------------------------------------------------
// What the API returns
// ---------------------------------------------------------------------------------------------

/**
 * Who wrote (or last changed) something, with their role, so the UI can show whose words these are.
 * Goals, steps and agreements carry `author` + `createdAt` (who first wrote the words, and when; kept
 * when the item is copied into a next version) and `lastEditedBy` + `updatedAt` (null: never edited).
 */
export type PlanAuthor = PersonRef & { role: Role };

export interface PlanStepOwner {
  kind: StepOwnerKind;
  /** Set when kind is 'netwerk'. */
  networkMember: { id: string; name: string; organisation: string | null } | null;
  /** Readable name of who does it: the jongere's name, the contact person's name or the netwerk person's name. */
  name: string;
}

export interface PlanStep {
  id: string;
  goalId: string;
  /** Stays the same when the step is copied into the next plan version. */
  lineageId: string;
  text: string;
  owner: PlanStepOwner;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  position: number;
  author: PlanAuthor;
  createdAt: string;
  updatedAt: string;
  lastEditedBy: PlanAuthor | null;
  version: number;
}

export interface PlanGoal {
  id: string;
  planVersionId: string;
  /** Stays the same across plan versions: the diff matches goals on it. */
  lineageId: string;
  title: string;
  description: string | null;
  /** The jongere's own words, kept apart from the klantmanager's wording. */
  youthWords: string | null;
  /** The need or wish from the intake this goal answers. */
  wish: { id: string; kind: WishKind; text: string } | null;
  /** The urgent obstacle this goal was made from ("urgent obstacles first"). */
  urgentObstacle: { id: string; kind: UrgentObstacleKind; description: string } | null;
  /** Lower comes first. */
  priority: number;
  targetDate: string | null;
  status: GoalStatus;
  /** Required when status is 'losgelaten'. */
  letGoReason: string | null;
  author: PlanAuthor;
  createdAt: string;
  updatedAt: string;
  lastEditedBy: PlanAuthor | null;
  version: number;
  /** In order of position. */
  steps: PlanStep[];
}

export interface PlanAgreement {
  id: string;
  planVersionId: string;
  lineageId: string;
  kind: AgreementKind;
  text: string;
  position: number;
  author: PlanAuthor;
  createdAt: string;
  updatedAt: string;
  lastEditedBy: PlanAuthor | null;
  version: number;
}

export interface PlanSignOff {
  proposedAt: string | null;
  proposedBy: PersonRef | null;
  /** The klantmanager's agreement. */
  staff: { agreedAt: string; by: PersonRef | null } | null;
  /** The jongere's agreement; `via: 'gesprek'` means given in a meeting and recorded by `recordedBy`. */
  youth: { agreedAt: string; via: YouthAgreedVia; recordedBy: PersonRef | null } | null;
  establishedAt: string | null;
}

export interface PlanEvaluation {
  id: string;
  planVersionId: string;
  planVersionNumber: number;
  wentWell: string;
  wasHard: string;
  changes: string;
  youthView: string | null;
  evaluatedAt: string;
  evaluatedBy: PersonRef | null;
}

/** What is still missing before a concept can be proposed (each with the request field it is about). */
export interface PlanReadiness {
  ready: boolean;
  missing: FieldError[];
}

export interface PlanVersionDetail {
  id: string;
  caseId: string;
  number: number;
  status: PlanVersionStatus;
  version: number;
  evaluationDate: string | null;
  /** What happens if obligations are not met (required by law), in plain words. */
  consequences: string | null;
  createdAt: string;
  signOff: PlanSignOff;
  /** In order of priority (urgent obstacles first). */
  goals: PlanGoal[];
  /** Grouped by kind (werk_zoeken, verplichting, ondersteuning), then by position. */
  agreements: PlanAgreement[];
  /** The evaluation of this version, once recorded. */
  evaluation: PlanEvaluation | null;
  /** What is still missing before this version can be proposed; only meaningful for a concept. */
  readiness: PlanReadiness;
}

export interface PlanVersionSummary {
  id: string;
  number: number;
  status: PlanVersionStatus;
  createdAt: string;
  proposedAt: string | null;
  establishedAt: string | null;
  evaluationDate: string | null;
  evaluatedAt: string | null;
}

/** GET /api/cases/:caseId/plan */
export interface PlanOverview {
  caseId: string;
  youthName: string;
  contactPerson: PersonRef | null;
  /**
   * The version being worked on (concept or voorgesteld) if there is one, otherwise the version in
   * force (vastgesteld); null when the case has no plan yet.
   */
  current: PlanVersionDetail | null;
  /** The number of the version in force (vastgesteld), if any; fetch it with /plan/versions/:number. */
  inForceNumber: number | null;
  /** All versions, newest first. */
  versions: PlanVersionSummary[];
  /** What the current user may do here; the server enforces the same. */
  permissions: {
    canEdit: boolean;
    /** An evaluation of the version in force can be recorded now (date reached, not yet evaluated). */
    canEvaluate: boolean;
  };
}

/** POST /api/cases/:caseId/plan/evaluations */
export interface PlanEvaluationResult {
  evaluation: PlanEvaluation;
  /** The next version: a concept copy of the evaluated one (open goals, steps not done, agreements). */
  nextVersion: PlanVersionDetail;
}

// ---------------------------------------------------------------------------------------------
// Version diff (computed by diffPlanVersions in @koers/domain)
// ---------------------------------------------------------------------------------------------

export type PlanChangeKind = 'added' | 'removed' | 'changed';

/** One field, with readable Dutch values before and after (null = empty). */
export interface PlanFieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface PlanStepChange {
  lineageId: string;
  change: PlanChangeKind;
  /** The step's text in the newer version (or the older one, when removed). */
  text: string;
  fields: PlanFieldChange[];
}

export interface PlanGoalChange {
  lineageId: string;
  change: PlanChangeKind;
  /** The goal's title in the newer version (or the older one, when removed). */
  title: string;
  /** The goal's status in the older version (null for an added goal). A removed goal that was behaald or losgelaten was finished, not dropped. */
  statusBefore: GoalStatus | null;
  fields: PlanFieldChange[];
  steps: PlanStepChange[];
}

export interface PlanAgreementChange {
  lineageId: string;
  change: PlanChangeKind;
  before: string | null;
  after: string | null;
}

export interface PlanDiff {
  from: number;
  to: number;
  /** False when nothing differs. */
  hasChanges: boolean;
  evaluationDate: PlanFieldChange | null;
  consequences: PlanFieldChange | null;
  /** Goals in the newer version's order, then removed goals. Unchanged goals are left out. */
  goals: PlanGoalChange[];
  agreements: Record<AgreementKind, PlanAgreementChange[]>;
}

// ---------------------------------------------------------------------------------------------
// Revision history
// ---------------------------------------------------------------------------------------------

export interface PlanRevision {
  id: string;
  entityType: PlanEntityType;
  entityId: string;
  changedAt: string;
  changedBy: PlanAuthor | null;
  /** The record's fields before the change (null: it was created). */
  before: Record<string, unknown> | null;
  /** The record's fields after the change (null: it was deleted). */
  after: Record<string, unknown> | null;
}

export type PlanRevisionPage = Page<PlanRevision>;

export interface PlanRevisionQuery {
  entityType: PlanEntityType;
  entityId: string;
  cursor?: string;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** PATCH /api/plan-versions/:id — only in a concept or voorgesteld version (voorgesteld goes back to concept). */
export interface UpdatePlanVersionRequest {
  evaluationDate?: string | null;
  consequences?: string | null;
  version: number;
}

/** POST /api/plan-versions/:id/propose */
export interface ProposePlanRequest {
  version: number;
}

/**
 * POST /api/plan-versions/:id/agree. A klantmanager records their own agreement, or the jongere's
 * agreement given in a meeting (`party: 'jongere', via: 'gesprek'`).
 */
export interface AgreePlanRequest {
  party: AgreementParty;
  via?: YouthAgreedVia;
  version: number;
}

/** POST /api/plan-versions/:id/goals */
export interface CreateGoalRequest {
  title: string;
  description?: string | null;
  youthWords?: string | null;
  wishId?: string | null;
  /** Lower comes first; default: after the existing goals. */
  priority?: number;
  targetDate?: string | null;
}

/** PATCH /api/goals/:goalId — omitted fields stay as they are; null clears a field. */
export interface UpdateGoalRequest {
  title?: string;
  description?: string | null;
  youthWords?: string | null;
  wishId?: string | null;
  priority?: number;
  targetDate?: string | null;
  version: number;
}

/** POST /api/goals/:goalId/status — also on a vastgesteld version (progress). */
export interface ChangeGoalStatusRequest {
  status: GoalStatus;
  /** Required for 'losgelaten', not allowed otherwise. */
  letGoReason?: string;
  version: number;
}

/** POST /api/goals/:goalId/steps */
export interface CreateStepRequest {
  text: string;
  ownerKind: StepOwnerKind;
  /** Required when ownerKind is 'netwerk': a netwerk person of the same case. */
  ownerNetworkMemberId?: string | null;
  dueDate?: string | null;
}

/** PATCH /api/steps/:stepId */
export interface UpdateStepRequest {
  text?: string;
  ownerKind?: StepOwnerKind;
  ownerNetworkMemberId?: string | null;
  dueDate?: string | null;
  version: number;
}

/** POST /api/steps/:stepId/done — also on a vastgesteld version (progress). */
export interface MarkStepDoneRequest {
  done: boolean;
  version: number;
}

/** POST /api/plan-versions/:id/agreements */
export interface CreateAgreementRequest {
  kind: AgreementKind;
  text: string;
}

/** PATCH /api/agreements/:id */
export interface UpdateAgreementRequest {
  kind?: AgreementKind;
  text?: string;
  version: number;
}

/** DELETE /api/goals/:goalId, /api/steps/:stepId, /api/agreements/:id take `?version=`. */
export interface DeletePlanItemQuery {
  version: number;
}

/** POST /api/cases/:caseId/plan/evaluations — on or after the evaluation date of the version in force. */
export interface RecordEvaluationRequest {
  wentWell: string;
  wasHard: string;
  changes: string;
  youthView?: string | null;
}

/** GET /api/cases/:caseId/plan/diff?from=1&to=2 */
export interface PlanDiffQuery {
  from: number;
  to: number;
}

/** GET /api/cases/:caseId/plan/pdf?number=… (default: the version in force, else the current one). */
export interface PlanPdfQuery {
  number?: number;
}
