import type { SessionResponse } from '@koers/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiClientProvider } from '../api/api-context';
import { createAppServices } from '../app/create-app-services';
import { routes } from '../app/routes';
import { SESSION_QUERY_KEY } from '../features/auth/hooks/use-session';

export interface RenderAppOptions {
  /** The stubbed network; see fakeFetch. */
  fetch: typeof fetch;
  /** The session to start with (null: logged out). Left out: the app asks the server. */
  session?: SessionResponse | null;
  /** Location state, e.g. { from: '/beheer' }. */
  state?: unknown;
}

/** Renders the whole app (routes, guards, layout) at `path`, against a stubbed network. */
export function renderApp(path: string, { fetch, session, state }: RenderAppOptions) {
  const services = createAppServices({ fetch });
  services.queryClient.setDefaultOptions({
    queries: { ...services.queryClient.getDefaultOptions().queries, retry: false },
  });
  if (session !== undefined) services.queryClient.setQueryData(SESSION_QUERY_KEY, session);
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: path.split('#')[0], hash: path.includes('#') ? `#${path.split('#')[1]}` : '', state }] });
  const result = render(
    <QueryClientProvider client={services.queryClient}>
      <ApiClientProvider client={services.api}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, services };
}
