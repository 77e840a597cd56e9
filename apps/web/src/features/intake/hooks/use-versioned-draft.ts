import { useEffect, useState, useSyncExternalStore } from 'react';
import { displayValue, type FieldValue } from '../utils/draft';
import { DraftStore, type DraftStoreConfig, type VersionedRecord } from './draft-store';

/**
 * The autosaved draft of one versioned record (see DraftStore). Give the component that uses it a
 * `key` per record (the case id), so that another case starts with a fresh draft.
 */
export function useVersionedDraft<K extends string, R extends VersionedRecord<K>>(record: R | undefined, config: DraftStoreConfig<K, R>) {
  const [store] = useState(() => new DraftStore<K, R>(config));
  useEffect(() => {
    store.configure(config);
  });
  useEffect(() => {
    if (record) store.receive(record);
  }, [store, record]);
  useEffect(() => () => store.dispose(), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const value = (field: K): FieldValue => (snapshot.server ? displayValue(snapshot.draft, snapshot.server, field) : record ? record[field] : null);
  return { ...snapshot, store, value };
}

export type VersionedDraft<K extends string, R extends VersionedRecord<K>> = ReturnType<typeof useVersionedDraft<K, R>>;
