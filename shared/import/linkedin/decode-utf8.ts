import { decodeUtf8Text } from '../utf8';

/** A CSV of LinkedIn's export as UTF-8, which is what LinkedIn writes; anything else is refused by name. */
export function decodeUtf8(bytes: Uint8Array, fileName: string, place: string): string {
  return decodeUtf8Text(bytes, { fileName, place, subject: place, advice: 'Export it again from LinkedIn.' });
}
