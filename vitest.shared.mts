import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Resolve the workspace libraries to their TypeScript sources in tests (no build needed). */
export const koersAliases = {
  '@koers/contracts': resolve(root, 'libs/contracts/src/index.ts'),
  '@koers/domain': resolve(root, 'libs/domain/src/index.ts'),
  '@koers/testing': resolve(root, 'libs/testing/src/index.ts'),
};
