import { ImportFileError, WHOLE_FILE } from '../errors';
import { looksLikeCompactJws, parseCompactJws, type CompactJws } from './jws';
import { isPng, readPngTextChunks } from './png-text-chunks';
import { looksLikeSvg, readSvgBadge } from './svg-credential';
import { MAX_BADGE_TEXT_BYTES } from './limits';
import { formatMegabytes } from '../../domain/sizes';
import { decodeUtf8, parseJsonSafely } from './text';

/** How the badge reached us, for messages and for the record. */
export type BadgeContainer = 'json' | 'jwt' | 'png' | 'svg';

/** The badge inside a file: a JSON document, or a compact JWS whose payload is the document. */
export type BadgeSource =
  | { kind: 'document'; container: BadgeContainer; place: string; document: unknown }
  | { kind: 'jws'; container: BadgeContainer; place: string; jws: CompactJws };

/** 3.0 bakes under `openbadgecredential`, 2.0 under `openbadges`. */
const PNG_KEYWORDS: ReadonlySet<string> = new Set(['openbadgecredential', 'openbadges']);

/**
 * Finds the badge in one file's bytes, whatever it came in: JSON, a JWT, a baked PNG or a baked SVG.
 * @throws ImportFileError when the file is none of those or carries no badge.
 */
export function extractBadgeSource(bytes: Uint8Array, fileName: string): BadgeSource {
  if (isPng(bytes)) return fromPng(bytes, fileName);
  const text = decodeUtf8(bytes, fileName, WHOLE_FILE).replace(/^\uFEFF/, '');
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    return {
      kind: 'document',
      container: 'json',
      place: 'JSON document',
      document: parseJsonSafely(withinBadgeSize(text, fileName, 'JSON document'), fileName, 'JSON document'),
    };
  }
  if (looksLikeCompactJws(trimmed)) {
    const token = withinBadgeSize(trimmed, fileName, 'JWT');
    return { kind: 'jws', container: 'jwt', place: 'JWT', jws: parseCompactJws(token, fileName, 'JWT') };
  }
  if (looksLikeSvg(text)) return fromSvg(text, fileName);
  throw new ImportFileError(
    fileName,
    WHOLE_FILE,
    'This file is not an Open Badge: expected JSON, a JWT, or a baked PNG or SVG.',
  );
}

function fromPng(bytes: Uint8Array, fileName: string): BadgeSource {
  const chunks = readPngTextChunks(bytes, fileName, PNG_KEYWORDS);
  const chunk = chunks.find((candidate) => candidate.keyword === 'openbadgecredential') ?? chunks[0];
  if (chunk === undefined) {
    throw new ImportFileError(
      fileName,
      'PNG text chunks',
      "This PNG carries no badge: it has no 'openbadgecredential' or 'openbadges' text chunk.",
    );
  }
  return fromText(chunk.text, 'png', chunk.place, fileName);
}

function fromSvg(svg: string, fileName: string): BadgeSource {
  const found = readSvgBadge(svg, fileName);
  if (found.kind === 'jws') {
    return {
      kind: 'jws',
      container: 'svg',
      place: found.place,
      jws: parseCompactJws(withinBadgeSize(found.token, fileName, found.place), fileName, found.place),
    };
  }
  return fromText(found.text, 'svg', found.place, fileName);
}

/** Baked text is JSON, a JWS, or (2.0 hosted badges) just the assertion's URL. */
function fromText(text: string, container: BadgeContainer, place: string, fileName: string): BadgeSource {
  const trimmed = withinBadgeSize(text, fileName, place).trim();
  if (trimmed.startsWith('{')) {
    return { kind: 'document', container, place, document: parseJsonSafely(trimmed, fileName, place) };
  }
  if (looksLikeCompactJws(trimmed))
    return { kind: 'jws', container, place, jws: parseCompactJws(trimmed, fileName, place) };
  if (/^https?:\/\//.test(trimmed)) {
    throw new ImportFileError(
      fileName,
      place,
      `The badge holds only a link to its assertion (${trimmed.slice(0, 200)}); Throughline works offline and does not fetch it.`,
    );
  }
  throw new ImportFileError(fileName, place, 'The baked badge text is neither JSON nor a signed token.');
}

/** Refuses badge text past the size cap before it is parsed (UTF-16 length: at least one unit a byte). */
function withinBadgeSize(text: string, fileName: string, place: string): string {
  if (text.length <= MAX_BADGE_TEXT_BYTES) return text;
  throw new ImportFileError(
    fileName,
    place,
    `The badge is larger than ${formatMegabytes(MAX_BADGE_TEXT_BYTES)}; an Open Badge is a few kilobytes, so this one was not read.`,
  );
}
