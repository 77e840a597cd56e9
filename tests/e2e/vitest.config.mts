import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared.mjs';

export default defineProject({
  resolve: { alias: koersAliases },
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    env: { NODE_ENV: 'test' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one app at a time on a 2-core machine.
    fileParallelism: false,
    // In CI a failed browser test runs once more (a slow shared runner, not a hidden bug: each test sets
    // up its own data, and a failure of the first attempt is still printed in the log).
    retry: process.env.CI ? 1 : 0,
  },
});
