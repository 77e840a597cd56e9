import { createServer, type Server, type Socket } from 'node:net';
import type { HealthResponse } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ApiClient, startTestApp, type TestApp } from '../../../test/utils';
import { createUser } from '../../../test/factories';

/** A TCP proxy in front of PostgreSQL that the test can cut and restore: a database that "goes away". */
class CuttableProxy {
  private server?: Server;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async up(): Promise<void> {
    const { connect } = await import('node:net');
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('health and a database that goes away', () => {
  let t: TestApp;
  let proxy: CuttableProxy;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('outage');
    drop = db.drop;
    const url = new URL(db.url);
    proxy = new CuttableProxy(url.hostname, Number(url.port || 5432));
    await proxy.up();
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    t = await startTestApp({}, url.toString());
  });
  afterAll(async () => {
    await t.close();
    await proxy.down();
    await drop();
  });

  it('reports app and database', async () => {
    const res = await new ApiClient(t.baseUrl).get<HealthResponse>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', app: 'ok', database: 'ok' });
  });

  it('answers 503 while the database is away, keeps running, and recovers by itself', async () => {
    const user = await createUser(t.db, 'klantmanager');
    const client = new ApiClient(t.baseUrl);
    expect((await client.login(user.email, user.password)).status).toBe(200);

    await proxy.down();
    const health = await new ApiClient(t.baseUrl).get<HealthResponse>('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
    const during = await client.get<{ status: number; code: string; title: string }>('/api/auth/session');
    expect(during.status).toBe(503);
    expect(during.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(during.body.title).toMatch(/tijdelijk niet beschikbaar/);

    await proxy.up();
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      recovered = (await client.get('/api/auth/session')).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(recovered).toBe(200);
    expect((await new ApiClient(t.baseUrl).get('/api/health')).status).toBe(200);
  });
});
