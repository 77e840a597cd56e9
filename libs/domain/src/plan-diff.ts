import {
  AGREEMENT_KINDS,
  type AgreementKind,
  GOAL_STATUS_LABELS,
  type GoalStatus,
  type PlanAgreementChange,
  type PlanDiff,
  type PlanFieldChange,
  type PlanGoalChange,
  type PlanStepChange,
  STEP_OWNER_KIND_LABELS,
  type StepOwnerKind,
} from '@koers/contracts';
import { formatDateNl, type IsoDate } from './dates';

/*
 * The readable difference between two versions of a plan van aanpak. Goals, steps and agreements
 * are matched on their lineage id (a copy in the next version keeps it), so an edited text shows
 * as "changed from … to …". Values are given as the Dutch text a reader sees (dates as
 * "12 maart 2027", statuses as labels). The API's PlanVersionDetail fits these input types.
 */

export interface PlanDiffStep {
  lineageId: string;
  text: string;
  owner: { kind: StepOwnerKind; name: string };
  dueDate: IsoDate | null;
  done: boolean;
}

export interface PlanDiffGoal {
  lineageId: string;
  title: string;
  description: string | null;
  youthWords: string | null;
  wish: { text: string } | null;
  priority: number;
  targetDate: IsoDate | null;
  status: GoalStatus;
  letGoReason: string | null;
  steps: PlanDiffStep[];
}

export interface PlanDiffAgreement {
  lineageId: string;
  kind: AgreementKind;
  text: string;
}

export interface PlanDiffSource {
  number: number;
  evaluationDate: IsoDate | null;
  consequences: string | null;
  goals: PlanDiffGoal[];
  agreements: PlanDiffAgreement[];
}

type Field<T> = { field: string; label: string; value: (item: T) => string | null };

const text = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === '' ? null : v);
const date = (v: IsoDate | null): string | null => (v ? formatDateNl(v) : null);

/** The goal fields a reader cares about, in reading order (priority is handled apart). */
const GOAL_FIELDS: Field<PlanDiffGoal>[] = [
  { field: 'title', label: 'Doel', value: (g) => text(g.title) },
  { field: 'youthWords', label: 'In de woorden van de jongere', value: (g) => text(g.youthWords) },
  { field: 'description', label: 'Toelichting', value: (g) => text(g.description) },
  { field: 'wish', label: 'Hoort bij wens of behoefte', value: (g) => text(g.wish?.text) },
  { field: 'targetDate', label: 'Streefdatum', value: (g) => date(g.targetDate) },
  { field: 'status', label: 'Status', value: (g) => GOAL_STATUS_LABELS[g.status] },
  { field: 'letGoReason', label: 'Reden om los te laten', value: (g) => text(g.letGoReason) },
];

const STEP_FIELDS: Field<PlanDiffStep>[] = [
  { field: 'text', label: 'Wat', value: (s) => text(s.text) },
  { field: 'owner', label: 'Wie', value: (s) => text(s.owner.name) ?? STEP_OWNER_KIND_LABELS[s.owner.kind] },
  { field: 'dueDate', label: 'Wanneer', value: (s) => date(s.dueDate) },
  { field: 'done', label: 'Gedaan', value: (s) => (s.done ? 'ja' : 'nee') },
];

function compare<T>(fields: Field<T>[], before: T | null, after: T | null): PlanFieldChange[] {
  const out: PlanFieldChange[] = [];
  for (const f of fields) {
    const b = before ? f.value(before) : null;
    const a = after ? f.value(after) : null;
    if (b !== a) out.push({ field: f.field, label: f.label, before: b, after: a });
  }
  return out;
}

/** Goals in reading order: by priority, ties in the order given. */
function ordered(goals: PlanDiffGoal[]): PlanDiffGoal[] {
  return goals.map((g, i) => ({ g, i })).sort((a, b) => a.g.priority - b.g.priority || a.i - b.i).map((x) => x.g);
}

function byLineage<T extends { lineageId: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.lineageId, i]));
}

function diffSteps(before: PlanDiffStep[], after: PlanDiffStep[]): PlanStepChange[] {
  const old = byLineage(before);
  const now = byLineage(after);
  const out: PlanStepChange[] = [];
  for (const s of after) {
    const prev = old.get(s.lineageId);
    const fields = compare(STEP_FIELDS, prev ?? null, s);
    if (!prev) out.push({ lineageId: s.lineageId, change: 'added', text: s.text, fields });
    else if (fields.length) out.push({ lineageId: s.lineageId, change: 'changed', text: s.text, fields });
  }
  for (const s of before) {
    if (!now.has(s.lineageId)) out.push({ lineageId: s.lineageId, change: 'removed', text: s.text, fields: compare(STEP_FIELDS, s, null) });
  }
  return out;
}

/**
 * Goals that moved relative to the goals both versions share: those outside the longest run that
 * kept its order. A goal added on top, or one goal moved down, does not make every other goal
 * "moved". The value shown is the goal's place in each version.
 */
function reordered(from: PlanDiffGoal[], to: PlanDiffGoal[]): Map<string, PlanFieldChange> {
  const placeBefore = new Map(from.map((g, i) => [g.lineageId, i]));
  const common = to.filter((g) => placeBefore.has(g.lineageId)).map((g) => g.lineageId);
  const seq = common.map((id) => placeBefore.get(id)!);
  // Longest increasing subsequence (small lists: quadratic is fine).
  const length = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++) {
    for (let j = 0; j < i; j++) {
      if (seq[j]! < seq[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        prev[i] = j;
      }
    }
  }
  const kept = new Set<string>();
  let k = length.length ? length.indexOf(Math.max(...length)) : -1;
  while (k !== -1) {
    kept.add(common[k]!);
    k = prev[k]!;
  }
  const out = new Map<string, PlanFieldChange>();
  for (const id of common) {
    if (kept.has(id)) continue;
    const after = to.findIndex((g) => g.lineageId === id) + 1;
    out.set(id, { field: 'priority', label: 'Volgorde', before: `${placeBefore.get(id)! + 1}`, after: `${after}` });
  }
  return out;
}

function diffAgreements(from: PlanDiffAgreement[], to: PlanDiffAgreement[]): Record<AgreementKind, PlanAgreementChange[]> {
  const result = Object.fromEntries(AGREEMENT_KINDS.map((k) => [k, [] as PlanAgreementChange[]])) as Record<AgreementKind, PlanAgreementChange[]>;
  const old = byLineage(from);
  const now = byLineage(to);
  for (const a of to) {
    const prev = old.get(a.lineageId);
    // An agreement moved to another kind reads as removed there and added here.
    if (!prev || prev.kind !== a.kind) result[a.kind].push({ lineageId: a.lineageId, change: 'added', before: null, after: a.text });
    else if (prev.text !== a.text) result[a.kind].push({ lineageId: a.lineageId, change: 'changed', before: prev.text, after: a.text });
  }
  for (const a of from) {
    const next = now.get(a.lineageId);
    if (!next || next.kind !== a.kind) result[a.kind].push({ lineageId: a.lineageId, change: 'removed', before: a.text, after: null });
  }
  return result;
}

/** What changed from version `from` to version `to` (usually the older and the newer one). */
export function diffPlanVersions(from: PlanDiffSource, to: PlanDiffSource): PlanDiff {
  const fromGoals = ordered(from.goals);
  const toGoals = ordered(to.goals);
  const old = byLineage(fromGoals);
  const now = byLineage(toGoals);
  const moved = reordered(fromGoals, toGoals);

  const goals: PlanGoalChange[] = [];
  for (const g of toGoals) {
    const prev = old.get(g.lineageId);
    if (!prev) {
      goals.push({ lineageId: g.lineageId, change: 'added', title: g.title, statusBefore: null, fields: compare(GOAL_FIELDS, null, g), steps: diffSteps([], g.steps) });
      continue;
    }
    const fields = compare(GOAL_FIELDS, prev, g);
    const place = moved.get(g.lineageId);
    if (place) fields.push(place);
    const steps = diffSteps(prev.steps, g.steps);
    if (fields.length || steps.length) goals.push({ lineageId: g.lineageId, change: 'changed', title: g.title, statusBefore: prev.status, fields, steps });
  }
  for (const g of fromGoals) {
    if (!now.has(g.lineageId)) {
      goals.push({ lineageId: g.lineageId, change: 'removed', title: g.title, statusBefore: g.status, fields: compare(GOAL_FIELDS, g, null), steps: diffSteps(g.steps, []) });
    }
  }

  const evaluationDate = compare([{ field: 'evaluationDate', label: 'Volgende evaluatie', value: (v: PlanDiffSource) => date(v.evaluationDate) }], from, to)[0] ?? null;
  const consequences = compare([{ field: 'consequences', label: 'Als afspraken niet worden nagekomen', value: (v: PlanDiffSource) => text(v.consequences) }], from, to)[0] ?? null;
  const agreements = diffAgreements(from.agreements, to.agreements);
  const hasChanges = goals.length > 0 || evaluationDate !== null || consequences !== null || AGREEMENT_KINDS.some((k) => agreements[k].length > 0);
  return { from: from.number, to: to.number, hasChanges, evaluationDate, consequences, goals, agreements };
}
