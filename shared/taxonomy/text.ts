import { stemmer } from 'stemmer';

/**
 * Text normalisation shared by the index and the queries, so both sides agree: case, accents,
 * British/American spelling and simple plurals never decide whether something is found. Every
 * script's letters count: a label in Arabic or Chinese is its own text, never the empty string.
 */

const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'with', 'on', 'or', 'at', 'by']);

/**
 * Marks folded away as accents are: Latin and Greek diacritics, Arabic vowel marks, Hebrew points.
 * They are optional in writing, so they must not make two spellings different. Other scripts'
 * marks (Devanagari vowel signs, say) are part of the word and stay.
 */
const FOLDED_MARKS =
  /(\p{L}?)([\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670]+)/gu;
/** Joiners, soft hyphens and the Arabic tatweel change how a word is drawn, not which word it is. */
// The zero-width joiner stands apart: inside a class, lint reads it as joining its neighbours.
const INVISIBLE = /[\u00ad\u0640\u200c\u2060\ufeff]|\u200d/g;
/** Letters with no decomposition, written the way a keyboard without them would. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * A Cyrillic breve or diaeresis makes another letter (й is not и, ї is not і), so it stays; only
 * ё, usually written as е, is folded. Elsewhere the marks go, as accents do.
 */
function foldMarks(_match: string, letter: string, marks: string): string {
  if (!/\p{Script=Cyrillic}/u.test(letter)) return letter;
  return /^[еЕ]$/.test(letter) && marks === '\u0308' ? letter : letter + marks;
}

/**
 * Lower case, no accents, "&" read as "and", punctuation as spaces (keeping c++ and c#). Letters and
 * digits of every script count (`\p{L}\p{N}`, with the marks that belong to them): "项目管理" and
 * "إدارة المشاريع" keep their own text. Only text with no letter or digit at all becomes "".
 */
export function normalizeText(text: string): string {
  // Most labels are plain ASCII; Unicode normalisation is only paid for the others.
  if (/^[\p{ASCII}]*$/u.test(text)) {
    return text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9+#]+/g, ' ')
      .trim();
  }
  // NFKD splits accents off their letters and full-width forms into plain ones; NFC then puts
  // Hangul syllables, voiced kana and й back together.
  return text
    .normalize('NFKD')
    .replace(FOLDED_MARKS, foldMarks)
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * What two texts are compared by when deciding whether they name the same thing: the normalised
 * text or, for text with no letter or digit at all (emoji, punctuation), the text itself with its
 * spacing tidied, so "🚀" and "🎯" stay two things instead of both becoming "". Blank text gives
 * "", which names nothing: callers never take it as a match for another entry.
 */
export function textKey(text: string): string {
  const normalized = normalizeText(text);
  return normalized !== '' ? normalized : text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const canonicalCache = new Map<string, string>();

/**
 * One form per word: British endings folded to American, then the Porter stem, so that
 * "time management" meets "manage time" and "negotiation" meets "negotiate".
 */
export function canonicalToken(token: string): string {
  const cached = canonicalCache.get(token);
  if (cached !== undefined) return cached;
  const canonical = /^[a-z]+$/.test(token) ? stemmer(foldSpelling(token)) : token;
  // The vocabulary is a few tens of thousands of words; queries add few, so the cache stays small.
  if (canonicalCache.size < 200_000) canonicalCache.set(token, canonical);
  return canonical;
}

function foldSpelling(token: string): string {
  if (token.length <= 5) return token;
  return token
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|ed|es|er|ers|ing)$/, 'iz$1')
    .replace(/ys(e|ed|es|er|ers|ing)$/, 'yz$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/([^aeiou])our(s?)$/, '$1or$2')
    .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
    .replace(/ence$/, 'ense')
    .replace(/lling$/, 'ling')
    .replace(/lled$/, 'led');
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/**
 * Acronyms a name can be written as: first letters of runs of its significant words —
 * "track key performance indicators" gives "tkpi", "kpi", "pi" and the rest.
 */
export function acronymsOf(tokens: readonly string[]): string[] {
  const significant = tokens.filter((token) => !isStopWord(token) && /^[a-z]/.test(token));
  const letters = significant.map((token) => token[0] ?? '').join('');
  const found: string[] = [];
  // Every run of two to four consecutive words: "use content management system software" gives "cms".
  for (let start = 0; start < letters.length - 1; start += 1) {
    for (let end = start + 2; end <= Math.min(letters.length, start + 4); end += 1)
      found.push(letters.slice(start, end));
  }
  return found;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("buisness"), giving up
 * (returning max + 1) as soon as it must exceed `max`, so checking a candidate costs little.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let beforePrevious = new Uint8Array(width);
  let previous = new Uint8Array(width);
  let current = new Uint8Array(width);
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? max + 1;
}

/** Code-point order: stable everywhere, and far cheaper than locale-aware comparison. */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
