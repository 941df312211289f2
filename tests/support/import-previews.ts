import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { ImportPreview } from '../../shared/import/plan';
import { ipcContract } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { APP_MAIN_FRAME, type TestMainProcess } from '../../scripts/support/main-process';

/** The user picks `file` in the open dialog: main reads it (the only way main reads a path). */
export async function previewPicked(main: TestMainProcess, file: string): Promise<IpcResult<ImportPreview>> {
  main.desktop.sourceAnswers.push(file);
  const result = await main.dispatch('import.choose', APP_MAIN_FRAME, {});
  if (!result.ok) return result;
  const answer = ipcContract['import.choose'].response.parse(result.value);
  if (answer.status !== 'preview') throw new Error('The dialog answer was not read.');
  return { ok: true, value: answer.preview };
}

/** The user drops a file on the window: its bytes cross, never its path. */
export async function previewDropped(
  main: TestMainProcess,
  fileName: string,
  bytes: Uint8Array,
): Promise<IpcResult<ImportPreview>> {
  const result = await main.dispatch('import.previewDropped', APP_MAIN_FRAME, { fileName, bytes });
  return result.ok ? { ok: true, value: ipcContract['import.previewDropped'].response.parse(result.value) } : result;
}

/** Drops a file from disk by its bytes, under its own name. */
export const dropFile = (main: TestMainProcess, file: string) =>
  previewDropped(main, path.basename(file), new Uint8Array(readFileSync(file)));
