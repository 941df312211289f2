import { ImportFileError } from '../errors';

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

/**
 * JSON.parse keeps a "__proto__" key as an own property, but later spreads or merges would turn it into
 * a prototype; dropping it here means no code downstream has to remember.
 */
export function parseJsonSafely(text: string, fileName: string, place: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value)) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(fileName, place, `The JSON cannot be read: ${reason}`);
  }
}
