import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ImportDraft } from '../../../shared/import/draft';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import {
  baseName,
  decodeUtf8,
  readLinkedInCsv,
  recogniseLinkedInText,
  specNamed,
  type LinkedInReadOptions,
} from '../../../shared/import/linkedin';
import { zipHeads } from './zip-heads';
import { formatMegabytes } from '../../../shared/domain/sizes';

/**
 * The CSVs Throughline reads, of even a long career, are a few hundred kilobytes; 50 MB of them is a zip bomb (a small
 * archive that inflates to gigabytes), refused before it is inflated.
 */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

export interface LinkedInZipOptions extends LinkedInReadOptions {
  maxInflatedBytes?: number;
}

/** What an entry will take once inflated: a stored entry is its own bytes, a deflated one its declared size. */
const inflatedSize = (file: UnzipFileInfo) => (file.compression === 0 ? file.size : file.originalSize);

/** A file's first bytes as text, in the encoding its byte-order mark names, only to find its header row. */
function headText(head: Uint8Array): string {
  const encoding =
    head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: false }).decode(head);
}

/**
 * The files worth inflating whole: those whose header row is one Throughline reads, whatever their
 * name, and those named as one of LinkedIn's files (so a damaged one is named in a note, and a bomb
 * under that name is refused, not passed over). When the archive's directory cannot be followed for
 * the heads, the names alone decide, and unzipSync says what is wrong with the archive.
 */
function filesToRead(bytes: Uint8Array): (name: string) => boolean {
  const byName = (name: string) => specNamed(name) !== undefined;
  const heads = zipHeads(bytes);
  if (heads === null) return byName;
  const recognised = new Set(
    heads.filter((file) => recogniseLinkedInText(headText(file.head)) !== undefined).map((file) => file.name),
  );
  return (name) => recognised.has(name) || byName(name);
}

/**
 * Reads a LinkedIn data export (.zip). Each file's first 16 KB is inflated to read its header row,
 * whatever folder it sits in and whatever it is called; only the files whose header Throughline reads
 * are inflated whole, and every other file (messages, connections) never further. Sizes are checked
 * against the archive's declarations before anything is inflated whole, and fflate inflates into a
 * buffer of exactly the declared size, so a lying declaration cannot make it allocate more.
 */
export function readLinkedInZip(bytes: Uint8Array, fileName: string, options: LinkedInZipOptions = {}): ImportDraft {
  const name = baseName(fileName);
  const limit = options.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  let total = 0;
  let skipped = 0;
  let inflated: Record<string, Uint8Array>;
  try {
    const wanted = filesToRead(bytes);
    inflated = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) {
          if (!file.name.endsWith('/')) skipped += 1;
          return false;
        }
        total += inflatedSize(file);
        if (total > limit) {
          throw new ImportFileError(
            name,
            file.name,
            `The archive would inflate to more than ${formatMegabytes(limit)} of CSV (at ${file.name}): it is not a LinkedIn export, or it is damaged. Nothing was imported.`,
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
    message: `${skipped} other files in the export (messages, connections and the like) hold nothing Throughline reads: only their first lines were looked at.`,
    blocking: false,
  };
  return { ...draft, problems: [...draft.problems, note].slice(0, 1_000) };
}
