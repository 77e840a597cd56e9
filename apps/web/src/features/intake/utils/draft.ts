/**
 * The pure rules of a versioned draft (the intake, the diversiteitsfactoren): what the user typed
 * per field, on top of which server value, what to send, and what is a conflict.
 *
 * Each field the user touched gets an entry: `value` (as typed) and `base` (the server value the
 * user was editing when they typed it). Against the latest server record:
 * - a field is dirty when its value differs from the server's;
 * - a dirty field is a conflict when the server moved away from its base: someone else saved a
 *   different value meanwhile. A conflict is never sent until the user chooses;
 * - every other dirty field is sent with the record's version.
 */

export type FieldValue = string | number | boolean | null;

export interface DraftEntry {
  value: FieldValue;
  base: FieldValue;
}

export type Draft<K extends string> = Partial<Record<K, DraftEntry>>;

export type FieldRecord<K extends string> = { readonly [F in K]: FieldValue };

export interface FieldConflict<K extends string> {
  field: K;
  /** What the other person saved. */
  theirs: FieldValue;
  /** What this user typed. */
  mine: FieldValue;
}

/** Free text of only spaces counts as empty (the API stores it as null). */
export function normalize(value: FieldValue): FieldValue {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

function entries<K extends string>(draft: Draft<K>): [K, DraftEntry][] {
  return Object.entries(draft) as [K, DraftEntry][];
}

export function isDirty<K extends string>(draft: Draft<K>, server: FieldRecord<K>, field: K): boolean {
  const entry = draft[field];
  return entry !== undefined && normalize(entry.value) !== server[field];
}

export function isConflict<K extends string>(draft: Draft<K>, server: FieldRecord<K>, field: K): boolean {
  const entry = draft[field];
  return entry !== undefined && isDirty(draft, server, field) && entry.base !== server[field];
}

/** The value a form shows: what the user typed, else the server's. */
export function displayValue<K extends string>(draft: Draft<K>, server: FieldRecord<K>, field: K): FieldValue {
  const entry = draft[field];
  return entry ? entry.value : server[field];
}

/** The user typed `value` in `field`: the first keystroke remembers the server value as its base. */
export function edit<K extends string>(draft: Draft<K>, server: FieldRecord<K>, field: K, value: FieldValue): Draft<K> {
  const current = draft[field];
  return { ...draft, [field]: { value, base: current ? current.base : server[field] } };
}

/** Only the changed fields that are safe to send now (dirty, not in conflict), normalized. */
export function changesToSend<K extends string>(draft: Draft<K>, server: FieldRecord<K>): Partial<Record<K, FieldValue>> {
  const changes: Partial<Record<K, FieldValue>> = {};
  for (const [field, entry] of entries(draft)) {
    if (isDirty(draft, server, field) && !isConflict(draft, server, field)) changes[field] = normalize(entry.value);
  }
  return changes;
}

/** The fields in conflict, in the order of `order`. */
export function conflictsOf<K extends string>(draft: Draft<K>, server: FieldRecord<K>, order: readonly K[]): FieldConflict<K>[] {
  return order.filter((f) => isConflict(draft, server, f)).map((field) => ({ field, theirs: server[field], mine: draft[field]!.value }));
}

/** The dirty entries only (what is worth keeping in local storage). */
export function dirtyEntries<K extends string>(draft: Draft<K>, server: FieldRecord<K>): Draft<K> {
  const out: Draft<K> = {};
  for (const [field, entry] of entries(draft)) if (isDirty(draft, server, field)) out[field] = entry;
  return out;
}

/**
 * Our own save of `sent` succeeded and the server now holds `saved`. The sent fields are now built
 * on the saved value (text typed while the save was under way stays dirty and goes next time);
 * entries that equal the server exactly are dropped.
 */
export function afterSave<K extends string>(draft: Draft<K>, sent: Partial<Record<K, FieldValue>>, saved: FieldRecord<K>): Draft<K> {
  const out: Draft<K> = {};
  for (const [field, entry] of entries(draft)) {
    const next = field in sent ? { value: entry.value, base: saved[field] } : entry;
    if (next.value === saved[field] && next.base === saved[field]) continue;
    out[field] = next;
  }
  return out;
}

/**
 * Someone else's newer record `next` replaces `prev` (a 409's `current`, or a reload). Fields the
 * user did not really change follow the new record; a field where both typed the same is settled;
 * fields both changed differently become conflicts (derived: their base no longer matches).
 */
export function rebase<K extends string>(draft: Draft<K>, prev: FieldRecord<K>, next: FieldRecord<K>): Draft<K> {
  const out: Draft<K> = {};
  for (const [field, entry] of entries(draft)) {
    const mine = normalize(entry.value);
    if (mine === next[field]) continue;
    if (mine === prev[field] && entry.base === prev[field]) continue;
    out[field] = entry;
  }
  return out;
}

/** A draft restored from local storage, checked against the server: entries it already holds are dropped. */
export function restore<K extends string>(stored: Draft<K>, server: FieldRecord<K>, fields: readonly K[]): Draft<K> {
  const out: Draft<K> = {};
  for (const field of fields) {
    const entry = stored[field];
    if (!entry || !isValidValue(entry.value) || !isValidValue(entry.base)) continue;
    if (normalize(entry.value) === server[field]) continue;
    out[field] = { value: entry.value, base: entry.base };
  }
  return out;
}

function isValidValue(value: unknown): value is FieldValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
