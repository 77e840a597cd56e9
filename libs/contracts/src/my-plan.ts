import type { AgreementKind, GoalStatus, PlanVersionStatus, StepOwnerKind } from './plan';
import type { Page } from './pagination';

/*
 * "Mijn plan": the jongere's own view of their plan, and what they may co-write. All routes are
 * under /api/me/plan and always work on the logged-in jongere's own case.
 */

export const MY_PLAN_LIMITS = { title: 200, text: 2000 } as const;

export const PROPOSAL_KINDS = ['nieuw_doel', 'doel_tekst', 'stap_tekst', 'nieuwe_stap', 'niet_eens'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  nieuw_doel: 'Nieuw doel van de jongere',
  doel_tekst: 'Andere woorden voor een doel',
  stap_tekst: 'Andere woorden voor een stap',
  nieuwe_stap: 'Nieuwe stap van de jongere',
  niet_eens: 'Waar de jongere het niet mee eens is',
};
export const PROPOSAL_STATUSES = ['open', 'overgenomen', 'besproken'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Who to contact: the contact person (klantmanager): e-mail, and their work phone number if they set one (app_user.work_phone). */
export interface MyContactPerson {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface MyComment {
  id: string;
  text: string;
  /** True when the jongere wrote it. */
  byMe: boolean;
  authorName: string;
  /** ISO timestamp. */
  createdAt: string;
}

export interface MyEditor {
  name: string;
  byMe: boolean;
}

export interface MyStep {
  id: string;
  lineageId: string;
  text: string;
  ownerKind: StepOwnerKind;
  /** Readable name of who does it ("Jij" is up to the UI when ownerKind is 'jongere'). */
  ownerName: string;
  dueDate: string | null;
  done: boolean;
  /** The jongere may mark this step done (it is theirs). */
  canMarkDone: boolean;
  /** The jongere wrote this step, so they may change its wording. */
  writtenByMe: boolean;
  /** Who changed it last (null: never changed since it was written). */
  lastEditedBy: MyEditor | null;
  version: number;
}

export interface MyGoal {
  id: string;
  lineageId: string;
  title: string;
  /** The jongere's own words for the goal, if any. */
  youthWords: string | null;
  description: string | null;
  status: GoalStatus;
  targetDate: string | null;
  /** The jongere wrote this goal, so they may change its wording. */
  writtenByMe: boolean;
  authorName: string;
  /** Who changed it last (null: never changed since it was written). */
  lastEditedBy: MyEditor | null;
  version: number;
  steps: MyStep[];
  /** The first step not done yet (what is next), or null. */
  nextStepId: string | null;
  /** The newest comments on this goal (at most MY_PLAN_LATEST_COMMENTS), oldest first; the rest via `GET /api/me/plan/goals/:lineageId/comments`. */
  comments: MyComment[];
  /** How many comments the goal has in all. */
  commentCount: number;
}

/** How many of a goal's newest comments `GET /api/me/plan` carries. */
export const MY_PLAN_LATEST_COMMENTS = 3;

export interface MyAgreement {
  id: string;
  kind: AgreementKind;
  text: string;
}

export interface MyPlanVersion {
  id: string;
  number: number;
  status: PlanVersionStatus;
  /** Needed to agree to a voorgesteld version. */
  version: number;
  evaluationDate: string | null;
  /** ISO timestamp, when both agreed. */
  establishedAt: string | null;
  /** ISO timestamp when the jongere agreed (for a voorgesteld version: already done?). */
  youthAgreedAt: string | null;
  consequences: string | null;
  /** Goals first, by priority. */
  goals: MyGoal[];
  agreements: MyAgreement[];
}

export interface MyProposal {
  id: string;
  kind: ProposalKind;
  /** The goal or step it is about (lineage id): the goal for doel_tekst and nieuwe_stap, the step for stap_tekst. */
  targetLineageId: string | null;
  text: string;
  status: ProposalStatus;
  /** ISO timestamp. */
  createdAt: string;
  /** What the klantmanager wrote back (when they chose to discuss it), or null. */
  reply: string | null;
  /** ISO timestamp of the klantmanager's decision, or null while it is open. */
  decidedAt: string | null;
  /**
   * The plan version it was carried into (status 'overgenomen'), or null: still open, discussed, or
   * taken over but waiting for the next version to be made (it is applied then).
   */
  appliedInVersion: number | null;
}

export interface MyWish {
  id: string;
  text: string;
  createdAt: string;
}

/** `GET /api/me/plan` */
export interface MyPlan {
  caseId: string;
  youthName: string;
  contactPerson: MyContactPerson | null;
  /** The plan in force (vastgesteld), or null when there is none yet. */
  current: MyPlanVersion | null;
  /** A version waiting for the jongere's agreement (voorgesteld), or null. */
  proposed: MyPlanVersion | null;
  /** A version being written (concept): the jongere's changes go straight into it. */
  concept: MyPlanVersion | null;
  /** The jongere's open proposals for the next version, newest first (at most MAX_PAGE_SIZE); all of them via `GET /api/me/plan/proposals`. */
  proposals: MyProposal[];
  wishes: MyWish[];
}

/** `POST /api/me/plan/goals` — into the concept, or as a proposal when there is none. */
export interface MyGoalRequest {
  title: string;
}

/** Result of a change: applied directly (concept) or kept as a proposal for the next version. */
export interface MyChangeResult {
  outcome: 'toegepast' | 'voorstel';
  goal?: MyGoal;
  step?: MyStep;
  proposal?: MyProposal;
}

/**
 * `POST /api/me/plan/goals/:goalId/steps` — a step of the jongere's own, on any goal of their plan (also a
 * goal staff wrote). The jongere does it (owner) and wrote it. In a concept it is added at once
 * (outcome 'toegepast', `step`); in a voorgesteld or vastgesteld plan it becomes a proposal of kind
 * 'nieuwe_stap' (outcome 'voorstel', `proposal`).
 */
export interface MyStepRequest {
  text: string;
}

/** `PATCH /api/me/plan/goals/:goalId` — only goals the jongere wrote. */
export interface MyGoalWordingRequest {
  title: string;
  version: number;
}

/** `PATCH /api/me/plan/steps/:stepId` — only steps the jongere wrote. */
export interface MyStepWordingRequest {
  text: string;
  version: number;
}

/** `POST /api/me/plan/steps/:stepId/done` — only steps the jongere owns. */
export interface MyStepDoneRequest {
  done: boolean;
  version: number;
}

/** `POST /api/me/plan/goals/:goalId/comments` */
export interface MyCommentRequest {
  text: string;
}

/** `POST /api/me/plan/wishes` */
export interface MyWishRequest {
  text: string;
}

/** `POST /api/me/plan/versions/:id/agree` */
export interface MyAgreeRequest {
  version: number;
}

/** `POST /api/me/plan/versions/:id/disagree` — what they do not agree with (kept as a proposal). */
export interface MyDisagreeRequest {
  text: string;
}

/** `GET /api/me/plan/proposals?status&cursor&limit` — the jongere's own proposals, newest first. */
export type MyProposalPage = Page<MyProposal>;

/** `GET /api/me/plan/goals/:lineageId/comments?cursor&limit` — a goal's comments, newest first. */
export interface MyCommentPage extends Page<MyComment> {
  /** How many comments the goal has in all. */
  total: number;
}

/**
 * Filter of the proposal lists: a status, or 'wachtend' (taken over, waiting for the next version to
 * carry it). Without one: all, newest first.
 */
export const PROPOSAL_FILTERS = ['open', 'besproken', 'overgenomen', 'wachtend'] as const;
export type ProposalFilter = (typeof PROPOSAL_FILTERS)[number];

/** For staff: one of the jongere's proposals, in `GET /api/cases/:caseId/youth-proposals?status&cursor&limit` (newest first). */
export interface YouthProposal extends MyProposal {
  planVersionNumber: number;
  authorName: string;
  /** Send back with a decision (a stale one gets 409 with the current proposal). */
  version: number;
}

export const PROPOSAL_REPLY_MAX = 2000;

/**
 * For staff: `POST /api/youth-proposals/:id/decision`. 'overgenomen' carries it into the version in
 * the making (a concept; a voorgesteld version goes back to concept), or, when there is none yet,
 * into the next version as soon as it is made. 'besproken' keeps it as "to discuss", with an optional
 * reply the jongere sees in Mijn plan; a discussed proposal can still be taken over later.
 */
export interface DecideProposalRequest {
  status: Exclude<ProposalStatus, 'open'>;
  version: number;
  /** Only with 'besproken'. */
  reply?: string | null;
}

/** For staff: `POST /api/cases/:caseId/goals/:goalId/comments` — a reply in a goal's comment thread (the jongere sees it). */
export interface StaffGoalCommentRequest {
  text: string;
}

/** For staff: what was said about a goal (by goal lineage). */
export interface GoalComment extends MyComment {
  goalLineageId: string;
  authorRole: string;
}

/** For staff: `GET /api/cases/:caseId/goals/:lineageId/comments?cursor&limit` — a goal's thread, newest first. */
export interface GoalCommentPage extends Page<GoalComment> {
  /** How many comments the goal has in all. */
  total: number;
}

/** For staff: `GET /api/cases/:caseId/youth-proposals` */
export type YouthProposalPage = Page<YouthProposal>;
