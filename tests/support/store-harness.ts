import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProfileStore, PROFILE_FILE, type ProfileStoreOptions } from '../../electron/main/store/profile-store';
import { openConf } from './main-process';

export function tempFolder(prefix = 'throughline-store-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Opens the store the way main does (conf included), with a short coalescing delay for tests. */
export function openStore(dataFolder: string, options: Partial<ProfileStoreOptions> = {}) {
  return openProfileStore({ dataFolder, openBacking: () => openConf(dataFolder), coalesceMs: 20, ...options });
}

export function profileBytes(dataFolder: string): string {
  return readFileSync(path.join(dataFolder, PROFILE_FILE), 'utf8');
}

export function fileMode(file: string): number {
  return statSync(file).mode & 0o777;
}
