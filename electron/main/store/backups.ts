import path from 'node:path';
import type { Profile } from '../../../shared/domain/profile';
import { countsOf, type BackupInfo } from '../../../shared/profile/backups';
import { AppError } from '../app-error';
import type { Disk } from './disk';
import { decodeProfileFile, encodeStoredProfile } from './profile-file';

export const BACKUP_FOLDER = 'backups';

/** Rotation: the newest five, plus the newest of each of the last seven days. */
export const BACKUP_POLICY = {
  keepRecent: 5,
  keepDays: 7,
  /** While editing, a new snapshot at most this often. */
  minIntervalMs: 10 * 60 * 1000,
} as const;

const NAME = /^profile-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-r(\d+)\.json$/;

function parseName(name: string): { createdAt: string; revision: number } | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [, stamp = '', revision = '0'] = match;
  const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { createdAt: iso, revision: Number(revision) };
}

/** Which backups rotation keeps, by id; pure so the policy is testable on its own. */
export function backupsToKeep(backups: ReadonlyArray<{ id: string; createdAt: string }>, now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, BACKUP_POLICY.keepRecent).map((backup) => backup.id));
  const oldestDay = new Date(now.getTime() - (BACKUP_POLICY.keepDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (day < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
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

export function createBackups(disk: Disk, dataFolder: string, clock: () => Date): Backups {
  const folder = path.join(dataFolder, BACKUP_FOLDER);

  async function load(id: string): Promise<{ info: BackupInfo; revision: number; profile: Profile } | null> {
    const named = parseName(id);
    if (named === null) return null;
    const bytes = await disk.read(path.join(folder, id));
    if (bytes === null) return null;
    const decoded = decodeProfileFile(bytes);
    if (!decoded.ok) return null;
    return {
      info: { id, ...named, counts: countsOf(decoded.profile) },
      revision: decoded.revision,
      profile: decoded.profile,
    };
  }

  async function allNames(): Promise<string[]> {
    return (await disk.list(folder))
      .filter((name) => NAME.test(name))
      .sort()
      .reverse();
  }

  async function prune(): Promise<void> {
    const names = await allNames();
    const all = names.flatMap((id) => {
      const named = parseName(id);
      return named === null ? [] : [{ id, createdAt: named.createdAt }];
    });
    const keep = backupsToKeep(all, clock());
    for (const backup of all) if (!keep.has(backup.id)) await disk.remove(path.join(folder, backup.id));
  }

  async function write(revision: number, data: string): Promise<{ id: string; createdAt: string }> {
    await disk.ensureFolder(folder);
    const createdAt = clock().toISOString();
    const id = `profile-${createdAt.replace(/[:.]/g, '-')}-r${revision}.json`;
    await disk.writeAtomic(path.join(folder, id), data, { mode: 0o600, durable: true });
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
      const loaded = await Promise.all((await allNames()).map((id) => load(id)));
      return loaded.flatMap((entry) => (entry === null ? [] : [entry.info]));
    },
    async read(id) {
      const loaded = await load(id);
      if (loaded === null) throw new AppError('NOT_FOUND', 'That backup no longer exists or cannot be read.');
      return { revision: loaded.revision, profile: loaded.profile };
    },
    async newest() {
      for (const id of await allNames()) {
        const loaded = await load(id);
        if (loaded !== null) return { info: loaded.info, profile: loaded.profile };
      }
      return null;
    },
  };
}
