import type { Page } from './pagination';
import type { Role } from './roles';

/*
 * Inzage (AVG art. 15): everything Koers holds about a jongere, as they may see it. Internal
 * contact moments, the overdrachtsnotitie and other staff-only parts are never in it.
 *
 * GET /api/me/inzage            → InzageExport as a JSON file (attachment)
 * GET /api/me/inzage.pdf        → the same, as a readable PDF
 * GET /api/me/access-log        → AccessLogPage: who looked at or changed the case, newest first
 * GET /api/cases/:caseId/inzage(.pdf) → the same export, made by the case's klantmanager or teamleider
 *                                  for a jongere without a login.
 */

/** One line of "wie keek er in jouw dossier": who, in which role, did what, when. */
export interface AccessLogEntry {
  id: string;
  /** ISO timestamp. */
  at: string;
  /** The person's name; "Koers" for something the system did by itself. */
  actorName: string;
  actorRole: Role | null;
  /** Dutch label of the role, e.g. "Klantmanager"; "Jij" is never used here (the UI decides). */
  actorRoleLabel: string;
  /** True when the jongere did it themself (only in the export; the access-log list leaves these out). */
  byYou: boolean;
  /** Plain Dutch, e.g. "Heeft je plan bekeken". */
  description: string;
}

/** `GET /api/me/access-log?cursor=&limit=` — what others did in the jongere's dossier. */
export type AccessLogPage = Page<AccessLogEntry>;

export interface AccessLogQuery {
  cursor?: string;
  limit?: number;
}

export interface InzagePerson {
  name: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  preferredContact: string;
  /** ISO timestamp: when the jongere was registered in Koers. */
  registeredAt: string;
  /** The jongere's own login, when they have one. */
  account: { email: string | null; createdAt: string; active: boolean } | null;
}

export interface InzageConsent {
  purpose: string;
  /** The explanation the jongere agreed to. */
  explanation: string;
  givenAt: string;
  givenVia: string;
  recordedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

export interface InzageStep {
  text: string;
  /** Who does it: the jongere's name, the klantmanager's, or the network member's. */
  who: string;
  ownerKind: string;
  /** YYYY-MM-DD */
  dueDate: string | null;
  doneAt: string | null;
  writtenBy: string;
}

export interface InzageGoal {
  title: string;
  youthWords: string | null;
  description: string | null;
  status: string;
  /** YYYY-MM-DD */
  targetDate: string | null;
  letGoReason: string | null;
  writtenBy: string;
  steps: InzageStep[];
}

export interface InzageAgreement {
  kind: string;
  /** Dutch heading of the kind, e.g. "Wat de gemeente voor je doet". */
  kindLabel: string;
  text: string;
}

export interface InzagePlanVersion {
  number: number;
  status: string;
  statusLabel: string;
  createdAt: string;
  /** YYYY-MM-DD */
  evaluationDate: string | null;
  consequences: string | null;
  goals: InzageGoal[];
  agreements: InzageAgreement[];
  signOff: {
    proposedAt: string | null;
    staffAgreedAt: string | null;
    staffAgreedBy: string | null;
    youthAgreedAt: string | null;
    youthAgreedVia: string | null;
    establishedAt: string | null;
  };
  evaluation: { wentWell: string; wasHard: string; changes: string; youthView: string | null; evaluatedAt: string; evaluatedBy: string | null } | null;
}

export interface InzageIntake {
  /** Each filled-in field with its Dutch label; empty fields are left out. */
  fields: { field: string; label: string; value: string }[];
  completedAt: string | null;
  updatedAt: string;
  wishes: { kind: string; text: string; writtenBy: string; createdAt: string; removedAt: string | null }[];
  urgentObstacles: { kind: string; description: string; createdAt: string; resolvedAt: string | null }[];
  lifeAreas: { area: string; moment: string; staffScore: number | null; youthScore: number | null; note: string | null; recordedAt: string }[];
  /**
   * Diversiteitsfactoren (special-category data): only when Koers holds them (with active consent).
   * `withheld` is true when the staff member who made this export may not see them.
   */
  diversity: { fields: { field: string; label: string; value: string }[]; consentGivenAt: string; updatedAt: string } | null;
  diversityWithheld: boolean;
}

export interface InzageCase {
  id: string;
  phase: string;
  phaseLabel: string;
  startedAt: string;
  closedAt: string | null;
  closedReason: string | null;
  timeout: { reason: string; until: string } | null;
  team: string;
  contactPerson: { name: string; email: string | null } | null;
  planVersions: InzagePlanVersion[];
  goalComments: { goal: string | null; text: string; writtenBy: string; createdAt: string }[];
  /** What the jongere proposed for the plan, with the klantmanager's reply. */
  proposals: { kind: string; text: string; status: string; reply: string | null; createdAt: string }[];
  intake: InzageIntake | null;
  /** Never the internal ones. Newest first. */
  contactMoments: { occurredAt: string; kind: string; note: string | null; with: string }[];
  milestones: { title: string; achievedOn: string; goal: string | null; certificateName: string | null; note: string | null; createdBy: string }[];
  network: { name: string; relation: string; organisation: string | null; phone: string | null; email: string | null; roleInPlan: string | null; isLead: boolean; removedAt: string | null }[];
  /** Without the overdrachtsnotitie and other staff-only parts. */
  handovers: {
    status: string;
    from: string | null;
    to: string | null;
    plannedSwitchDate: string | null;
    yourPreference: { candidate: string | null; note: string | null; recordedAt: string } | null;
    announcedOn: string | null;
    /** Without the meeting notes (staff-only). */
    meetings: { heldOn: string; currentContactPresent: boolean; confirmedByYouAt: string | null; yourRemark: string | null }[];
    switchedAt: string | null;
    abortedAt: string | null;
  }[];
}

export interface InzageExport {
  /** ISO timestamp. */
  generatedAt: string;
  /** What this file is, in plain Dutch. */
  about: string;
  person: InzagePerson;
  consents: InzageConsent[];
  cases: InzageCase[];
  notifications: { title: string; body: string | null; createdAt: string; readAt: string | null }[];
  /** Who looked at or changed the dossier (also what the jongere did), newest first. */
  accessLog: AccessLogEntry[];
}
