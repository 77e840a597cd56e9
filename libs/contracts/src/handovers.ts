import type { Phase, PersonRef } from './cases';
import type { Page } from './pagination';

/**
 * Contactpersoon and warme overdracht (handover).
 *
 * Every case that is not closed has exactly one contact person (the database enforces it). A change
 * of contact person is a handover with its own record and states:
 *   voorgesteld → aangekondigd → kennismaking → overdrachtsnotitie → overgedragen
 * or afgebroken (with a reason) from any open state. A switch without the team's required notice,
 * meetings or note is allowed only with a reason and is marked koud (cold).
 *
 * Access while a handover runs: the chosen successor may read the case (read-only) from the moment
 * they are chosen; at the switch they become the contact person (full access); the former contact
 * person keeps read access until `predecessorReadUntil`, then loses it.
 */

export const HANDOVER_STATUSES = ['voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie', 'overgedragen', 'afgebroken'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
export const OPEN_HANDOVER_STATUSES = ['voorgesteld', 'aangekondigd', 'kennismaking', 'overdrachtsnotitie'] as const satisfies readonly HandoverStatus[];
export type OpenHandoverStatus = (typeof OPEN_HANDOVER_STATUSES)[number];
export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, string> = {
  voorgesteld: 'Voorgesteld',
  aangekondigd: 'Aangekondigd',
  kennismaking: 'Kennismaking',
  overdrachtsnotitie: 'Overdrachtsnotitie',
  overgedragen: 'Overgedragen',
  afgebroken: 'Afgebroken',
};

/** gepland: started by the contact person or the teamleider. uitval: the contact person's account was deactivated. */
export const HANDOVER_KINDS = ['gepland', 'uitval'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];
export const HANDOVER_KIND_LABELS: Record<HandoverKind, string> = {
  gepland: 'Geplande overdracht',
  uitval: 'Contactpersoon uitgevallen',
};

export const HANDOVER_WARMTHS = ['warm', 'koud'] as const;
export type HandoverWarmth = (typeof HANDOVER_WARMTHS)[number];
export const HANDOVER_WARMTH_LABELS: Record<HandoverWarmth, string> = { warm: 'Warm', koud: 'Koud' };

/** What a warm handover needs before the switch. Anything missing makes the switch cold. */
export const HANDOVER_REQUIREMENTS = [
  'acceptatie',
  'aankondiging',
  'aankondiging_op_tijd',
  'kennismakingen',
  'kennismaking_met_contactpersoon',
  'overdrachtsnotitie',
] as const;
export type HandoverRequirement = (typeof HANDOVER_REQUIREMENTS)[number];
export const HANDOVER_REQUIREMENT_LABELS: Record<HandoverRequirement, string> = {
  acceptatie: 'De opvolger heeft de overdracht geaccepteerd',
  aankondiging: 'De jongere weet van de overdracht',
  aankondiging_op_tijd: 'De jongere hoorde het ruim op tijd',
  kennismakingen: 'Genoeg kennismakingsgesprekken',
  kennismaking_met_contactpersoon: 'Minstens één kennismaking samen met de huidige contactpersoon',
  overdrachtsnotitie: 'De overdrachtsnotitie is geschreven',
};

/** The next thing to do in an open handover (what the teamleider's view shows as "missing"). */
export const HANDOVER_NEXT_STEPS = [
  'opvolger_kiezen',
  'wacht_op_acceptatie',
  'aankondigen',
  'kennismaken',
  'notitie_schrijven',
  'overdragen',
  'contactpersoon_toewijzen',
] as const;
export type HandoverNextStep = (typeof HANDOVER_NEXT_STEPS)[number];
export const HANDOVER_NEXT_STEP_LABELS: Record<HandoverNextStep, string> = {
  opvolger_kiezen: 'Opvolger kiezen',
  wacht_op_acceptatie: 'Wacht op acceptatie door de opvolger',
  aankondigen: 'Jongere vertellen over de overdracht',
  kennismaken: 'Kennismaking plannen',
  notitie_schrijven: 'Overdrachtsnotitie schrijven',
  overdragen: 'Klaar om over te dragen',
  contactpersoon_toewijzen: 'Contactpersoon toewijzen',
};

/** How the jongere was told. */
export const ANNOUNCE_METHODS = ['face_to_face', 'phone', 'whatsapp', 'video', 'email', 'brief'] as const;
export type AnnounceMethod = (typeof ANNOUNCE_METHODS)[number];
export const ANNOUNCE_METHOD_LABELS: Record<AnnounceMethod, string> = {
  face_to_face: 'In een gesprek',
  phone: 'Telefonisch',
  whatsapp: 'Via WhatsApp',
  video: 'Videobellen',
  email: 'Per e-mail',
  brief: 'Per brief',
};

export const HANDOVER_LIMITS = {
  reason: 1000,
  note: 4000,
  meetingNote: 2000,
  othersPresent: 300,
  maxCandidates: 10,
  maxBulk: 200,
} as const;

export type HandoverCandidateStatus = 'kandidaat' | 'gekozen' | 'geaccepteerd' | 'afgewezen';

export interface HandoverCandidate {
  user: PersonRef;
  status: HandoverCandidateStatus;
  /** Why they declined (when afgewezen). */
  declinedReason: string | null;
  declinedAt: string | null;
  /** The jongere prefers this candidate. */
  preferredByYouth: boolean;
  /** Their current number of active cases (for the decision). */
  activeCases: number;
}

export interface HandoverYouthPreference {
  /** Null: the jongere has no preference. */
  candidate: PersonRef | null;
  note: string | null;
  /** gesprek: recorded by staff after a talk; eigen_login: given by the jongere through their own login (`POST /api/me/handover/preference`). */
  via: 'gesprek' | 'eigen_login';
  recordedBy: PersonRef | null;
  recordedAt: string;
}

export interface HandoverAnnouncement {
  /** YYYY-MM-DD */
  on: string;
  how: AnnounceMethod;
  note: string | null;
  recordedBy: PersonRef | null;
}

export interface HandoverMeeting {
  id: string;
  /** YYYY-MM-DD */
  heldOn: string;
  /** Whether the current contact person was there (the jongere and the successor always are). */
  currentContactPresent: boolean;
  /** Others who were there, e.g. "moeder". */
  othersPresent: string | null;
  note: string | null;
  recordedBy: PersonRef;
  createdAt: string;
  /** ISO timestamp when the jongere confirmed (own login) that it took place; null while not. */
  youthConfirmedAt: string | null;
  /** The jongere's remark with the confirmation (theirs, shown to staff). */
  youthRemark: string | null;
}

/** The overdrachtsnotitie: staff only. */
export interface HandoverNote {
  worksWell: string;
  avoid: string | null;
  openCommitments: string | null;
  writtenBy: PersonRef | null;
  writtenAt: string;
}

export interface HandoverWarning {
  code: 'aankondiging_te_laat' | 'datum_verstreken' | 'te_weinig_kennismakingen';
  /** Dutch, shown as is. */
  message: string;
}

/** The team rules a handover is measured against. */
export interface HandoverRules {
  /** Tell the jongere at least this many days before the switch. */
  noticeDays: number;
  /** At least this many introductory meetings before the switch. */
  minMeetings: number;
  /** The former contact person keeps read access this many days. */
  predecessorReadDays: number;
}

export interface HandoverPermissions {
  /** Plan, candidates, preference, choose, announce, abort: the current contact person or the teamleider. */
  canManage: boolean;
  /** Accept or decline: the chosen successor. */
  canRespond: boolean;
  /** Log an introductory meeting: contact person, successor or teamleider. */
  canLogMeeting: boolean;
  /** Write the overdrachtsnotitie: the current contact person. */
  canWriteNote: boolean;
  /** Switch now (warm, or cold with a reason). */
  canSwitch: boolean;
}

export interface HandoverDetail {
  id: string;
  caseId: string;
  youth: PersonRef;
  kind: HandoverKind;
  status: HandoverStatus;
  version: number;
  /** The contact person when the handover started. */
  from: PersonRef | null;
  /** The chosen successor, or null while none is chosen. */
  successor: PersonRef | null;
  acceptedAt: string | null;
  reason: string;
  /** YYYY-MM-DD; null for uitval. */
  plannedSwitchDate: string | null;
  /** Days from today to the planned switch (negative: past). Null when closed or no date. */
  daysToSwitch: number | null;
  proposedBy: PersonRef | null;
  proposedAt: string;
  candidates: HandoverCandidate[];
  youthPreference: HandoverYouthPreference | null;
  announcement: HandoverAnnouncement | null;
  meetings: HandoverMeeting[];
  note: HandoverNote | null;
  rules: HandoverRules;
  /** Open handovers: what a warm switch still needs now. Closed: empty. */
  missing: HandoverRequirement[];
  warnings: HandoverWarning[];
  nextStep: HandoverNextStep | null;
  switchedAt: string | null;
  switchedBy: PersonRef | null;
  warmth: HandoverWarmth | null;
  coldReason: string | null;
  /** What was missing at the switch (why it is koud). */
  missingAtSwitch: HandoverRequirement[];
  /** ISO timestamp until which the former contact person may read the case. */
  predecessorReadUntil: string | null;
  abortedAt: string | null;
  abortedBy: PersonRef | null;
  abortReason: string | null;
  /** uitval: hours the case was (or is so far) without contact person. */
  withoutContactHours: number | null;
  permissions: HandoverPermissions;
}

/** A row in handover lists (teamleider's views, "mijn overdrachten"). */
export interface HandoverSummary {
  id: string;
  caseId: string;
  youthName: string;
  kind: HandoverKind;
  status: HandoverStatus;
  from: PersonRef | null;
  successor: PersonRef | null;
  acceptedAt: string | null;
  plannedSwitchDate: string | null;
  daysToSwitch: number | null;
  nextStep: HandoverNextStep | null;
  missing: HandoverRequirement[];
  warnings: HandoverWarning[];
  meetingCount: number;
  proposedAt: string;
  switchedAt: string | null;
  warmth: HandoverWarmth | null;
  coldReason: string | null;
  missingAtSwitch: HandoverRequirement[];
  abortReason: string | null;
  withoutContactHours: number | null;
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** `POST /api/cases/:caseId/handovers` — contact person or teamleider. One candidate is chosen at once. */
export interface ProposeHandoverRequest {
  /** Active klantmanagers of the case's team, not the current contact person; 1–10. */
  candidateUserIds: string[];
  reason: string;
  /** YYYY-MM-DD, today or later. */
  plannedSwitchDate: string;
}

/** `PATCH /api/handovers/:handoverId` — change the plan while open. */
export interface UpdateHandoverRequest {
  reason?: string;
  plannedSwitchDate?: string;
  version: number;
}

/** Every write to a handover carries its version: a stale one gets 409 with `current: HandoverDetail`. */
export interface HandoverVersionRequest {
  version: number;
}

/** `POST /api/handovers/:handoverId/candidates` */
export interface AddHandoverCandidateRequest {
  userId: string;
  version: number;
}

/** `POST /api/handovers/:handoverId/youth-preference` — recorded by staff for now. */
export interface RecordYouthPreferenceRequest {
  /** One of the candidates, or null for "geen voorkeur". */
  candidateUserId: string | null;
  note?: string | null;
  version: number;
}

/** `POST /api/handovers/:handoverId/choose` */
export interface ChooseSuccessorRequest {
  candidateUserId: string;
  version: number;
}

/** `POST /api/handovers/:handoverId/decline` — the chosen successor. */
export interface DeclineHandoverRequest {
  reason: string;
  version: number;
}

/** `POST /api/handovers/:handoverId/announce` */
export interface AnnounceHandoverRequest {
  /** YYYY-MM-DD, not in the future. */
  announcedOn: string;
  how: AnnounceMethod;
  note?: string | null;
  version: number;
}

/** `POST /api/handovers/:handoverId/meetings` */
export interface LogHandoverMeetingRequest {
  /** YYYY-MM-DD, not in the future. */
  heldOn: string;
  currentContactPresent: boolean;
  othersPresent?: string | null;
  note?: string | null;
  version: number;
}

/** `PUT /api/handovers/:handoverId/note` — the current contact person. */
export interface WriteHandoverNoteRequest {
  worksWell: string;
  avoid?: string | null;
  openCommitments?: string | null;
  version: number;
}

/** `POST /api/handovers/:handoverId/switch` */
export interface SwitchHandoverRequest {
  /** Required when something is missing (the switch is then koud): e.g. illness, emergency. */
  coldReason?: string | null;
  version: number;
}

/** `POST /api/handovers/:handoverId/abort` */
export interface AbortHandoverRequest {
  reason: string;
  version: number;
}

/** `POST /api/cases/:caseId/contact-person` — teamleider, for a case "zonder contactpersoon". */
export interface AssignContactPersonRequest {
  userId: string;
  /** The case's version (CaseDetail.version / CaseWithoutContact.caseVersion). */
  version: number;
}

/** `GET /api/cases/:caseId/contact-person` — also for the jongere. */
export interface ContactPersonInfo {
  person: { id: string; name: string; email: string | null } | null;
  /** ISO timestamp: the case is on the teamleider's "zonder contactpersoon" list since then. */
  withoutContactSince: string | null;
  /** A handover in progress (for a jongere only once it has been announced). */
  upcoming: { successor: PersonRef | null; plannedSwitchDate: string | null; status: OpenHandoverStatus } | null;
}

/** `GET /api/handovers?direction=` — a klantmanager's open handovers. */
export interface MyHandoversQuery {
  /** outgoing: I am the contact person. incoming: I am the chosen successor, or a candidate while no successor is chosen. Default: both. */
  direction?: 'incoming' | 'outgoing';
  cursor?: string;
  limit?: number;
}

export type HandoverPage = Page<HandoverSummary>;

// ---------------------------------------------------------------------------------------------
// Teamleider
// ---------------------------------------------------------------------------------------------

/** `POST /api/team/handovers/spread` — a proposal only, nothing is written. */
export interface SpreadCasesRequest {
  caseIds: string[];
  successorUserIds: string[];
}

export interface HandoverAssignment {
  caseId: string;
  successorUserId: string;
}

export interface SpreadCasesResult {
  /** Each case to the colleague with the fewest active cases at that point. */
  assignments: HandoverAssignment[];
  /** Active cases per chosen colleague, before and after. */
  caseload: { user: PersonRef; activeCasesBefore: number; activeCasesAfter: number }[];
}

/** `POST /api/team/handovers` — plan handovers for many cases at once (all or nothing). */
export interface PlanBulkHandoversRequest {
  reason: string;
  /** YYYY-MM-DD, today or later. */
  plannedSwitchDate: string;
  assignments: HandoverAssignment[];
}

export interface PlanBulkHandoversResult {
  handovers: HandoverSummary[];
}

/** `GET /api/team/handovers?cursor=&limit=` — the team's handovers in progress, soonest switch first. */
export interface TeamHandoverListQuery {
  cursor?: string;
  limit?: number;
}

/** `GET /api/team/handovers/completed?from=&to=&warmth=` */
export interface CompletedHandoversQuery {
  /** YYYY-MM-DD (default: 90 days ago). */
  from?: string;
  /** YYYY-MM-DD inclusive (default: today). */
  to?: string;
  warmth?: HandoverWarmth;
  cursor?: string;
  limit?: number;
}

export interface CompletedHandoversPage extends Page<HandoverSummary> {
  /** Counts over the whole period (not just this page). */
  totals: { warm: number; koud: number };
}

/** `GET /api/team/cases-without-contact` */
export interface CaseWithoutContact {
  caseId: string;
  /** For AssignContactPersonRequest.version. */
  caseVersion: number;
  youthName: string;
  phase: Phase;
  /** ISO timestamp. */
  withoutContactSince: string;
  /** Hours so far. */
  hoursWithoutContact: number;
  formerContact: PersonRef | null;
  handoverId: string | null;
}

export type CasesWithoutContactPage = Page<CaseWithoutContact>;

/** `GET /api/team/handovers/warm-share?months=12` — oldest month first, every month present. */
export interface WarmShareMonth {
  /** YYYY-MM */
  month: string;
  warm: number;
  koud: number;
  /** warm / (warm + koud), 0–1; null when there were none. */
  warmShare: number | null;
}

export interface WarmShareQuery {
  /** 1–36, default 12. */
  months?: number;
}

/** `GET /api/team/caseload?noContactWeeks=` — per active klantmanager of the team. */
export interface CaseloadCountsQuery {
  /** Default: the team's setting. */
  noContactWeeks?: number;
}

export interface KlantmanagerCaseload {
  user: PersonRef;
  /** Not closed and not in time-out. */
  activeCases: number;
  timeOut: number;
  overdueEvaluations: number;
  /** Active cases without a contactmoment for noContactWeeks or more. */
  noContact: number;
  /** Open handovers where they are the chosen successor. */
  incomingHandovers: number;
  /** Open handovers of their cases. */
  outgoingHandovers: number;
}

export interface CaseloadCounts {
  noContactWeeks: number;
  items: KlantmanagerCaseload[];
}

/**
 * `GET /api/cases/:caseId/handover-candidates` — for whoever may start a handover on the case (its
 * contact person, the teamleider of its team): the active klantmanagers of the case's team, without
 * the current contact person, with their caseload.
 */
export interface HandoverCandidateOption {
  user: PersonRef;
  /** Not closed and not in time-out. */
  activeCases: number;
}

export interface HandoverCandidateOptions {
  items: HandoverCandidateOption[];
}

/** `GET /api/team/klantmanagers/:userId/cases` — a klantmanager's open cases, for "iemand vertrekt" (teamleider). */
export interface LeavingCaseItem {
  caseId: string;
  youthName: string;
  phase: Phase;
  /** A handover is already in progress: the case cannot be planned again. */
  openHandoverId: string | null;
}

export type LeavingCasesPage = Page<LeavingCaseItem>;

/** `GET|PATCH /api/teams/:teamId/handover-settings` — teamleider of that team, or beheerder. */
export interface HandoverSettings extends HandoverRules {
  teamId: string;
  /** Changes with every save of these settings; send it back with a change (stale → 409 with the current settings). */
  version: number;
}

export interface UpdateHandoverSettingsRequest {
  /** The version the user saw. */
  version: number;
  noticeDays?: number;
  minMeetings?: number;
  predecessorReadDays?: number;
}

export const HANDOVER_SETTING_LIMITS = {
  noticeDays: { min: 0, max: 90, default: 14 },
  minMeetings: { min: 0, max: 10, default: 2 },
  predecessorReadDays: { min: 0, max: 90, default: 14 },
} as const;
