import 'reflect-metadata';
import { CSRF_HEADER, type ProblemDetails, type SessionResponse } from '@koers/contracts';
import { createDatabase, dropDatabase, newTestDatabaseName, testPostgresAt } from '@koers/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { expect, inject } from 'vitest';
import { createApp } from '../src/app.factory';
import { type AppConfig, loadConfig } from '../src/platform/config/app-config';
import type { TestUser } from './factories';

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(label = 'db'): Promise<{ url: string; drop: () => Promise<void> }> {
  const { adminUrl, template } = inject('pg');
  const server = testPostgresAt(adminUrl);
  const name = newTestDatabaseName(label);
  const url = await createDatabase(server, name, template);
  return { url, drop: () => dropDatabase(server, name) };
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  db: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real application (same factory as main.ts) on a random port, on its own database. */
export async function startTestApp(env: Record<string, string> = {}, databaseUrl?: string): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', PORT: '0', ...env });
  const app = await createApp(config, { databaseUrl: database.url });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    db: app.get(DataSource),
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A minimal browser-like client: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<ApiResponse<SessionResponse & ProblemDetails>> {
    const res = await this.request<SessionResponse & ProblemDetails>('POST', '/api/auth/login', { email, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }

  get<T = unknown>(path: string, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = unknown>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { accept: 'application/json', ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !(CSRF_HEADER in h)) h[CSRF_HEADER] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      h['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers: h, body: payload });
    const setCookie = res.headers.getSetCookie().find((c) => c.includes('koers_session='));
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = /=$/.test(value) || /Expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
}

/** A client logged in as `user` (the login must succeed). */
export async function loginAs(t: Pick<TestApp, 'baseUrl'>, user: Pick<TestUser, 'email' | 'password'>): Promise<ApiClient> {
  const c = new ApiClient(t.baseUrl);
  expect((await c.login(user.email, user.password)).status).toBe(200);
  return c;
}
