import {
  type AnnounceMethod,
  type HandoverCandidate,
  type HandoverDetail,
  type HandoverKind,
  type HandoverMeeting,
  type HandoverRequirement,
  type HandoverStatus,
  type HandoverSummary,
  type HandoverWarmth,
  OPEN_HANDOVER_STATUSES,
  type PersonRef,
} from '@koers/contracts';
import { todayInNl } from '@koers/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../platform/auth/auth-user';
import { daysBetween, type HandoverFacts, missingForWarmSwitch, nextStep, warnings } from './handover.rules';

export type Queryable = Pick<EntityManager, 'query'>;

/** SQL list of the open statuses, for `status IN …`. */
export const OPEN_SQL = `(${OPEN_HANDOVER_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export const isOpen = (status: HandoverStatus): boolean => (OPEN_HANDOVER_STATUSES as readonly string[]).includes(status);

/** pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query(). */
export function rowsOf<R>(result: unknown): R[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as R[];
}

export interface HandoverRow {
  id: string;
  case_id: string;
  team_id: string;
  kind: HandoverKind;
  status: HandoverStatus;
  version: number;
  from_user_id: string | null;
  from_name: string | null;
  to_user_id: string | null;
  to_name: string | null;
  accepted_at: Date | null;
  reason: string;
  planned_switch_date: string | null;
  proposed_by: string | null;
  proposed_at: Date;
  youth_preference_user_id: string | null;
  youth_preference_note: string | null;
  youth_preference_via: 'gesprek' | 'eigen_login' | null;
  youth_preference_recorded_by: string | null;
  youth_preference_recorded_at: Date | null;
  announced_on: string | null;
  announced_how: AnnounceMethod | null;
  announced_note: string | null;
  announced_by: string | null;
  note_works_well: string | null;
  note_avoid: string | null;
  note_open_commitments: string | null;
  note_written_by: string | null;
  note_written_at: Date | null;
  switched_at: Date | null;
  /** switched_at as PostgreSQL text: exact to the microsecond, for keyset cursors. */
  switched_key: string | null;
  switched_by: string | null;
  warmth: HandoverWarmth | null;
  cold_reason: string | null;
  missing_at_switch: HandoverRequirement[];
  predecessor_read_until: Date | null;
  aborted_at: Date | null;
  aborted_by: string | null;
  abort_reason: string | null;
  youth_id: string;
  youth_name: string;
  youth_user_id: string | null;
  case_contact_user_id: string | null;
  case_phase: string;
  handover_notice_days: number;
  handover_min_meetings: number;
  predecessor_read_days: number;
  meeting_count: number;
  meetings_with_contact: number;
}

export const HANDOVER_SELECT = `
  SELECT h.id, h.case_id, h.team_id, h.kind, h.status, h.version, h.from_user_id, fu.name AS from_name, h.to_user_id, tu.name AS to_name,
         h.accepted_at, h.reason, to_char(h.planned_switch_date, 'YYYY-MM-DD') AS planned_switch_date, h.proposed_by, h.proposed_at,
         h.youth_preference_user_id, h.youth_preference_note, h.youth_preference_via, h.youth_preference_recorded_by, h.youth_preference_recorded_at,
         to_char(h.announced_on, 'YYYY-MM-DD') AS announced_on, h.announced_how, h.announced_note, h.announced_by,
         h.note_works_well, h.note_avoid, h.note_open_commitments, h.note_written_by, h.note_written_at,
         h.switched_at, h.switched_at::text AS switched_key, h.switched_by, h.warmth, h.cold_reason, h.missing_at_switch, h.predecessor_read_until,
         h.aborted_at, h.aborted_by, h.abort_reason,
         y.id AS youth_id, y.name AS youth_name, y.user_id AS youth_user_id, c.contact_user_id AS case_contact_user_id, c.phase AS case_phase,
         t.handover_notice_days, t.handover_min_meetings, t.predecessor_read_days,
         (SELECT count(*)::int FROM handover_meeting m WHERE m.handover_id = h.id) AS meeting_count,
         (SELECT count(*)::int FROM handover_meeting m WHERE m.handover_id = h.id AND m.current_contact_present) AS meetings_with_contact
    FROM handover h
    JOIN youth_case c ON c.id = h.case_id
    JOIN youth y ON y.id = c.youth_id
    JOIN team t ON t.id = h.team_id
    LEFT JOIN app_user fu ON fu.id = h.from_user_id
    LEFT JOIN app_user tu ON tu.id = h.to_user_id`;

export function factsOf(r: HandoverRow): HandoverFacts {
  return {
    kind: r.kind,
    hasSuccessor: r.to_user_id !== null,
    accepted: r.accepted_at !== null,
    announcedOn: r.announced_on,
    meetingCount: r.meeting_count,
    meetingsWithContact: r.meetings_with_contact,
    noteWritten: r.note_written_at !== null,
    plannedSwitchDate: r.planned_switch_date,
    noticeDays: r.handover_notice_days,
    minMeetings: r.handover_min_meetings,
  };
}

const person = (id: string | null, name: string | null | undefined): PersonRef | null => (id ? { id, name: name ?? '' } : null);

function hoursWithoutContact(r: HandoverRow): number | null {
  if (r.kind !== 'uitval') return null;
  const end = r.switched_at ?? r.aborted_at ?? new Date();
  return Math.round(((end.getTime() - r.proposed_at.getTime()) / 3_600_000) * 10) / 10;
}

export function toSummary(r: HandoverRow, today = todayInNl()): HandoverSummary {
  const open = isOpen(r.status);
  const f = factsOf(r);
  return {
    id: r.id,
    caseId: r.case_id,
    youthName: r.youth_name,
    kind: r.kind,
    status: r.status,
    from: person(r.from_user_id, r.from_name),
    successor: person(r.to_user_id, r.to_name),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
    plannedSwitchDate: r.planned_switch_date,
    daysToSwitch: open && r.planned_switch_date ? daysBetween(today, r.planned_switch_date) : null,
    nextStep: open ? nextStep(f) : null,
    missing: open && r.kind === 'gepland' ? missingForWarmSwitch(f, r.planned_switch_date && r.planned_switch_date > today ? r.planned_switch_date : today) : [],
    warnings: open ? warnings(f, today) : [],
    meetingCount: r.meeting_count,
    proposedAt: r.proposed_at.toISOString(),
    switchedAt: r.switched_at?.toISOString() ?? null,
    warmth: r.warmth,
    coldReason: r.cold_reason,
    missingAtSwitch: r.missing_at_switch,
    abortReason: r.abort_reason,
    withoutContactHours: hoursWithoutContact(r),
  };
}

export async function loadRow(runner: Queryable, id: string, lock = false): Promise<HandoverRow | null> {
  const rows: HandoverRow[] = await runner.query(`${HANDOVER_SELECT} WHERE h.id = $1${lock ? ' FOR UPDATE OF h' : ''}`, [id]);
  return rows[0] ?? null;
}

/** Who may do what on this handover; the service enforces the same rules. */
export function roleIn(user: AuthUser, r: Pick<HandoverRow, 'team_id' | 'case_contact_user_id' | 'to_user_id'>) {
  return {
    isContact: user.role === 'klantmanager' && r.case_contact_user_id === user.id,
    isLeader: user.role === 'teamleider' && user.teamId === r.team_id,
    isSuccessor: user.role === 'klantmanager' && r.to_user_id === user.id,
  };
}

/** The full handover, for staff with read access to its case (access is checked by the caller). */
export async function loadDetail(runner: Queryable, id: string, user: AuthUser): Promise<HandoverDetail | null> {
  const r = await loadRow(runner, id);
  if (!r) return null;
  // One after the other: in a transaction they share one connection.
  const candidates = (await runner.query(
    `SELECT hc.user_id, u.name, hc.declined_at, hc.declined_reason,
            (SELECT count(*)::int FROM youth_case c WHERE c.contact_user_id = hc.user_id AND c.phase NOT IN ('afgesloten', 'time_out')) AS active_cases
       FROM handover_candidate hc JOIN app_user u ON u.id = hc.user_id
      WHERE hc.handover_id = $1 ORDER BY hc.position`,
    [id],
  )) as { user_id: string; name: string; declined_at: Date | null; declined_reason: string | null; active_cases: number }[];
  const meetings = (await runner.query(
    `SELECT m.id, to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.current_contact_present, m.others_present, m.note, m.recorded_by, u.name AS recorded_by_name, m.created_at,
            m.youth_confirmed_at, m.youth_remark
       FROM handover_meeting m JOIN app_user u ON u.id = m.recorded_by
      WHERE m.handover_id = $1 ORDER BY m.held_on, m.created_at`,
    [id],
  )) as {
    id: string;
    held_on: string;
    current_contact_present: boolean;
    others_present: string | null;
    note: string | null;
    recorded_by: string;
    recorded_by_name: string;
    created_at: Date;
    youth_confirmed_at: Date | null;
    youth_remark: string | null;
  }[];
  const ids = [r.proposed_by, r.youth_preference_user_id, r.youth_preference_recorded_by, r.announced_by, r.note_written_by, r.switched_by, r.aborted_by].filter((x): x is string => !!x);
  const names = new Map<string, string>(
    ids.length ? ((await runner.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[]).map((u) => [u.id, u.name]) : [],
  );
  const ref = (userId: string | null) => person(userId, userId ? names.get(userId) : null);

  const summary = toSummary(r);
  const open = isOpen(r.status);
  const { isContact, isLeader, isSuccessor } = roleIn(user, r);
  const planned = r.kind === 'gepland';
  const toCandidate = (c: (typeof candidates)[number]): HandoverCandidate => ({
    user: { id: c.user_id, name: c.name },
    status: c.declined_at ? 'afgewezen' : c.user_id === r.to_user_id ? (r.accepted_at ? 'geaccepteerd' : 'gekozen') : 'kandidaat',
    declinedReason: c.declined_reason,
    declinedAt: c.declined_at?.toISOString() ?? null,
    preferredByYouth: r.youth_preference_user_id === c.user_id,
    activeCases: c.active_cases,
  });
  const toMeeting = (m: (typeof meetings)[number]): HandoverMeeting => ({
    id: m.id,
    heldOn: m.held_on,
    currentContactPresent: m.current_contact_present,
    othersPresent: m.others_present,
    note: m.note,
    recordedBy: { id: m.recorded_by, name: m.recorded_by_name },
    createdAt: m.created_at.toISOString(),
    youthConfirmedAt: m.youth_confirmed_at?.toISOString() ?? null,
    youthRemark: m.youth_remark,
  });

  return {
    id: r.id,
    caseId: r.case_id,
    youth: { id: r.youth_id, name: r.youth_name },
    kind: r.kind,
    status: r.status,
    version: r.version,
    from: summary.from,
    successor: summary.successor,
    acceptedAt: summary.acceptedAt,
    reason: r.reason,
    plannedSwitchDate: r.planned_switch_date,
    daysToSwitch: summary.daysToSwitch,
    proposedBy: ref(r.proposed_by),
    proposedAt: summary.proposedAt,
    candidates: candidates.map(toCandidate),
    youthPreference: r.youth_preference_recorded_at
      ? {
          candidate: ref(r.youth_preference_user_id),
          note: r.youth_preference_note,
          via: r.youth_preference_via ?? 'gesprek',
          recordedBy: ref(r.youth_preference_recorded_by),
          recordedAt: r.youth_preference_recorded_at.toISOString(),
        }
      : null,
    announcement: r.announced_on && r.announced_how ? { on: r.announced_on, how: r.announced_how, note: r.announced_note, recordedBy: ref(r.announced_by) } : null,
    meetings: meetings.map(toMeeting),
    note:
      r.note_written_at && r.note_works_well !== null
        ? { worksWell: r.note_works_well, avoid: r.note_avoid, openCommitments: r.note_open_commitments, writtenBy: ref(r.note_written_by), writtenAt: r.note_written_at.toISOString() }
        : null,
    rules: { noticeDays: r.handover_notice_days, minMeetings: r.handover_min_meetings, predecessorReadDays: r.predecessor_read_days },
    missing: summary.missing,
    warnings: summary.warnings,
    nextStep: summary.nextStep,
    switchedAt: summary.switchedAt,
    switchedBy: ref(r.switched_by),
    warmth: r.warmth,
    coldReason: r.cold_reason,
    missingAtSwitch: r.missing_at_switch,
    predecessorReadUntil: r.predecessor_read_until?.toISOString() ?? null,
    abortedAt: r.aborted_at?.toISOString() ?? null,
    abortedBy: ref(r.aborted_by),
    abortReason: r.abort_reason,
    withoutContactHours: summary.withoutContactHours,
    permissions: {
      canManage: open && planned && (isContact || isLeader),
      canRespond: open && planned && r.status === 'voorgesteld' && isSuccessor,
      canLogMeeting: open && planned && r.status !== 'voorgesteld' && (isContact || isLeader || isSuccessor),
      canWriteNote: open && planned && (r.status === 'kennismaking' || r.status === 'overdrachtsnotitie') && isContact,
      canSwitch: open && planned && r.to_user_id !== null && (isLeader || (isContact && r.accepted_at !== null)),
    },
  };
}
