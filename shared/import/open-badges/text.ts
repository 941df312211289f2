import { ImportFileError } from '../errors';
import { JsonTextError, parseWithoutPrototypeKeys } from '../safe-json';

/** Strict UTF-8: a badge with broken bytes is reported, never read with replacement characters. */
export function decodeUtf8(bytes: Uint8Array, fileName: string, place: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError(fileName, place, 'The text is not valid UTF-8.');
  }
}

/** Latin-1 is what PNG tEXt keywords and text are written in (PNG spec 11.3.4.3). */
export function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** A badge's JSON without prototype keys (see safe-json); a syntax error names the place. */
export function parseJsonSafely(text: string, fileName: string, place: string): unknown {
  try {
    return parseWithoutPrototypeKeys(text).value;
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    const where = error.position === null ? '' : ` (at character ${error.position})`;
    throw new ImportFileError(fileName, place, `The JSON cannot be read: ${error.message}${where}.`);
  }
}
