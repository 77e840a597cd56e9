import type { PersonRef } from './cases';
import type { IntakeFieldName } from './intake';

/*
 * The werkwijzer ("Wat werkt bij jongeren en arbeid"): 7 themes and 31 success factors with tips,
 * the intake prompts and the explanations of the plan-quality checks. The texts are content: plain
 * files under content/werkwijzer/ (in our own Dutch words), validated at build and at start.
 *
 * On a case, the werkwijzer panel shows per theme which factors the case shows evidence of
 * (computed from the case's data by @koers/domain where possible, otherwise marked by the contact
 * person), and the plan-quality checks.
 */

// ---------------------------------------------------------------------------------------------
// Moments at which a factor's tips matter
// ---------------------------------------------------------------------------------------------

export const WERKWIJZER_MOMENTS = ['intake', 'plan', 'evaluation', 'handover', 'contact', 'milestone', 'workplace', 'network'] as const;
export type WerkwijzerMoment = (typeof WERKWIJZER_MOMENTS)[number];
export const WERKWIJZER_MOMENT_LABELS: Record<WerkwijzerMoment, string> = {
  intake: 'Intake',
  plan: 'Plan maken',
  evaluation: 'Evaluatie',
  handover: 'Overdracht',
  contact: 'Contactmoment',
  milestone: 'Mijlpaal',
  workplace: 'Op de werkplek',
  network: 'Netwerk',
};

// ---------------------------------------------------------------------------------------------
// Content: GET /api/werkwijzer
// ---------------------------------------------------------------------------------------------

/** Factor numbers as in the source: '1.1' … '7.31' (the part after the dot runs on across themes). */
export type FactorNumber = string;

export interface WerkwijzerTip {
  /** Short heading, e.g. "Eerste contact". */
  title: string;
  text: string;
  /** Optional list under the tip (e.g. what to ask at the intake); empty when there is none. */
  points: string[];
}

export interface WerkwijzerFactor {
  number: FactorNumber;
  /** 1–7 */
  theme: number;
  title: string;
  /** A short explanation in our own words. */
  explanation: string;
  tips: WerkwijzerTip[];
  /** Where the tips apply; the case page shows them at these moments. */
  moments: WerkwijzerMoment[];
}

export interface WerkwijzerTheme {
  /** 1–7 */
  number: number;
  title: string;
  introduction: string;
  /** In number order. */
  factors: WerkwijzerFactor[];
}

/** The intake areas that have prompts (questions a klantmanager can ask). */
export const INTAKE_PROMPT_AREAS = [
  'wonen',
  'geld',
  'kinderen',
  'vervoer',
  'gezondheid',
  'hulp',
  'diversiteit',
  'behoeften_wensen',
  'motivatie',
  'kwaliteiten',
  'eigen_verhaal',
  'school_werk',
  'urgente_obstakels',
  'informatie',
] as const;
export type IntakePromptArea = (typeof INTAKE_PROMPT_AREAS)[number];

/**
 * The intake form fields each prompt area belongs to, so the UI can show the questions beside them.
 * Areas without fields are about parts of the intake that are lists or separate records
 * (diversiteitsfactoren, needs and wishes, urgent obstacles).
 */
export const INTAKE_PROMPT_AREA_FIELDS: Record<IntakePromptArea, IntakeFieldName[]> = {
  wonen: ['housing', 'fixedSleepingPlace', 'housingNote'],
  geld: ['incomeSource', 'financesNote', 'hasDebts', 'debtsNote'],
  kinderen: ['hasChildren', 'childcareNote'],
  vervoer: ['transport', 'transportNote'],
  gezondheid: ['healthNote', 'mentalHealthNote'],
  hulp: ['supportInvolved'],
  diversiteit: [],
  behoeften_wensen: [],
  motivatie: ['motivation'],
  kwaliteiten: ['qualities'],
  eigen_verhaal: ['ownStory'],
  school_werk: ['hasStartkwalificatie', 'lastSchool', 'educationNote', 'workExperience'],
  urgente_obstakels: [],
  informatie: ['infoEducation', 'infoLabourMarket', 'infoSupportOptions'],
};

export interface IntakePromptGroup {
  area: IntakePromptArea;
  title: string;
  /** One or two sentences on why this matters; may be empty. */
  introduction: string;
  questions: string[];
  /** The success factors these questions serve. */
  factors: FactorNumber[];
}

/** The plan-quality checks, in the order the panel shows them. */
export const PLAN_QUALITY_RULES = [
  'youth_involved',
  'wishes_and_support',
  'goals_concrete',
  'goals_short_term',
  'goals_linked',
  'urgent_first',
  'evaluation_planned',
  'successes_celebrated',
  'one_contact_person',
  'readability',
  'tone',
] as const;
export type PlanQualityRule = (typeof PLAN_QUALITY_RULES)[number];

/** What a plan-quality check looks at and why, with tips (content). */
export interface PlanQualityRuleInfo {
  rule: PlanQualityRule;
  title: string;
  explanation: string;
  tips: string[];
  factors: FactorNumber[];
}

/** GET /api/werkwijzer — any logged-in staff member (klantmanager, teamleider, beheerder). */
export interface WerkwijzerContent {
  /** In number order, each with its factors. */
  themes: WerkwijzerTheme[];
  /** In the order of INTAKE_PROMPT_AREAS. */
  intakePrompts: IntakePromptGroup[];
  /** In the order of PLAN_QUALITY_RULES. */
  planQualityRules: PlanQualityRuleInfo[];
}

// ---------------------------------------------------------------------------------------------
// The werkwijzer panel of a case: GET /api/cases/:caseId/werkwijzer
// ---------------------------------------------------------------------------------------------

/**
 * evidence: the case's data shows the factor is applied. no-evidence: Koers looked and found none
 * (the evidence text says what is missing). not-computed: Koers cannot judge it from the data (for a
 * manual factor always; for an automatic one when there is nothing to judge yet).
 */
export const FACTOR_EVIDENCE_STATUSES = ['evidence', 'no-evidence', 'not-computed'] as const;
export type FactorEvidenceStatus = (typeof FACTOR_EVIDENCE_STATUSES)[number];

/** The result of one automatic check (computed by computeFactorChecks in @koers/domain). */
export interface FactorCheck {
  factor: FactorNumber;
  status: FactorEvidenceStatus;
  /** Dutch, e.g. "3 mijlpalen gevierd" or "netwerk: mentor betrokken"; null when there is nothing to say. */
  evidence: string | null;
}

/** automatic: Koers computes it from the case's data. manual: the contact person marks it. */
export type FactorSource = 'automatic' | 'manual';

export const FACTOR_MARK_STATUSES = ['toegepast', 'nvt'] as const;
export type FactorMarkStatus = (typeof FACTOR_MARK_STATUSES)[number];
export const FACTOR_MARK_STATUS_LABELS: Record<FactorMarkStatus, string> = {
  toegepast: 'Toegepast',
  nvt: 'Niet van toepassing',
};
export const FACTOR_MARK_NOTE_MAX = 500;

export interface FactorMark {
  status: FactorMarkStatus;
  /** What was done (required for 'toegepast'). Staff only: null in what a jongere receives. */
  note: string | null;
  markedBy: PersonRef;
  /** ISO timestamp. */
  markedAt: string;
}

export interface WerkwijzerPanelFactor {
  number: FactorNumber;
  title: string;
  moments: WerkwijzerMoment[];
  source: FactorSource;
  /** For a manual factor always 'not-computed'. */
  status: FactorEvidenceStatus;
  evidence: string | null;
  /** Only manual factors can be marked; null when not marked. */
  mark: FactorMark | null;
}

export interface WerkwijzerPanelTheme {
  number: number;
  title: string;
  factors: WerkwijzerPanelFactor[];
  /** Factors with evidence or marked 'toegepast'; 'nvt' ones are left out of `applicable`. */
  summary: { applied: number; applicable: number; total: number };
}

export type PlanQualityStatus = 'pass' | 'attention';

export interface PlanQualityCheck {
  rule: PlanQualityRule;
  /** The rule's title from the content, e.g. "De jongere doet mee". */
  title: string;
  status: PlanQualityStatus;
  /** Dutch, names what was found, e.g. "2 doelen hebben nog geen streefdatum: …". */
  reason: string;
}

export interface ReadabilitySentence {
  text: string;
  words: number;
}

export interface JargonHit {
  /** The word as it appears in the plan. */
  word: string;
  /** A plainer way to say it. */
  suggestion: string;
}

/** Flesch–Douma over the plan text the jongere reads; B1 is the target (score 60 or higher). */
export interface ReadabilityReport {
  /** 206.835 − 0.93 × (words/sentences) − 77 × (syllables/words), rounded; null without text. */
  score: number | null;
  /** Dutch label, e.g. "Goed te lezen (B1)". */
  level: string;
  meetsB1: boolean;
  words: number;
  sentences: number;
  averageWordsPerSentence: number;
  /** Sentences of more than 20 words (LONG_SENTENCE_WORDS in @koers/domain). */
  longSentences: ReadabilitySentence[];
  jargon: JargonHit[];
}

export interface ToneReport {
  /** Occurrences of obligation wording ("moet", "verplicht", "sanctie", …). */
  obligationWords: number;
  /** Occurrences of wish and support wording ("wil", "graag", "samen", "helpen", …). */
  supportWords: number;
  /** obligationWords / (obligationWords + supportWords), 0–1; null when neither occurs. */
  obligationShare: number | null;
  /** The obligation words found, distinct, as they appear. */
  obligationExamples: string[];
}

export interface PlanQualityReport {
  /** The version checked: the one being worked on (concept/voorgesteld), else the one in force. */
  planVersion: { id: string; number: number; status: 'concept' | 'voorgesteld' | 'vastgesteld' } | null;
  /** In the order of PLAN_QUALITY_RULES. */
  checks: PlanQualityCheck[];
  /** Null when there is no plan. */
  readability: ReadabilityReport | null;
  tone: ToneReport | null;
}

/** GET /api/cases/:caseId/werkwijzer — anyone with read access to the case. */
export interface WerkwijzerPanel {
  caseId: string;
  /** ISO timestamp of the computation. */
  computedAt: string;
  /** In number order, every factor of each theme. */
  themes: WerkwijzerPanelTheme[];
  planQuality: PlanQualityReport;
  permissions: {
    /** Mark manual factors (the contact person, while the case is not closed). */
    canMark: boolean;
  };
}

/**
 * PUT /api/cases/:caseId/werkwijzer/:factor → WerkwijzerPanelFactor. Only manual factors; the
 * contact person. `note` is required for 'toegepast' (what was done), optional for 'nvt'.
 * DELETE /api/cases/:caseId/werkwijzer/:factor removes the mark (204).
 */
export interface MarkFactorRequest {
  status: FactorMarkStatus;
  note?: string | null;
}
