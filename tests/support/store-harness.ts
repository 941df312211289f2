import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProfileStore, PROFILE_FILE, type ProfileStoreOptions } from '../../electron/main/store/profile-store';
import { editForRevision } from './store-edits';

export function tempFolder(prefix = 'throughline-store-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Opens the store the way main does, with a short coalescing delay for tests. */
export function openStore(dataFolder: string, options: Partial<ProfileStoreOptions> = {}) {
  return openProfileStore({ dataFolder, coalesceMs: 20, ...options });
}

export function profileBytes(dataFolder: string): string {
  return readFileSync(path.join(dataFolder, PROFILE_FILE), 'utf8');
}

export function fileMode(file: string): number {
  return statSync(file).mode & 0o777;
}

/** A data folder whose profile was saved after `edits` edits (revisions 1..edits), then closed. */
export async function savedFolder(edits: number): Promise<string> {
  const folder = tempFolder();
  const store = await openStore(folder);
  for (let revision = 1; revision <= edits; revision += 1) store.execute(editForRevision(revision));
  await store.close();
  return folder;
}
