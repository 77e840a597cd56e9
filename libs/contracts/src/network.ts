/** The people around a jongere (netwerk): personal relations and partner organisations. */
export const PERSONAL_RELATIONS = ['ouder', 'huisgenoot', 'mentor', 'leeftijdgenoot'] as const;
export const PARTNER_RELATIONS = ['school', 'rmc', 'uwv', 'schuldhulp', 'ggz', 'werkgever', 'jongerenwerk', 'anders'] as const;
export const NETWORK_RELATIONS = [...PERSONAL_RELATIONS, ...PARTNER_RELATIONS] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];
export type PersonalRelation = (typeof PERSONAL_RELATIONS)[number];
export type PartnerRelation = (typeof PARTNER_RELATIONS)[number];

export const NETWORK_RELATION_LABELS: Record<NetworkRelation, string> = {
  ouder: 'Ouder of verzorger',
  huisgenoot: 'Huisgenoot',
  mentor: 'Mentor of buddy',
  leeftijdgenoot: 'Leeftijdgenoot',
  school: 'School',
  rmc: 'RMC (leerplicht en voortijdig schoolverlaten)',
  uwv: 'UWV',
  schuldhulp: 'Schuldhulpverlening',
  ggz: 'GGZ',
  werkgever: 'Werkgever',
  jongerenwerk: 'Jongerenwerk',
  anders: 'Andere organisatie',
};

/** Group headings for a relation picker. */
export const NETWORK_RELATION_GROUP_LABELS = {
  personal: 'Mensen om de jongere heen',
  partner: 'Organisaties',
} as const;

/** The label for the one member (per case) who is marked eindverantwoordelijke. */
export const NETWORK_LEAD_LABEL = 'Eindverantwoordelijke';

export const NETWORK_NAME_MAX = 200;
export const NETWORK_ORGANISATION_MAX = 200;
export const NETWORK_ROLE_IN_PLAN_MAX = 1000;
/** Active members per case; the list is returned whole (not paginated). */
export const NETWORK_MAX_MEMBERS = 100;

export interface NetworkMember {
  id: string;
  caseId: string;
  name: string;
  relation: NetworkRelation;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  /** What this person or organisation does in the plan. */
  roleInPlan: string | null;
  /** Eindverantwoordelijke: at most one per case. */
  isLead: boolean;
  /**
   * Open plan steps this member owns (not done, in the current or in-progress plan version, under a
   * goal that is still open). A member with open steps cannot be removed.
   */
  openSteps: number;
  /** ISO timestamp. */
  createdAt: string;
}

/** `GET /api/cases/:caseId/network` — all active members: the eindverantwoordelijke first, then by name. */
export interface NetworkMemberList {
  items: NetworkMember[];
}

export interface CreateNetworkMemberRequest {
  name: string;
  relation: NetworkRelation;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
  roleInPlan?: string | null;
  /** true moves the eindverantwoordelijke mark to this member (it is taken off whoever had it). */
  isLead?: boolean;
}

/**
 * Only the fields given change; null clears an optional field. isLead true moves the mark to this
 * member; false takes it off.
 */
export interface UpdateNetworkMemberRequest {
  name?: string;
  relation?: NetworkRelation;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
  roleInPlan?: string | null;
  isLead?: boolean;
}
