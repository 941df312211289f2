import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ImportDraft } from '../../../shared/import/draft';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import {
  baseName,
  decodeUtf8,
  linkedInFileSpec,
  readLinkedInCsv,
  type LinkedInReadOptions,
} from '../../../shared/import/linkedin';

/**
 * The five CSVs of even a long career are a few hundred kilobytes; 50 MB of them is a zip bomb (a small
 * archive that inflates to gigabytes), refused before it is inflated.
 */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

export interface LinkedInZipOptions extends LinkedInReadOptions {
  maxInflatedBytes?: number;
}

/** What an entry will take once inflated: a stored entry is its own bytes, a deflated one its declared size. */
const inflatedSize = (file: UnzipFileInfo) => (file.compression === 0 ? file.size : file.originalSize);

/**
 * Reads a LinkedIn data export (.zip). Only the CSVs Throughline reads are inflated, whatever folder they
 * sit in; every other file (messages, connections) is never decompressed. Sizes are checked against the
 * archive's declarations before anything is inflated, and fflate inflates into a buffer of exactly the
 * declared size, so a lying declaration cannot make it allocate more.
 */
export function readLinkedInZip(bytes: Uint8Array, fileName: string, options: LinkedInZipOptions = {}): ImportDraft {
  const name = baseName(fileName);
  const limit = options.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  let total = 0;
  let skipped = 0;
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, {
      filter: (file) => {
        if (linkedInFileSpec(file.name) === undefined) {
          if (!file.name.endsWith('/')) skipped += 1;
          return false;
        }
        total += inflatedSize(file);
        if (total > limit) {
          throw new ImportFileError(
            name,
            file.name,
            `The archive would inflate to more than ${Math.round(limit / 1024 / 1024)} MB of CSV (at ${file.name}): it is not a LinkedIn export, or it is damaged. Nothing was imported.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      name,
      WHOLE_FILE,
      `This is not a readable ZIP archive (${error instanceof Error ? error.message : 'unknown error'}). Download the export from LinkedIn again.`,
    );
  }
  const files = Object.entries(inflated).map(([path, content]) => ({
    name: path,
    text: decodeUtf8(content, name, path),
  }));
  const draft = readLinkedInCsv(files, fileName, options);
  if (skipped === 0) return draft;
  const note = {
    place: WHOLE_FILE,
    message: `${skipped} other files in the export (messages, connections and the like) were not opened.`,
    blocking: false,
  };
  return { ...draft, problems: [...draft.problems, note].slice(0, 1_000) };
}
