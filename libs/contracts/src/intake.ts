import type { PersonRef, Phase } from './cases';
import type { Role } from './roles';

/*
 * The intake of a case (in the jongere's perspective, without judging): leefsituatie, needs and
 * wishes, motivation and qualities, the jongere's own story, education and work, urgent obstacles,
 * the information given, the leefgebieden scores, and — only with the jongere's explicit consent —
 * the diversiteitsfactoren (special-category data, AVG art. 9).
 */

// ---------------------------------------------------------------------------------------------
// Choice lists with Dutch labels (the values are stored; the labels are what users read)
// ---------------------------------------------------------------------------------------------

export const HOUSING_SITUATIONS = ['eigen_woning', 'bij_ouders', 'bij_familie_vrienden', 'begeleid_wonen', 'zorginstelling', 'dakloos', 'anders'] as const;
export type HousingSituation = (typeof HOUSING_SITUATIONS)[number];
export const HOUSING_SITUATION_LABELS: Record<HousingSituation, string> = {
  eigen_woning: 'Eigen woning of kamer',
  bij_ouders: 'Bij ouders of verzorgers',
  bij_familie_vrienden: 'Bij familie of vrienden',
  begeleid_wonen: 'Begeleid wonen',
  zorginstelling: 'Zorginstelling',
  dakloos: 'Geen woning (dakloos)',
  anders: 'Anders',
};

export const INCOME_SOURCES = ['geen', 'bijstand', 'werk', 'studiefinanciering', 'uitkering_anders', 'ouders', 'anders'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export const INCOME_SOURCE_LABELS: Record<IncomeSource, string> = {
  geen: 'Geen inkomen',
  bijstand: 'Bijstand',
  werk: 'Werk',
  studiefinanciering: 'Studiefinanciering',
  uitkering_anders: 'Andere uitkering',
  ouders: 'Ouders of verzorgers',
  anders: 'Anders',
};

export const TRANSPORT_OPTIONS = ['ov', 'fiets', 'auto', 'scooter', 'geen', 'anders'] as const;
export type TransportOption = (typeof TRANSPORT_OPTIONS)[number];
export const TRANSPORT_LABELS: Record<TransportOption, string> = {
  ov: 'Openbaar vervoer',
  fiets: 'Fiets',
  auto: 'Auto',
  scooter: 'Scooter of brommer',
  geen: 'Geen vervoer',
  anders: 'Anders',
};

/** Lengths the API accepts; the web form shows the same limits. */
export const INTAKE_LIMITS = {
  /** Short answers such as the last school. */
  shortText: 200,
  /** Notes per subject (housing, debts, health, ...). */
  note: 4000,
  /** Longer free text: the own story, motivation, qualities, work experience. */
  longText: 10000,
  wishText: 1000,
  obstacleDescription: 2000,
  lifeAreaNote: 500,
  consentExplanation: 4000,
  diversityText: 2000,
} as const;

// ---------------------------------------------------------------------------------------------
// The intake record
// ---------------------------------------------------------------------------------------------

/** The fields of the intake form. Every field may be empty (null) while the intake is a draft. */
export interface IntakeFields {
  // Leefsituatie — wonen
  housing: HousingSituation | null;
  /** Does the jongere have a fixed place to sleep every night? */
  fixedSleepingPlace: boolean | null;
  housingNote: string | null;
  // Inkomen en geldzaken
  incomeSource: IncomeSource | null;
  financesNote: string | null;
  hasDebts: boolean | null;
  debtsNote: string | null;
  // Kinderen en kinderopvang
  hasChildren: boolean | null;
  childcareNote: string | null;
  // Vervoer
  transport: TransportOption | null;
  transportNote: string | null;
  // Gezondheid
  healthNote: string | null;
  mentalHealthNote: string | null;
  /** Other support already involved (ggz, schuldhulp, jeugdhulp, ...). */
  supportInvolved: string | null;
  // Wie is de jongere
  /** Motivation, drives and interests. */
  motivation: string | null;
  /** Qualities and talents. */
  qualities: string | null;
  /** The jongere's own story, preferably in their own words. */
  ownStory: string | null;
  // School en werk
  hasStartkwalificatie: boolean | null;
  lastSchool: string | null;
  educationNote: string | null;
  workExperience: string | null;
  // Gegeven informatie
  /** Information about education (opleidingen) was given. */
  infoEducation: boolean;
  /** Information about the labour market was given. */
  infoLabourMarket: boolean;
  /** Information about support options was given. */
  infoSupportOptions: boolean;
}

export type IntakeFieldName = keyof IntakeFields;

/** Every intake field in form order, so the UI can loop over them (e.g. to show what changed after a 409). */
export const INTAKE_FIELD_NAMES = [
  'housing', 'fixedSleepingPlace', 'housingNote', 'incomeSource', 'financesNote', 'hasDebts', 'debtsNote', 'hasChildren', 'childcareNote',
  'transport', 'transportNote', 'healthNote', 'mentalHealthNote', 'supportInvolved', 'motivation', 'qualities', 'ownStory',
  'hasStartkwalificatie', 'lastSchool', 'educationNote', 'workExperience', 'infoEducation', 'infoLabourMarket', 'infoSupportOptions',
] as const satisfies readonly IntakeFieldName[];

/** Dutch labels of the intake fields, as the form shows them. */
export const INTAKE_FIELD_LABELS: Record<IntakeFieldName, string> = {
  housing: 'Woonsituatie',
  fixedSleepingPlace: 'Vaste slaapplek',
  housingNote: 'Toelichting wonen',
  incomeSource: 'Inkomen',
  financesNote: 'Toelichting geldzaken',
  hasDebts: 'Schulden',
  debtsNote: 'Toelichting schulden',
  hasChildren: 'Kinderen',
  childcareNote: 'Kinderen en kinderopvang',
  transport: 'Vervoer',
  transportNote: 'Toelichting vervoer',
  healthNote: 'Gezondheid',
  mentalHealthNote: 'Mentale gezondheid',
  supportInvolved: 'Andere hulp die al meedoet',
  motivation: 'Motivatie, drijfveren en interesses',
  qualities: 'Kwaliteiten en talenten',
  ownStory: 'Het eigen verhaal van de jongere',
  hasStartkwalificatie: 'Startkwalificatie',
  lastSchool: 'Laatste school of opleiding',
  educationNote: 'Toelichting opleiding',
  workExperience: 'Werkervaring',
  infoEducation: 'Informatie gegeven over opleidingen',
  infoLabourMarket: 'Informatie gegeven over de arbeidsmarkt',
  infoSupportOptions: 'Informatie gegeven over ondersteuning',
};

/**
 * PUT /api/cases/:caseId/intake — autosave. Send only the fields that changed (all optional);
 * null empties a field (not allowed for the three info* yes/no fields). Text that is only spaces
 * is stored as empty. `version` is the version you last read; a stale one gets 409 with the
 * current intake (IntakeDetail) in `current`. The first save moves the case from phase
 * 'aanmelding' to 'intake'.
 */
export type UpdateIntakeRequest = Partial<IntakeFields> & { version: number };

/** POST /api/cases/:caseId/intake/complete — mark the intake as done (it stays editable). */
export interface CompleteIntakeRequest {
  version: number;
}

// ---------------------------------------------------------------------------------------------
// Needs and wishes (items, so goals can answer them)
// ---------------------------------------------------------------------------------------------

export const WISH_KINDS = ['behoefte', 'wens'] as const;
export type WishKind = (typeof WISH_KINDS)[number];
export const WISH_KIND_LABELS: Record<WishKind, string> = {
  behoefte: 'Behoefte',
  wens: 'Wens',
};

export interface IntakeWish {
  id: string;
  kind: WishKind;
  text: string;
  /** Who wrote it: the klantmanager, or (later) the jongere in their own words. */
  author: PersonRef & { role: Role };
  createdAt: string;
}

/** POST /api/cases/:caseId/intake/wishes → IntakeWish (201). */
export interface CreateWishRequest {
  kind: WishKind;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Urgent obstacles (solved first; a goal can be made of one)
// ---------------------------------------------------------------------------------------------

export const URGENT_OBSTACLE_KINDS = ['slaapplek', 'schulden', 'kinderopvang', 'vervoer', 'gezondheid', 'anders'] as const;
export type UrgentObstacleKind = (typeof URGENT_OBSTACLE_KINDS)[number];
export const URGENT_OBSTACLE_KIND_LABELS: Record<UrgentObstacleKind, string> = {
  slaapplek: 'Geen vaste slaapplek',
  schulden: 'Schulden',
  kinderopvang: 'Kinderopvang',
  vervoer: 'Vervoer',
  gezondheid: 'Gezondheid',
  anders: 'Anders',
};

export interface UrgentObstacle {
  id: string;
  kind: UrgentObstacleKind;
  description: string;
  /** The goal made of this obstacle (set by the plan), or null. */
  goalId: string | null;
  createdAt: string;
  createdBy: PersonRef;
  /** null while the obstacle is open. */
  resolvedAt: string | null;
}

/** POST /api/cases/:caseId/intake/urgent-obstacles → UrgentObstacle (201). */
export interface CreateUrgentObstacleRequest {
  kind: UrgentObstacleKind;
  description: string;
}

// ---------------------------------------------------------------------------------------------
// Leefgebieden at a glance
// ---------------------------------------------------------------------------------------------

export const LIFE_AREAS = ['wonen', 'geld', 'gezondheid', 'school_werk', 'netwerk'] as const;
export type LifeArea = (typeof LIFE_AREAS)[number];
export const LIFE_AREA_INFO: Record<LifeArea, { label: string; explanation: string }> = {
  wonen: { label: 'Wonen', explanation: 'Heeft de jongere een veilige, vaste plek om te wonen en te slapen?' },
  geld: { label: 'Geld', explanation: 'Inkomen en schulden: kan de jongere rondkomen en heeft hij of zij overzicht over geld en rekeningen?' },
  gezondheid: { label: 'Gezondheid', explanation: 'Hoe gaat het met de jongere, lichamelijk en mentaal? Voelt hij of zij zich goed?' },
  school_werk: { label: 'School en werk', explanation: 'Volgt de jongere een opleiding, heeft hij of zij werk, of is er een duidelijke stap naar school of werk?' },
  netwerk: { label: 'Netwerk', explanation: 'Zijn er mensen om de jongere heen die steunen en helpen, zoals familie, vrienden of een mentor?' },
};

export const LIFE_AREA_SCORES = [1, 2, 3, 4, 5] as const;
export type LifeAreaScoreValue = (typeof LIFE_AREA_SCORES)[number];
/** The 1–5 scale: 1 is an acute problem, 5 is fully self-reliant. */
export const LIFE_AREA_SCALE: Record<LifeAreaScoreValue, { label: string; explanation: string }> = {
  1: { label: 'Acuut probleem', explanation: 'Er is nu een groot probleem. Hier is direct hulp nodig.' },
  2: { label: 'Niet zelfredzaam', explanation: 'Het gaat niet goed. De jongere heeft veel hulp nodig.' },
  3: { label: 'Beperkt zelfredzaam', explanation: 'Het gaat redelijk, maar de jongere heeft nog hulp nodig.' },
  4: { label: 'Voldoende zelfredzaam', explanation: 'Het gaat goed. De jongere heeft af en toe een beetje hulp nodig.' },
  5: { label: 'Volledig zelfredzaam', explanation: 'Het gaat goed. De jongere regelt dit zelf.' },
};

export const LIFE_AREA_MOMENTS = ['intake', 'evaluatie'] as const;
export type LifeAreaMoment = (typeof LIFE_AREA_MOMENTS)[number];
export const LIFE_AREA_MOMENT_LABELS: Record<LifeAreaMoment, string> = {
  intake: 'Intake',
  evaluatie: 'Evaluatie',
};

/** One area's scores: the klantmanager's and the jongere's own. */
export interface LifeAreaScore {
  area: LifeArea;
  staffScore: LifeAreaScoreValue | null;
  youthScore: LifeAreaScoreValue | null;
  note: string | null;
}

/** The scores recorded together at one moment. */
export interface LifeAreaSet {
  moment: LifeAreaMoment;
  recordedAt: string;
  recordedBy: PersonRef;
  /** In the order of LIFE_AREAS; areas not scored at this moment are left out. */
  scores: LifeAreaScore[];
}

/** POST /api/cases/:caseId/life-areas → LifeAreaSet (201). One to five different areas; each with at least one score. */
export interface RecordLifeAreasRequest {
  moment: LifeAreaMoment;
  scores: { area: LifeArea; staffScore?: LifeAreaScoreValue | null; youthScore?: LifeAreaScoreValue | null; note?: string | null }[];
}

/** GET /api/cases/:caseId/life-areas: every recorded set, oldest first, to chart how each area develops. */
export interface LifeAreaHistory {
  sets: LifeAreaSet[];
}

// ---------------------------------------------------------------------------------------------
// Consent and diversiteitsfactoren (special-category data, AVG art. 9)
// ---------------------------------------------------------------------------------------------

export const CONSENT_PURPOSES = ['diversiteitsfactoren'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  diversiteitsfactoren: 'Diversiteitsfactoren vastleggen',
};

/** How the jongere gave consent: in a conversation (recorded by the klantmanager) or through their own login. */
export const CONSENT_CHANNELS = ['gesprek', 'eigen_login'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  gesprek: 'In een gesprek',
  eigen_login: 'Zelf, via de eigen inlog',
};

/** A suggested text (B1) to explain the purpose to the jongere; the klantmanager may adapt it. */
export const DIVERSITY_CONSENT_EXPLANATION =
  'We willen graag weten wat belangrijk voor je is, zoals je achtergrond, je geloof of je gender. ' +
  'Zo kunnen we het plan beter laten passen bij wie jij bent. Dit is privé. Alleen jij en je contactpersoon kunnen het zien. ' +
  'Je hoeft dit niet te doen. Je kunt je toestemming altijd intrekken. Dan wissen we deze gegevens.';

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  /** The explanation the jongere agreed to. */
  explanation: string;
  givenAt: string;
  givenVia: ConsentChannel;
  recordedBy: PersonRef;
  withdrawnAt: string | null;
  withdrawnBy: PersonRef | null;
  /** How it was withdrawn: by the jongere themself (eigen_login) or recorded by staff (gesprek); null while active. */
  withdrawnVia: ConsentChannel | null;
}

/** POST /api/cases/:caseId/consents → Consent (201). Staff record consent given in a conversation. */
export interface RecordConsentRequest {
  purpose: ConsentPurpose;
  explanation: string;
  givenVia: 'gesprek';
}

// POST /api/cases/:caseId/consents/:consentId/withdraw (no body) → Consent: withdraws it and erases the
// diversiteitsfactoren recorded under it, in the same transaction.

/**
 * What a consent purpose means, in plain words (B1), for the jongere. The text they agree to is stored
 * with their consent (Consent.explanation).
 */
export const MY_CONSENT_EXPLANATIONS: Record<ConsentPurpose, string> = {
  diversiteitsfactoren: DIVERSITY_CONSENT_EXPLANATION,
};

/** One purpose the jongere can give or withdraw consent for, and where it stands. */
export interface MyConsentPurpose {
  purpose: ConsentPurpose;
  /** What it means, in plain words (B1). This is the text they agree to. */
  explanation: string;
  /** The consent in force, or null. */
  active: Consent | null;
  /** The last consent that was withdrawn (when none is in force), so they can see when it stopped. */
  lastWithdrawn: Consent | null;
}

/** `GET /api/me/consents` — every purpose, for the jongere's own data. */
export interface MyConsents {
  purposes: MyConsentPurpose[];
}

/**
 * `POST /api/me/consents` → Consent (201): the jongere gives consent themself (givenVia 'eigen_login',
 * recordedBy is the jongere). Already given → 409. Withdraw with
 * `POST /api/me/consents/:consentId/withdraw` (no body) → Consent: what was recorded under it is erased.
 */
export interface GiveMyConsentRequest {
  purpose: ConsentPurpose;
}

export interface DiversityFields {
  /** Cultural or ethnic background. */
  background: string | null;
  genderAndOrientation: string | null;
  religionOrBelief: string | null;
  otherNote: string | null;
}

export type DiversityFieldName = keyof DiversityFields;
export const DIVERSITY_FIELD_LABELS: Record<DiversityFieldName, string> = {
  background: 'Culturele of etnische achtergrond',
  genderAndOrientation: 'Gender en seksuele oriëntatie',
  religionOrBelief: 'Geloof of levensovertuiging',
  otherNote: 'Anders',
};

/**
 * GET/PUT /api/cases/:caseId/diversity (the contact person only; the jongere sees it in the
 * intake). Needs active consent: without it the API answers 409 "Leg eerst de toestemming van de
 * jongere vast.". Before anything is saved the record is empty with version 1.
 */
export interface DiversityInfo extends DiversityFields {
  version: number;
  /** The consent this is recorded under. */
  consentId: string;
  updatedAt: string | null;
  updatedBy: PersonRef | null;
}

/** PUT /api/cases/:caseId/diversity → DiversityInfo. Send only changed fields; null empties one. */
export type UpdateDiversityRequest = Partial<DiversityFields> & { version: number };

// ---------------------------------------------------------------------------------------------
// GET /api/cases/:caseId/intake
// ---------------------------------------------------------------------------------------------

export interface IntakeDetail extends IntakeFields {
  caseId: string;
  version: number;
  /** Set when the klantmanager marked the intake as done. */
  completedAt: string | null;
  updatedAt: string;
  updatedBy: PersonRef | null;
  /** The case's phase and version now (a first save moves the case from 'aanmelding' to 'intake'). */
  case: { phase: Phase; version: number };
  /** Needs and wishes that are not removed, oldest first. */
  wishes: IntakeWish[];
  /** Open obstacles first (oldest first), then the resolved ones (latest resolved first). */
  urgentObstacles: UrgentObstacle[];
  /** Per area the latest score recorded at the intake moment, in the order of LIFE_AREAS. */
  lifeAreas: (LifeAreaScore & { recordedAt: string })[];
  /** The jongere's active consent for diversiteitsfactoren, or null. */
  diversityConsent: Consent | null;
  /**
   * When there is no active consent: the one withdrawn last (by whom and when — the jongere can do it
   * themself), or null.
   */
  withdrawnDiversityConsent: Consent | null;
  /**
   * Only for the case's contact person and the jongere, and only with active consent; otherwise
   * null (never for a teamleider or other staff).
   */
  diversity: DiversityInfo | null;
  /** What the current user may do here; the server enforces the same. */
  permissions: {
    /** Edit the intake, wishes, obstacles and leefgebieden (the contact person). */
    canEdit: boolean;
    /** Record or withdraw consent and fill in the diversiteitsfactoren (the contact person). */
    canManageConsent: boolean;
    /** Whether `diversity` is shown to this user. */
    canSeeDiversity: boolean;
  };
}
