import type { CurrentUser, ProblemDetails, Role, SessionResponse } from '@koers/contracts';
import { vi } from 'vitest';

/** Factories for API data in component tests. Override only what a test is about. */
export function makeUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  const role: Role = overrides.role ?? 'klantmanager';
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Karim El Amrani',
    email: `${role}@koers.test`,
    role,
    team: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Team Jongeren Centrum' },
    ...overrides,
  };
}

export function makeSession(user: Partial<CurrentUser> = {}): SessionResponse {
  const now = Date.now();
  return {
    user: makeUser(user),
    csrfToken: 'csrf-token-from-session',
    idleExpiresAt: new Date(now + 30 * 60_000).toISOString(),
    absoluteExpiresAt: new Date(now + 12 * 3_600_000).toISOString(),
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(problem: Partial<ProblemDetails> & Pick<ProblemDetails, 'status' | 'title'>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', requestId: 'req-123', ...problem }), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type Handler = (request: { method: string; path: string; body: unknown; headers: Headers }) => Response | Promise<Response>;

/**
 * A fetch stub that answers per "METHOD /path" (query string ignored) and records every call.
 * An unexpected call fails the test loudly instead of hanging.
 */
export function fakeFetch(handlers: Record<string, Handler>) {
  return vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://koers.test');
    const method = (init.method ?? 'GET').toUpperCase();
    const key = `${method} ${url.pathname}`;
    const handler = handlers[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    return handler({ method, path: url.pathname + url.search, body, headers: new Headers(init.headers) });
  });
}
