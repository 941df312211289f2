import { formatMegabytes } from '../domain/sizes';

/** Files larger than this are refused before they are read: no CV, export or badge comes near it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Said of a file over the limit, wherever it is caught (main for a picked file, the window for a dropped one). */
export function tooLargeToImport(size: number): string {
  return `It is ${formatMegabytes(size)}; Throughline imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}. A CV, a LinkedIn export or a badge is far smaller: is this the right file?`;
}
