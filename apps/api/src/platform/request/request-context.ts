import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../auth/auth-user';

/** What the audit trail needs to know about the request being handled. */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  user: AuthUser | null;
  /** A short, non-secret reference to the session (a prefix of its hash). */
  sessionRef: string | null;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return requestContext.getStore();
}
