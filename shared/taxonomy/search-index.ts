import { z } from 'zod';
import { acronymsOf, boundedDistance, canonicalToken, normalizeText } from './text';

export const ConceptKindSchema = z.enum(['skill', 'occupation']);
export type ConceptKind = z.infer<typeof ConceptKindSchema>;

export interface IndexedConcept {
  conceptId: string;
  kind: ConceptKind;
  /** Every name the concept answers to; the first is the main one, shown to the user. */
  names: readonly string[];
  /** 0–1: how common the concept is (for skills, how many occupations list it). */
  prior: number;
  /** A curated entry (modern tool or method) rather than an ESCO concept. */
  curated: boolean;
  /** How many names after the first are curated (acronyms, everyday phrases) rather than ESCO's. */
  curatedNames?: number;
}

/** How a result matched, best first. Typo tolerance is only tried when the better tiers run short. */
export const MatchTierSchema = z.enum(['exact', 'acronym', 'prefix', 'words', 'typo']);
export type MatchTier = z.infer<typeof MatchTierSchema>;
export const MATCH_TIERS: readonly MatchTier[] = MatchTierSchema.options;

/** A search result as it crosses to the renderer: what was found and how it matched. */
export const ConceptHitSchema = z
  .object({
    conceptId: z.string(),
    kind: ConceptKindSchema,
    label: z.string(),
    /** The alternative name that matched, when it was not the main name. */
    matched: z.string().nullable(),
    tier: MatchTierSchema,
  })
  .strict();
export type ConceptHit = z.infer<typeof ConceptHitSchema>;

/** A hit with the score it was ranked by, which stays in main. */
export interface SearchHit extends ConceptHit {
  score: number;
}

/** The hit without its score, as the IPC contract sends it. */
export const conceptHitOf = ({ conceptId, kind, label, matched, tier }: SearchHit): ConceptHit => ({
  conceptId,
  kind,
  label,
  matched,
  tier,
});

export interface SearchOptions {
  kind?: ConceptKind;
  limit?: number;
}

const TIER_SCORE: Record<MatchTier, number> = { exact: 1000, acronym: 800, prefix: 600, words: 400, typo: 200 };
/** The unfinished last word must have this many letters before it is completed. */
const MIN_PREFIX_LENGTH = 2;
/** A last word that begins this many vocabulary words is too vague to complete. */
const MAX_PREFIX_TOKENS = 3000;
const MAX_CANDIDATES = 600;
/** A typo whose correction is a whole known name ranks with prefix matches, above loose word matches. */
const TYPO_EXACT_BONUS = 450;
const REORDERED_PENALTY = -60;
/**
 * A name that only starts with the last word typed ("TeamCity" for "team") ranks below names
 * that have that very word ("team building"): a finished word is more likely meant as it is.
 */
const PARTIAL_WORD_PENALTY = -50;
/**
 * Exact keys of names that match only as written, case included: one-word product names that are
 * also everyday words ("React", "SAFe", "Access"). Normalised keys never hold this character.
 */
const AS_WRITTEN_MARK = '^';
const asWritten = (text: string) => AS_WRITTEN_MARK + text.normalize('NFC').trim();
const LOWERCASE_ACRONYM_PENALTY = -300;
/**
 * Scripts written without spaces: a "word" there is a whole phrase and one character more or less
 * is another meaning, so such words are matched as typed (whole or as a prefix), never as typos.
 */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const typoTolerant = (word: string) => !UNSPACED_SCRIPT.test(word);

/** What makes a name a good answer whatever the query: being the main name, a curated tool, short, common. */
function staticRank(position: number, concept: IndexedConcept, extraWords: number): number {
  const curatedName = position > 0 && position <= (concept.curatedNames ?? 0);
  return (
    (position === 0 ? 40 : curatedName ? 30 : 0) +
    (concept.curated ? 25 : 0) +
    20 * concept.prior -
    10 * Math.min(extraWords, 10)
  );
}

/**
 * A one-word name written with a capital is a proper name: a product, a language, an acronym.
 * It matches the word itself, never another word that shares its stem ("team" is not "Teams",
 * "accessibility" not "Access", "canvas" not "Canva"). An acronym may take a plural ("KPIs").
 */
function isProperName(text: string, normalized: string): boolean {
  return !normalized.includes(' ') && /^\p{Lu}/u.test(text.trim());
}

function sameProperWord(query: string, name: string, written: string): boolean {
  return query === name || (query === `${name}s` && /^[A-Z0-9]{2,6}$/.test(written.trim()));
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Ascending ids stored as gaps: small numbers make the shipped index a third of the size. */
function deltaEncode(ids: readonly number[]): number[] {
  return ids.map((id, index) => (index === 0 ? id : id - (ids[index - 1] ?? 0)));
}

function deltaDecode(gaps: readonly number[]): number[] {
  const ids: number[] = new Array<number>(gaps.length);
  let id = 0;
  for (let index = 0; index < gaps.length; index += 1) {
    id += gaps[index] ?? 0;
    ids[index] = id;
  }
  return ids;
}

/**
 * One map of the index as shipped: keys in code-unit order, each with its ids delta-encoded, so
 * the app looks keys up by binary search instead of building maps of 150,000 keys at start-up.
 */
function shipped(map: ReadonlyMap<string, number[]>): { keys: string[]; ids: number[][] } {
  const keys = [...map.keys()].sort();
  return { keys, ids: keys.map((key) => deltaEncode(map.get(key) ?? [])) };
}

/**
 * Ids by key over keys sorted as `shipped` writes them, each list delta-decoded the first time it
 * is read: a search reads a few dozen lists of the tens of thousands.
 */
function sortedPostings(keys: readonly string[], encoded: readonly (readonly number[])[]) {
  const decoded = new Map<number, number[]>();
  const find = (key: string) => {
    const index = lowerBound(keys, key);
    return keys[index] === key ? index : -1;
  };
  return {
    has: (key: string) => find(key) >= 0,
    get(key: string): number[] | undefined {
      const index = find(key);
      if (index < 0) return undefined;
      let ids = decoded.get(index);
      if (ids === undefined) {
        ids = deltaDecode(encoded[index] ?? []);
        decoded.set(index, ids);
      }
      return ids;
    },
  };
}

/** First index in a sorted array whose value is >= `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Search over skill and occupation names, built once at start-up. Ranking is in tiers — exact
 * name or acronym, then names starting with the query, then names containing all its words,
 * and only then typo-tolerant matches — so "seo" finds search engine optimisation and never a
 * look-alike word. Within a tier, main names beat alternatives, curated tools beat near-misses,
 * shorter names beat longer ones and commonly required skills beat rare ones. Ordinary words are
 * not read as product names: a one-word product name answers to its own word only, never to a
 * word sharing its stem ("accessibility" is not Access), and one that is also an everyday word is
 * exact only when written as it is ("React", not "react").
 */
/**
 * The index in plain arrays, so the build script can compute it once and ship it in the asset:
 * building it costs about a second, reading it back a fraction of that.
 */
export interface SerializedSearchIndex {
  /** Per name, in rank order: the concept and which of its names. */
  nameConcept: number[];
  namePosition: number[];
  nameWords: number[];
  tokens: string[];
  postings: number[][];
  exactKeys: string[];
  exactIds: number[][];
  acronymKeys: string[];
  acronymIds: number[][];
}

export interface SerializeOptions {
  /**
   * Everyday English words (lower case) that are also the one-word names of products ("access",
   * "react", "safe"): such a name is an exact match only when written as it is, capital included.
   */
  everydayWords?: ReadonlySet<string>;
}

/** Computes the index (the costly part, run by the build script or when no index was shipped). */
export function serializeSearchIndex(
  concepts: readonly IndexedConcept[],
  options: SerializeOptions = {},
): SerializedSearchIndex {
  const everydayWords = options.everydayWords ?? new Set<string>();
  const nameConcept: number[] = [];
  const namePosition: number[] = [];
  const nameWords: number[] = [];
  const exact = new Map<string, number[]>();
  const acronyms = new Map<string, number[]>();
  const tokens = new Map<string, number[]>();

  // Names get ids in order of how good a result they make on their own (main names, common
  // skills, curated tools and short names first), so every posting list is already ranked and a
  // search can stop after the first few hundred candidates.
  const entries: Array<{ concept: number; position: number; rank: number }> = [];
  concepts.forEach((concept, conceptIndex) => {
    concept.names.forEach((text, position) => {
      entries.push({ concept: conceptIndex, position, rank: staticRank(position, concept, text.split(' ').length) });
    });
  });
  entries.sort((a, b) => b.rank - a.rank);

  for (const { concept, position } of entries) {
    const text = concepts[concept]?.names[position] ?? '';
    const normalized = normalizeText(text);
    if (normalized === '') continue;
    const raw = normalized.split(' ');
    const canonical = raw.map(canonicalToken);
    const id = nameConcept.length;
    nameConcept.push(concept);
    namePosition.push(position);
    nameWords.push(raw.length);
    raw.forEach((word, index) => {
      push(tokens, word, id);
      const folded = canonical[index] ?? word;
      if (folded !== word) push(tokens, folded, id);
    });
    const everyday = isProperName(text, normalized) && everydayWords.has(normalized);
    push(exact, everyday ? asWritten(text) : canonical.join(''), id);
    // Acronyms are derived from main names only: alternative labels make too many look-alikes.
    if (position === 0) for (const acronym of acronymsOf(raw)) push(acronyms, acronym, id);
  }
  const byToken = shipped(tokens);
  const byExact = shipped(exact);
  const byAcronym = shipped(acronyms);
  return {
    nameConcept,
    namePosition,
    nameWords,
    tokens: byToken.keys,
    postings: byToken.ids,
    exactKeys: byExact.keys,
    exactIds: byExact.ids,
    acronymKeys: byAcronym.keys,
    acronymIds: byAcronym.ids,
  };
}

export function buildSearchIndex(concepts: readonly IndexedConcept[], serialized = serializeSearchIndex(concepts)) {
  const { nameConcept, namePosition, nameWords } = serialized;
  const tokens = sortedPostings(serialized.tokens, serialized.postings);
  const exact = sortedPostings(serialized.exactKeys, serialized.exactIds);
  const acronyms = sortedPostings(serialized.acronymKeys, serialized.acronymIds);
  const nameText = (id: number) => concepts[nameConcept[id] ?? -1]?.names[namePosition[id] ?? 0] ?? '';

  /**
   * Normalised spelling as written, and folded (British/American, stems), padded with spaces for
   * word checks: worked out the first time a name is a candidate, not for all names at start-up.
   */
  const rawCache = new Map<number, string>();
  const canonicalCache = new Map<number, string>();
  const nameRawText = (id: number) => {
    let text = rawCache.get(id);
    if (text === undefined) {
      text = ` ${normalizeText(nameText(id))} `;
      rawCache.set(id, text);
    }
    return text;
  };
  const nameCanonicalText = (id: number) => {
    let text = canonicalCache.get(id);
    if (text === undefined) {
      text = ` ${nameRawText(id).trim().split(' ').map(canonicalToken).join(' ')} `;
      canonicalCache.set(id, text);
    }
    return text;
  };

  const vocabulary = serialized.tokens;
  /** Vocabulary by first letter and length, so typo candidates are a short list, not a scan. */
  const buckets = new Map<string, string[]>();
  for (const token of vocabulary) {
    const key = `${token[0] ?? ''}:${token.length}`;
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [token]);
    else list.push(token);
  }

  function prefixTokens(prefix: string): string[] {
    const found: string[] = [];
    for (let index = lowerBound(vocabulary, prefix); index < vocabulary.length; index += 1) {
      const token = vocabulary[index] ?? '';
      if (!token.startsWith(prefix)) break;
      found.push(token);
      if (found.length > MAX_PREFIX_TOKENS) return [];
    }
    return found;
  }

  function similarTokens(token: string): string[] {
    const maxDistance = token.length >= 9 ? 2 : 1;
    const found: string[] = [];
    for (let length = token.length - maxDistance; length <= token.length + maxDistance; length += 1) {
      for (const candidate of buckets.get(`${token[0] ?? ''}:${length}`) ?? []) {
        if (boundedDistance(token, candidate, maxDistance) <= maxDistance) found.push(candidate);
      }
    }
    return found;
  }

  /** Whether a name has one of the forms as a word (or, for an unfinished word, a word starting so). */
  function nameHas(nameId: number, forms: readonly string[], asPrefix: boolean): boolean {
    const raw = nameRawText(nameId);
    const canonical = nameCanonicalText(nameId);
    return forms.some((form) => {
      const needle = asPrefix ? ` ${form}` : ` ${form} `;
      return raw.includes(needle) || canonical.includes(needle);
    });
  }

  /**
   * Names containing every query word (the last may be unfinished, or stand for similar words),
   * in any order. The rarest word drives; the others are checked on each candidate's text.
   */
  function namesWithWords(words: ReadonlyArray<QueryWord>): number[] {
    const sizeOf = (forms: readonly string[]) => forms.reduce((sum, form) => sum + (tokens.get(form)?.length ?? 0), 0);
    const sized = words.map((word) => ({ word, size: sizeOf(word.forms) })).sort((a, b) => a.size - b.size);
    const [driver, ...others] = sized;
    if (driver === undefined || driver.size === 0) return [];
    // Candidates in id order, which is rank order: the first few hundred of each list suffice.
    const ids: number[] = [];
    for (const form of driver.word.forms) {
      const list = tokens.get(form) ?? [];
      for (let index = 0; index < list.length && index < MAX_CANDIDATES * 2; index += 1) ids.push(list[index] ?? 0);
    }
    const ordered = Int32Array.from(ids).sort();
    const result: number[] = [];
    let previous = -1;
    for (const id of ordered) {
      if (id === previous) continue;
      previous = id;
      if (others.every(({ word }) => nameHas(id, word.check, word.prefix))) result.push(id);
      if (result.length >= MAX_CANDIDATES) break;
    }
    return result;
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 8;
    const normalized = normalizeText(query);
    if (normalized === '') return [];
    const raw = normalized.split(' ');
    const canonical = raw.map(canonicalToken);
    /** Best score per concept, and the name and tier that earned it; hits are built for the winners only. */
    const bestScore = new Map<number, number>();
    const bestMatch = new Map<number, number>();

    const consider = (nameId: number, tier: MatchTier, bonus = 0) => {
      const conceptIndex = nameConcept[nameId] ?? -1;
      const concept = concepts[conceptIndex];
      if (concept === undefined || (options.kind !== undefined && concept.kind !== options.kind)) return;
      const extraWords = Math.max(0, (nameWords[nameId] ?? 0) - raw.length);
      const score = TIER_SCORE[tier] + bonus + staticRank(namePosition[nameId] ?? 1, concept, extraWords);
      if ((bestScore.get(conceptIndex) ?? -Infinity) >= score) return;
      bestScore.set(conceptIndex, score);
      bestMatch.set(conceptIndex, nameId * MATCH_TIERS.length + MATCH_TIERS.indexOf(tier));
    };

    const trimmed = query.trim();
    /** A one-word proper name is found by its own word only, not by a word sharing its stem. */
    const properMismatch = (nameId: number) => {
      const name = nameText(nameId);
      const rawName = nameRawText(nameId).trim();
      return isProperName(name, rawName) && !sameProperWord(normalized, rawName, name);
    };
    for (const id of exact.get(canonical.join('')) ?? []) if (!properMismatch(id)) consider(id, 'exact');
    for (const id of exact.get(asWritten(trimmed)) ?? []) consider(id, 'exact');
    // Derived acronyms need three letters, or two typed in capitals ("AI", "BI"): lower-case
    // two-letter words are far more often the start of a word.
    const acronymIntent = /^[A-Z][A-Z0-9]{1,5}s?$/.test(trimmed);
    if (raw.length === 1 && normalized.length <= 7 && (normalized.length >= 3 || acronymIntent)) {
      // "KPIs" is the plural of "KPI"; "CMS" is not the plural of "CM".
      const singular = /[A-Z]s$/.test(trimmed) ? normalized.slice(0, -1) : null;
      // Typed in lower case, a derived acronym is a guess: it ranks below names that start with the query.
      const guess = acronymIntent ? 0 : LOWERCASE_ACRONYM_PENALTY;
      for (const id of acronyms.get(normalized) ?? []) consider(id, 'acronym', guess);
      if (singular !== null) for (const id of acronyms.get(singular) ?? []) consider(id, 'acronym', guess);
    }

    const last = raw.length - 1;
    const words = raw.map((word, index) => {
      const forms = [...new Set([word, canonical[index] ?? word])];
      // One letter is enough to complete once earlier words have narrowed the field ("power b").
      const unfinished = index === last && (word.length >= MIN_PREFIX_LENGTH || raw.length > 1);
      // Postings come from every completion; a candidate is checked against the typed start only.
      return unfinished
        ? { forms: [...new Set([...forms, ...prefixTokens(word)])], check: forms, prefix: true }
        : { forms, check: forms, prefix: false };
    });
    // Prefix means what was typed, not its stem: "virtualization" does not begin "virtual reality".
    const startsLikeQuery = (nameId: number) => nameRawText(nameId).startsWith(` ${normalized}`);
    const wholeWords = (nameId: number) => nameRawText(nameId).startsWith(` ${normalized} `);
    for (const id of namesWithWords(words)) {
      if (startsLikeQuery(id)) consider(id, 'prefix', wholeWords(id) ? 0 : PARTIAL_WORD_PENALTY);
      // A proper name found by its stem alone is not a match; as written, it was found above.
      else if (nameWords[id] === 1 && isProperName(nameText(id), nameRawText(id).trim())) continue;
      // The same words in another order ("time management" / "manage time") is as good as exact.
      else if (nameWords[id] === raw.length) consider(id, 'exact', REORDERED_PENALTY);
      else consider(id, 'words');
    }

    if (
      bestScore.size < limit ||
      raw.some((word) => word.length >= 4 && !tokens.has(word) && !tokens.has(canonicalToken(word)))
    ) {
      const corrections = raw.map((word, index) => {
        // A word known only by its stem may still be a typo: "kubernets" shares a stem with
        // Kubernetes, which a proper name does not answer to, so it is corrected too.
        const known = tokens.has(word);
        if (word.length < 4 || !typoTolerant(word) || known) return [];
        const similar = [...new Set([...similarTokens(word), ...similarTokens(canonical[index] ?? word)])];
        return similar;
      });
      if (corrections.some((similar) => similar.length > 0)) {
        // A correction that makes the whole query a known name is very likely what was meant.
        const fixedPhrases = corrections.reduce<string[]>(
          (phrases, similar, index) =>
            phrases.flatMap((phrase) =>
              (similar.length > 0 ? similar : [canonical[index] ?? ''])
                .slice(0, 5)
                .map((word) => phrase + canonicalToken(word)),
            ),
          [''],
        );
        const typedFor = (nameId: number) =>
          corrections.some((similar) => similar.includes(nameRawText(nameId).trim()));
        for (const phrase of fixedPhrases.slice(0, 25))
          for (const id of exact.get(phrase) ?? [])
            if (!properMismatch(id) || typedFor(id)) consider(id, 'typo', TYPO_EXACT_BONUS);
        const withTypos = words.map((word, index) => {
          const similar = corrections[index] ?? [];
          return similar.length === 0
            ? word
            : { ...word, forms: [...word.forms, ...similar], check: [...word.check, ...similar] };
        });
        for (const id of namesWithWords(withTypos)) consider(id, 'typo');
      }
    }

    const winners = [...bestScore.entries()]
      .sort((a, b) => b[1] - a[1] || (concepts[a[0]]?.names[0] ?? '').localeCompare(concepts[b[0]]?.names[0] ?? ''))
      .slice(0, limit);
    return winners.map(([conceptIndex, score]) => {
      const concept = concepts[conceptIndex];
      const packed = bestMatch.get(conceptIndex) ?? 0;
      const nameId = Math.floor(packed / MATCH_TIERS.length);
      const label = concept?.names[0] ?? '';
      const text = nameText(nameId) || label;
      return {
        conceptId: concept?.conceptId ?? '',
        kind: concept?.kind ?? 'skill',
        label,
        matched: text === label ? null : text,
        tier: MATCH_TIERS[packed % MATCH_TIERS.length] ?? 'typo',
        score,
      };
    });
  }

  return { search, size: { concepts: concepts.length, names: nameConcept.length, words: vocabulary.length } };
}

/** One query word: the vocabulary words whose postings it draws on, and how a candidate is checked for it. */
interface QueryWord {
  forms: readonly string[];
  check: readonly string[];
  prefix: boolean;
}
