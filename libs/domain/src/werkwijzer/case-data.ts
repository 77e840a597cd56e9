import type { AgreementKind, GoalStatus, NetworkRelation, Phase, PersonRef, Role, StepOwnerKind, UrgentObstacleKind, WishKind } from '@koers/contracts';
import type { IsoDate } from '../dates';

/*
 * The facts of one case that the werkwijzer checks and the plan-quality checks read: a plain data
 * object (no database, no HTTP), gathered by the API with a few queries and passed to
 * computeFactorChecks and checkPlanQuality. Dates are 'YYYY-MM-DD'.
 */

/** Which parts of the intake have been filled in (values are not needed, only whether they are there). */
export interface IntakeFacts {
  /** The klantmanager marked the intake as done. */
  completed: boolean;
  /** Woonsituatie or vaste slaapplek. */
  housing: boolean;
  /** Inkomen, geldzaken or schulden. */
  finances: boolean;
  /** Kinderen and kinderopvang. */
  children: boolean;
  transport: boolean;
  /** Physical or mental health. */
  health: boolean;
  motivation: boolean;
  qualities: boolean;
  ownStory: boolean;
  infoEducation: boolean;
  infoLabourMarket: boolean;
  infoSupportOptions: boolean;
}

export interface WishFact {
  id: string;
  kind: WishKind;
}

export interface ObstacleFact {
  id: string;
  kind: UrgentObstacleKind;
  resolved: boolean;
}

export interface StepFact {
  text: string;
  ownerKind: StepOwnerKind;
  ownerNetworkMemberId: string | null;
  dueDate: IsoDate | null;
  done: boolean;
  authorRole: Role;
}

export interface GoalFact {
  id: string;
  lineageId: string;
  title: string;
  description: string | null;
  youthWords: string | null;
  authorRole: Role;
  /** The need or wish from the intake this goal answers. */
  wish: { id: string; kind: WishKind } | null;
  urgentObstacleId: string | null;
  /** Lower comes first. */
  priority: number;
  targetDate: IsoDate | null;
  status: GoalStatus;
  steps: StepFact[];
}

export interface AgreementFact {
  kind: AgreementKind;
  text: string;
  authorRole: Role;
}

/** The plan version that is checked: the one being worked on (concept/voorgesteld), else the one in force. */
export interface PlanFacts {
  id: string;
  number: number;
  status: 'concept' | 'voorgesteld' | 'vastgesteld';
  evaluationDate: IsoDate | null;
  /** The jongere agreed to this version. */
  youthAgreed: boolean;
  consequences: string | null;
  /** In order of priority. */
  goals: GoalFact[];
  agreements: AgreementFact[];
}

export interface MilestoneFact {
  achievedOn: IsoDate;
  goalLineageId: string | null;
  certificateName: string | null;
}

export interface ContactFacts {
  total: number;
  /** Face-to-face or by video. */
  personal: number;
  lastOn: IsoDate | null;
}

export interface NetworkFact {
  id: string;
  relation: NetworkRelation;
  isLead: boolean;
  /** A role in the plan is written down for this person or organisation. */
  hasRoleInPlan: boolean;
}

/**
 * A change of contact person. Handovers are recorded by a later feature (warme overdracht); until
 * then this list is empty and the checks use what the data has now.
 */
export interface HandoverFact {
  on: IsoDate;
  /** Meetings of the jongere with the new contact person before the switch. */
  introductionsBefore: number;
  /** The jongere was told in good time, met the successor more than once and the old contact introduced the new one. */
  warm: boolean;
}

export interface WerkwijzerCaseData {
  today: IsoDate;
  phase: Phase;
  contactPerson: PersonRef | null;
  handovers: HandoverFact[];
  /** The team's "geen contact" threshold in weeks. */
  noContactWeeks: number;
  intake: IntakeFacts;
  /** Needs and wishes that are not removed. */
  wishes: WishFact[];
  urgentObstacles: ObstacleFact[];
  plan: PlanFacts | null;
  /** The jongere agreed to some version of the plan (also an earlier one). */
  youthAgreedToAnyVersion: boolean;
  milestones: MilestoneFact[];
  contacts: ContactFacts;
  network: NetworkFact[];
}
