import path from 'node:path';
import { MIGRATIONS, type Migration } from '../../../shared/profile/migrations';
import type { SaveReport } from '../../../shared/profile/state';
import { nodeDisk, type Disk } from './disk';
import { isProcessAlive, processStartTime } from './lock';
import { openProfileFiles } from './open-profile';
import { runProfileStore, type ProfileStore } from './running-store';
import { MAX_PROFILE_BYTES } from './store-files';

export const PROFILE_FILE = 'profile.json';
export const HISTORY_FILE = 'history.json';

export interface ProfileStoreOptions {
  dataFolder: string;
  disk?: Disk;
  clock?: () => Date;
  pid?: number;
  isAlive?: (pid: number) => boolean;
  /** When a process started (see process-identity.ts): tells a reused pid from the lock's holder. */
  startTimeOf?: (pid: number) => string | null;
  coalesceMs?: number;
  migrations?: Readonly<Record<number, Migration>>;
  onSaveStatus?: (report: SaveReport) => void;
  /** The largest profile, backup, history or import file read (MAX_PROFILE_BYTES unless a test says). */
  maxFileBytes?: number;
}

export type { ProfileStore };
export { ProfileUnavailable } from './load-profile';

/**
 * Opens the profile in `dataFolder` and runs the store over it. Two steps, each in its own file:
 * opening and recovery (open-profile.ts, load-profile.ts), then the running store
 * (running-store.ts). Rejects with ProfileUnavailable when the profile cannot be opened at all.
 */
export async function openProfileStore(options: ProfileStoreOptions): Promise<ProfileStore> {
  const disk = options.disk ?? nodeDisk;
  const clock = options.clock ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  const maxFileBytes = options.maxFileBytes ?? MAX_PROFILE_BYTES;
  const { dataFolder } = options;
  const profileFile = path.join(dataFolder, PROFILE_FILE);

  const opened = await openProfileFiles({
    dataFolder,
    profileFile,
    historyFile: path.join(dataFolder, HISTORY_FILE),
    disk,
    clock,
    migrations,
    maxFileBytes,
    lock: {
      pid: options.pid ?? process.pid,
      isAlive: options.isAlive ?? isProcessAlive,
      startTimeOf: options.startTimeOf ?? processStartTime,
    },
  });
  try {
    return await runProfileStore(opened, {
      dataFolder,
      profileFile,
      disk,
      clock,
      migrations,
      maxFileBytes,
      coalesceMs: options.coalesceMs,
      onSaveStatus: options.onSaveStatus,
    });
  } catch (error) {
    await opened.lock.release();
    throw error;
  }
}
