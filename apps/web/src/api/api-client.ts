import { CSRF_HEADER, type ProblemDetails } from '@koers/contracts';
import { t } from '../i18n/i18n';
import { ApiError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Query parameters; null and undefined values are left out. */
  query?: Record<string, QueryValue>;
  /**
   * For calls that do not need a session (login, activation, the session check itself): a 401
   * there is an answer to show, not a sign that the session has ended.
   */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T = void>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T = void>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T = void>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>;
}

export interface ApiClientConfig {
  /** Where the API lives; the web app is served from the same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** The CSRF token of the current session, sent on every state-changing request. */
  getCsrfToken: () => string | null | undefined;
  /** Called when a call that needs a session gets a 401: the session has ended. */
  onUnauthorized: () => void;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** A thin fetch wrapper for the Koers API: JSON in and out, CSRF header, problem+json errors. */
export function createApiClient(config: ApiClientConfig): ApiClient {
  const baseUrl = config.baseUrl ?? '/api';

  async function request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers({ Accept: 'application/json' });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (!SAFE_METHODS.has(method)) {
      const token = config.getCsrfToken();
      if (token) headers.set(CSRF_HEADER, token);
    }

    let response: Response;
    try {
      // Resolved at call time, so that a test can stub the global fetch.
      const doFetch = config.fetch ?? globalThis.fetch;
      response = await doFetch(baseUrl + path + toQueryString(options.query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({ type: 'about:blank', status: 0, title: t('error.network') });
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      if (response.status === 401 && !options.anonymous) config.onUnauthorized();
      throw new ApiError(problem);
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
    patch: (path, body, options) => request('PATCH', path, body, options),
    delete: (path, options) => request('DELETE', path, undefined, options),
  };
}

function toQueryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The server's problem+json body, or a Dutch stand-in when something else answered (a proxy, a crash). */
async function readProblem(response: Response): Promise<ProblemDetails> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDetails>;
      if (typeof body.title === 'string') return { type: 'about:blank', ...body, status: response.status, title: body.title };
    } catch {
      // Not JSON after all: fall through to the stand-in.
    }
  }
  return { type: 'about:blank', status: response.status, title: t(response.status >= 500 ? 'error.server' : 'error.unexpected') };
}
