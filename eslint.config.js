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

/** electron/ (main and preload) runs outside the page: it never reaches into the renderer's code. */
const noRenderer = {
  patterns: [
    { group: ['**/renderer/**'], message: 'electron/ never imports renderer/ code; share it through shared/.' },
  ],
};

/**
 * The preload sees main only as the contract's types, so it bundles no schema and no main-process
 * code. Its value imports from shared/ are the two dependency-free modules made for it: the bridge's
 * window key and the menu-command event.
 */
const preloadLayer = {
  patterns: [
    {
      regex: '(^|/)shared/(?!ipc/(bridge-key|events)$)',
      allowTypeImports: true,
      message: 'The preload imports only types from shared/ (import type); values stay out of its bundle.',
    },
    { group: ['**/main/**'], message: 'The preload never imports main-process code.' },
  ],
};

/**
 * Main's Node-only modules, which the CLIs (npm run analyze, import, taxonomy, bench) load under
 * plain Node: Electron is absent there, so they may name its types and nothing else.
 */
const cliSafeLayer = {
  paths: ['electron', 'electron-store'].map((name) => ({
    name,
    allowTypeImports: true,
    message: 'The CLIs load this module under plain Node: import Electron for types only (import type).',
  })),
};
const cliSafeFiles = [
  'electron/main/store/**/*.ts',
  'electron/main/import/**/*.ts',
  'electron/main/taxonomy/load.ts',
  'electron/main/plan/**/*.ts',
  'electron/main/posting/**/*.ts',
];

/** scripts/ (the CLIs and the bench) stand alone; tests may use scripts/support/, never the reverse. */
const scriptsLayer = {
  patterns: [
    { group: ['**/tests/**'], message: 'scripts/ never imports tests/: move what both need into scripts/support/.' },
  ],
};

/** Every file's ban on any, repeated where a block sets its own no-restricted-syntax. */
const noAny = { selector: 'TSAnyKeyword', message: 'No any: parse with zod or use unknown.' };

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
      'no-restricted-syntax': ['error', noAny],
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
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noRenderer] },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', preloadLayer],
      // `import { type Channel } from '…/contract'` would still load the contract (and zod) here.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: cliSafeFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', cliSafeLayer],
      // `import { type App } from 'electron'` still loads electron under verbatimModuleSyntax: `import type` it.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': [
        'error',
        noAny,
        {
          selector: 'ImportExpression[source.value=/^electron(-store)?$/]',
          message: 'The CLIs load this module under plain Node: no import() of Electron.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', scriptsLayer] },
  },
  {
    // Tests index fixtures they built themselves and use vitest's asymmetric matchers (typed any).
    files: ['tests/**/*.ts', 'scripts/support/**/*.ts', 'scripts/bench.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
