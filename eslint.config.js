// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** Layer rules (DESIGN.md §2): code is sorted by where it runs, and lint keeps it that way. */
const sharedLayer = {
  paths: [
    ...['electron', 'electron-store', 'conf', 'react', 'react-dom'].map((name) => ({
      name,
      message: 'shared/ runs in main, renderer and Node alike: no electron, storage or react here.',
    })),
    ...nodeBuiltins.map((name) => ({ name, message: 'shared/ imports no Node built-ins.' })),
  ],
  patterns: [
    { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing above it.' },
    { group: ['react/*', 'react-dom/*'], message: 'shared/ imports no react.' },
  ],
};

const rendererLayer = {
  paths: [
    ...['electron', 'electron-store', 'conf'].map((name) => ({
      name,
      message: 'The renderer reaches main only through window.throughline (types from shared/ipc/contract).',
    })),
    ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed web content: no Node built-ins.' })),
  ],
  patterns: [{ group: ['**/electron/**'], message: 'The renderer never imports electron/ code.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'release/**',
      'node_modules/**',
      '.ci/tools/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAnyKeyword', message: 'No any: parse with zod or use unknown.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedLayer] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererLayer],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests index fixtures they built themselves and use vitest's asymmetric matchers (typed any).
    files: ['tests/**/*.ts', 'scripts/bench.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
