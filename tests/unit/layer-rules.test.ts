import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// The probes are not files the TS projects know, so type-aware rules are switched off for them;
// the layer rules come from the project's own eslint.config.js, by path.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
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
});
