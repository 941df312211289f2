import path from 'node:path';
import type { Profile } from '../../../shared/domain/profile';
import { apply, describeCommand, type Command } from '../../../shared/profile/commands';
import { diffProfiles, invertDelta, isEmptyDelta, type ProfileDelta } from '../../../shared/profile/delta';
import { EXPORT_FORMAT } from '../../../shared/profile/files';
import { recordEdit, redoStep, undoStep, type History } from '../../../shared/profile/history';
import type { Migration } from '../../../shared/profile/migrations';
import type { ProfileState, SaveReport } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import type { Backups } from './backups';
import { writeFailure, type Disk } from './disk';
import type { OpenedProfile } from './open-profile';
import { decodeProfileFile } from './profile-file';
import { createProfileSaves } from './profile-saves';
import { rebaseReplacement } from './rebase';
import { FILE_MODE, readStoreFile } from './store-files';
import { createWriteScheduler } from './write-scheduler';

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
  /**
   * The change from revision `since` to the current one, when the store made it in one step (an
   * edit, a replace, an undo or redo): the window's answer reuses it instead of diffing again.
   */
  changeSince(since: number): ProfileDelta | null;
}

export interface RunningStoreOptions {
  dataFolder: string;
  profileFile: string;
  disk: Disk;
  clock: () => Date;
  migrations: Readonly<Record<number, Migration>>;
  maxFileBytes: number;
  coalesceMs?: number;
  /** Each time a write starts or lands: whether the revision now held is on disk. */
  onSaveStatus?: (report: SaveReport) => void;
}

/**
 * The running store, over a profile that was opened: state in memory, edits acknowledged at once
 * and written coalesced (write-scheduler.ts), undo and redo, whole-profile replaces, and a close
 * that waits for the last write before letting go of the lock.
 */
export async function runProfileStore(opened: OpenedProfile, options: RunningStoreOptions): Promise<ProfileStore> {
  const { disk, clock, migrations, maxFileBytes } = options;
  const { backups, notices, lock } = opened;
  let { profile, revision } = opened.profile;
  let history: History = opened.history.history;
  // Written where they were read from: a symlinked file is written through to its target.
  const profilePath = opened.profile.path;
  let closing: Promise<void> | null = null;

  const saves = createProfileSaves({ disk, backups, clock, profilePath, historyPath: opened.history.path });
  const scheduler = createWriteScheduler(() => saves.write(revision, profile, history), {
    delayMs: options.coalesceMs,
    describeError: (error) => (error instanceof AppError ? error.message : writeFailure(error, profilePath).message),
    onStatus: (save) => options.onSaveStatus?.({ save, revision }),
  });

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

  // The last step, forwards, so an answer can name what changed without diffing the profile again.
  let lastChange: { since: number; delta: ProfileDelta } | null = null;

  function commit(next: Profile, nextHistory: History, forward: ProfileDelta): ProfileState {
    lastChange = { since: revision - 1, delta: forward };
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
    return commit(result.profile, recordEdit(history, delta, revision), delta);
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
    saves.keepBeforeReplace(revision, profile);
    if (isEmptyDelta(delta)) return state();
    revision += 1;
    return commit(result.profile, recordEdit(history, delta, revision), delta);
  }

  /** Resolves once the snapshot of what was replaced is on disk (a failure shows as "Not saved"). */
  async function landed(answer: ProfileState): Promise<ProfileState> {
    await saves.writeKeptSnapshots().catch(() => undefined);
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
  if (opened.profile.upgraded) scheduler.markDirty();
  await saves.snapshotOnStart(revision, profile);

  return {
    dataFolder: options.dataFolder,
    profileFile: options.profileFile,
    backups,
    state,
    execute,
    undo() {
      const step = undoStep(profile, history, revision + 1);
      if (step === null) throw new AppError('NOTHING_TO_UNDO', 'There is nothing to undo.');
      revision += 1;
      return commit(step.profile, step.history, invertDelta(step.delta));
    },
    redo() {
      const step = redoStep(profile, history, revision + 1);
      if (step === null) throw new AppError('NOTHING_TO_UNDO', 'There is nothing to redo.');
      revision += 1;
      return commit(step.profile, step.history, step.delta);
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
    changeSince(since) {
      return lastChange !== null && lastChange.since === since && revision === since + 1 ? lastChange.delta : null;
    },
  };
}
