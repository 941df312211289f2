import { ImportFileError } from './errors';

/**
 * Bytes of a text file as strict UTF-8, the one encoding every importer accepts. A byte-order mark is
 * dropped; UTF-16 (Notepad, a spreadsheet's "Unicode text") and bytes that are not UTF-8 are refused
 * with the file named, never imported as garbled text. `subject` names the file in the sentence
 * ("It", "export/Positions.csv"); `advice` says what to do instead.
 */
export function decodeUtf8Text(
  bytes: Uint8Array,
  where: { fileName: string; place: string; subject: string; advice: string },
): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0)) {
    throw new ImportFileError(
      where.fileName,
      where.place,
      `${where.subject} is saved as UTF-16, not UTF-8. ${where.advice}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(where.fileName, where.place, `${where.subject} is not UTF-8 text. ${where.advice}`);
  }
}
