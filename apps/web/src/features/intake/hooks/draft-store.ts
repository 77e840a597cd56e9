import { isApiError } from '../../../api/api-error';
import {
  afterSave,
  changesToSend,
  conflictsOf,
  type Draft,
  dirtyEntries,
  edit,
  type FieldConflict,
  type FieldRecord,
  type FieldValue,
  rebase,
  restore,
} from '../utils/draft';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from '../utils/draft-storage';

export type VersionedRecord<K extends string> = FieldRecord<K> & { version: number };

export interface DraftStoreConfig<K extends string, R extends VersionedRecord<K>> {
  /** The fields of the form, in form order. */
  fields: readonly K[];
  /** PUT the changed fields with the version they were typed on. */
  save: (changes: Partial<Record<K, FieldValue>>, version: number) => Promise<R>;
  /** Every newer record learned from the server (a save's answer, a 409's `current`): put it in the query cache. */
  onRecord?: (record: R) => void;
  /** Where to keep a copy of unsaved text in the browser (null: memory only). */
  storageKey?: string | null;
  /** Save this long after the last keystroke. */
  debounceMs?: number;
}

export interface DraftSnapshot<K extends string, R extends VersionedRecord<K>> {
  server: R | null;
  draft: Draft<K>;
  conflicts: FieldConflict<K>[];
  /** Unsaved changes that will be sent (not counting conflicts). */
  hasUnsaved: boolean;
  saving: boolean;
  lastSavedAt: Date | null;
  /** The last save failed (not a conflict): the ApiError, or anything thrown. */
  error: unknown;
  fieldErrors: Partial<Record<K, string>>;
  /** A draft from an earlier visit, put back in the form, waiting for "save" or "discard". */
  restored: { savedAt: string; fields: K[] } | null;
  /** Someone else saved meanwhile; their changes were merged in without any conflict. */
  merged: boolean;
}

/** Gives up resending after this many 409s in a row (someone saving constantly, or a bug). */
const MAX_CONFLICT_RETRIES = 3;

/**
 * The autosave of one versioned record: keeps what the user typed per field, sends only the
 * changed fields (debounced, or at once on blur), one save at a time, with the version they were
 * typed on. A 409 brings the newer record: fields only one side changed are merged (and ours sent
 * again on the new version); fields both changed become conflicts the user settles per field.
 * Nothing typed is dropped without the user choosing so.
 */
export class DraftStore<K extends string, R extends VersionedRecord<K>> {
  private snapshot: DraftSnapshot<K, R> = {
    server: null,
    draft: {},
    conflicts: [],
    hasUnsaved: false,
    saving: false,
    lastSavedAt: null,
    error: null,
    fieldErrors: {},
    restored: null,
    merged: false,
  };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private again = false;
  private conflictRetries = 0;

  constructor(private config: DraftStoreConfig<K, R>) {}

  configure(config: DraftStoreConfig<K, R>): void {
    this.config = config;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DraftSnapshot<K, R> => this.snapshot;

  /** A record from the query cache. The first one starts the store (and restores a stored draft); a newer one is merged in. */
  receive(record: R): void {
    const { server } = this.snapshot;
    if (!server) {
      let draft: Draft<K> = {};
      let restored: DraftSnapshot<K, R>['restored'] = null;
      const key = this.config.storageKey;
      const stored = key ? readStoredDraft<K>(key) : null;
      if (key && stored) {
        draft = restore(stored.entries, record, this.config.fields);
        if (Object.keys(draft).length) restored = { savedAt: stored.savedAt, fields: this.config.fields.filter((f) => f in draft) };
        else clearStoredDraft(key);
      }
      // Not written back to storage: the stored copy keeps its own time until the user chooses.
      this.update({ server: record, draft, restored }, false);
      return;
    }
    if (record.version > server.version) this.acceptNewer(record);
  }

  /** A newer record from another call of this user (e.g. "Intake afronden"). */
  accept(record: R): void {
    const { server } = this.snapshot;
    if (!server || record.version > server.version) this.acceptNewer(record);
  }

  set(field: K, value: FieldValue): void {
    const { server, draft, fieldErrors } = this.snapshot;
    if (!server) return;
    const { [field]: _cleared, ...otherErrors } = fieldErrors;
    this.update({ draft: edit(draft, server, field, value), fieldErrors: otherErrors as Partial<Record<K, string>>, merged: false });
    if (!this.snapshot.restored) this.schedule(this.config.debounceMs ?? 1000);
  }

  /** Save what there is now (the field lost focus). */
  flush(): void {
    if (this.timer !== undefined || this.snapshot.hasUnsaved) void this.run();
  }

  /** Saves everything that can be saved and waits for it; for actions that need the latest version. */
  async saveNow(): Promise<void> {
    this.clearTimer();
    for (let round = 0; round < 5; round++) {
      if (this.inflight) {
        await this.inflight;
        continue;
      }
      if (!this.snapshot.hasUnsaved || this.snapshot.restored || this.snapshot.error) return;
      await this.run();
    }
  }

  /** Conflict: save what this user typed, on top of the other person's version. */
  keepMine(field: K): void {
    const { server, draft } = this.snapshot;
    const entry = draft[field];
    if (!server || !entry) return;
    this.update({ draft: { ...draft, [field]: { value: entry.value, base: server[field] } } });
    this.schedule(0);
  }

  /** Conflict: take the other person's version; what this user typed in this field is dropped. */
  takeTheirs(field: K): void {
    const { [field]: _dropped, ...rest } = this.snapshot.draft;
    this.update({ draft: rest as Draft<K> });
  }

  keepRestored(): void {
    this.update({ restored: null });
    this.schedule(0);
  }

  discardRestored(): void {
    this.update({ restored: null, draft: {} });
  }

  /** Try the failed save again. */
  retry(): void {
    this.update({ error: null });
    void this.run();
  }

  /** The form goes away: save what is waiting (the request outlives the component). */
  dispose(): void {
    if (this.timer !== undefined) {
      this.clearTimer();
      void this.run();
    }
  }

  private acceptNewer(record: R): void {
    const { server, draft } = this.snapshot;
    this.update({ server: record, draft: server ? rebase(draft, server, record) : draft });
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    this.clearTimer();
    if (this.inflight) {
      this.again = true;
      return this.inflight;
    }
    const { server, draft, restored } = this.snapshot;
    if (!server || restored) return Promise.resolve();
    const changes = changesToSend(draft, server);
    if (Object.keys(changes).length === 0) return Promise.resolve();
    this.update({ saving: true, error: null });
    const promise = this.send(changes, server.version).finally(() => {
      this.inflight = null;
      this.update({ saving: false });
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    });
    this.inflight = promise;
    return promise;
  }

  private async send(changes: Partial<Record<K, FieldValue>>, version: number): Promise<void> {
    try {
      const saved = await this.config.save(changes, version);
      this.conflictRetries = 0;
      const { server, draft } = this.snapshot;
      if (!server || saved.version >= server.version) {
        this.update({ server: saved, draft: afterSave(draft, changes, saved), lastSavedAt: new Date() });
        this.config.onRecord?.(saved);
      }
    } catch (error) {
      const current = isApiError(error) && error.status === 409 ? (error.problem.current as R | undefined) : undefined;
      const { server } = this.snapshot;
      if (current && typeof current === 'object' && server && current.version > server.version) {
        this.acceptNewer(current);
        this.config.onRecord?.(current);
        const anyConflict = this.snapshot.conflicts.length > 0;
        this.update({ merged: !anyConflict });
        // Fields the other person did not touch are sent again, on their version.
        if (this.conflictRetries++ < MAX_CONFLICT_RETRIES) this.again = true;
        return;
      }
      this.update({ error, fieldErrors: this.fieldErrorsOf(error) });
    }
  }

  private fieldErrorsOf(error: unknown): Partial<Record<K, string>> {
    const out: Partial<Record<K, string>> = {};
    if (!isApiError(error)) return out;
    for (const { field, message } of error.fieldErrors) {
      if ((this.config.fields as readonly string[]).includes(field)) out[field as K] ??= message;
    }
    return out;
  }

  private update(patch: Partial<DraftSnapshot<K, R>>, persist = 'draft' in patch || 'server' in patch): void {
    const next = { ...this.snapshot, ...patch };
    if (next.server) {
      next.conflicts = conflictsOf(next.draft, next.server, this.config.fields);
      next.hasUnsaved = Object.keys(changesToSend(next.draft, next.server)).length > 0;
      if (persist && this.config.storageKey) writeStoredDraft(this.config.storageKey, dirtyEntries(next.draft, next.server));
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
