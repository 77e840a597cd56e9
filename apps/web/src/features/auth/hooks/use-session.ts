import type { CurrentUser, SessionResponse } from '@koers/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/api-client';
import { useApiClient } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';

/**
 * The session lives in the TanStack Query cache under this key: the user and the CSRF token
 * (never in localStorage). `null` means: not logged in.
 */
export const SESSION_QUERY_KEY = ['session'] as const;

export type SessionState = SessionResponse | null;

/** Why the last session ended, so the login page can say so. Kept beside the session in the cache. */
export type SessionEnd = 'logout' | 'expired';
const SESSION_END_QUERY_KEY = ['session', 'ended'] as const;

export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async ({ signal }): Promise<SessionState> => {
      try {
        return await api.get<SessionResponse>('/auth/session', { anonymous: true, signal });
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    // Checked again when the user returns to the tab, so an ended session is noticed.
    staleTime: 60_000,
    refetchOnWindowFocus: true,
    retry: (failures, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && failures < 2,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions(useApiClient()));
}

/** The logged-in user, for pages behind the route guard (which only renders them with a session). */
export function useCurrentUser(): CurrentUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser is used outside the route guard.');
  return data.user;
}

/** The CSRF token of the cached session, for the API client. */
export function csrfTokenFrom(queryClient: QueryClient): string | undefined {
  return queryClient.getQueryData<SessionState>(SESSION_QUERY_KEY)?.csrfToken;
}

/**
 * Drops every cached query except the session. With `onlyUnused`, queries that a mounted
 * component still shows are kept (they belong to the login or activation page that is open).
 */
export function forgetUserData(queryClient: QueryClient, { onlyUnused = false } = {}): void {
  queryClient.removeQueries({
    predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] && (!onlyUnused || q.getObserversCount() === 0),
  });
}

/** A new session (login, activation): drop what was cached for an earlier user, then store it. */
export function startSession(queryClient: QueryClient, session: SessionResponse): void {
  forgetUserData(queryClient, { onlyUnused: true });
  queryClient.removeQueries({ queryKey: SESSION_END_QUERY_KEY, exact: true });
  queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, session);
}

/** The session has ended (logout, or a 401 from the server): the route guard sends the user to the login page. */
export function endSession(queryClient: QueryClient, reason: SessionEnd): void {
  queryClient.setQueryData<SessionEnd>(SESSION_END_QUERY_KEY, reason);
  queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, null);
}

export function sessionEndReason(queryClient: QueryClient): SessionEnd | undefined {
  return queryClient.getQueryData<SessionEnd>(SESSION_END_QUERY_KEY);
}
