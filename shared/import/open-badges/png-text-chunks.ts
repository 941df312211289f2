import { ImportFileError } from '../errors';
import { inflateZlibCapped } from '../inflate-capped';
import { MAX_BADGE_TEXT_BYTES } from './limits';
import { formatMegabytes } from '../../domain/sizes';
import { decodeLatin1, decodeUtf8 } from './text';

/** One text chunk of a PNG, decoded; `place` says where it was ("PNG iTXt chunk 'openbadges'"). */
export interface PngText {
  keyword: string;
  text: string;
  place: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * Reads the tEXt and iTXt chunks of a PNG: badge bakers write iTXt (Open Badges 3.0 always, 2.0 often),
 * which the common PNG text libraries skip. Only `wanted` keywords are decoded, so a broken chunk that
 * is not a badge does not stop the import.
 */
export function readPngTextChunks(bytes: Uint8Array, fileName: string, wanted: ReadonlySet<string>): PngText[] {
  if (!isPng(bytes)) throw new ImportFileError(fileName, 'PNG signature', 'This is not a PNG image.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: PngText[] = [];
  let offset = PNG_SIGNATURE.length;
  let sawEnd = false;
  while (offset < bytes.length) {
    if (offset + 8 > bytes.length) break;
    const length = view.getUint32(offset);
    const type = decodeLatin1(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) break;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    if (type === 'tEXt' || type === 'iTXt') {
      const chunk = readTextChunk(type, bytes.subarray(dataStart, dataEnd), fileName, wanted, offset);
      if (chunk !== null) found.push(chunk);
    }
    offset = dataEnd + 4;
  }
  if (!sawEnd) {
    throw new ImportFileError(
      fileName,
      `PNG byte ${offset}`,
      'The PNG is cut short: it ends before its final (IEND) chunk.',
    );
  }
  return found;
}

function readTextChunk(
  type: 'tEXt' | 'iTXt',
  data: Uint8Array,
  fileName: string,
  wanted: ReadonlySet<string>,
  offset: number,
): PngText | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return null;
  const keyword = decodeLatin1(data.subarray(0, keywordEnd));
  if (!wanted.has(keyword)) return null;
  const place = `PNG ${type} chunk '${keyword}' (byte ${offset})`;
  if (type === 'tEXt') {
    // Latin-1 by the PNG spec, but bakers write UTF-8 JSON here: try UTF-8, fall back to the spec.
    const text = data.subarray(keywordEnd + 1);
    try {
      return { keyword, text: decodeUtf8(text, fileName, place), place };
    } catch {
      return { keyword, text: decodeLatin1(text), place };
    }
  }
  // iTXt: keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new ImportFileError(fileName, place, 'The iTXt chunk is malformed.');
  const stored = data.subarray(translatedEnd + 1);
  const text = compressed ? inflateBadgeText(stored, fileName, place) : stored;
  return { keyword, text: decodeUtf8(text, fileName, place), place };
}

function inflateBadgeText(stored: Uint8Array, fileName: string, place: string): Uint8Array {
  let inflated: Uint8Array | null;
  try {
    inflated = inflateZlibCapped(stored, MAX_BADGE_TEXT_BYTES);
  } catch {
    throw new ImportFileError(fileName, place, 'The compressed badge text cannot be inflated.');
  }
  if (inflated === null) {
    throw new ImportFileError(
      fileName,
      place,
      `The compressed badge text inflates to more than ${formatMegabytes(MAX_BADGE_TEXT_BYTES)}; a badge is a few kilobytes, so this one was not read.`,
    );
  }
  return inflated;
}
