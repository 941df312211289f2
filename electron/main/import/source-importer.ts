import path from 'node:path';
import type { ImportDraft } from '../../../shared/import/draft';
import { detectSource } from '../../../shared/import/detect';
import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import type { ImportProgress } from '../../../shared/import/progress';
import { resolveDraftSkills } from '../../../shared/import/resolve-skills';
import { decodeUtf8Text } from '../../../shared/import/utf8';

/** Files larger than this are refused before they are read: no CV, export or badge comes near it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ProgressReport = (progress: Exclude<ImportProgress, { phase: 'idle' }>) => void;

/** One reader per source; each turns bytes into a draft or throws ImportFileError. */
export interface SourceReaders {
  jsonResume(text: string, fileName: string): ImportDraft;
  linkedInCsv(files: Array<{ name: string; text: string }>, fileName: string): ImportDraft;
  linkedInZip(bytes: Uint8Array, fileName: string): ImportDraft;
  openBadge(bytes: Uint8Array, fileName: string, progress: ProgressReport): Promise<ImportDraft>;
}

export interface SourceFiles {
  size(file: string): Promise<number | null>;
  read(file: string, onBytes: (done: number) => void): Promise<Uint8Array | null>;
}

export interface SourceImporter {
  read(file: string, progress: ProgressReport): Promise<ImportDraft>;
}

/** Text that must be UTF-8 (a CV or a CSV picked on its own). */
function utf8Text(bytes: Uint8Array, fileName: string): string {
  return decodeUtf8Text(bytes, {
    fileName,
    place: WHOLE_FILE,
    subject: 'It',
    advice: 'Save or export it again as UTF-8 (the usual choice) and import that.',
  });
}

const THROUGHLINE_BACKUP = /"format"\s*:\s*"throughline-profile-export"/;

export function createSourceImporter(deps: {
  files: SourceFiles;
  readers: SourceReaders;
  conceptOf: () => Promise<(label: string) => string | null>;
}): SourceImporter {
  return {
    async read(file, progress) {
      const fileName = path.basename(file);
      const size = await deps.files.size(file);
      if (size === null) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is not there any more.');
      if (size > MAX_IMPORT_BYTES) {
        const megabytes = Math.round(size / 1024 / 1024);
        throw new ImportFileError(
          fileName,
          WHOLE_FILE,
          `It is ${megabytes} MB; Throughline imports files up to 50 MB. A CV, a LinkedIn export or a badge is far smaller: is this the right file?`,
        );
      }
      if (size === 0) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is empty.');
      progress({ phase: 'reading', fileName, done: 0, total: size });
      const bytes = await deps.files.read(file, (done) => progress({ phase: 'reading', fileName, done, total: size }));
      if (bytes === null) throw new ImportFileError(fileName, WHOLE_FILE, 'The file is not there any more.');
      progress({ phase: 'parsing', fileName, done: 0, total: 1 });
      const draft = await readDraft(deps.readers, bytes, fileName, progress);
      progress({ phase: 'comparing', fileName, done: 0, total: 1 });
      return resolveDraftSkills(draft, await deps.conceptOf());
    },
  };
}

async function readDraft(
  readers: SourceReaders,
  bytes: Uint8Array,
  fileName: string,
  progress: ProgressReport,
): Promise<ImportDraft> {
  switch (detectSource(bytes, fileName)) {
    case 'linkedin-zip':
      return readers.linkedInZip(bytes, fileName);
    case 'open-badge':
      return readers.openBadge(bytes, fileName, progress);
    case 'linkedin-csv':
      return readers.linkedInCsv([{ name: fileName, text: utf8Text(bytes, fileName) }], fileName);
    case 'json-resume': {
      const text = utf8Text(bytes, fileName);
      if (THROUGHLINE_BACKUP.test(text.slice(0, 500))) {
        throw new ImportFileError(
          fileName,
          WHOLE_FILE,
          'This is a Throughline profile backup, not a CV: open it with “Restore from a file…” in the File menu.',
        );
      }
      return readers.jsonResume(text, fileName);
    }
    case 'unknown':
      throw new ImportFileError(
        fileName,
        WHOLE_FILE,
        'Throughline does not recognise this file. It imports a JSON Resume (.json), a LinkedIn data export (.zip or its .csv files) and Open Badges (.json, .png, .svg or a JWT).',
      );
  }
}
