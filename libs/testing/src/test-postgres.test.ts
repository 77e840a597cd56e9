import { afterEach, describe, expect, it } from 'vitest';
import { assertTestProcess, createDatabase, newTestDatabaseName, type TestPostgres } from './test-postgres';

describe('test database helpers', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, VITEST: process.env.VITEST };
  afterEach(() => {
    process.env.NODE_ENV = saved.NODE_ENV;
    process.env.VITEST = saved.VITEST;
  });

  it('refuse to run outside a test process', () => {
    process.env.NODE_ENV = 'development';
    delete process.env.VITEST;
    expect(() => assertTestProcess()).toThrow(/refuse to run outside tests/);
  });

  it('refuse to create or drop a database without the test prefix', async () => {
    const server: TestPostgres = { urlFor: (d) => `postgres://x/${d}`, stop: async () => undefined };
    await expect(createDatabase(server, 'koers')).rejects.toThrow(/Refusing to touch database "koers"/);
  });

  it('name test databases with the prefix', () => {
    expect(newTestDatabaseName('Auth Flow')).toMatch(/^koers_test_authflow_[0-9a-f]{10}$/);
  });
});
