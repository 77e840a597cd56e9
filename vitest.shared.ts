import { resolve } from 'node:path';

/** Resolve the workspace libraries to their TypeScript sources in tests (no build needed). */
export const koersAliases = {
  '@koers/contracts': resolve(__dirname, 'libs/contracts/src/index.ts'),
  '@koers/domain': resolve(__dirname, 'libs/domain/src/index.ts'),
  '@koers/testing': resolve(__dirname, 'libs/testing/src/index.ts'),
};
