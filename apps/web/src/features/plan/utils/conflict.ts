import { isApiError } from '../../../api/api-error';

/** A 409 from a plan write: the server's Dutch title, and the record as it is now (when the server sent it). */
export interface PlanConflict<T> {
  title: string;
  current: T | null;
}

/**
 * Reads a 409. `current` is only taken when it is the same record (same id) with a version, so a
 * conflict about something else (the version is vastgesteld, the case is closed) never replaces
 * the record the user is editing.
 */
export function conflictOf<T extends { id: string; version: number }>(error: unknown, recordId: string): PlanConflict<T> | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as Partial<T> | undefined;
  const same = current && typeof current === 'object' && current.id === recordId && typeof current.version === 'number';
  return { title: error.title, current: same ? (current as T) : null };
}

/** Form text as the API wants it: trimmed, and empty as null. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The fields whose value in `values` differs from `original` (compared as the API would store them). */
export function changedFields<F extends string>(values: Record<F, string>, original: Record<F, string>): F[] {
  return (Object.keys(values) as F[]).filter((f) => orNull(values[f]) !== orNull(original[f]));
}
