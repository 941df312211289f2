// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
/** Any Node built-in, `node:`-only ones (node:test, node:sqlite) included, and their subpaths. */
const nodeBuiltinSource = new RegExp(`^(node:.+|(${builtinModules.join('|')})(/.*)?)$`);

/** The source files of a layer, whatever their flavour: `.mjs` and `.cjs` run as much as `.ts` does. */
const SOURCE = '{ts,js,mjs,cjs}';

/**
 * no-restricted-imports sees only `import`/`export … from`. These no-restricted-syntax entries carry
 * a layer's ban over to `import()` and `require()` of a string or template literal (a template is
 * judged by its text before the first `${…}`).
 */
function dynamicImportBan(/** @type {RegExp} */ source, /** @type {string} */ message) {
  const re = `/${source.source}/`; // RegExp#source writes each '/' as '\/', which esquery's regex needs
  const loads = ['ImportExpression[source', "CallExpression[callee.name='require'][arguments.0"];
  const literals = loads.flatMap((load) => [`${load}.value=${re}]`, `${load}.quasis.0.value.cooked=${re}]`]);
  return { selector: `:matches(${literals.join(', ')})`, message };
}

/** Layer rules (ARCHITECTURE.md, "Layer rules"): code is sorted by where it runs, and lint keeps it that way. */
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
    { regex: '^node:', message: 'shared/ imports no Node built-ins.' },
  ],
};
const sharedDynamic = [
  dynamicImportBan(
    /^(electron|electron-store|conf|react|react-dom)(\/|$)/,
    'shared/ runs in main, renderer and Node alike: no electron, storage or react here.',
  ),
  dynamicImportBan(nodeBuiltinSource, 'shared/ imports no Node built-ins.'),
  dynamicImportBan(/\/(electron|renderer)\/|^renderer\//, 'shared/ depends on nothing above it.'),
];

const rendererLayer = {
  paths: [
    ...['electron', 'electron-store', 'conf'].map((name) => ({
      name,
      message: 'The renderer reaches main only through window.throughline (types from shared/ipc/contract).',
    })),
    ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed web content: no Node built-ins.' })),
  ],
  patterns: [
    { group: ['**/electron/**'], message: 'The renderer never imports electron/ code.' },
    { regex: '^node:', message: 'The renderer is sandboxed web content: no Node built-ins.' },
  ],
};
const rendererDynamic = [
  dynamicImportBan(
    /^(electron|electron-store|conf)(\/|$)/,
    'The renderer reaches main only through window.throughline (types from shared/ipc/contract).',
  ),
  dynamicImportBan(nodeBuiltinSource, 'The renderer is sandboxed web content: no Node built-ins.'),
  dynamicImportBan(/\/electron\//, 'The renderer never imports electron/ code.'),
];

/** electron/ (main and preload) runs outside the page: it never reaches into the renderer's code. */
const noRenderer = {
  patterns: [
    { group: ['**/renderer/**'], message: 'electron/ never imports renderer/ code; share it through shared/.' },
  ],
};
const noRendererDynamic = [
  dynamicImportBan(/(^|\/)renderer\//, 'electron/ never imports renderer/ code; share it through shared/.'),
];

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
/** import() and require() always load a value, so the preload's type-only allowance does not apply. */
const preloadDynamic = [
  dynamicImportBan(
    /(^|\/)shared\/(?!ipc\/(bridge-key|events)$)/,
    'The preload imports only types from shared/ (import type); values stay out of its bundle.',
  ),
  dynamicImportBan(/(^|\/)main\//, 'The preload never imports main-process code.'),
];

/**
 * Main's modules run under plain Node too, where Electron is absent, so they may name its types and
 * nothing else: the CLIs and the bench load them (scripts/*.ts; scripts/support/main-process.ts
 * builds the whole IPC surface, handlers, dispatch, preferences and app protocol included), the
 * import worker runs its thread from source (import/worker/from-source.mjs), and the unit tests
 * import the rest without mocking electron. `electron/main`, `electron/common` and the other
 * subpaths are Electron too.
 */
const cliSafeMessage = 'The CLIs load this module under plain Node: import Electron for types only (import type).';
const cliSafeLayer = {
  paths: ['electron', 'electron-store'].map((name) => ({ name, allowTypeImports: true, message: cliSafeMessage })),
  patterns: [{ regex: '^electron(-store)?/', allowTypeImports: true, message: cliSafeMessage }],
};
const cliSafeDynamic = [
  dynamicImportBan(
    /^electron(-store)?(\/|$)/,
    'The CLIs load this module under plain Node: no import() or require() of Electron.',
  ),
];
const cliSafeFiles = [`electron/main/**/*.${SOURCE}`];
/**
 * Main takes Electron's values here and nowhere else: modules only the app loads, which no CLI,
 * bench or test imports, even indirectly. A module joins this list only on that condition.
 */
const electronOnlyFiles = ['electron/main/index.ts', 'electron/main/export/print-window.ts'];

/** scripts/ (the CLIs and the bench) stand alone; tests may use scripts/support/, never the reverse. */
const scriptsLayer = {
  patterns: [
    { group: ['**/tests/**'], message: 'scripts/ never imports tests/: move what both need into scripts/support/.' },
  ],
};
const scriptsDynamic = [
  dynamicImportBan(/(^|\/)tests\//, 'scripts/ never imports tests/: move what both need into scripts/support/.'),
];

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
    files: [`shared/**/*.${SOURCE}`],
    rules: {
      'no-restricted-imports': ['error', sharedLayer],
      'no-restricted-syntax': ['error', noAny, ...sharedDynamic],
    },
  },
  {
    files: [`renderer/**/*.${SOURCE}`, 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererLayer],
      'no-restricted-syntax': ['error', noAny, ...rendererDynamic],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: [`electron/**/*.${SOURCE}`],
    rules: {
      'no-restricted-imports': ['error', noRenderer],
      'no-restricted-syntax': ['error', noAny, ...noRendererDynamic],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', preloadLayer],
      // `import { type Channel } from '…/contract'` would still load the contract (and zod) here.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // One no-restricted-syntax per file: the later block's list replaces electron/**'s, so repeat it.
      'no-restricted-syntax': ['error', noAny, ...noRendererDynamic, ...preloadDynamic],
    },
  },
  {
    files: cliSafeFiles,
    ignores: electronOnlyFiles,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', cliSafeLayer],
      // `import { type App } from 'electron'` still loads electron under verbatimModuleSyntax: `import type` it.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': ['error', noAny, ...noRendererDynamic, ...cliSafeDynamic],
    },
  },
  {
    files: [`scripts/**/*.${SOURCE}`],
    rules: {
      'no-restricted-imports': ['error', scriptsLayer],
      'no-restricted-syntax': ['error', noAny, ...scriptsDynamic],
    },
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
