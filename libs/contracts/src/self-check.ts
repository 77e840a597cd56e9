import type { FactorNumber, WerkwijzerTip } from './werkwijzer';

/*
 * "Doe de check" (the verbetertool): a team scores the 31 success factors of the werkwijzer, each
 * 1–10 or n.v.t. A teamleider opens a round for the team; staff of the team (klantmanagers and the
 * teamleider) fill it in, saved answer by answer. Jongeren may take part as respondents of kind
 * 'jongere' (the data model has them; the invitation link is not built yet).
 *
 * Privacy: an individual's answers are readable only by that respondent (GET …/my-answers). The team
 * sees aggregates only, and only for a group of at least SELF_CHECK_MIN_RESPONDENTS people.
 */

/** Below this many respondents, results show a message and no numbers. */
export const SELF_CHECK_MIN_RESPONDENTS = 3;
export const SELF_CHECK_SCORE_MIN = 1;
export const SELF_CHECK_SCORE_MAX = 10;
export const SELF_CHECK_ROUND_TITLE_MAX = 120;
export const IMPROVEMENT_ACTION_TEXT_MAX = 1000;
export const IMPROVEMENT_ACTION_OWNER_MAX = 120;

export const SELF_CHECK_RESPONDENT_KINDS = ['staff', 'jongere'] as const;
export type SelfCheckRespondentKind = (typeof SELF_CHECK_RESPONDENT_KINDS)[number];
export const SELF_CHECK_RESPONDENT_KIND_LABELS: Record<SelfCheckRespondentKind, string> = {
  staff: 'Medewerkers',
  jongere: 'Jongeren',
};

/** A score of 1–10, or null for "n.v.t." (not applicable). */
export type SelfCheckScore = number | null;

// ---------------------------------------------------------------------------------------------
// Rounds
// ---------------------------------------------------------------------------------------------

export interface SelfCheckRound {
  id: string;
  teamId: string;
  title: string;
  /** Open rounds accept answers; opening a new round closes the team's previous open round. */
  status: 'open' | 'gesloten';
  /** ISO timestamps. */
  openedAt: string;
  closedAt: string | null;
  /** How many people answered at least one factor (a count, never who). */
  respondents: number;
  /** The logged-in user's own progress in this round. */
  myAnswered: number;
  /** 31. */
  factorCount: number;
}

/** GET /api/self-check/rounds — the own team's rounds, newest first (klantmanager, teamleider). */
export interface SelfCheckRoundList {
  items: SelfCheckRound[];
  permissions: { canOpenRound: boolean };
}

/** POST /api/self-check/rounds (teamleider) → 201 SelfCheckRound. */
export interface OpenSelfCheckRoundRequest {
  title: string;
}

// ---------------------------------------------------------------------------------------------
// Answers (private to the respondent)
// ---------------------------------------------------------------------------------------------

export interface SelfCheckAnswer {
  factor: FactorNumber;
  score: SelfCheckScore;
}

/** GET /api/self-check/rounds/:roundId/my-answers — only the caller's own answers. */
export interface MySelfCheckAnswers {
  roundId: string;
  /** Answered factors only, in factor order. */
  answers: SelfCheckAnswer[];
  /** False when the round is closed. */
  canAnswer: boolean;
}

/**
 * PUT /api/self-check/rounds/:roundId/answers/:factor → SelfCheckAnswer. Idempotent: the same body
 * twice leaves one answer. score: 1–10, or null for n.v.t.
 * DELETE /api/self-check/rounds/:roundId/answers/:factor → 204 (clears the answer).
 */
export interface SaveSelfCheckAnswerRequest {
  score: SelfCheckScore;
}

// ---------------------------------------------------------------------------------------------
// Results (aggregates only)
// ---------------------------------------------------------------------------------------------

/** Aggregate of one theme for one group. Numbers are null when fewer than 3 people scored it. */
export interface SelfCheckThemeAggregate {
  /** People of the group who gave this theme at least one score (not n.v.t.). */
  respondents: number;
  /** respondents >= SELF_CHECK_MIN_RESPONDENTS. */
  shown: boolean;
  /** Mean of each respondent's mean score over the theme, 1 decimal; null when not shown. */
  average: number | null;
  /** Population standard deviation of those respondent means, 1 decimal; null when not shown. */
  standardDeviation: number | null;
}

export interface SelfCheckGroupResult {
  /** People of the group who answered at least one factor. */
  respondents: number;
  shown: boolean;
  /** In theme order 1–7. */
  themes: ({ theme: number } & SelfCheckThemeAggregate)[];
}

export interface SelfCheckLowFactor {
  factor: FactorNumber;
  theme: number;
  title: string;
  average: number;
  respondents: number;
  tips: WerkwijzerTip[];
}

export interface SelfCheckRoundResult {
  round: SelfCheckRound;
  themes: { number: number; title: string }[];
  /** Everyone, staff and jongeren together. */
  all: SelfCheckGroupResult;
  staff: SelfCheckGroupResult;
  jongere: SelfCheckGroupResult;
  /** Up to 3 lowest-scoring factors (each scored by at least 3 people), lowest first, with their tips. */
  lowestFactors: SelfCheckLowFactor[];
}

/**
 * GET /api/self-check/rounds/:roundId/results?compareTo=<roundId> — the own team (klantmanager,
 * teamleider). `compare` is the other round's result (everyone), null without compareTo.
 */
export interface SelfCheckResults {
  minRespondents: number;
  current: SelfCheckRoundResult;
  compare: SelfCheckRoundResult | null;
}

// ---------------------------------------------------------------------------------------------
// Improvement plan per theme
// ---------------------------------------------------------------------------------------------

export interface ImprovementAction {
  id: string;
  roundId: string;
  /** 1–7 */
  theme: number;
  text: string;
  /** Who takes it on (a name, or "het hele team"). */
  owner: string;
  /** 'YYYY-MM-DD' or null. */
  dueDate: string | null;
  done: boolean;
  version: number;
  /** ISO timestamp. */
  updatedAt: string;
}

/** GET /api/self-check/rounds/:roundId/actions — the round's improvement plan, by theme then date. */
export interface ImprovementActionList {
  items: ImprovementAction[];
}

/** POST /api/self-check/rounds/:roundId/actions → 201 ImprovementAction (klantmanager, teamleider of the team). */
export interface CreateImprovementActionRequest {
  theme: number;
  text: string;
  owner: string;
  dueDate?: string | null;
}

/**
 * PATCH /api/self-check/actions/:actionId → ImprovementAction; 409 with `current` when version is stale.
 * DELETE /api/self-check/actions/:actionId?version=<n> → 204.
 */
export interface UpdateImprovementActionRequest {
  version: number;
  theme?: number;
  text?: string;
  owner?: string;
  dueDate?: string | null;
  done?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Jongeren, invited by a link (no account needed)
// ---------------------------------------------------------------------------------------------

/**
 * POST /api/self-check/rounds/:roundId/youth-invitations (klantmanager, teamleider of the team; open
 * round) → 201. One link per jongere: whoever holds it is that one respondent (kind 'jongere').
 * The token is shown once; only its hash is stored.
 */
export interface SelfCheckYouthInvitation {
  token: string;
  /** The web path to send, e.g. '/check/<token>'. */
  path: string;
}

/** GET /api/self-check/invite/:token (public) — the round, the factors and this respondent's own answers. */
export interface SelfCheckInvite {
  roundTitle: string;
  teamName: string;
  themes: { number: number; title: string; factors: { number: FactorNumber; title: string }[] }[];
  answers: SelfCheckAnswer[];
  canAnswer: boolean;
}
/* PUT /api/self-check/invite/:token/answers/:factor (public) with SaveSelfCheckAnswerRequest → SelfCheckAnswer. */
