import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared.mjs';

export default defineProject({
  resolve: { alias: koersAliases },
  test: { name: 'domain', root: import.meta.dirname, include: ['src/**/*.test.ts'], passWithNoTests: false },
});
