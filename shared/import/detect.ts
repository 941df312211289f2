import { recogniseLinkedInText } from './linkedin/csv-table';

/** Which importer a file goes to, judged by its bytes first (a renamed file still imports) and its name second. */
export type SourceKind = 'linkedin-zip' | 'linkedin-csv' | 'json-resume' | 'open-badge' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** The start of what may be a JWT: base64url parts and dots only (it may be cut off by the sniffed head). */
const JWT_START = /^[A-Za-z0-9_.-]+\s*$/;
/** How much of a file is sniffed: enough for the top of any JSON or SVG. */
const HEAD_BYTES = 4_096;
/** A JWT is judged whole: a VC-JWT with an embedded credential is often 5–20 KB. Larger is not a badge. */
const JWT_BYTES = 256 * 1024;
/** Words that only a verifiable credential or an Open Badges assertion carries near its top. */
const BADGE_MARKERS = /"@context"|OpenBadgeCredential|VerifiableCredential|"badge"\s*:|"recipient"\s*:/;

function textEncodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return 'utf-8';
}

export function detectSource(bytes: Uint8Array, fileName: string): SourceKind {
  if (startsWith(bytes, ZIP)) return 'linkedin-zip';
  if (startsWith(bytes, PNG)) return 'open-badge';
  // A UTF-16 file (Notepad's "Unicode") is sniffed as UTF-16, so it reaches its reader and is refused as
  // "not UTF-8, save it again" rather than as an unknown file.
  const head = new TextDecoder(textEncodingOf(bytes), { fatal: false })
    .decode(bytes.subarray(0, HEAD_BYTES))
    .replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('<')) return /<svg[\s>]/i.test(head) ? 'open-badge' : 'unknown';
  if (trimmed.startsWith('{')) return BADGE_MARKERS.test(head) ? 'open-badge' : 'json-resume';
  if (JWT_START.test(trimmed) && isWholeJwt(bytes)) return 'open-badge';
  // A CSV by its name, or a LinkedIn file saved under another name ("Certifications.txt") by its header row.
  if (/\.csv$/i.test(fileName) || recogniseLinkedInText(head) !== undefined) return 'linkedin-csv';
  return 'unknown';
}

function isWholeJwt(bytes: Uint8Array): boolean {
  if (bytes.length > JWT_BYTES) return false;
  return JWT.test(new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim());
}
