import { stemmer } from 'stemmer';

/**
 * Text normalisation shared by the index and the queries, so both sides agree: case, accents,
 * British/American spelling and simple plurals never decide whether something is found.
 */

const STOP_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'a', 'an', 'with', 'on', 'or', 'at', 'by']);

/** Lower case, no accents, "&" read as "and", punctuation as spaces (keeping c++ and c#). */
export function normalizeText(text: string): string {
  // Most labels are plain ASCII; Unicode decomposition is only paid for the others.
  const folded = /^[\p{ASCII}]*$/u.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** Every letter and digit run together: "Node.js", "node js" and "nodejs" share one key. */
export function compactKey(text: string): string {
  return normalizeText(text).replace(/ /g, '');
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
