import { ImportFileError } from '../errors';

/** What a baked SVG carries: inline JSON (text or CDATA) or a signed token in its `verify` attribute. */
export type SvgBadge = { kind: 'json'; text: string; place: string } | { kind: 'jws'; token: string; place: string };

// Bakers write the element with the `openbadges` prefix (3.0: credential, 2.0: assertion). The element is
// found with indexOf, never a backtracking regex: a lazy `[\s\S]*?` retried from every unclosed opening
// tag made a 1 MB SVG take seconds (quadratic), and an XML parser would bring entity expansion with it.
const OPENING = /<openbadges:(credential|assertion)\b/;
const VERIFY_ATTRIBUTE = /\bverify\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CDATA_START = '<![CDATA[';
const CDATA_END = ']]>';

export function looksLikeSvg(text: string): boolean {
  return /<svg[\s>]/.test(text.slice(0, 4_096));
}

/** The first badge element: its name, attribute text and content, each found in one pass. */
function firstBadgeElement(svg: string, fileName: string) {
  const opening = OPENING.exec(svg);
  if (opening === null) {
    throw new ImportFileError(
      fileName,
      'SVG',
      'This SVG has no <openbadges:credential> or <openbadges:assertion> element, so it is not a baked badge.',
    );
  }
  const name = opening[1] ?? 'credential';
  const place = `SVG <openbadges:${name}>`;
  const attributesStart = opening.index + opening[0].length;
  const tagEnd = svg.indexOf('>', attributesStart);
  if (tagEnd < 0) throw new ImportFileError(fileName, place, 'The badge element is never closed.');
  const selfClosing = svg[tagEnd - 1] === '/';
  const attributes = svg.slice(attributesStart, selfClosing ? tagEnd - 1 : tagEnd);
  if (selfClosing) return { name, place, attributes, content: '' };
  const closing = svg.indexOf(`</openbadges:${name}`, tagEnd + 1);
  if (closing < 0) throw new ImportFileError(fileName, place, 'The badge element is never closed.');
  return { name, place, attributes, content: svg.slice(tagEnd + 1, closing) };
}

export function readSvgBadge(svg: string, fileName: string): SvgBadge {
  const { place, attributes, content } = firstBadgeElement(svg, fileName);
  const verify = VERIFY_ATTRIBUTE.exec(attributes);
  const attribute = decodeXmlText(verify?.[1] ?? verify?.[2] ?? '').trim();
  // A 2.0 hosted badge names its assertion's URL in `verify` and carries the assertion as the content;
  // only a signed one puts its token there.
  const hostedAt = /^https?:\/\//i.test(attribute) ? attribute : null;
  if (attribute !== '' && hostedAt === null)
    return { kind: 'jws', token: attribute, place: `${place} verify attribute` };
  const text = cdataOf(content) ?? decodeXmlText(content);
  if (text.trim() === '') {
    const why =
      hostedAt === null
        ? 'The badge element is empty.'
        : `The badge element only points to ${hostedAt.slice(0, 300)}; the badge itself is not in this file, and Throughline does not go online to fetch it.`;
    throw new ImportFileError(fileName, place, why);
  }
  return { kind: 'json', text, place };
}

function cdataOf(content: string): string | null {
  const start = content.indexOf(CDATA_START);
  if (start < 0) return null;
  const end = content.indexOf(CDATA_END, start + CDATA_START.length);
  return end < 0 ? null : content.slice(start + CDATA_START.length, end);
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,8});/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return safeCodePoint(Number.parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
