/**
 * The values an Open Badge file holds for import-fidelity.ts, read independently of the app's badge reader
 * (its own PNG chunk walk and SVG match): which of them tell the person's story, and which are bookkeeping,
 * is set out in import-fidelity.ts's header and named here key by key.
 */
import { inflateSync } from 'node:zlib';
import { isRecord } from '../../shared/import/plain-data';

/** A value of the badge, keyed to the draft entry it should have become (as import-fidelity's Leaf). */
export interface BadgeLeaf {
  section: string;
  place: string;
  value: string;
  ref: string;
  unusable?: boolean;
}

/** JSON-LD, signature and recipient bookkeeping, and the badge's picture: never story, at any depth. */
export const BADGE_KEYS_NOT_COUNTED = new Set([
  '@context',
  '@language',
  'type',
  'proof',
  'signature',
  'verification',
  'recipient',
  'credentialSchema',
  'credentialStatus',
  'refreshService',
  'termsOfUse',
  'publicKey',
  'revocationList',
  'image',
]);

/** Who issued or created the badge: counted by name and website, never by the address its keys hang on. */
const PROFILE_KEYS = new Set(['issuer', 'creator']);
/** The recipient's identifiers in a 3.0 subject (who, not what). */
const SUBJECT_IDENTITY = new Set(['id', 'identifier']);
const DATE_KEYS = new Set(['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'issuedOn', 'expires']);
/** Keys whose text value is a reference to another document: counted only when it is a web address. */
const REFERENCE_KEYS = new Set(['id', 'badge', 'criteria', 'evidence']);

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** A badge date as a certificate keeps it: the calendar day as written, or a Unix time's UTC day. */
function badgeDay(value: unknown): { value: string; unusable: boolean } | null {
  if (typeof value === 'number') {
    const instant = new Date(value * 1000);
    if (Number.isNaN(instant.getTime())) return { value: String(value), unusable: true };
    return { value: instant.toISOString().slice(0, 10), unusable: false };
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim())?.[1];
  return day === undefined ? { value: value.trim(), unusable: true } : { value: day, unusable: false };
}

function sectionOf(path: readonly string[]): string {
  const last = path.at(-1) ?? '';
  if (path.some((key) => PROFILE_KEYS.has(key))) return 'issuer';
  if (DATE_KEYS.has(last)) return 'dates';
  if (path.length === 1 && last === 'id') return 'credential';
  if (path.includes('alignment') || path.includes('tag')) return 'skills';
  if (path[0] === 'evidence' || path[0] === 'narrative') return 'evidence';
  if (path[0] === 'credentialSubject' && path[1] !== 'achievement') return 'evidence';
  if (path[0] === 'badge' || path.includes('achievement') || path.length === 1) return 'achievement';
  return 'other';
}

/** Whether a leaf at this path is story (see the module's note); its value is decided by the caller. */
function counted(path: readonly string[], value: unknown): boolean {
  const last = path.at(-1) ?? '';
  const profileAt = path.findIndex((key) => PROFILE_KEYS.has(key));
  // The issuer given as its address alone, or the id of an issuer object: what the signature is checked against.
  if (profileAt !== -1 && (profileAt === path.length - 1 || (profileAt === path.length - 2 && last === 'id'))) {
    return false;
  }
  if (path[0] === 'credentialSubject' && path.length === 2 && SUBJECT_IDENTITY.has(last)) return false;
  // The credential's own id is what the person shows; other references count when someone can open them.
  const key = path.findLast((part) => !/^\d+$/.test(part)) ?? '';
  if (REFERENCE_KEYS.has(key) && typeof value === 'string' && !(path.length === 1 && key === 'id')) {
    return WEB_ADDRESS.test(value.trim());
  }
  return true;
}

/** Every story value of a badge document, all keyed to the one entry (`ref`) a badge file becomes. */
export function badgeLeaves(document: Record<string, unknown>, ref: string): BadgeLeaf[] {
  const leaves: BadgeLeaf[] = [];
  const visit = (value: unknown, path: string[]) => {
    const last = path.at(-1) ?? '';
    if (BADGE_KEYS_NOT_COUNTED.has(last)) return;
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => visit(item, [...path, String(index)]));
      return;
    }
    if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      return;
    }
    if (!counted(path, value)) return;
    const place = path
      .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
      .join('')
      .replace(/^\./, '');
    const section = sectionOf(path.filter((key) => !/^\d+$/.test(key)));
    if (DATE_KEYS.has(last)) {
      const day = badgeDay(value);
      if (day !== null) leaves.push({ section, place, ref, ...day });
      return;
    }
    const written = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
    if (written !== '') leaves.push({ section, place, ref, value: written });
  };
  visit(document, []);
  return leaves;
}

/** The hosts of every web address in the document: one of them standing as provider is the file's word. */
export function badgeDomains(document: unknown): Set<string> {
  const domains = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) Object.values(value).forEach(visit);
    else if (typeof value === 'string' && WEB_ADDRESS.test(value.trim())) {
      domains.add(new URL(value.trim()).hostname.replace(/^www\./, ''));
    }
  };
  visit(document);
  return domains;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_KEYWORDS = ['openbadgecredential', 'openbadges'];

/** The text of a PNG's badge chunk (tEXt, or iTXt compressed or not), 3.0's keyword first. */
function pngBadgeText(bytes: Buffer): string | null {
  const found = new Map<string, string>();
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const keywordEnd = data.indexOf(0);
    const keyword = data.toString('latin1', 0, Math.max(keywordEnd, 0));
    if (type === 'tEXt' && PNG_KEYWORDS.includes(keyword)) found.set(keyword, data.toString('utf8', keywordEnd + 1));
    if (type === 'iTXt' && PNG_KEYWORDS.includes(keyword)) {
      const compressed = data[keywordEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const textAt = data.indexOf(0, languageEnd + 1) + 1;
      const text = data.subarray(textAt);
      found.set(keyword, (compressed ? inflateSync(text) : text).toString('utf8'));
    }
    at += 12 + length;
  }
  return PNG_KEYWORDS.map((keyword) => found.get(keyword)).find((text) => text !== undefined) ?? null;
}

/**
 * The badge JSON a file holds: the file itself, a baked PNG's chunk or a baked SVG's element.
 * @throws Error when the file carries no badge JSON this count can read (a JWT, a hosted link).
 */
export function badgeDocumentOf(name: string, bytes: Uint8Array): Record<string, unknown> {
  const buffer = Buffer.from(bytes);
  let text: string | null;
  if (PNG_SIGNATURE.every((byte, index) => buffer[index] === byte)) text = pngBadgeText(buffer);
  else {
    const file = buffer.toString('utf8').replace(/^\uFEFF/, '');
    const baked = /<openbadges:(?:credential|assertion)\b[^>]*>([\s\S]*?)<\/openbadges:/.exec(file)?.[1];
    text = baked === undefined ? file : baked.replace(/^\s*<!\[CDATA\[/, '').replace(/\]\]>\s*$/, '');
  }
  const parsed: unknown = text !== null && text.trim().startsWith('{') ? JSON.parse(text) : null;
  if (!isRecord(parsed)) throw new Error(`${name}: no badge JSON found to count`);
  return parsed;
}
