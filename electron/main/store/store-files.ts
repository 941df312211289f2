import path from 'node:path';
import { formatMegabytes } from '../../../shared/domain/sizes';
import type { Disk } from './disk';

/**
 * The largest profile file the store reads: `profile.json`, a backup, undo history or an import.
 * A real profile is well under 5 MB; a file far larger is damage (or not a profile at all), and
 * reading it whole would exhaust memory before recovery could run. Documented in
 * docs/profile-format.md.
 */
export const MAX_PROFILE_BYTES = 64 * 1024 * 1024;

/** Every file the store writes is the user's alone (owner read and write). */
export const FILE_MODE = 0o600;

type StoreFileRead =
  | { kind: 'missing' }
  /** `path` is where the bytes live, and where a new version is written (a link's target). */
  | { kind: 'read'; path: string; bytes: Buffer }
  /** Not readable as a profile: `aside` is what to move out of the way, `path` where to write anew. */
  | { kind: 'unusable'; reason: string; aside: string; path: string }
  | { kind: 'dangling-link'; target: string };

/** Reads one of the store's files, checking what it is and how big before reading a byte. */
export async function readStoreFile(disk: Disk, file: string, maxBytes: number): Promise<StoreFileRead> {
  const found = await disk.inspect(file);
  switch (found.kind) {
    case 'missing':
    case 'dangling-link':
      return found;
    case 'not-a-file':
      return { kind: 'unusable', reason: `it is ${found.what}, not a file`, aside: file, path: file };
    case 'file': {
      if (found.size > maxBytes) {
        return {
          kind: 'unusable',
          reason: `it is ${formatMegabytes(found.size)}, larger than the ${formatMegabytes(maxBytes)} a profile file may be, so it was not read`,
          aside: found.path,
          path: found.path,
        };
      }
      const bytes = await disk.read(found.path);
      return bytes === null ? { kind: 'missing' } : { kind: 'read', path: found.path, bytes };
    }
  }
}

/** Where a damaged file goes: beside itself, named for when, e.g. `profile.corrupt-<time>.json`. */
export function asideName(file: string, at: Date): string {
  const stem = path.basename(file, path.extname(file));
  return path.join(path.dirname(file), `${stem}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}.json`);
}
