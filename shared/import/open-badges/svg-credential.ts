import { ImportFileError } from '../errors';

/** What a baked SVG carries: inline JSON (text or CDATA) or a signed token in its `verify` attribute. */
export type SvgBadge = { kind: 'json'; text: string; place: string } | { kind: 'jws'; token: string; place: string };

// Bakers write the element with the `openbadges` prefix (3.0: credential, 2.0: assertion); a regex is
// enough for that one element and keeps an XML parser (and its entity expansion) out of the import path.
const ELEMENT = /<openbadges:(credential|assertion)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/openbadges:\1\s*>)/;
const VERIFY_ATTRIBUTE = /\bverify\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/;

export function looksLikeSvg(text: string): boolean {
  return /<svg[\s>]/.test(text.slice(0, 4_096));
}

export function readSvgBadge(svg: string, fileName: string): SvgBadge {
  const match = ELEMENT.exec(svg);
  if (match === null) {
    throw new ImportFileError(
      fileName,
      'SVG',
      'This SVG has no <openbadges:credential> or <openbadges:assertion> element, so it is not a baked badge.',
    );
  }
  const [, name = '', attributes = '', content = ''] = match;
  const place = `SVG <openbadges:${name}>`;
  const verify = VERIFY_ATTRIBUTE.exec(attributes);
  const token = verify?.[1] ?? verify?.[2];
  if (token !== undefined && token.trim() !== '')
    return { kind: 'jws', token: decodeXmlText(token), place: `${place} verify attribute` };
  const cdata = CDATA.exec(content);
  const text = cdata !== null ? (cdata[1] ?? '') : decodeXmlText(content);
  if (text.trim() === '') throw new ImportFileError(fileName, place, 'The badge element is empty.');
  return { kind: 'json', text, place };
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return safeCodePoint(Number.parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
