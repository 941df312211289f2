import { canonicalToken, normalizeText } from '../taxonomy/text';

/**
 * A posting's words as the skill matcher reads them: each with its exact place in the original
 * text (UTF-16 offsets) and the canonical form search uses (lower case, accents folded, British
 * spelling folded to American, Porter stem), so a phrase found in the canonical text maps back to
 * the characters the user sees.
 */
export interface PostingToken {
  start: number;
  end: number;
  /** As written. */
  raw: string;
  canonical: string;
}

/**
 * What a word is made of for search (`normalizeText` keeps the same: letters, marks, digits, + and
 * #), with its apostrophes: "we're" is one word, never "re".
 */
const WORD = /[\p{L}\p{M}\p{N}+#]+(?:['’][\p{L}\p{M}]+)*|&/gu;
/**
 * Punctuation between two words that ends a phrase: a skill's name never runs across a line, a
 * list's comma, a bracket or the end of a sentence ("Excel. Data entry" is not "excel data entry").
 */
const PHRASE_BREAK = /[\n\r,;:()[\]{}|•·–—"“”]|[.!?]\s|\s-\s/;

export interface TokenizedText {
  tokens: PostingToken[];
  /** The canonical words joined by single spaces, with "." standing for a phrase break. */
  canonical: string;
  /** Per token, where its canonical form starts in `canonical`. */
  canonicalStart: number[];
}

export const BREAK = '.';

export function tokenize(text: string): TokenizedText {
  const tokens: PostingToken[] = [];
  const parts: string[] = [];
  const canonicalStart: number[] = [];
  let length = 0;
  let previousEnd = 0;
  const push = (part: string) => {
    if (parts.length > 0) length += 1;
    parts.push(part);
    length += part.length;
  };
  const words = [...text.matchAll(WORD)].map((found) => ({ raw: found[0], start: found.index }));
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at];
    if (word === undefined) continue;
    let { raw } = word;
    const { start } = word;
    // "e-mail" and "e-learning" are one word, however they are written.
    const next = words[at + 1];
    if (next !== undefined && /^\p{L}$/u.test(raw) && next.start === start + 2 && text[start + 1] === '-') {
      raw = text.slice(start, next.start + next.raw.length);
      at += 1;
    }
    const normalized = raw === '&' ? 'and' : normalizeText(joinLetterPrefix(raw));
    if (normalized === '' || normalized.includes(' ')) continue;
    if (tokens.length > 0 && PHRASE_BREAK.test(text.slice(previousEnd, start))) push(BREAK);
    const canonical = canonicalToken(normalized);
    canonicalStart.push(length + (parts.length > 0 ? 1 : 0));
    push(canonical);
    tokens.push({ start, end: start + raw.length, raw, canonical });
    previousEnd = start + raw.length;
  }
  return { tokens, canonical: parts.join(' '), canonicalStart };
}

/** A name's canonical words, as `tokenize` writes them, or null when it has none. */
export function canonicalWords(name: string): string[] {
  const normalized = normalizeText(joinLetterPrefix(name));
  return normalized === '' ? [] : normalized.split(' ').map(canonicalToken);
}

/**
 * "e-mail" → "email", "e-Learning" → "eLearning": a one-letter prefix belongs to its word; and
 * "driver's" → "drivers", so apostrophes never split a word, on either side.
 */
function joinLetterPrefix(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(\p{L})-(?=\p{L})/gu, '$1').replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
}
