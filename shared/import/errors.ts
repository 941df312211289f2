/** A file that cannot be read at all: nothing from it is imported. `place` says where in the file. */
export class ImportFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly place: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
