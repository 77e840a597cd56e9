import { LIVE_EVENT_TYPES, LIVE_TOPICS, type LiveEvent, type LiveTopic } from '@koers/contracts';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** Which queries a kind of change makes stale. `exact` keys are invalidated only as themselves. */
export type LiveKeyMap = (topic: LiveTopic) => { queryKey: QueryKey; exact?: boolean }[];

/** After the browser gave up (an error answer, e.g. 503 while the database is away): try again later, slower each time. */
const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
/** Failing this many times in a row without ever getting through (404, logged out): stop trying. */
const MAX_FAILURES = 6;
const TOPICS = new Set<string>(LIVE_TOPICS);
/** Events close together (one save can touch several parts) are handled at once, after this pause. */
export const LIVE_SETTLE_MS = 100;

/**
 * Keeps a page up to date with what others save (docs/adr/0005-live-updates.md): listens to the
 * server's events for one case (EventSource, same-origin cookies) and invalidates the TanStack queries
 * of the part that changed, so they refetch. Forms keep their own local text: a refetch only changes
 * what is shown, never what someone is typing. The browser reconnects by itself after a dropped
 * connection; after an error answer this hook tries again with a growing pause. Closed on unmount.
 * While a save of this page is in progress the refetch waits for it: the save refetches what it
 * changed itself, and a refetch from an event must not cancel the one the save is waiting for.
 * `url` null: not (yet) known, nothing is opened.
 */
export function useLiveUpdates(url: string | null, keysFor: LiveKeyMap): void {
  const queryClient = useQueryClient();
  const keys = useRef(keysFor);
  useEffect(() => {
    keys.current = keysFor;
  });

  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    const pending = new Set<LiveTopic>();
    let settle: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      settle = undefined;
      if (stopped) return;
      if (queryClient.isMutating() > 0) {
        settle = setTimeout(flush, LIVE_SETTLE_MS);
        return;
      }
      const targets = new Map<string, { queryKey: QueryKey; exact?: boolean }>();
      for (const topic of pending) for (const t of keys.current(topic)) targets.set(JSON.stringify(t), t);
      pending.clear();
      for (const { queryKey, exact } of targets.values()) void queryClient.invalidateQueries({ queryKey, exact });
    };
    const invalidate = (topic: LiveTopic) => {
      pending.add(topic);
      settle ??= setTimeout(flush, LIVE_SETTLE_MS);
    };
    const onChange = (message: MessageEvent<string>) => {
      let event: Partial<LiveEvent>;
      try {
        event = JSON.parse(message.data) as Partial<LiveEvent>;
      } catch {
        return;
      }
      if (typeof event.topic === 'string' && TOPICS.has(event.topic)) invalidate(event.topic as LiveTopic);
    };
    const connect = () => {
      let opened = false;
      const es = new EventSource(url, { withCredentials: true });
      source = es;
      es.addEventListener(LIVE_EVENT_TYPES.change, onChange as EventListener);
      es.addEventListener('open', () => {
        // Back after a break: whatever changed meanwhile was not announced, so refetch this page's data.
        if (failures > 0 || opened) invalidate('resync');
        opened = true;
        failures = 0;
      });
      es.addEventListener('error', () => {
        if (stopped || es.readyState !== EventSource.CLOSED) return; // CONNECTING: the browser retries itself
        es.close();
        failures++;
        if (failures >= MAX_FAILURES) return;
        retry = setTimeout(connect, RETRY_MS[Math.min(failures - 1, RETRY_MS.length - 1)]);
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(settle);
      source?.close();
    };
  }, [url, queryClient]);
}
