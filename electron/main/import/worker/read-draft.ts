import { BACKUPS_LABELS } from '../../../../shared/app-labels';
import type { ImportDraft } from '../../../../shared/import/draft';
import { detectSource } from '../../../../shared/import/detect';
import { ImportFileError, WHOLE_FILE } from '../../../../shared/import/errors';
import { readJsonResume } from '../../../../shared/import/json-resume';
import { readLinkedInCsv } from '../../../../shared/import/linkedin';
import type { ImportProgress } from '../../../../shared/import/progress';
import { decodeUtf8Text } from '../../../../shared/import/utf8';
import { readLinkedInZip } from '../linkedin-zip';
import { readOpenBadge } from '../open-badges';

export type ProgressReport = (progress: Exclude<ImportProgress, { phase: 'idle' }>) => void;

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

/**
 * Turns a file's bytes into a draft with the reader its content calls for. Runs inside the import
 * worker: every reader here meets untrusted bytes.
 * @throws ImportFileError when the file cannot be read at all.
 */
export async function readImportDraft(
  bytes: Uint8Array,
  fileName: string,
  now: Date,
  progress: ProgressReport,
): Promise<ImportDraft> {
  switch (detectSource(bytes, fileName)) {
    case 'linkedin-zip':
      return readLinkedInZip(bytes, fileName);
    case 'open-badge': {
      progress({ phase: 'checking-credentials', fileName, done: 0, total: 1 });
      const draft = await readOpenBadge(bytes, fileName, now);
      progress({ phase: 'checking-credentials', fileName, done: 1, total: 1 });
      return draft;
    }
    case 'linkedin-csv':
      return readLinkedInCsv([{ name: fileName, text: utf8Text(bytes, fileName) }], fileName);
    case 'json-resume': {
      const text = utf8Text(bytes, fileName);
      if (THROUGHLINE_BACKUP.test(text.slice(0, 500))) {
        throw new ImportFileError(
          fileName,
          WHOLE_FILE,
          `This is a Throughline profile backup, not a CV: open it with “${BACKUPS_LABELS.importProfile}” in ${BACKUPS_LABELS.button}.`,
        );
      }
      return readJsonResume(text, fileName);
    }
    case 'unknown':
      throw new ImportFileError(
        fileName,
        WHOLE_FILE,
        'Throughline does not recognise this file. It imports a JSON Resume (.json), a LinkedIn data export (.zip or its .csv files) and Open Badges (.json, .png, .svg or a JWT).',
      );
  }
}
