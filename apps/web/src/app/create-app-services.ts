import { QueryClient } from '@tanstack/react-query';
import { type ApiClient, createApiClient } from '../api/api-client';
import { isApiError } from '../api/api-error';
import { csrfTokenFrom, endSession } from '../features/auth/hooks/use-session';

export interface AppServices {
  queryClient: QueryClient;
  api: ApiClient;
}

/** A 4xx will not get better by asking again; a network error or a 5xx may. */
const retryTransient = (failures: number, error: unknown) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2;

/**
 * The query cache and the API client, wired together: the client reads the CSRF token from the
 * cached session, and a 401 on any call ends the cached session (the route guard then sends the
 * user to the login page).
 */
export function createAppServices(options: { fetch?: typeof fetch } = {}): AppServices {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: retryTransient, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  const api = createApiClient({
    fetch: options.fetch,
    getCsrfToken: () => csrfTokenFrom(queryClient),
    onUnauthorized: () => endSession(queryClient, 'expired'),
  });
  return { queryClient, api };
}
