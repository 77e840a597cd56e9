import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared.mjs';

export default defineProject({
  resolve: { alias: koersAliases },
  test: {
    name: 'api',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { NODE_ENV: 'test' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every test file gets its own database cloned from the migrated template, so files run in parallel.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
