import type { IpcErrorCode } from '../../shared/ipc/result';

/** An expected failure with a message fit for the user; anything else is reported as INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
