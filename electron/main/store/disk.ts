import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../app-error';

/** What is at a path, without reading it; a link is followed, and said so when it leads nowhere. */
export type FileCheck =
  | { kind: 'missing' }
  /** `path` is where the bytes are: the link's target when the name is a link. */
  | { kind: 'file'; path: string; size: number }
  | { kind: 'dangling-link'; target: string }
  /** A folder, a device, a link that loops: `what` says which, in words. */
  | { kind: 'not-a-file'; what: string };

/**
 * The file operations the store uses, behind one interface so tests can make the disk full or
 * read-only. Every write goes to a temp file beside the target and is renamed over it, so a
 * reader (or a crash) only ever sees the old file or the new one, never half of one.
 */
export interface Disk {
  /** The file's bytes, or null when it does not exist. */
  read(file: string): Promise<Buffer | null>;
  inspect(file: string): Promise<FileCheck>;
  /** `durable` adds an fsync before the rename: the profile needs it, undo history does not. */
  writeAtomic(file: string, data: string, options: { mode: number; durable: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  list(folder: string): Promise<string[]>;
  ensureFolder(folder: string): Promise<void>;
  /** Creates the file, whole, only if it does not exist yet; false when it already does. */
  createExclusive(file: string, data: string, mode: number): Promise<boolean>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export const nodeDisk: Disk = {
  async read(file) {
    try {
      return await fs.readFile(file);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  },
  async inspect(file) {
    let entry: Stats;
    try {
      entry = await fs.lstat(file);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
    let target = entry;
    if (entry.isSymbolicLink()) {
      try {
        target = await fs.stat(file);
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ELOOP') return { kind: 'not-a-file', what: 'a link that leads back to itself' };
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
        return { kind: 'dangling-link', target: path.resolve(path.dirname(file), await fs.readlink(file)) };
      }
    }
    if (target.isFile()) {
      return { kind: 'file', path: entry.isSymbolicLink() ? await fs.realpath(file) : file, size: target.size };
    }
    return { kind: 'not-a-file', what: target.isDirectory() ? 'a folder' : 'not a regular file' };
  },
  async writeAtomic(file, data, options) {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temp, 'w', options.mode);
    try {
      await handle.writeFile(data, 'utf8');
      if (options.durable) await handle.sync();
    } catch (error) {
      await handle.close();
      await fs.rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  },
  rename: (from, to) => fs.rename(from, to),
  remove: (file) => fs.rm(file, { force: true }),
  list: async (folder) => {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  },
  ensureFolder: async (folder) => {
    await fs.mkdir(folder, { recursive: true });
  },
  async createExclusive(file, data, mode) {
    // Written in full beside the target, then linked into place: link fails if the name exists,
    // and a reader never sees the file empty or half written.
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    await fs.writeFile(temp, data, { flag: 'wx', mode });
    try {
      await fs.link(temp, file);
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    } finally {
      await fs.rm(temp, { force: true });
    }
  },
};

/** Turns a failed write into words the user can act on; the previous file is always intact. */
export function writeFailure(error: unknown, file: string): AppError {
  const folder = path.dirname(file);
  const intact = 'Your last saved profile is intact; Throughline keeps your changes open and tries again.';
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'STORE_WRITE_FAILED',
        `The data folder ${folder} is read-only, so the latest changes are not saved. ${intact}`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'STORE_WRITE_FAILED',
        `The disk holding ${folder} is full, so the latest changes are not saved. ${intact}`,
      );
    default:
      return new AppError(
        'STORE_WRITE_FAILED',
        `Saving to ${folder} failed (${errorCode(error) ?? (error instanceof Error ? error.message : 'unknown error')}). ${intact}`,
      );
  }
}
