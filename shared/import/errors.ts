/**
 * A file that cannot be read at all (not the format, cut short, not text). Importers throw it instead of
 * returning a draft, so the caller can say which file failed, where, and why; problems with single
 * entries stay in the draft as EntryProblems.
 */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    readonly fileName: string,
    readonly place: string,
    message: string,
  ) {
    super(message);
  }
}

/** The place of a problem with the file as a whole, not with one entry: the preview names no place for it. */
export const WHOLE_FILE = 'the whole file';
