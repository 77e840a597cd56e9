import { CSRF_HEADER } from '@koers/contracts';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, jsonResponse, problemResponse } from '../test/fixtures';
import { createApiClient } from './api-client';
import { ApiError } from './api-error';

function client(fetch: typeof globalThis.fetch, csrfToken: string | undefined = 'the-csrf-token') {
  const onUnauthorized = vi.fn();
  const api = createApiClient({ fetch, getCsrfToken: () => csrfToken, onUnauthorized });
  return { api, onUnauthorized };
}

describe('createApiClient', () => {
  it('turns a problem+json response into an ApiError with the Dutch title, field errors and request id', async () => {
    const fetch = fakeFetch({
      'POST /api/teams': () =>
        problemResponse({
          status: 400,
          title: 'Niet alle gegevens zijn goed ingevuld.',
          code: 'VALIDATION_FAILED',
          requestId: 'req-42',
          errors: [{ field: 'name', message: 'Vul dit veld in.' }],
        }),
    });
    const { api } = client(fetch);

    const error = await api.post('/teams', { name: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('Niet alle gegevens zijn goed ingevuld.');
    expect(apiError.message).toBe('Niet alle gegevens zijn goed ingevuld.');
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(apiError.requestId).toBe('req-42');
    expect(apiError.fieldErrors).toEqual([{ field: 'name', message: 'Vul dit veld in.' }]);
    expect(apiError.fieldError('name')).toBe('Vul dit veld in.');
    expect(apiError.fieldError('email')).toBeUndefined();
  });

  it('gives a Dutch stand-in when something other than the API answers (a proxy page, a crash)', async () => {
    const fetch = fakeFetch({ 'GET /api/teams': () => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }) });
    const { api } = client(fetch);

    const error = (await api.get('/teams').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toMatch(/Er ging iets mis aan onze kant/);
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports an unreachable server as status 0 with a Dutch message', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { api } = client(fetch);

    const error = (await api.get('/teams').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.title).toMatch(/niet bereikbaar/);
  });

  it('sends the CSRF token of the session on POST, as JSON', async () => {
    const fetch = fakeFetch({ 'POST /api/teams': () => jsonResponse({ id: 't1', name: 'Team Oost', createdAt: '2026-01-01T00:00:00.000Z' }, 201) });
    const { api } = client(fetch, 'csrf-abc');

    const team = await api.post<{ name: string }>('/teams', { name: 'Team Oost' });

    expect(team.name).toBe('Team Oost');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/teams');
    const headers = new Headers(init?.headers);
    expect(headers.get(CSRF_HEADER)).toBe('csrf-abc');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe(JSON.stringify({ name: 'Team Oost' }));
    expect(init?.credentials).toBe('same-origin');
  });

  it('does not send the CSRF token on GET, and leaves empty query values out', async () => {
    const fetch = fakeFetch({ 'GET /api/users': () => jsonResponse({ items: [], nextCursor: null }) });
    const { api } = client(fetch);

    await api.get('/users', { query: { cursor: 'abc=', teamId: null, role: undefined, limit: 10 } });

    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/users?cursor=abc%3D&limit=10');
    expect(new Headers(init?.headers).has(CSRF_HEADER)).toBe(false);
  });

  it('returns undefined for 204 No Content', async () => {
    const fetch = fakeFetch({ 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });
    const { api } = client(fetch);

    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('ends the session on a 401 from a call that needs one', async () => {
    const fetch = fakeFetch({ 'GET /api/users': () => problemResponse({ status: 401, title: 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.' }) });
    const { api, onUnauthorized } = client(fetch);

    await expect(api.get('/users')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not end anything on a 401 from an anonymous call (wrong password at login)', async () => {
    const fetch = fakeFetch({ 'POST /api/auth/login': () => problemResponse({ status: 401, title: 'Het e-mailadres of het wachtwoord klopt niet.' }) });
    const { api, onUnauthorized } = client(fetch);

    await expect(api.post('/auth/login', { email: 'a@b.nl', password: 'x' }, { anonymous: true })).rejects.toMatchObject({
      status: 401,
      title: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
