import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { koersAliases } from '../../vitest.shared.mjs';

export default defineProject({
  plugins: [react()],
  resolve: { alias: koersAliases },
  test: {
    name: 'web',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // jsdom + user-event on a busy 2-core CI machine: give interaction tests room.
    testTimeout: 20_000,
  },
});
