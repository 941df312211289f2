import path from 'node:path';
import { AppError } from '../app-error';
import type { Disk } from './disk';

export const LOCK_FILE = 'profile.lock';

/** True while a process with this pid exists (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

export interface ProfileLock {
  release(): Promise<void>;
}

/**
 * One writer per profile file, even across programs the single-instance lock does not cover
 * (a second copy of the app, a script): the lock file names the pid that holds it, and a lock
 * whose process is gone is taken over.
 */
export async function acquireProfileLock(
  disk: Disk,
  folder: string,
  options: { pid: number; isAlive: (pid: number) => boolean },
): Promise<ProfileLock> {
  const file = path.join(folder, LOCK_FILE);
  const content = JSON.stringify({ pid: options.pid, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await disk.createExclusive(file, content, 0o600)) {
      return { release: () => disk.remove(file) };
    }
    const holder = lockHolder(await disk.read(file));
    if (holder !== null && holder !== options.pid && options.isAlive(holder)) {
      throw new AppError(
        'STORE_LOCKED',
        `The profile in ${folder} is already open in another program (process ${holder}). Close it there, then open Throughline again.`,
      );
    }
    await disk.remove(file);
  }
  throw new AppError(
    'STORE_LOCKED',
    `The profile lock in ${folder} could not be taken. Close other copies of Throughline and try again.`,
  );
}

function lockHolder(bytes: Buffer | null): number | null {
  if (bytes === null) return null;
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && Number.isInteger(parsed.pid)) {
      return Number(parsed.pid);
    }
  } catch {
    // An unreadable lock file holds nobody: it is taken over.
  }
  return null;
}
