import type { PersonRef } from './cases';
import type { Page } from './pagination';

/** Limits the API enforces on a milestone (mijlpaal); the web form can use them for its own hints. */
export const MILESTONE_TITLE_MAX = 200;
export const MILESTONE_CERTIFICATE_NAME_MAX = 200;
export const MILESTONE_NOTE_MAX = 2000;

/**
 * A mijlpaal: an intermediate success, named and celebrated. It may celebrate a goal (by the goal's
 * lineage, which stays the same across plan versions) and may come with a printable certificate.
 */
export interface Milestone {
  id: string;
  caseId: string;
  title: string;
  /** The day it was achieved, YYYY-MM-DD (never in the future). */
  achievedOn: string;
  /** The goal it celebrates: the lineage id of the goal across plan versions, or null. */
  goalLineageId: string | null;
  /** The title of the newest version of that goal, for display; null without a goal. */
  goalTitle: string | null;
  /** The skill or course on the certificate; null when the milestone has no certificate. */
  certificateName: string | null;
  /** Where the certificate PDF is (relative to the site), or null when there is none. */
  certificateUrl: string | null;
  note: string | null;
  createdBy: PersonRef;
  /** ISO timestamp. */
  createdAt: string;
  /** When the jongere first saw it (ISO timestamp); null means: not celebrated yet in their view. */
  seenByYouthAt: string | null;
}

export interface CreateMilestoneRequest {
  title: string;
  /** YYYY-MM-DD, today or earlier. */
  achievedOn: string;
  /** A goal lineage id of this case (e.g. when a goal was reached and the UI proposes the milestone). */
  goalLineageId?: string | null;
  /** The skill or course; give it to make the milestone printable as a certificate. */
  certificateName?: string | null;
  note?: string | null;
}

/** `GET /api/cases/:caseId/milestones?cursor=&limit=` — newest first (achievedOn, then creation). */
export interface MilestoneListQuery {
  cursor?: string;
  limit?: number;
}

export type MilestonePage = Page<Milestone>;
