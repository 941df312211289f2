import { ImportFileError, WHOLE_FILE } from '../errors';
import { JsonTextError, parseWithoutPrototypeKeys } from '../safe-json';

/** A resume is a few kilobytes; anything this large is not one, and parsing it would stall the app. */
export const MAX_JSON_RESUME_CHARS = 5_000_000;

export interface ParsedJson {
  value: unknown;
  /** How many forbidden keys were dropped, so the reader can say so. */
  droppedKeys: number;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Text that was not UTF-8 on disk shows it in its first characters: NULs (UTF-16) or replacement marks. */
function encodingProblem(text: string): string | null {
  if (text.includes('\0')) {
    return 'The file is not UTF-8 text (it holds NUL bytes, as UTF-16 files do). Save it as UTF-8 and import it again.';
  }
  if (text.startsWith('\uFFFD')) {
    return 'The file is not UTF-8 text (its first bytes are not readable as UTF-8). Save it as UTF-8 and import it again.';
  }
  return null;
}

/** Parses JSON text, dropping prototype keys; anything that is not JSON is an ImportFileError. */
export function parseJsonSafely(text: string, fileName: string): ParsedJson {
  if (text.length > MAX_JSON_RESUME_CHARS) {
    throw new ImportFileError(fileName, WHOLE_FILE, 'The file is too large to be a resume (over 5 MB).');
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const encoding = encodingProblem(body);
  if (encoding !== null) throw new ImportFileError(fileName, WHOLE_FILE, encoding);
  if (body.trim() === '') throw new ImportFileError(fileName, WHOLE_FILE, 'The file is empty.');
  try {
    return parseWithoutPrototypeKeys(body);
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    const { position } = error;
    const truncated = error.message.startsWith('it ends') || (position !== null && position >= body.trimEnd().length);
    throw new ImportFileError(
      fileName,
      position !== null ? lineAndColumn(body, position) : truncated ? 'the end of the file' : WHOLE_FILE,
      truncated
        ? 'The file ends in the middle of the JSON: it was cut short. Export or save it again.'
        : `The file is not valid JSON: ${error.message}.`,
    );
  }
}
