import type { History } from '../../../shared/profile/history';
import type { Migration } from '../../../shared/profile/migrations';
import type { StoreNotice } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import { createBackups, type Backups } from './backups';
import type { Disk } from './disk';
import { acquireProfileLock, type LockOptions, type ProfileLock } from './lock';
import { loadHistory, loadProfile, ProfileUnavailable, type LoadContext, type LoadedProfile } from './load-profile';

export interface OpenProfileOptions {
  dataFolder: string;
  profileFile: string;
  historyFile: string;
  disk: Disk;
  clock: () => Date;
  migrations: Readonly<Record<number, Migration>>;
  maxFileBytes: number;
  lock: LockOptions;
}

/** A profile read and held: everything the running store starts from. */
export interface OpenedProfile {
  lock: ProfileLock;
  backups: Backups;
  /** What the user must hear about from the opening (a recovery, an upgrade, a reset history). */
  notices: StoreNotice[];
  profile: LoadedProfile;
  history: { history: History; path: string };
}

/**
 * Opening: the data folder is made (or found), the profile locked against other writers, then
 * `profile.json` and `history.json` read, migrated or recovered (load-profile.ts). If reading
 * fails, the lock is let go and the error says why nothing was opened.
 */
export async function openProfileFiles(options: OpenProfileOptions): Promise<OpenedProfile> {
  const { disk, dataFolder, clock, maxFileBytes } = options;
  try {
    await disk.ensureFolder(dataFolder);
  } catch (error) {
    throw new ProfileUnavailable(
      'STORE_UNAVAILABLE',
      `The data folder ${dataFolder} cannot be created or opened (${String(error)}).`,
    );
  }
  const lock = await acquireProfileLock(disk, dataFolder, options.lock).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    throw new ProfileUnavailable(
      'STORE_UNAVAILABLE',
      `The data folder ${dataFolder} cannot be written to, so the profile was not opened (${String(error)}).`,
    );
  });
  const backups = createBackups(disk, dataFolder, clock, maxFileBytes);
  const notices: StoreNotice[] = [];
  const loading: LoadContext = {
    disk,
    backups,
    clock,
    migrations: options.migrations,
    maxFileBytes,
    notices,
  };
  try {
    const profile = await loadProfile(loading, options.profileFile);
    const history = await loadHistory(loading, options.historyFile, profile.revision);
    return { lock, backups, notices, profile, history };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
