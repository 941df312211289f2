import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import type { ImportProgress } from '../../../shared/import/progress';
import { MAX_IMPORT_BYTES, tooLargeToImport } from '../../../shared/import/size-limit';

export { MAX_IMPORT_BYTES };

/** What the file dialog offers; a file of another name is still read by its content. */
export const IMPORTABLE_EXTENSIONS = ['json', 'zip', 'csv', 'png', 'svg', 'jwt', 'txt'];

/** A file the user chose (by dialog) or dropped: its name as they know it, and its bytes. */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface SourceFiles {
  size(file: string): Promise<number | null>;
  read(file: string, onBytes: (done: number) => void): Promise<Uint8Array | null>;
}

const CHUNK = 1024 * 1024;

/** Reads in 1 MB chunks so the preview can show how far a large file has come, and main never waits on one big read. */
export const nodeSourceFiles: SourceFiles = {
  async size(file) {
    try {
      const stat = await fs.stat(file);
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  },
  async read(file, onBytes) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch {
      return null;
    }
    try {
      const { size } = await handle.stat();
      const bytes = new Uint8Array(size);
      let done = 0;
      while (done < size) {
        const { bytesRead } = await handle.read(bytes, done, Math.min(CHUNK, size - done), done);
        if (bytesRead === 0) break;
        done += bytesRead;
        onBytes(done);
      }
      return done === size ? bytes : bytes.subarray(0, done);
    } finally {
      await handle.close();
    }
  },
};

/** Refuses what no import can be, by size alone: nothing is parsed yet. */
export function checkImportSize(fileName: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) throw new ImportFileError(fileName, WHOLE_FILE, tooLargeToImport(size));
  if (size === 0) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is empty.');
}

/**
 * Reads a file the user picked in the open dialog. Only main calls this, with a path the dialog gave
 * it: the renderer never names a path (a dropped file reaches main as its bytes).
 */
export async function readChosenFile(
  file: string,
  files: SourceFiles,
  progress: (progress: ImportProgress) => void,
): Promise<ChosenFile> {
  const fileName = path.basename(file);
  const size = await files.size(file);
  if (size === null) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is not there any more.');
  checkImportSize(fileName, size);
  progress({ phase: 'reading', fileName, done: 0, total: size });
  const bytes = await files.read(file, (done) => progress({ phase: 'reading', fileName, done, total: size }));
  if (bytes === null) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is not there any more.');
  return { fileName, bytes };
}
