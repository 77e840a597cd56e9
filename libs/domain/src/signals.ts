import type { CaseSignal, Phase } from '@koers/contracts';
import { addMonths, addYears, ageOn, formatDateNl, type IsoDate } from './dates';

/** Ages at which rules and support change for jongeren (18: adult; 23; 27: end of the age group). */
export const AGE_BOUNDARIES = [18, 23, 27] as const;
export const AGE_BOUNDARY_WINDOW_MONTHS = 3;
/** A case in time-out comes back to the caseload this many days before its return date. */
export const TIMEOUT_RETURN_WINDOW_DAYS = 14;

export interface SignalInput {
  today: IsoDate;
  dateOfBirth: IsoDate;
  phase: Phase;
  nextEvaluationDate: IsoDate | null;
  /** ISO date of the last contact moment, or of registration when there was none. */
  lastContactDay: IsoDate;
  noContactWeeks: number;
  openUrgentObstacles: number;
  timeoutUntil: IsoDate | null;
}

/** The next age boundary within the window, if any. */
export function upcomingAgeBoundary(dateOfBirth: IsoDate, today: IsoDate): { age: number; on: IsoDate } | null {
  const windowEnd = addMonths(today, AGE_BOUNDARY_WINDOW_MONTHS);
  for (const age of AGE_BOUNDARIES) {
    const on = addYears(dateOfBirth, age);
    if (on >= today && on <= windowEnd) return { age, on };
  }
  return null;
}

function weeksBetween(from: IsoDate, to: IsoDate): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * 86_400_000));
}

/**
 * The signals of one case. The caseload's SQL filters use the same rules (see cases.repository.ts);
 * an integration test checks the two agree.
 */
export function computeSignals(input: SignalInput): CaseSignal[] {
  const signals: CaseSignal[] = [];
  if (input.phase === 'afgesloten') return signals;
  const active = input.phase !== 'time_out';
  if (input.openUrgentObstacles > 0) {
    signals.push({ kind: 'urgent_obstakel', detail: input.openUrgentObstacles === 1 ? '1 urgent obstakel is nog niet opgelost' : `${input.openUrgentObstacles} urgente obstakels zijn nog niet opgelost` });
  }
  if (active && input.nextEvaluationDate && input.nextEvaluationDate < input.today) {
    signals.push({ kind: 'evaluatie_verlopen', detail: `Evaluatie was gepland op ${formatDateNl(input.nextEvaluationDate)}` });
  }
  const weeks = weeksBetween(input.lastContactDay, input.today);
  if (active && weeks >= input.noContactWeeks) {
    signals.push({ kind: 'geen_contact', detail: `Geen contact sinds ${weeks} ${weeks === 1 ? 'week' : 'weken'}` });
  }
  const boundary = upcomingAgeBoundary(input.dateOfBirth, input.today);
  if (boundary) {
    const detail = boundary.age === 27 ? `Wordt 27 op ${formatDateNl(boundary.on)}: einde van de leeftijdsgroep` : `Wordt ${boundary.age} op ${formatDateNl(boundary.on)}`;
    signals.push({ kind: 'leeftijdsgrens', detail });
  }
  if (input.phase === 'time_out' && input.timeoutUntil) {
    signals.push({ kind: 'time_out', detail: `Time-out tot ${formatDateNl(input.timeoutUntil)}` });
  }
  return signals;
}

export { ageOn };
