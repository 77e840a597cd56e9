import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared';

export default defineProject({
  resolve: { alias: koersAliases },
  test: { name: 'testing', root: __dirname, include: ['src/**/*.test.ts'], passWithNoTests: false },
});
