import type { HandoverDetail, LiveEvent, MyChangeResult, MyPlan, PlanGoal, PlanStep, PlanVersionDetail } from '@koers/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../test/case-factories';
import { createUser, type TestUser } from '../../../test/factories';
import { ApiClient, loginAs, type TestApp } from '../../../test/utils';
import { LiveEventsService } from './live-events.service';
import { setupStaffWorld } from '../../../test/world';

interface SseMessage {
  event: string;
  data: string;
}

/** A real HTTP connection to an SSE route: collects the messages, and can wait for one. */
class SseConnection {
  readonly messages: SseMessage[] = [];
  ended = false;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly abort: AbortController,
  ) {}

  static async open(baseUrl: string, path: string, cookie: string | null): Promise<SseConnection> {
    const abort = new AbortController();
    const res = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) }, signal: abort.signal });
    const conn = new SseConnection(res.status, res.headers, abort);
    if (res.status !== 200 || !res.body) {
      await res.text().catch(() => undefined);
      conn.ended = true;
      return conn;
    }
    void conn.read(res.body.getReader());
    return conn;
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const message: SseMessage = { event: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) message.event = line.slice(6).trim();
            else if (line.startsWith('data:')) message.data += line.slice(5).trim();
          }
          this.messages.push(message);
          this.notify();
        }
      }
    } catch {
      // aborted
    }
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  changes(): LiveEvent[] {
    return this.messages.filter((m) => m.event === 'change').map((m) => JSON.parse(m.data) as LiveEvent);
  }

  /** Waits until `ready()` holds (re-checked on every message and at the end of the stream). */
  async until(ready: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  nextChange(count: number): Promise<void> {
    return this.until(() => this.changes().length >= count, `change #${count}`);
  }

  close(): void {
    this.abort.abort();
  }
}

describe('live updates: server-sent events on committed changes', () => {
  let t: TestApp;
  let team: { id: string };
  let kmUser: TestUser;
  let km: ApiClient;
  const open: SseConnection[] = [];

  const as = (user: TestUser) => loginAs(t, user);
  const subscribe = async (client: ApiClient | null, path: string) => {
    const conn = await SseConnection.open(t.baseUrl, path, client?.cookie ?? null);
    open.push(conn);
    return conn;
  };
  const today = () => new Date().toISOString().slice(0, 10);
  const topics = (conn: SseConnection, from = 0) => conn.changes().slice(from).map((e) => e.topic);
  /**
   * Notifications arrive in commit order, but an earlier commit's may still be on its way when a
   * stream opens. A fence: commit a milestone and wait for its event; everything committed before
   * has then been delivered. Returns the number of changes seen so far.
   */
  const fence = async (conn: SseConnection, caseId: string) => {
    const seen = topics(conn).filter((t) => t === 'milestones').length;
    expect((await km.post(`/api/cases/${caseId}/milestones`, { title: 'Grens', achievedOn: today() })).status).toBe(201);
    await conn.until(() => topics(conn).filter((t) => t === 'milestones').length > seen, 'the fence');
    return conn.changes().length;
  };
  /** A jongere with an account and a concept plan with one goal in their own words. */
  const youthWithConcept = async () => {
    const youthUser = await createUser(t.db, 'jongere', { teamId: team.id, name: 'Noa Live' });
    const c = await createCase(t.db, { teamId: team.id, contactUserId: kmUser.id, phase: 'plan', name: 'Noa Live', youthUserId: youthUser.id });
    const v1 = (await km.post<PlanVersionDetail>(`/api/cases/${c.caseId}/plan`)).body;
    const youth = await as(youthUser);
    const added = await youth.post<MyChangeResult>('/api/me/plan/goals', { title: 'Mijn rijbewijs halen' });
    expect(added.status).toBe(201);
    const goal = added.body.outcome === 'toegepast' ? added.body.goal : null;
    expect(goal).not.toBeNull();
    return { ...c, youthUser, youth, v1, goal: goal! };
  };

  beforeAll(async () => {
    ({ t, team, kmUser, km } = await setupStaffWorld({ km: { name: 'Kim Live' } }));
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
    t.app.get(LiveEventsService).heartbeatMs = 25_000;
  });
  afterAll(() => t.close());

  it('listens on its own connection once started', () => {
    expect(t.app.get(LiveEventsService).listening).toBe(true);
  });

  it('tells the klantmanager when the jongere changed the wording, and the jongere when the klantmanager added a step; no content in the event', async () => {
    const p = await youthWithConcept();
    const staffStream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const youthStream = await subscribe(p.youth, '/api/me/events');
    expect(staffStream.status).toBe(200);
    expect(staffStream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(youthStream.status).toBe(200);
    const staffStart = await fence(staffStream, p.caseId);

    const edited = await p.youth.request<MyChangeResult>('PATCH', `/api/me/plan/goals/${p.goal.id}`, { title: 'Mijn rijbewijs B halen', version: p.goal.version });
    expect(edited.status).toBe(200);
    await staffStream.nextChange(staffStart + 1);
    const event = staffStream.changes()[staffStart]!;
    expect(Object.keys(event).sort()).toEqual(['at', 'caseId', 'topic']);
    expect(event).toMatchObject({ caseId: p.caseId, topic: 'plan' });
    expect(Number.isNaN(Date.parse(event.at))).toBe(false);
    // The page refetches and sees the new wording.
    const overview = await km.get<{ concept: PlanVersionDetail | null }>(`/api/cases/${p.caseId}/plan`);
    expect(JSON.stringify(overview.body)).toContain('Mijn rijbewijs B halen');

    const before = await fence(youthStream, p.caseId);
    const step = await km.post<PlanStep>(`/api/goals/${p.goal.id}/steps`, { text: 'Theorieboek lenen', ownerKind: 'jongere' });
    expect(step.status).toBe(201);
    await youthStream.nextChange(before + 1);
    expect(youthStream.changes().slice(before)).toEqual([{ caseId: p.caseId, topic: 'plan', at: expect.any(String) }]);
    const mine = await p.youth.get<MyPlan>('/api/me/plan');
    expect(mine.body.concept?.goals[0]?.steps.map((s) => s.text)).toEqual(['Theorieboek lenen']);
    // The payload never carries what was written.
    expect(JSON.stringify(staffStream.messages) + JSON.stringify(youthStream.messages)).not.toMatch(/rijbewijs|Theorieboek|Noa|Kim/);
  });

  it('sends nothing for a refused write (409) or a rolled-back transaction', async () => {
    const p = await youthWithConcept();
    const stream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const start = await fence(stream, p.caseId);
    // Refused: a stale version.
    const staffEdit = await km.request<PlanGoal>('PATCH', `/api/goals/${p.goal.id}`, { title: 'Rijbewijs', version: p.goal.version });
    expect(staffEdit.status).toBe(200);
    const stale = await p.youth.request('PATCH', `/api/me/plan/goals/${p.goal.id}`, { title: 'Toch anders', version: p.goal.version });
    expect(stale.status).toBe(409);
    // Rolled back: published inside a transaction that then fails.
    const live = t.app.get(LiveEventsService);
    await expect(
      t.db.transaction(async (tx) => {
        await live.publish(tx, p.caseId, 'plan');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    // Between the committed edit and the next committed change: nothing.
    await fence(stream, p.caseId);
    expect(topics(stream, start)).toEqual(['plan', 'milestones']);
  });

  it('one event per transaction, also when it changed several records', async () => {
    const p = await youthWithConcept();
    const stream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const start = await fence(stream, p.caseId);
    const live = t.app.get(LiveEventsService);
    await t.db.transaction(async (tx) => {
      await live.publish(tx, p.caseId, 'plan');
      await live.publish(tx, p.caseId, 'plan');
    });
    await fence(stream, p.caseId);
    expect(topics(stream, start)).toEqual(['plan', 'milestones']);
  });

  it('only the own case for a jongere, the caseload for a klantmanager, the team for a teamleider (others 404); 401 without a session', async () => {
    const p = await youthWithConcept();
    const other = await youthWithConcept();
    expect((await subscribe(p.youth, `/api/cases/${other.caseId}/events`)).status).toBe(404);
    expect((await subscribe(p.youth, `/api/cases/${p.caseId}/events`)).status).toBe(200);

    const outsider = await as(await createUser(t.db, 'klantmanager', { teamId: team.id }));
    expect((await subscribe(outsider, `/api/cases/${p.caseId}/events`)).status).toBe(404);
    const otherTeamLead = await as(await createUser(t.db, 'teamleider'));
    expect((await subscribe(otherTeamLead, `/api/cases/${p.caseId}/events`)).status).toBe(404);
    const teamLead = await as(await createUser(t.db, 'teamleider', { teamId: team.id }));
    expect((await subscribe(teamLead, `/api/cases/${p.caseId}/events`)).status).toBe(200);
    expect((await subscribe(await as(await createUser(t.db, 'beheerder')), `/api/cases/${p.caseId}/events`)).status).toBe(403);
    expect((await subscribe(km, '/api/me/events')).status).toBe(403);

    expect((await subscribe(null, `/api/cases/${p.caseId}/events`)).status).toBe(401);
    expect((await subscribe(null, '/api/me/events')).status).toBe(401);
    expect((await subscribe(km, '/api/cases/niet-een-id/events')).status).toBe(400);

    const denied = (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'live.subscribe' AND result = 'denied' AND case_id = $1`, [p.caseId])) as { n: number }[];
    expect(denied[0]!.n).toBeGreaterThanOrEqual(2);
    const allowed = (await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'live.subscribe' AND result = 'allowed' AND case_id = $1`, [p.caseId])) as { n: number }[];
    expect(allowed[0]!.n).toBe(2);
  });

  it('a jongere does not hear of staff-only changes (contact moments, which may be internal)', async () => {
    const p = await youthWithConcept();
    const youthStream = await subscribe(p.youth, '/api/me/events');
    const staffStream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const youthStart = await fence(youthStream, p.caseId);
    const contact = await km.post(`/api/cases/${p.caseId}/contacts`, { occurredAt: new Date(Date.now() - 60_000).toISOString(), kind: 'phone', note: 'Intern', internal: true });
    expect(contact.status).toBe(201);
    await staffStream.until(() => topics(staffStream).includes('contacts'), 'the contact moment');
    await fence(youthStream, p.caseId);
    expect(topics(youthStream, youthStart)).toEqual(['milestones']);
  });

  it('tells both sides of a handover write, but never the jongere of a staff-only one (the overdrachtsnotitie)', async () => {
    const p = await youthWithConcept();
    const successor = await createUser(t.db, 'klantmanager', { teamId: team.id, name: 'Bo Opvolger' });
    const successorClient = await as(successor);
    const youthStream = await subscribe(p.youth, '/api/me/events');
    const staffStream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const staffStart = await fence(staffStream, p.caseId);
    const youthStart = await fence(youthStream, p.caseId);
    const handoverTopics = (conn: SseConnection, from: number) => topics(conn, from).filter((x) => x !== 'milestones');
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const step = async (client: ApiClient, path: string, body: object, method: 'POST' | 'PUT' = 'POST') => {
      const res = await client.request<HandoverDetail>(method, path, body);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      return res.body;
    };

    let h = await step(km, `/api/cases/${p.caseId}/handovers`, { candidateUserIds: [successor.id], reason: 'Vertrek', plannedSwitchDate: inDays(30) });
    // Staff wrote, the jongere's stream hears of it (Mijn plan refetches her handover section).
    await youthStream.until(() => topics(youthStream, youthStart).includes('handover'), 'the handover event');
    h = await step(successorClient, `/api/handovers/${h.id}/accept`, { version: h.version });
    h = await step(km, `/api/handovers/${h.id}/announce`, { announcedOn: today(), how: 'face_to_face', version: h.version });
    h = await step(km, `/api/handovers/${h.id}/meetings`, { heldOn: today(), currentContactPresent: true, version: h.version });
    h = await step(km, `/api/handovers/${h.id}/note`, { worksWell: 'Appen werkt goed', version: h.version }, 'PUT');
    // Changing the note again changes nothing the jongere sees: staff-only.
    await step(km, `/api/handovers/${h.id}/note`, { worksWell: 'Appen werkt goed, bellen niet', version: h.version }, 'PUT');
    await staffStream.until(() => handoverTopics(staffStream, staffStart).length === 6, 'six handover events');

    await fence(youthStream, p.caseId);
    expect(handoverTopics(youthStream, youthStart)).toEqual(Array(5).fill('handover'));
    expect(handoverTopics(staffStream, staffStart)).toEqual(Array(6).fill('handover'));
    expect(JSON.stringify(youthStream.messages) + JSON.stringify(staffStream.messages)).not.toMatch(/Appen|Vertrek|Opvolger/);
  });

  it('listens again after its connection was cut (open pages are told to refetch), without failing the app', async () => {
    const p = await youthWithConcept();
    const stream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    const live = t.app.get(LiveEventsService);
    const cut = (await t.db.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'koers-live' AND datname = current_database()`,
    )) as { ok: boolean }[];
    expect(cut).toHaveLength(1);
    await stream.until(() => topics(stream).includes('resync'), 'resync');
    expect(stream.changes().find((e) => e.topic === 'resync')).toMatchObject({ caseId: p.caseId, topic: 'resync' });
    expect(live.listening).toBe(true);
    const after = stream.changes().length;
    await fence(stream, p.caseId);
    expect(topics(stream, after)).toEqual(['milestones']);
  });

  it('ends the stream at a heartbeat once the session has ended or access is gone', async () => {
    const live = t.app.get(LiveEventsService);
    live.heartbeatMs = 100;
    const p = await youthWithConcept();

    const youthStream = await subscribe(p.youth, '/api/me/events');
    await youthStream.until(() => youthStream.messages.some((m) => m.event === 'ping'), 'a heartbeat');
    expect(youthStream.ended).toBe(false);
    expect((await p.youth.post('/api/auth/logout')).status).toBeLessThan(300);
    await youthStream.until(() => youthStream.ended, 'the end of the stream after logout');

    const colleague = await createUser(t.db, 'klantmanager', { teamId: team.id });
    const staffStream = await subscribe(km, `/api/cases/${p.caseId}/events`);
    await staffStream.until(() => staffStream.messages.some((m) => m.event === 'ping'), 'a heartbeat');
    await t.db.query(`UPDATE youth_case SET contact_user_id = $2 WHERE id = $1`, [p.caseId, colleague.id]);
    await staffStream.until(() => staffStream.ended, 'the end of the stream after losing access');
  });
});
