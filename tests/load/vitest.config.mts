import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared.mjs';

export default defineProject({
  resolve: { alias: koersAliases },
  test: {
    name: 'load',
    root: import.meta.dirname,
    include: ['**/*.bench.test.ts'],
    env: { NODE_ENV: 'test' },
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
