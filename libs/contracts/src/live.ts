/**
 * Live updates (server-sent events, docs/adr/0005-live-updates.md). An event only says THAT something
 * of a case changed and which part, never what: no names, no text. The client refetches that part
 * (with its own access checks and audit).
 */
export const LIVE_TOPICS = ['plan', 'comments', 'proposals', 'wishes', 'milestones', 'contacts', 'handover', 'resync'] as const;

/**
 * plan: versions, goals, steps, agreements, sign-off, evaluation. comments / proposals / wishes: what
 * the jongere wrote around the plan. milestones, contacts: those parts of the case. handover: the
 * contact person or a handover in progress (its note and other staff-only parts are published
 * staff-only). resync: the
 * server may have missed changes (its database connection was away): refetch everything.
 */
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** The data of an SSE message of type `change`. */
export interface LiveEvent {
  caseId: string;
  topic: LiveTopic;
  /** When the change was committed (ISO 8601). */
  at: string;
}

/** SSE message types: `change` (data: LiveEvent) and `ping` (heartbeat, about every 25 s). */
export const LIVE_EVENT_TYPES = { change: 'change', ping: 'ping' } as const;
