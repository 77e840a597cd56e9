import type { LiveEvent, LiveTopic } from '@koers/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { staffCaseKeys } from './live-keys';
import { LIVE_SETTLE_MS, type LiveKeyMap, useLiveUpdates } from './use-live-updates';

/** A stand-in for the browser's EventSource: the test plays the server. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  closed = false;
  private listeners = new Map<string, ((e: Event) => void)[]>();

  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.all.push(this);
  }

  addEventListener(type: string, listener: (e: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
    this.readyState = FakeEventSource.CLOSED;
  }

  emit(type: string, event: Event) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }

  open() {
    this.readyState = FakeEventSource.OPEN;
    this.emit('open', new Event('open'));
  }

  change(event: Partial<LiveEvent> | string) {
    this.emit('change', new MessageEvent('change', { data: typeof event === 'string' ? event : JSON.stringify(event) }));
  }

  /** The server answered with an error status (or went away for good): the browser gives up. */
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.emit('error', new Event('error'));
  }

  /** A dropped connection the browser retries by itself. */
  drop() {
    this.readyState = FakeEventSource.CONNECTING;
    this.emit('error', new Event('error'));
  }
}

const CASE_ID = '11111111-1111-4111-8111-111111111111';

function Probe({ url, keys }: { url: string | null; keys: LiveKeyMap }) {
  useLiveUpdates(url, keys);
  return null;
}

function setup(url: string | null = `/api/cases/${CASE_ID}/events`, keys: LiveKeyMap = staffCaseKeys(CASE_ID)) {
  const client = new QueryClient();
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  const view = render(
    <QueryClientProvider client={client}>
      <Probe url={url} keys={keys} />
    </QueryClientProvider>,
  );
  return { client, invalidate, view, invalidatedKeys: () => invalidate.mock.calls.map(([filters]) => filters?.queryKey) };
}

describe('useLiveUpdates', () => {
  beforeEach(() => {
    FakeEventSource.all = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
  });
  const settle = () => act(() => vi.advanceTimersByTime(LIVE_SETTLE_MS));
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('opens one same-origin stream with cookies and refetches the part of the case that changed', () => {
    const { invalidatedKeys } = setup();
    expect(FakeEventSource.all).toHaveLength(1);
    const es = FakeEventSource.all[0]!;
    expect(es.url).toBe(`/api/cases/${CASE_ID}/events`);
    expect(es.init).toEqual({ withCredentials: true });
    act(() => es.open());
    expect(invalidatedKeys()).toEqual([]);

    act(() => es.change({ caseId: CASE_ID, topic: 'plan', at: '2026-11-23T10:00:00.000Z' }));
    settle();
    expect(invalidatedKeys()).toEqual([
      ['cases', CASE_ID, 'plan'],
      ['cases', CASE_ID],
    ]);
    act(() => es.change({ caseId: CASE_ID, topic: 'milestones', at: '2026-11-23T10:00:01.000Z' }));
    settle();
    expect(invalidatedKeys().at(-1)).toEqual(['cases', CASE_ID, 'milestones']);
  });

  it('handles events close together at once, each query once', () => {
    const { invalidatedKeys } = setup();
    const es = FakeEventSource.all[0]!;
    act(() => {
      es.change({ caseId: CASE_ID, topic: 'plan', at: '2026-11-23T10:00:00.000Z' });
      es.change({ caseId: CASE_ID, topic: 'comments', at: '2026-11-23T10:00:00.000Z' });
    });
    expect(invalidatedKeys()).toEqual([]);
    settle();
    expect(invalidatedKeys()).toEqual([
      ['cases', CASE_ID, 'plan'],
      ['cases', CASE_ID],
    ]);
  });

  it('waits while a save of this page is in progress (the save refetches for itself)', () => {
    const { client, invalidatedKeys } = setup();
    const mutating = vi.spyOn(client, 'isMutating').mockReturnValue(1);
    act(() => FakeEventSource.all[0]!.change({ caseId: CASE_ID, topic: 'milestones', at: '2026-11-23T10:00:00.000Z' }));
    settle();
    settle();
    expect(invalidatedKeys()).toEqual([]);
    mutating.mockReturnValue(0);
    settle();
    expect(invalidatedKeys()).toEqual([['cases', CASE_ID, 'milestones']]);
  });

  it('ignores what it does not understand', () => {
    const { invalidate } = setup();
    const es = FakeEventSource.all[0]!;
    act(() => {
      es.change('geen json');
      es.change({ caseId: CASE_ID, topic: 'iets anders' as LiveTopic });
    });
    settle();
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('opens nothing while the url is unknown, and closes the stream on unmount', () => {
    setup(null);
    expect(FakeEventSource.all).toHaveLength(0);
    const { view } = setup();
    const es = FakeEventSource.all[0]!;
    view.unmount();
    expect(es.closed).toBe(true);
  });

  it('lets the browser reconnect a dropped stream, and refetches everything once back', () => {
    const { invalidatedKeys } = setup();
    const es = FakeEventSource.all[0]!;
    act(() => es.open());
    act(() => es.drop());
    expect(es.closed).toBe(false);
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => es.open());
    settle();
    expect(invalidatedKeys()).toEqual([['cases', CASE_ID]]);
  });

  it('tries again later when the browser gave up, and stops after repeated failures', () => {
    setup();
    act(() => FakeEventSource.all[0]!.fail());
    expect(FakeEventSource.all[0]!.closed).toBe(true);
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => vi.advanceTimersByTime(2_000));
    expect(FakeEventSource.all).toHaveLength(2);
    for (let i = 0; i < 10; i++) {
      act(() => FakeEventSource.all.at(-1)!.fail());
      act(() => vi.advanceTimersByTime(60_000));
    }
    expect(FakeEventSource.all).toHaveLength(6);
  });

  it('uses the latest key map without reopening the stream', () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const view = render(
      <QueryClientProvider client={client}>
        <Probe url="/api/me/events" keys={() => [{ queryKey: ['a'] }]} />
      </QueryClientProvider>,
    );
    view.rerender(
      <QueryClientProvider client={client}>
        <Probe url="/api/me/events" keys={() => [{ queryKey: ['b'] }]} />
      </QueryClientProvider>,
    );
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => FakeEventSource.all[0]!.change({ caseId: CASE_ID, topic: 'plan', at: '2026-11-23T10:00:00.000Z' }));
    settle();
    expect(invalidate.mock.calls.map(([f]) => f?.queryKey)).toEqual([['b']]);
  });
});
