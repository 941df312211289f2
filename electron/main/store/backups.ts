import path from 'node:path';
import type { Profile } from '../../../shared/domain/profile';
import { BACKUP_POLICY, countsOf, ownEntryCount, type BackupInfo } from '../../../shared/profile/backups';
import { AppError } from '../app-error';
import type { Disk } from './disk';
import { decodeProfileFile, encodeStoredProfile } from './profile-file';
import { MAX_PROFILE_BYTES, readStoreFile } from './store-files';

export const BACKUP_FOLDER = 'backups';

const NAME = /^profile-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-r(\d+)\.json$/;

function parseName(name: string): { createdAt: string; revision: number } | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [, stamp = '', revision = '0'] = match;
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { createdAt: iso, revision: Number(revision) };
}

interface Rotated extends Pick<BackupInfo, 'id' | 'createdAt' | 'revision'> {
  /** The user's own entries it holds (the sample does not count). */
  ownEntries: number;
}

/**
 * Newest first: by revision, which only ever goes up, then by time. A clock that was once wrong
 * (files dated years ahead) cannot make an old revision look newest.
 */
export function newestFirst<T extends { revision: number; createdAt: string }>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => b.revision - a.revision || b.createdAt.localeCompare(a.createdAt));
}

/** Which backups rotation keeps, by id; pure so the policy is testable on its own. */
export function backupsToKeep(backups: readonly Rotated[], now: Date): Set<string> {
  const ordered = newestFirst(backups);
  const keep = new Set(ordered.slice(0, BACKUP_POLICY.keepRecent).map((backup) => backup.id));
  // A burst of replaces (start afresh, sample in and out) cannot rotate out the user's own work.
  const newestOwn = ordered.find((backup) => backup.ownEntries > 0);
  if (newestOwn !== undefined) keep.add(newestOwn.id);
  // One per day, chosen by what it holds. A day after today (a clock that ran ahead) gets no slot:
  // such files are kept only as the ordinary rules above keep any file.
  const today = now.toISOString().slice(0, 10);
  const oldestDay = new Date(now.getTime() - (BACKUP_POLICY.keepDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const bestOfDay = new Map<string, Rotated>();
  for (const backup of ordered) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || day > today) continue;
    const best = bestOfDay.get(day);
    if (best === undefined || backup.ownEntries > best.ownEntries) bestOfDay.set(day, backup);
  }
  for (const backup of bestOfDay.values()) keep.add(backup.id);
  return keep;
}

export interface Backups {
  readonly folder: string;
  snapshot(revision: number, profile: Profile): Promise<BackupInfo>;
  /** Keeps a file's bytes exactly as they are (the original of a profile about to be upgraded). */
  keepOriginal(revision: number, bytes: Buffer): Promise<string>;
  /** Valid backups, newest first; damaged ones are left out. */
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<{ revision: number; profile: Profile }>;
  newest(): Promise<{ info: BackupInfo; profile: Profile } | null>;
}

export function createBackups(
  disk: Disk,
  dataFolder: string,
  clock: () => Date,
  maxBytes: number = MAX_PROFILE_BYTES,
): Backups {
  const folder = path.join(dataFolder, BACKUP_FOLDER);
  // A backup file never changes once written, so what it holds is read once per session.
  const described = new Map<string, Rotated & { info: BackupInfo }>();

  type Described = Rotated & { info: BackupInfo };

  async function load(id: string): Promise<{ described: Described; profile: Profile } | null> {
    const named = parseName(id);
    if (named === null) return null;
    // An oversized backup counts as damaged: it is never read whole.
    const found = await readStoreFile(disk, path.join(folder, id), maxBytes);
    if (found.kind !== 'read') return null;
    const decoded = decodeProfileFile(found.bytes);
    if (!decoded.ok) return null;
    // The revision the file holds, not the one its name claims.
    const { createdAt } = named;
    const { revision, profile } = decoded;
    const entry = {
      id,
      createdAt,
      revision,
      ownEntries: ownEntryCount(profile),
      info: { id, createdAt, revision, counts: countsOf(profile) },
    };
    described.set(id, entry);
    return { described: entry, profile };
  }

  /** Every valid backup, newest first; damaged ones are left out (and never rotated away). */
  async function describeAll(): Promise<Described[]> {
    const names = (await disk.list(folder)).filter((name) => NAME.test(name));
    const all = await Promise.all(names.map(async (id) => described.get(id) ?? (await load(id))?.described));
    return newestFirst(all.flatMap((entry) => (entry === undefined ? [] : [entry])));
  }

  async function prune(): Promise<void> {
    const all = await describeAll();
    const keep = backupsToKeep(all, clock());
    for (const backup of all) {
      if (keep.has(backup.id)) continue;
      await disk.remove(path.join(folder, backup.id));
      described.delete(backup.id);
    }
  }

  async function write(revision: number, data: string): Promise<{ id: string; createdAt: string }> {
    await disk.ensureFolder(folder);
    const createdAt = clock().toISOString();
    const id = `profile-${createdAt.replace(/[:.]/g, '-')}-r${revision}.json`;
    await disk.writeAtomic(path.join(folder, id), data, { mode: 0o600, durable: true });
    described.delete(id);
    await prune();
    return { id, createdAt };
  }

  return {
    folder,
    async snapshot(revision, profile) {
      const { id, createdAt } = await write(revision, encodeStoredProfile(revision, profile));
      return { id, createdAt, revision, counts: countsOf(profile) };
    },
    async keepOriginal(revision, bytes) {
      const { id } = await write(revision, bytes.toString('utf8'));
      return path.join(folder, id);
    },
    async list() {
      return (await describeAll()).map((entry) => entry.info);
    },
    async read(id) {
      const loaded = await load(id);
      if (loaded === null) throw new AppError('NOT_FOUND', 'That backup no longer exists or cannot be read.');
      return { revision: loaded.described.revision, profile: loaded.profile };
    },
    async newest() {
      for (const { id } of await describeAll()) {
        const loaded = await load(id);
        if (loaded !== null) return { info: loaded.described.info, profile: loaded.profile };
      }
      return null;
    },
  };
}
