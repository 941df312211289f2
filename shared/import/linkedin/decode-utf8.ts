import { ImportFileError } from '../errors';

/**
 * Bytes of a text file as UTF-8, which is what LinkedIn exports. A byte-order mark is dropped; UTF-16
 * (a file re-saved by a spreadsheet) and bytes that are not UTF-8 are refused with the file named,
 * rather than imported as garbled text.
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string, place: string): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0)) {
    throw new ImportFileError(
      fileName,
      place,
      `${place} is saved as UTF-16, not UTF-8: export it again from LinkedIn.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      fileName,
      place,
      `${place} is not UTF-8 text (some of its bytes are not UTF-8): export it again from LinkedIn.`,
    );
  }
}
