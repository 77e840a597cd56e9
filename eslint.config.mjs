import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Module boundaries: apps may use libs; libs never use apps; the web app never reaches into the API. */
const boundaries = (forbidden) => ({
  'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'Crosses a module boundary (see docs/adr/0001).' })) }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', '.nx/**', '.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  { files: ['libs/**/*.ts'], rules: boundaries(['**/apps/**', '@nestjs/*', 'react', 'react-dom']) },
  { files: ['libs/testing/**/*.ts'], rules: boundaries(['**/apps/**']) },
  { files: ['apps/web/**/*.{ts,tsx}'], rules: boundaries(['**/apps/api/**', '@nestjs/*', 'typeorm', 'pg']) },
  { files: ['apps/api/**/*.ts'], rules: boundaries(['**/apps/web/**', 'react', 'react-dom']) },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      // Nest needs runtime class references for DI and DTO validation.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  { files: ['apps/web/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
);
