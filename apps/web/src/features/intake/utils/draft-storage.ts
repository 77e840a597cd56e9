import type { Draft } from './draft';

/**
 * A copy of the unsaved part of a draft in the browser's local storage, so that text typed just
 * before the browser closed (or the connection dropped) is still there next time. Only unsaved
 * entries are kept; the copy is removed as soon as everything is saved. Storage may be unavailable
 * (private mode, full): then this quietly does nothing.
 */
export interface StoredDraft<K extends string> {
  savedAt: string;
  entries: Draft<K>;
}

const PREFIX = 'koers:concept:';

export function draftStorageKey(userId: string, part: string, caseId: string): string {
  return `${PREFIX}${userId}:${part}:${caseId}`;
}

export function readStoredDraft<K extends string>(key: string): StoredDraft<K> | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft<K>>;
    if (typeof parsed.savedAt !== 'string' || !parsed.entries || typeof parsed.entries !== 'object') return null;
    return { savedAt: parsed.savedAt, entries: parsed.entries };
  } catch {
    return null;
  }
}

export function writeStoredDraft<K extends string>(key: string, entries: Draft<K>, now = new Date()): void {
  try {
    if (Object.keys(entries).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), entries } satisfies StoredDraft<K>));
  } catch {
    // No storage: the draft lives in memory only.
  }
}

export function clearStoredDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
