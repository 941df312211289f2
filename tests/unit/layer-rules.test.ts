import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The probes are not files the TS projects know, so type-aware rules are switched off for them;
// the layer rules come from the project's own eslint.config.js, by path.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules that carry a layer rule; a probe's other findings (an unused import, say) are not counted. */
const LAYER_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  '@typescript-eslint/no-import-type-side-effects',
  'no-restricted-syntax',
]);

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId))
    .map((message) => message.message);
}

describe('layer rules (ARCHITECTURE.md), enforced by lint', () => {
  it.each([
    ["import { app } from 'electron';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import path from 'path';"],
    ["import { useState } from 'react';"],
    ["import Store from 'electron-store';"],
    ["import { AppError } from '../electron/main/app-error';"],
  ])('shared/ may not: %s', async (source) => {
    expect(await importErrors('shared/probe.ts', `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['shared/probe.ts', "import Conf from 'conf';", /no electron, storage or react/],
    ['shared/probe.ts', "import { flushSync } from 'react-dom';", /no electron, storage or react/],
    ['shared/probe.ts', "import { createRoot } from 'react-dom/client';", /shared\/ imports no react/],
    ['shared/probe.ts', "import { test } from 'node:test';", /no Node built-ins/],
    ['shared/probe.mjs', "import { app } from 'electron';", /no electron, storage or react/],
    ['shared/probe.ts', "export const load = () => import('electron');", /no electron, storage or react/],
    ['shared/probe.ts', "export const load = () => import('react');", /no electron, storage or react/],
    ['shared/probe.ts', "export const load = () => import('react-dom/client');", /no electron, storage or react/],
    ['shared/probe.ts', "export const store: unknown = require('electron-store');", /no electron, storage or react/],
    ['shared/probe.ts', "export const fs: unknown = require('node:fs');", /no Node built-ins/],
    ['shared/probe.ts', "export const load = () => import('fs/promises');", /no Node built-ins/],
    ['shared/probe.ts', "export const load = () => import('../electron/main/app-error');", /nothing above it/],
    ['shared/probe.ts', 'export const load = (name: string) => import(`../renderer/src/${name}`);', /nothing above it/],
  ])('shared/ may not load, statically or not: %s %s', async (file, source, rule) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(rule);
  });

  it.each([
    ["import { ipcRenderer } from 'electron';"],
    ["import { AppError } from '../../electron/main/app-error';"],
    ["import { readFile } from 'node:fs/promises';"],
  ])('renderer/ may not: %s', async (source) => {
    expect(await importErrors('renderer/src/probe.ts', `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/probe.ts', "import Store from 'electron-store';", /window\.throughline/],
    ['renderer/src/probe.ts', "import Conf from 'conf';", /window\.throughline/],
    ['renderer/src/probe.tsx', "import type { Options } from 'conf';", /window\.throughline/],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron/renderer';", /never imports electron\/ code/],
    ['renderer/src/probe.ts', "import { test } from 'node:test';", /no Node built-ins/],
    [
      'renderer/src/probe.js',
      "import { AppError } from '../../electron/main/app-error';",
      /never imports electron\/ code/,
    ],
    [
      'renderer/src/probe.ts',
      "export const load = () => import('../../electron/main/app-error');",
      /never imports electron\/ code/,
    ],
    [
      'renderer/src/probe.tsx',
      'export const load = (name: string) => import(`../../electron/main/${name}`);',
      /never imports electron\/ code/,
    ],
    ['renderer/src/probe.ts', "export const load = () => import('electron');", /window\.throughline/],
    ['renderer/src/probe.ts', "export const store: unknown = require('electron-store');", /window\.throughline/],
    ['renderer/src/probe.ts', "export const load = () => import('node:fs');", /no Node built-ins/],
  ])('renderer/ may not load, statically or not: %s %s', async (file, source, rule) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(rule);
  });

  it('lets the renderer use the shared contract types', async () => {
    const source =
      "import type { ThroughlineApi } from '../../shared/ipc/contract';\nexport type Api = ThroughlineApi;\n";
    expect(await importErrors('renderer/src/probe.ts', source)).toEqual([]);
  });

  it.each([
    ['electron/main/probe.ts', "import { invoke } from '../../renderer/src/ipc/client';"],
    ['electron/main/store/probe.ts', "import type { Invoke } from '../../../renderer/src/ipc/client';"],
    ['electron/preload.ts', "import { invoke } from '../renderer/src/ipc/client';"],
    ['electron/main/import/worker/probe.mjs', "import { invoke } from '../../../../renderer/src/ipc/client';"],
    ['electron/main/probe.ts', "export const load = () => import('../../renderer/src/ipc/client');"],
    ['electron/main/store/probe.ts', "export const load = () => import('../../../renderer/src/ipc/client');"],
    ['electron/main/index.ts', "export const load = () => import('../../renderer/src/ipc/client');"],
    ['electron/preload.ts', "export const client: unknown = require('../renderer/src/ipc/client');"],
    ['electron/main/probe.cjs', "module.exports = require('../../renderer/src/ipc/client');"],
  ])('electron/ may not import renderer/: %s %s', async (file, source) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(/never imports renderer/);
  });

  it.each([
    ["import { ipcContract } from '../shared/ipc/contract';"],
    ["import { type Channel, ipcContract } from '../shared/ipc/contract';"],
    ["import { type Channel } from '../shared/ipc/contract';"],
    ["import { emptyProfile } from '../shared/domain/profile';"],
    ["import { createHandlers } from './main/ipc/handlers';"],
    ["import type { DesktopServices } from './main/ipc/handlers';"],
    ["export const load = () => import('../shared/ipc/contract');"],
    ["export const load = () => import('../shared/domain/profile');"],
    ["export const contract: unknown = require('../shared/ipc/contract');"],
    ["export const load = () => import('./main/ipc/handlers');"],
    ["export const handlers: unknown = require('./main/ipc/handlers');"],
  ])('the preload may not: %s', async (source) => {
    const errors = await importErrors('electron/preload.ts', `${source}\nexport {};\n`);
    // An inline `type` specifier alone still loads the module: that is the side-effect rule's case.
    expect(errors.join('\n')).toMatch(/preload|side effect/);
  });

  it('passes the preload as it is: contract types, plus the bridge key and menu event values', async () => {
    const source = readFileSync(path.join(root, 'electron/preload.ts'), 'utf8');
    expect(await importErrors('electron/preload.ts', source)).toEqual([]);
  });

  it("passes the import worker's source bootstrap as it is: an import() of a computed path", async () => {
    const file = 'electron/main/import/worker/from-source.mjs';
    expect(await importErrors(file, readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it.each([
    ['electron/main/store/probe.ts', "import { app } from 'electron';"],
    ['electron/main/store/probe.ts', "import Store from 'electron-store';"],
    ['electron/main/store/probe.ts', "import { type App } from 'electron';"],
    ['electron/main/import/worker/probe.ts', "import { dialog } from 'electron';"],
    ['electron/main/taxonomy/load.ts', "import { app } from 'electron';"],
    ['electron/main/plan/calendar.ts', "import { Notification } from 'electron';"],
    ['electron/main/store/probe.ts', "export const electron = () => import('electron');"],
    ['electron/main/posting/probe.ts', "import { net } from 'electron';"],
    ['electron/main/taxonomy/service.ts', "import { app } from 'electron';"],
    ['electron/main/ipc/handlers.ts', "import { dialog } from 'electron';"],
    ['electron/main/ipc/dispatch.ts', "import { ipcMain } from 'electron';"],
    ['electron/main/preferences/preferences.ts', "import Store from 'electron-store';"],
    ['electron/main/preferences/schema.ts', "import { app } from 'electron';"],
    ['electron/main/app-protocol.ts', "import { protocol } from 'electron';"],
    ['electron/main/window.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/import/worker/from-source.mjs', "import { app } from 'electron';"],
    ['electron/main/store/probe.ts', "import { app } from 'electron/main';"],
    ['electron/main/store/probe.ts', "import { clipboard } from 'electron/common';"],
    ['electron/main/store/probe.ts', "import { ipcRenderer } from 'electron/renderer';"],
    ['electron/main/store/probe.ts', "import { type App } from 'electron/main';"],
    ['electron/main/store/probe.ts', "export const electron: unknown = require('electron');"],
    ['electron/main/store/probe.ts', "export const store: unknown = require('electron-store');"],
    ['electron/main/store/probe.ts', "export const electron = () => import('electron/main');"],
    ['electron/main/store/probe.ts', 'export const electron = () => import(`electron`);'],
  ])("a module the CLIs load may not take Electron's values: %s %s", async (file, source) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(/plain Node|side effect/);
  });

  it.each([
    ['electron/main/store/probe.ts', "import type { App } from 'electron';\nexport type A = App;"],
    ['electron/main/import/probe.ts', "import type Store from 'electron-store';\nexport type S = Store;"],
    ['electron/main/store/probe.ts', "import type { App } from 'electron/main';\nexport type A = App;"],
    ['electron/main/ipc/handlers.ts', "import type { App } from 'electron';\nexport type A = App;"],
    ['electron/main/store/probe.ts', "export type Electron = typeof import('electron');"],
    [
      'electron/main/preferences/preferences.ts',
      "import type { Options } from 'conf';\nexport type O = Options<object>;",
    ],
    ['electron/main/index.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/main/index.ts', "import Store from 'electron-store';\nexport const S = Store;"],
    [
      'electron/main/export/print-window.ts',
      "import { BrowserWindow } from 'electron';\nexport const W = BrowserWindow;",
    ],
    ['electron/preload.ts', "export const load = () => import('../shared/ipc/events');"],
    ['shared/probe.ts', "export type Handler = (event: string) => Promise<typeof import('./ipc/contract')>;"],
  ])('allowed forms pass (Electron types in CLI modules, its values in app-only ones): %s %s', async (file, source) => {
    expect(await importErrors(file, `${source}\n`)).toEqual([]);
  });

  it.each([
    ['scripts/probe.ts', "import { largeProfile } from '../tests/support/large-profile';"],
    ['scripts/support/probe.ts', "import type { Fixture } from '../../tests/unit/fixture';"],
    ['scripts/probe.mjs', "import { largeProfile } from '../tests/support/large-profile';"],
    ['scripts/probe.ts', "export const load = () => import('../tests/support/large-profile');"],
    ['scripts/support/probe.ts', "export const fixture: unknown = require('../../tests/unit/fixture');"],
  ])('scripts/ may not import tests/: %s %s', async (file, source) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(/never imports tests/);
  });

  it('lets scripts/ use scripts/support/, which the tests share', async () => {
    const source = "import { largeProfile } from './support/large-profile';\nexport const profile = largeProfile;\n";
    expect(await importErrors('scripts/probe.ts', source)).toEqual([]);
  });
});
