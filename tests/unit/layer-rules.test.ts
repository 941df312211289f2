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

describe('layer rules (DESIGN.md §2), enforced by lint', () => {
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
    ["import { ipcRenderer } from 'electron';"],
    ["import { AppError } from '../../electron/main/app-error';"],
    ["import { readFile } from 'node:fs/promises';"],
  ])('renderer/ may not: %s', async (source) => {
    expect(await importErrors('renderer/src/probe.ts', `${source}\nexport {};\n`)).not.toEqual([]);
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
  ])('the preload may not: %s', async (source) => {
    const errors = await importErrors('electron/preload.ts', `${source}\nexport {};\n`);
    // An inline `type` specifier alone still loads the module: that is the side-effect rule's case.
    expect(errors.join('\n')).toMatch(/preload|side effect/);
  });

  it('passes the preload as it is: contract types, plus the bridge key and menu event values', async () => {
    const source = readFileSync(path.join(root, 'electron/preload.ts'), 'utf8');
    expect(await importErrors('electron/preload.ts', source)).toEqual([]);
  });

  it.each([
    ['electron/main/store/probe.ts', "import { app } from 'electron';"],
    ['electron/main/store/probe.ts', "import Store from 'electron-store';"],
    ['electron/main/store/probe.ts', "import { type App } from 'electron';"],
    ['electron/main/import/worker/probe.ts', "import { dialog } from 'electron';"],
    ['electron/main/taxonomy/load.ts', "import { app } from 'electron';"],
    ['electron/main/plan/calendar.ts', "import { Notification } from 'electron';"],
    ['electron/main/store/probe.ts', "export const electron = () => import('electron');"],
  ])("a module the CLIs load may not take Electron's values: %s %s", async (file, source) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(/plain Node|side effect/);
  });

  it.each([
    ['electron/main/store/probe.ts', "import type { App } from 'electron';\nexport type A = App;"],
    ['electron/main/import/probe.ts', "import type Store from 'electron-store';\nexport type S = Store;"],
    ['electron/main/window.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('Electron types in the CLI modules, and values elsewhere in main, pass: %s', async (file, source) => {
    expect(await importErrors(file, `${source}\n`)).toEqual([]);
  });

  it.each([
    ['scripts/probe.ts', "import { largeProfile } from '../tests/support/large-profile';"],
    ['scripts/support/probe.ts', "import type { Fixture } from '../../tests/unit/fixture';"],
  ])('scripts/ may not import tests/: %s %s', async (file, source) => {
    expect((await importErrors(file, `${source}\nexport {};\n`)).join('\n')).toMatch(/never imports tests/);
  });

  it('lets scripts/ use scripts/support/, which the tests share', async () => {
    const source = "import { largeProfile } from './support/large-profile';\nexport const profile = largeProfile;\n";
    expect(await importErrors('scripts/probe.ts', source)).toEqual([]);
  });
});
