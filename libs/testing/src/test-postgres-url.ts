import type { TestPostgres } from './test-postgres';

/** A TestPostgres handle for a server started elsewhere (e.g. in a vitest globalSetup), from its admin URL. */
export function testPostgresAt(adminUrl: string): TestPostgres {
  const base = new URL(adminUrl);
  return {
    urlFor: (database) => {
      const url = new URL(base.toString());
      url.pathname = `/${database}`;
      return url.toString();
    },
    stop: async () => undefined,
  };
}
