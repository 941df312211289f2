import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { emptyHistory, HistorySchema, type History } from '../../../shared/profile/history';
import type { Migration } from '../../../shared/profile/migrations';
import type { StoreNotice } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import type { Backups } from './backups';
import type { Disk } from './disk';
import { decodeProfileFile, encodeStoredProfile } from './profile-file';
import { asideName, FILE_MODE, readStoreFile } from './store-files';

/** The store cannot open the profile at all; every call says why and nothing is written. */
export class ProfileUnavailable extends AppError {}

export interface LoadContext {
  disk: Disk;
  backups: Backups;
  clock: () => Date;
  migrations: Readonly<Record<number, Migration>>;
  maxFileBytes: number;
  /** Whatever the user must hear about is added here. */
  notices: StoreNotice[];
}

export interface LoadedProfile {
  profile: Profile;
  revision: number;
  upgraded: boolean;
  /** Where the profile is written from now on: a symlinked profile.json is written through. */
  path: string;
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

/**
 * Opens `profile.json`: a damaged, oversized or misplaced one (a folder) is moved aside and the
 * newest backup restored, with a notice; a newer format or a link to nowhere is refused untouched.
 */
export async function loadProfile(context: LoadContext, file: string): Promise<LoadedProfile> {
  const { backups, migrations } = context;
  const found = await readStoreFile(context.disk, file, context.maxFileBytes);
  switch (found.kind) {
    case 'missing': {
      // Revisions carry on from the backups (a profile.json removed by hand), so the backups
      // of what is made now still rank newest.
      const newest = await backups.newest();
      return { profile: emptyProfile(), revision: newest?.info.revision ?? 0, upgraded: false, path: file };
    }
    case 'dangling-link':
      throw new ProfileUnavailable(
        'STORE_UNAVAILABLE',
        `The profile at ${file} is a link to ${found.target}, which does not exist (a drive that is not connected, or a moved folder?). Nothing was changed: reconnect it, or remove the link to start from the newest backup.`,
      );
    case 'unusable':
      return recover(context, found.aside, found.path, found.reason);
    case 'read':
      break;
  }
  const decoded = decodeProfileFile(found.bytes, migrations);
  if (decoded.ok) {
    if (decoded.migratedFrom !== null) {
      // The original bytes are kept as a backup before the upgraded profile is ever written.
      const original = await backups.keepOriginal(decoded.revision, found.bytes);
      context.notices.push({
        id: `migrated-${decoded.revision}`,
        kind: 'migrated',
        message: `Your profile was upgraded from format ${decoded.migratedFrom} to ${decoded.profile.schemaVersion}. The file as it was is kept at ${original}.`,
        file: original,
      });
    }
    return {
      profile: decoded.profile,
      revision: decoded.revision,
      upgraded: decoded.migratedFrom !== null,
      path: found.path,
    };
  }
  if (decoded.kind === 'corrupt') return recover(context, found.path, found.path, decoded.message);
  // A newer or un-migratable file is the user's data in a form we cannot read: it is left
  // exactly as it is, and the app says why instead of opening.
  throw new ProfileUnavailable(
    'STORE_UNAVAILABLE',
    `The profile at ${file} cannot be opened: ${decoded.message} The file was left untouched.`,
  );
}

async function recover(context: LoadContext, damaged: string, file: string, reason: string): Promise<LoadedProfile> {
  const { disk, backups, clock } = context;
  const aside = asideName(damaged, clock());
  await disk.rename(damaged, aside);
  const newest = await backups.newest();
  const restored =
    newest === null
      ? { profile: emptyProfile(), revision: 0 }
      : { profile: newest.profile, revision: newest.info.revision };
  await disk.writeAtomic(file, encodeStoredProfile(restored.revision, restored.profile), {
    mode: FILE_MODE,
    durable: true,
  });
  const outcome =
    newest === null
      ? 'There was no backup to restore, so Throughline started with an empty profile.'
      : `Throughline restored the backup from ${newest.info.createdAt} (revision ${newest.info.revision}).`;
  context.notices.push({
    id: `recovered-${stamp(clock())}`,
    kind: 'recovered',
    message: `Your profile file could not be read: ${reason}. It was moved aside, not deleted, to ${aside}. ${outcome}`,
    file: aside,
  });
  return { ...restored, upgraded: false, path: file };
}

/**
 * Undo history is a convenience: whatever is wrong with it (damaged, oversized, a folder, a link
 * to nowhere), it is moved aside, undo starts fresh, the user is told, and the profile opens.
 * Returns the history and where to write it (a symlinked history.json is written through).
 */
export async function loadHistory(
  context: LoadContext,
  file: string,
  revision: number,
): Promise<{ history: History; path: string }> {
  const { disk, clock, notices } = context;
  const reset = (path: string) => {
    notices.push({
      id: `history-reset-${revision}`,
      kind: 'history-reset',
      message: 'Undo history from the last session could not be read, so it starts fresh. Your profile is unaffected.',
      file: null,
    });
    return { history: emptyHistory(revision), path };
  };
  const moveAside = async (damaged: string) => {
    // Best effort: if it cannot be moved, the next save replaces it (or fails quietly).
    await disk.rename(damaged, asideName(damaged, clock())).catch(() => undefined);
  };

  const found = await readStoreFile(disk, file, context.maxFileBytes).catch(() => null);
  if (found === null) return reset(file);
  switch (found.kind) {
    case 'missing':
      return { history: emptyHistory(revision), path: file };
    case 'dangling-link':
      await moveAside(file);
      return reset(file);
    case 'unusable':
      await moveAside(found.aside);
      return reset(found.path);
    case 'read':
      break;
  }
  let parsed: ReturnType<typeof HistorySchema.safeParse> | null = null;
  try {
    parsed = HistorySchema.safeParse(JSON.parse(found.bytes.toString('utf8')));
  } catch {
    // Not JSON: handled below like any history that does not parse.
  }
  if (parsed?.success !== true) {
    await moveAside(found.path);
    return reset(found.path);
  }
  // A history from another revision is stale, not damaged: it is simply replaced.
  return parsed.data.revision === revision ? { history: parsed.data, path: found.path } : reset(found.path);
}
