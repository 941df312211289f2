import path from 'node:path';
import type { Profile } from '../../../shared/domain/profile';
import { apply, describeCommand, type Command } from '../../../shared/profile/commands';
import { diffProfiles, isEmptyDelta } from '../../../shared/profile/delta';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { recordEdit, redoStep, undoStep, type History } from '../../../shared/profile/history';
import { MIGRATIONS, type Migration } from '../../../shared/profile/migrations';
import type { ProfileState, StoreNotice } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import { BACKUP_POLICY, createBackups, type Backups } from './backups';
import { nodeDisk, writeFailure, type Disk } from './disk';
import { acquireProfileLock, isProcessAlive, processStartTime } from './lock';
import { loadHistory, loadProfile, ProfileUnavailable, type LoadContext } from './load-profile';
import { decodeProfileFile, encodeStoredProfile } from './profile-file';
import { rebaseReplacement } from './rebase';
import { MAX_PROFILE_BYTES, readStoreFile } from './store-files';
import { createWriteScheduler, type WriteScheduler } from './write-scheduler';

export const PROFILE_FILE = 'profile.json';
export const HISTORY_FILE = 'history.json';
const FILE_MODE = 0o600;

export interface ProfileStoreOptions {
  dataFolder: string;
  /**
   * Opens electron-store/conf on the profile file (clearInvalidConfig: false). It runs after the
   * file was checked; if conf still refuses it, the file is treated as damaged like any other.
   */
  openBacking?: () => void;
  disk?: Disk;
  clock?: () => Date;
  pid?: number;
  isAlive?: (pid: number) => boolean;
  /** When a process started (see process-identity.ts): tells a reused pid from the lock's holder. */
  startTimeOf?: (pid: number) => string | null;
  coalesceMs?: number;
  migrations?: Readonly<Record<number, Migration>>;
  onSaveStatus?: () => void;
  /** The largest profile, backup, history or import file read (MAX_PROFILE_BYTES unless a test says). */
  maxFileBytes?: number;
}

export interface ProfileStore {
  readonly dataFolder: string;
  readonly profileFile: string;
  readonly backups: Backups;
  state(): ProfileState;
  /** Applies the edit in memory and acknowledges it; the write follows within the coalescing window. */
  execute(command: Command): ProfileState;
  undo(): ProfileState;
  redo(): ProfileState;
  /**
   * Replaces the whole profile as one undoable step. It lands at once, in order with the edits;
   * the current profile is snapshotted before any file without it is written. A caller that
   * built the replacement asynchronously passes the profile it built it from (`basedOn`): edits
   * acknowledged since then are carried over onto the replacement instead of being lost.
   */
  replaceAll(profile: Profile, label: string, basedOn?: Profile): Promise<ProfileState>;
  restoreBackup(id: string): Promise<ProfileState>;
  exportTo(file: string): Promise<void>;
  /** Reads a profile export (or a copied profile.json) and replaces the profile with it. */
  importFrom(file: string): Promise<ProfileState>;
  dismissNotice(id: string): ProfileState;
  /** Resolves once everything acknowledged before the call is on disk. */
  flush(): Promise<void>;
  /** Flushes, then lets go of the profile; rejects (and stays open) if the last write fails. */
  close(): Promise<void>;
  readonly diskWrites: number;
}

export { ProfileUnavailable };

export async function openProfileStore(options: ProfileStoreOptions): Promise<ProfileStore> {
  const disk = options.disk ?? nodeDisk;
  const clock = options.clock ?? (() => new Date());
  const migrations = options.migrations ?? MIGRATIONS;
  const { dataFolder } = options;
  const profileFile = path.join(dataFolder, PROFILE_FILE);
  const historyFile = path.join(dataFolder, HISTORY_FILE);

  try {
    await disk.ensureFolder(dataFolder);
  } catch (error) {
    throw new ProfileUnavailable(
      'STORE_UNAVAILABLE',
      `The data folder ${dataFolder} cannot be created or opened (${String(error)}).`,
    );
  }
  const lock = await acquireProfileLock(disk, dataFolder, {
    pid: options.pid ?? process.pid,
    isAlive: options.isAlive ?? isProcessAlive,
    startTimeOf: options.startTimeOf ?? processStartTime,
  }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    throw new ProfileUnavailable(
      'STORE_UNAVAILABLE',
      `The data folder ${dataFolder} cannot be written to, so the profile was not opened (${String(error)}).`,
    );
  });
  const maxFileBytes = options.maxFileBytes ?? MAX_PROFILE_BYTES;
  const backups = createBackups(disk, dataFolder, clock, maxFileBytes);
  const notices: StoreNotice[] = [];
  const loading: LoadContext = {
    disk,
    backups,
    clock,
    migrations,
    maxFileBytes,
    notices,
    ...(options.openBacking === undefined ? {} : { openBacking: options.openBacking }),
  };

  try {
    const loaded = await loadProfile(loading, profileFile);
    let { profile, revision } = loaded;
    // Written where they were read from: a symlinked file is written through to its target.
    const profilePath = loaded.path;
    const loadedHistory = await loadHistory(loading, historyFile, revision);
    let history = loadedHistory.history;
    const historyPath = loadedHistory.path;
    let lastSnapshotAt = 0;
    let closing: Promise<void> | null = null;

    const scheduler: WriteScheduler = createWriteScheduler(persist, {
      delayMs: options.coalesceMs,
      describeError: (error) => (error instanceof AppError ? error.message : writeFailure(error, profilePath).message),
      onStatus: options.onSaveStatus,
    });

    // Snapshots of what a whole-profile replace replaced, oldest first. Each is on disk before any
    // profile.json that no longer holds it, so a replace never costs the user what they had.
    const pendingSnapshots: Array<{ revision: number; profile: Profile }> = [];
    let snapshotChain: Promise<void> = Promise.resolve();
    /** Resolves once every snapshot pending at its call is on disk; the writes run one at a time. */
    function writePendingSnapshots(): Promise<void> {
      const run = snapshotChain.then(async () => {
        for (let next = pendingSnapshots[0]; next !== undefined; next = pendingSnapshots[0]) {
          await backups.snapshot(next.revision, next.profile);
          pendingSnapshots.shift();
        }
      });
      snapshotChain = run.catch(() => undefined);
      return run;
    }

    async function persist(): Promise<void> {
      const savedRevision = revision;
      const savedProfile = profile;
      const savedHistory = history;
      try {
        await writePendingSnapshots();
        await disk.writeAtomic(profilePath, encodeStoredProfile(savedRevision, savedProfile), {
          mode: FILE_MODE,
          durable: true,
        });
      } catch (error) {
        throw writeFailure(error, profilePath);
      }
      // Undo history is optional: if it cannot be written, the next start says it was reset.
      await disk
        .writeAtomic(historyPath, JSON.stringify(savedHistory), { mode: FILE_MODE, durable: false })
        .catch(() => undefined);
      if (clock().getTime() - lastSnapshotAt >= BACKUP_POLICY.minIntervalMs) {
        lastSnapshotAt = clock().getTime();
        await backups.snapshot(savedRevision, savedProfile).catch(() => undefined);
      }
    }

    function state(): ProfileState {
      return {
        profile,
        revision,
        undoLabel: history.undo.at(-1)?.label ?? null,
        redoLabel: history.redo.at(-1)?.label ?? null,
        save: scheduler.status(),
        notices: [...notices],
      };
    }

    function commit(next: Profile, nextHistory: History): ProfileState {
      profile = next;
      history = nextHistory;
      scheduler.markDirty();
      return state();
    }

    function execute(command: Command): ProfileState {
      const result = apply(profile, command);
      if (!result.ok) throw new AppError('COMMAND_REJECTED', result.message);
      const delta = diffProfiles(profile, result.profile, describeCommand(command, profile));
      if (isEmptyDelta(delta)) return state();
      revision += 1;
      return commit(result.profile, recordEdit(history, delta, revision));
    }

    /**
     * Every whole-profile replace lands here, synchronously, so it takes its place among the edits
     * like any edit does: nothing can slip in between reading the profile and replacing it.
     * `base` is the profile the replacement was made from; edits acknowledged since then (while a
     * file was read) are carried over onto it, or the replace is refused and they stay.
     */
    function landReplace(next: Profile, label: string, base: Profile, reading: string): ProfileState {
      const rebased = rebaseReplacement(base, profile, next);
      const result = apply(profile, { type: 'profile.replace', profile: rebased, label });
      if (!result.ok) {
        throw new AppError(
          'COMMAND_REJECTED',
          base === profile
            ? result.message
            : `Your profile changed while ${reading}, and those changes do not fit it (${result.message}) Nothing was replaced; your changes are kept. Try again.`,
        );
      }
      const delta = diffProfiles(profile, result.profile, label);
      pendingSnapshots.push({ revision, profile });
      lastSnapshotAt = clock().getTime();
      if (isEmptyDelta(delta)) return state();
      revision += 1;
      return commit(result.profile, recordEdit(history, delta, revision));
    }

    /** Resolves once the snapshot of what was replaced is on disk (a failure shows as "Not saved"). */
    async function landed(answer: ProfileState): Promise<ProfileState> {
      await writePendingSnapshots().catch(() => undefined);
      return { ...answer, save: scheduler.status() };
    }

    function replaceAll(next: Profile, label: string, basedOn: Profile = profile): Promise<ProfileState> {
      try {
        return landed(landReplace(next, label, basedOn, 'the replacement was being prepared'));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }

    // An upgraded profile is written back at once (its original is already in the backups).
    if (loaded.upgraded) scheduler.markDirty();
    if (revision > 0) {
      const newest = await backups.newest();
      if (newest?.info.revision !== revision) await backups.snapshot(revision, profile);
      lastSnapshotAt = clock().getTime();
    }

    return {
      dataFolder,
      profileFile,
      backups,
      state,
      execute,
      undo() {
        const step = undoStep(profile, history, revision + 1);
        if (step === null) throw new AppError('NOTHING_TO_UNDO', 'There is nothing to undo.');
        revision += 1;
        return commit(step.profile, step.history);
      },
      redo() {
        const step = redoStep(profile, history, revision + 1);
        if (step === null) throw new AppError('NOTHING_TO_UNDO', 'There is nothing to redo.');
        revision += 1;
        return commit(step.profile, step.history);
      },
      replaceAll,
      async restoreBackup(id) {
        const base = profile;
        const backup = await backups.read(id);
        return landed(landReplace(backup.profile, 'Restore backup', base, 'the backup was being read'));
      },
      async exportTo(file) {
        const body = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: clock().toISOString(), profile }, null, 2);
        await disk.writeAtomic(file, body, { mode: FILE_MODE, durable: true }).catch((error: unknown) => {
          throw writeFailure(error, file);
        });
      },
      async importFrom(file) {
        const base = profile;
        const name = path.basename(file);
        const found = await readStoreFile(disk, file, maxFileBytes);
        if (found.kind !== 'read') {
          const why =
            found.kind === 'unusable'
              ? found.reason
              : `${file} does not exist${found.kind === 'dangling-link' ? ` (it is a link to ${found.target})` : ''}`;
          throw new AppError('IMPORT_REFUSED', `${name} was not imported: ${why}. Your profile was not changed.`);
        }
        const decoded = decodeProfileFile(found.bytes, migrations);
        if (!decoded.ok) {
          throw new AppError(
            'IMPORT_REFUSED',
            `${name} was not imported: ${decoded.message} Your profile was not changed.`,
          );
        }
        return landed(landReplace(decoded.profile, `Import ${name}`, base, `${name} was being read`));
      },
      dismissNotice(id) {
        const index = notices.findIndex((notice) => notice.id === id);
        if (index !== -1) notices.splice(index, 1);
        return state();
      },
      flush: () => scheduler.flush(),
      close() {
        // Quitting twice shares one close. If the last write fails, the profile stays open and
        // locked (the user may choose to keep working); a later close tries again.
        closing ??= (async () => {
          await scheduler.flush();
          scheduler.dispose();
          await lock.release();
        })().catch((error: unknown) => {
          closing = null;
          throw error;
        });
        return closing;
      },
      get diskWrites() {
        return scheduler.writes;
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
