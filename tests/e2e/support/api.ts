import { CSRF_HEADER, type CaseDetail, type InvitationCreated, type SessionResponse } from '@koers/contracts';
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'koers-demo-wachtwoord';

/** JSON calls as a logged-in user (cookie + CSRF token), to set up data as a user would through the app. Any status of 300 or more fails the test. */
export interface Api {
  user: SessionResponse['user'];
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
}

type Transport = (method: string, path: string, headers: Record<string, string>, body?: unknown) => Promise<{ status: number; text: string }>;

function apiOver(transport: Transport, session: SessionResponse): Api {
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await transport(method, path, method === 'GET' ? {} : { [CSRF_HEADER]: session.csrfToken }, body);
    expect(res.status, `${method} ${path} → ${res.status} ${res.text}`).toBeLessThan(300);
    return (res.text ? JSON.parse(res.text) : null) as T;
  };
  return { user: session.user, send, get: (path) => send('GET', path), post: (path, body) => send('POST', path, body) };
}

/** Calls through a Playwright request client: a browser context's own one shares the session with its page. */
function overRequest(request: APIRequestContext): Transport {
  return async (method, path, headers, data) => {
    const res = await request.fetch(path, { method, data, headers });
    return { status: res.status(), text: await res.text() };
  };
}

/** Logs in from Node (no browser): the session, and the cookie and CSRF token to send along. */
export async function loginFromNode(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<{ session: SessionResponse; cookie: string; csrfToken: string }> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status, `login ${email}`).toBe(200);
  const session = (await res.json()) as SessionResponse;
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('koers_session='))!.split(';')[0]!;
  return { session, cookie, csrfToken: session.csrfToken };
}

/** JSON calls from Node (no browser) as `email`: for setting up and cleaning up data. */
export async function apiAs(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Api> {
  const { session, cookie } = await loginFromNode(baseUrl, email, password);
  return apiOver(async (method, path, headers, body) => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, text: await r.text() };
  }, session);
}

/** Logs in through `request` (e.g. a browser context's `context.request`, so that its page is logged in too). */
export async function apiIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<Api> {
  const res = await request.post('/api/auth/login', { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  return apiOver(overRequest(request), (await res.json()) as SessionResponse);
}

export interface NewYouth {
  name: string;
  email: string;
  dateOfBirth: string;
  /** The password she chooses when she activates her account. */
  password?: string;
}

/**
 * A new jongere with her own account, set up as the klantmanager `staff` would: registers her case,
 * invites her to it, and activates the invitation through `youthRequest` (a browser context's request
 * client logs that page in as her). Returns the case and her API session.
 */
export async function createActivatedYouth(staff: Api, youthRequest: APIRequestContext, youth: NewYouth): Promise<{ kase: CaseDetail; youth: Api }> {
  const kase = await staff.post<CaseDetail>('/api/cases', { name: youth.name, dateOfBirth: youth.dateOfBirth, preferredContact: 'whatsapp' });
  const invitation = await staff.post<InvitationCreated>('/api/invitations', { name: youth.name, email: youth.email, caseId: kase.id });
  const activated = await youthRequest.post('/api/auth/activation', {
    data: { token: invitation.activationUrl.split('#')[1], password: youth.password ?? 'een lange zin als wachtwoord' },
  });
  expect(activated.status(), await activated.text()).toBe(200);
  return { kase, youth: apiOver(overRequest(youthRequest), (await activated.json()) as SessionResponse) };
}
