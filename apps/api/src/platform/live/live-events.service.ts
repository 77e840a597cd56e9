import { LIVE_TOPICS, type LiveEvent, type LiveTopic } from '@koers/contracts';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type ClientConfig } from 'pg';
import { filter, Observable, Subject } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseAccessService } from '../../cases/case-access.service';
import type { AuthUser } from '../auth/auth-user';

/** The PostgreSQL channel; one for all cases (the payload says which). */
export const LIVE_CHANNEL = 'koers_case_changed';
/** A stream's heartbeat: keeps proxies from closing an idle connection and re-checks the session and access. */
export const HEARTBEAT_MS = 25_000;
const BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];
const TOPICS = new Set<string>(LIVE_TOPICS);

type Queryable = Pick<EntityManager, 'query'>;

/** What goes through PostgreSQL: the public event plus whether a jongere may hear of it. */
interface Notice extends LiveEvent {
  staffOnly: boolean;
}

/** A message for Nest's @Sse(): `type` is the SSE event name. */
export interface LiveMessage {
  type: 'change' | 'ping';
  data: LiveEvent | '';
}

export interface StreamOwner {
  user: AuthUser;
  /** The session's token hash: the stream ends when this session ends. */
  sessionHash: string;
}

/**
 * Live updates across app instances (docs/adr/0005-live-updates.md).
 *
 * A writer calls `publish(tx, caseId, topic)` inside its transaction: `pg_notify` is delivered by
 * PostgreSQL only when that transaction commits (a rolled-back or refused write sends nothing), and
 * to every instance that listens. Each instance keeps ONE listening connection and fans the events
 * out in-process to the open SSE streams of that case. The payload carries no personal data.
 */
@Injectable()
export class LiveEventsService implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly events = new Subject<Notice>();
  private readonly closing = new Subject<void>();
  private client: Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  /** A connection attempt in progress (awaited on shutdown, so no connection outlives the app). */
  private connecting: Promise<void> | null = null;
  private attempt = 0;
  private stopped = false;
  private everListened = false;
  /** Changed by tests only, to see the heartbeat's re-check without waiting 25 s. */
  heartbeatMs = HEARTBEAT_MS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  /**
   * Tells every instance, once the transaction commits, that this part of the case changed.
   * Repeated calls in one transaction collapse into one notification (same payload: `now()` is the
   * transaction's start). staffOnly: a jongere's stream does not hear of it (internal notes).
   */
  async publish(tx: Queryable, caseId: string, topic: LiveTopic, options: { staffOnly?: boolean } = {}): Promise<void> {
    await tx.query(
      `SELECT pg_notify($1, json_build_object('caseId', $2::uuid, 'topic', $3::text, 'at', now(), 'staffOnly', $4::boolean)::text)`,
      [LIVE_CHANNEL, caseId, topic, options.staffOnly ?? false],
    );
  }

  /**
   * The events of one case for one user, with a heartbeat that re-checks the session and access:
   * the stream ends when the session has ended or access is gone (or the app stops).
   */
  stream(caseId: string, owner: StreamOwner): Observable<LiveMessage> {
    const youth = owner.user.role === 'jongere';
    return new Observable<LiveMessage>((subscriber) => {
      const changes = this.events
        .pipe(filter((e) => (e.caseId === caseId || e.caseId === '*') && !(youth && e.staffOnly)))
        .subscribe((e) => subscriber.next({ type: 'change', data: { caseId, topic: e.topic, at: e.at } }));
      const closing = this.closing.subscribe(() => subscriber.complete());
      let checking = false;
      const heartbeat = setInterval(() => {
        if (checking) return;
        checking = true;
        this.stillAllowed(caseId, owner)
          .then((ok) => (ok ? subscriber.next({ type: 'ping', data: '' }) : subscriber.complete()))
          // Cannot check (database away): end the stream; the browser reconnects and is checked anew.
          .catch(() => subscriber.complete())
          .finally(() => {
            checking = false;
          });
      }, this.heartbeatMs);
      heartbeat.unref();
      return () => {
        changes.unsubscribe();
        closing.unsubscribe();
        clearInterval(heartbeat);
      };
    });
  }

  /** Ends every open stream (on shutdown, before the server waits for open requests). */
  endStreams(): void {
    this.closing.next();
  }

  /** Whether the listening connection is up (for tests and diagnostics). */
  get listening(): boolean {
    return this.client !== null;
  }

  /** The session is still valid (without extending it: a open page is not activity) and access still holds. */
  private async stillAllowed(caseId: string, owner: StreamOwner): Promise<boolean> {
    const rows: { role: AuthUser['role']; team_id: string | null }[] = await this.db.query(
      `SELECT u.role, u.team_id FROM user_session s JOIN app_user u ON u.id = s.user_id AND u.active
        WHERE s.token_hash = $1 AND s.user_id = $2 AND s.idle_expires_at > now() AND s.absolute_expires_at > now()`,
      [owner.sessionHash, owner.user.id],
    );
    if (!rows[0]) return false;
    const scope = await this.access.load(caseId);
    return scope !== null && CaseAccessService.allows({ ...owner.user, role: rows[0].role, teamId: rows[0].team_id }, scope, 'read');
  }

  // --- the listening connection ---------------------------------------------------------------

  async onModuleInit(): Promise<void> {
    await this.attemptConnect();
  }

  onModuleDestroy(): void {
    this.endStreams();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.connecting;
    const client = this.client;
    this.client = null;
    this.events.complete();
    this.closing.complete();
    await client?.end().catch(() => undefined);
  }

  private attemptConnect(): Promise<void> {
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client(this.clientConfig());
    // An error on an idle listening connection (database restarted, network gone) must not crash the app.
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (msg) => {
      if (msg.channel === LIVE_CHANNEL && msg.payload) this.receive(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (err) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      this.logger.warn({ err: (err as Error).message, attempt: this.attempt }, 'live updates: cannot listen, retrying');
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    if (this.everListened) {
      // Changes committed while we were not listening are unknown: every open page refetches.
      this.events.next({ caseId: '*', topic: 'resync', at: new Date().toISOString(), staffOnly: false });
      this.logger.log('live updates: listening again');
    }
    this.everListened = true;
  }

  private lost(client: Client, err?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners('notification');
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: err?.message }, 'live updates: listening connection lost');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)]!;
    this.attempt++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.attemptConnect();
    }, delay);
    this.reconnectTimer.unref();
  }

  private receive(payload: string): void {
    try {
      const p = JSON.parse(payload) as Partial<Notice>;
      if (typeof p.caseId !== 'string' || typeof p.topic !== 'string' || !TOPICS.has(p.topic)) return;
      this.events.next({ caseId: p.caseId, topic: p.topic as LiveTopic, at: new Date(String(p.at)).toISOString(), staffOnly: p.staffOnly === true });
    } catch {
      this.logger.warn('live updates: unreadable notification ignored');
    }
  }

  /** The same server, database and credentials as the application's DataSource. */
  private clientConfig(): ClientConfig {
    const options = this.db.options as { url?: string; extra?: { connectionTimeoutMillis?: number } };
    return {
      connectionString: options.url,
      connectionTimeoutMillis: options.extra?.connectionTimeoutMillis ?? 5_000,
      application_name: 'koers-live',
      keepAlive: true,
    };
  }
}
