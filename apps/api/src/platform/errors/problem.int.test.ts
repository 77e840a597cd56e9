import type { ProblemDetails } from '@koers/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../test/factories';
import { ApiClient, startTestApp, type TestApp } from '../../../test/utils';

describe('bad input gets a clear problem and changes nothing', () => {
  let t: TestApp;
  let beheerder: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    const u = await createUser(t.db, 'beheerder');
    beheerder = new ApiClient(t.baseUrl);
    await beheerder.login(u.email, u.password);
  });
  afterAll(() => t.close());

  const expectProblem = (res: { status: number; headers: Headers; body: unknown }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = res.body as ProblemDetails;
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
    return body;
  };

  it('refuses unknown fields by name, in Dutch', async () => {
    const body = expectProblem(await beheerder.post('/api/teams', { name: 'Team Oost', isAdmin: true }), 400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'isAdmin', message: 'Dit veld is onbekend en mag niet worden meegestuurd.' }]);
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM team WHERE name = 'Team Oost'`);
    expect(rows).toHaveLength(0);
  });

  it('reports one message per field, the most basic problem first', async () => {
    const body = expectProblem(await beheerder.post('/api/users', { email: 'geen-adres', role: 'koning' }), 400);
    const fields = body.errors!.map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'password', 'role', 'teamId']);
    expect(body.errors!.find((e) => e.field === 'name')!.message).toBe('Vul dit veld in.');
  });

  it('answers 400 for malformed JSON', async () => {
    const body = expectProblem(await beheerder.post('/api/teams', '{"name": '), 400);
    expect(body.detail).toBe('De inhoud is geen geldige JSON.');
  });

  it('answers 400 for a malformed id in the path, and for bad query values', async () => {
    expect(expectProblem(await beheerder.post('/api/users/niet-een-uuid/deactivate'), 400).errors?.[0]?.field).toBe('id');
    expect(expectProblem(await beheerder.get('/api/users?limit=0'), 400).errors?.[0]?.field).toBe('limit');
    expect(expectProblem(await beheerder.get('/api/users?role=koning'), 400).errors?.[0]?.field).toBe('role');
    expect(expectProblem(await beheerder.get('/api/users?onbekend=1'), 400).errors?.[0]?.field).toBe('onbekend');
  });

  it('answers 404 for a well-formed id that does not exist', async () => {
    expectProblem(await beheerder.post('/api/users/00000000-0000-4000-8000-000000000000/deactivate'), 404);
  });

  it('speaks to a jongere as "je" in generic refusals, and to staff as "u"', async () => {
    const y = await createUser(t.db, 'jongere');
    const youth = new ApiClient(t.baseUrl);
    await youth.login(y.email, y.password);
    const missing = '/api/me/plan/goals/00000000-0000-4000-8000-000000000000/comments';
    expect(expectProblem(await youth.post(missing, { text: 'Hoi' }), 404).title).toMatch(/ je kunt er niet bij\.$/);
    expect(expectProblem(await youth.get('/api/users'), 403).title).toBe('Dit kun je niet doen in Koers.');
    expect(expectProblem(await youth.get('/api/me/access-log?limit=0'), 400).errors?.[0]?.field).toBe('limit');
    // Staff keep the formal words.
    expect(expectProblem(await beheerder.post('/api/users/00000000-0000-4000-8000-000000000000/deactivate'), 404).title).toMatch(/ u heeft er geen toegang toe\.$/);
    const km = await createUser(t.db, 'klantmanager');
    const staff = new ApiClient(t.baseUrl);
    await staff.login(km.email, km.password);
    expect(expectProblem(await staff.get('/api/users'), 403).title).toBe('U heeft geen toegang tot dit onderdeel.');
  });

  it('answers 404 in the problem shape for unknown API routes', async () => {
    expectProblem(await beheerder.get('/api/bestaat-niet'), 404);
    expectProblem(await new ApiClient(t.baseUrl).get('/api/bestaat-niet'), 404);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await beheerder.post('/api/teams', { name: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
  });

  it('echoes a sane incoming request id and replaces a malicious one', async () => {
    const ok = await beheerder.get('/api/bestaat-niet', { 'x-request-id': 'req-12345678' });
    expect(ok.headers.get('x-request-id')).toBe('req-12345678');
    const bad = await beheerder.get('/api/bestaat-niet', { 'x-request-id': '<script>' });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and no-store on API responses', async () => {
    const res = await beheerder.get('/api/health');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the OpenAPI document outside production', async () => {
    const res = await new ApiClient(t.baseUrl).get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toContain('/api/auth/login');
  });
});
