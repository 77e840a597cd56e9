import type { Page } from './pagination';

export const PHASES = ['aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg', 'afgesloten', 'time_out'] as const;
export type Phase = (typeof PHASES)[number];
/** Phases a case can be moved to directly (time-out and closing have their own requests). */
export const ACTIVE_PHASES = ['aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg'] as const satisfies readonly Phase[];
export type ActivePhase = (typeof ACTIVE_PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  aanmelding: 'Aanmelding',
  intake: 'Intake',
  plan: 'Plan',
  uitvoering: 'Uitvoering',
  nazorg: 'Nazorg',
  afgesloten: 'Afgesloten',
  time_out: 'Time-out',
};

export const PREFERRED_CONTACTS = ['face_to_face', 'whatsapp', 'phone', 'email', 'video'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];
export const PREFERRED_CONTACT_LABELS: Record<PreferredContact, string> = {
  face_to_face: 'Face-to-face',
  whatsapp: 'WhatsApp',
  phone: 'Telefoon',
  email: 'E-mail',
  video: 'Videobellen',
};

/** Signals are computed from the case's data, never set by hand. */
export const SIGNAL_KINDS = ['urgent_obstakel', 'evaluatie_verlopen', 'geen_contact', 'leeftijdsgrens', 'time_out'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SIGNAL_LABELS: Record<SignalKind, string> = {
  urgent_obstakel: 'Urgent obstakel open',
  evaluatie_verlopen: 'Evaluatie verlopen',
  geen_contact: 'Lang geen contact',
  leeftijdsgrens: 'Leeftijdsgrens nadert',
  time_out: 'Time-out',
};

export interface CaseSignal {
  kind: SignalKind;
  /** Dutch, e.g. "Wordt 18 op 12 maart 2027" or "Geen contact sinds 3 weken". */
  detail: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface CaseloadItem {
  id: string;
  youthName: string;
  age: number;
  phase: Phase;
  signals: CaseSignal[];
  nextEvaluationDate: string | null;
  lastContactAt: string | null;
  timeoutUntil: string | null;
  contactPerson: PersonRef | null;
}

export interface CaseloadQuery {
  /** Part of the jongere's name. */
  q?: string;
  phase?: Phase;
  signal?: SignalKind;
  cursor?: string;
  limit?: number;
}

export type CaseloadPage = Page<CaseloadItem>;

export interface RegisterYouthRequest {
  name: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  email?: string;
  phone?: string;
  preferredContact: PreferredContact;
}

/**
 * The jongere's own account in Koers: none yet; invited (linked, but no password chosen yet);
 * active (activated: the jongere has chosen a password); deactivated (switched off by the beheerder,
 * activated or not: the jongere cannot log in, and no activation or reset link can be made).
 */
export const YOUTH_ACCOUNT_STATES = ['none', 'invited', 'active', 'deactivated'] as const;
export type YouthAccountState = (typeof YOUTH_ACCOUNT_STATES)[number];

export interface YouthAccount {
  state: YouthAccountState;
  /**
   * 'invited' only: until when the newest unused activation link works (ISO; may lie in the past:
   * expired). null when there is no unused link (or the state is not 'invited').
   */
  invitationExpiresAt: string | null;
}

export interface YouthDetail {
  id: string;
  name: string;
  dateOfBirth: string;
  age: number;
  email: string | null;
  phone: string | null;
  preferredContact: PreferredContact;
  /** An account is linked to the jongere (invited or active): a new invitation via POST /api/invitations is refused. See `account` for whether they can log in. */
  hasAccount: boolean;
  account: YouthAccount;
}

export interface CaseDetail {
  id: string;
  version: number;
  phase: Phase;
  youth: YouthDetail;
  contactPerson: PersonRef | null;
  team: PersonRef;
  timeout: { reason: string; until: string; returnsTo: ActivePhase } | null;
  closed: { reason: string; at: string } | null;
  signals: CaseSignal[];
  nextEvaluationDate: string | null;
  lastContactAt: string | null;
  createdAt: string;
  /** What the current user may do here; the server enforces the same. */
  permissions: { canEdit: boolean };
}

export interface ChangePhaseRequest {
  phase: ActivePhase;
  version: number;
}

export interface TimeOutRequest {
  reason: string;
  /** Expected return date, YYYY-MM-DD, in the future. */
  until: string;
  version: number;
}

export interface CloseCaseRequest {
  reason: string;
  version: number;
}

export interface ReopenCaseRequest {
  /** The phase the case continues in. */
  phase: ActivePhase;
  version: number;
}
