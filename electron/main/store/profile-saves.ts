import type { Profile } from '../../../shared/domain/profile';
import type { History } from '../../../shared/profile/history';
import { BACKUP_POLICY } from '../../../shared/profile/backups';
import type { Backups } from './backups';
import { writeFailure, type Disk } from './disk';
import { encodeStoredProfile } from './profile-file';
import { FILE_MODE } from './store-files';

export interface ProfileSaves {
  /**
   * Keeps what a whole-profile replace replaced: it is on disk before any `profile.json` that no
   * longer holds it, so a replace never costs the user what they had.
   */
  keepBeforeReplace(revision: number, profile: Profile): void;
  /** Resolves once every snapshot kept before its call is on disk; the writes run one at a time. */
  writeKeptSnapshots(): Promise<void>;
  /**
   * One save: the kept snapshots, then `profile.json` (durable), then the undo history (best
   * effort), then a backup if none was made for a while. Rejects only if the profile was not written.
   */
  write(revision: number, profile: Profile, history: History): Promise<void>;
  /** The backup on start, unless the newest backup already holds this revision. */
  snapshotOnStart(revision: number, profile: Profile): Promise<void>;
}

/** What the running store writes, and when it snapshots, for the profile at `profilePath`. */
export function createProfileSaves(options: {
  disk: Disk;
  backups: Backups;
  clock: () => Date;
  profilePath: string;
  historyPath: string;
}): ProfileSaves {
  const { disk, backups, clock, profilePath, historyPath } = options;
  let lastSnapshotAt = 0;
  // Snapshots of what a whole-profile replace replaced, oldest first.
  const kept: Array<{ revision: number; profile: Profile }> = [];
  let snapshotChain: Promise<void> = Promise.resolve();

  function writeKeptSnapshots(): Promise<void> {
    const run = snapshotChain.then(async () => {
      for (let next = kept[0]; next !== undefined; next = kept[0]) {
        await backups.snapshot(next.revision, next.profile);
        kept.shift();
      }
    });
    snapshotChain = run.catch(() => undefined);
    return run;
  }

  return {
    keepBeforeReplace(revision, profile) {
      kept.push({ revision, profile });
      lastSnapshotAt = clock().getTime();
    },
    writeKeptSnapshots,
    async write(revision, profile, history) {
      try {
        await writeKeptSnapshots();
        await disk.writeAtomic(profilePath, encodeStoredProfile(revision, profile), {
          mode: FILE_MODE,
          durable: true,
        });
      } catch (error) {
        throw writeFailure(error, profilePath);
      }
      // Undo history is optional: if it cannot be written, the next start says it was reset.
      await disk
        .writeAtomic(historyPath, JSON.stringify(history), { mode: FILE_MODE, durable: false })
        .catch(() => undefined);
      if (clock().getTime() - lastSnapshotAt >= BACKUP_POLICY.minIntervalMs) {
        lastSnapshotAt = clock().getTime();
        await backups.snapshot(revision, profile).catch(() => undefined);
      }
    },
    async snapshotOnStart(revision, profile) {
      if (revision <= 0) return;
      const newest = await backups.newest();
      if (newest?.info.revision !== revision) await backups.snapshot(revision, profile);
      lastSnapshotAt = clock().getTime();
    },
  };
}
