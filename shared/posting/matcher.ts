import type { SkillPhrase, Taxonomy } from '../taxonomy/taxonomy';
import { isStopWord, normalizeText } from '../taxonomy/text';
import { canonicalWords, tokenize, type PostingToken, type TokenizedText } from './tokens';

/**
 * Finds the skills a text names, against every name the bundled taxonomy knows, in one pass over
 * its canonical words (so "data visualisation" meets "data visualization" and "KPIs" meets
 * "KPI"), leftmost-longest on word boundaries. The names are a trie of words: the text is already
 * cut into words, so matching whole words needs no character automaton, and the trie is built in
 * the time it takes to insert the names (a character-level Aho–Corasick took seconds to compile
 * over them, in one block on main).
 *
 * Which names may be read alone decides precision, since ESCO names many skills with ordinary
 * English words:
 *
 * - phrases of two or more words (ESCO's need two words that are not "of", "and" and the like);
 * - one-word names only when the word is specific: ESCO uses it in the names of at most
 *   MAX_SPREAD skills ("troubleshoot", "bookkeeping", "Tableau", "SQL"), never for words that name
 *   many things ("communication", "management", "sales", "networking", "IT") nor a language
 *   ("English" is named in passing far more often than asked for), nor a soft skill's one-word
 *   alternatives ("confidence", "curiosity"). Such a name is read only as that word or its plural
 *   ("budgeting" is not "budget", "accessibility" not "access");
 * - a one-word name that is also an ordinary English word (any word ESCO writes in lower case) is
 *   read only as its list writes it: "Teams" and "Excel" with their capital, and not as the first
 *   word of a sentence unless a list or "skills" follows; an acronym (SQL, KPI, HR) only in
 *   capitals; a one-letter name (R, C) only between spaces or list punctuation;
 * - a name that is part of a job title ("Customer Success Manager", "SOC analyst", "UI designer")
 *   names the job, not an ask, and people ("project managers") are not their field ("project
 *   management").
 *
 * When one name belongs to several concepts, the one search resolves the words to wins, so the
 * posting reads as the skill autocomplete would.
 */

export interface PhraseMatch {
  conceptId: string;
  /** Index of the first and one past the last token matched. */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
}

type CaseRule = 'none' | 'capitals' | 'capitalised' | 'single-letter';

interface Candidate {
  conceptId: string;
  rule: CaseRule;
  weight: number;
  prior: number;
  /** A one-word name as written (normalised), which the posting's word must be, plural aside. */
  word: string | null;
}

export interface PostingMatcher {
  /** Every skill name in the text, leftmost-longest, without overlaps. */
  find(text: string, tokenized?: TokenizedText): PhraseMatch[];
  readonly patternCount: number;
}

/** How many ESCO skills' names a word may appear in and still name one thing when it stands alone. */
export const MAX_SPREAD = 20;

/** Words that make the phrase before them a job title. */
const JOB_NOUNS = new Set([
  'analyst',
  'manager',
  'designer',
  'developer',
  'engineer',
  'coordinator',
  'specialist',
  'executive',
  'administrator',
  'tester',
  'officer',
  'consultant',
  'assistant',
  'master',
  'owner',
  'director',
  'architect',
  'technician',
  'lead',
  'advisor',
  'adviser',
  'associate',
  'partner',
]);
const personNoun = (word: string) => JOB_NOUNS.has(word.toLowerCase().replace(/s$/, ''));

/** Words that may follow a sentence-initial product name that is also a word ("Excel skills", "Excel and SQL"). */
const NAME_FOLLOWERS = new Set(['and', 'or', 'skill', 'experi', 'knowledg', 'profici', 'expertis']);

/**
 * When one name belongs to several concepts and search cannot settle it: a curated entry's own
 * name, then an ESCO label, then a curated name for an ESCO skill (acronym, everyday phrase),
 * then a curated alias, then ESCO's alternatives (search's static weights); then the concept more
 * occupations name.
 */
function weightOf(phrase: SkillPhrase): number {
  if (phrase.source === 'curated') return phrase.primary ? 65 : 25;
  if (phrase.source === 'label') return 40;
  if (phrase.source === 'acronym' || phrase.source === 'synonym') return 30;
  return 0;
}

const isSignificant = (word: string) => !isStopWord(word) && /\p{L}/u.test(word);
const isEsco = (phrase: SkillPhrase) =>
  phrase.source === 'label' || phrase.source === 'alternative' || phrase.source === 'hidden';

interface Vocabulary {
  /** ESCO's lower-case words: the ordinary English a one-word product name may collide with. */
  ordinary: Set<string>;
  /** Per canonical word, how many ESCO skills have it in a name. */
  spread: Map<string, number>;
}

/** The vocabulary, read a slice of phrases at a time (see dictionarySteps). */
function* vocabularySteps(
  phrases: readonly SkillPhrase[],
  wordsOf: (text: string) => string[],
): Generator<void, Vocabulary> {
  const ordinary = new Set<string>();
  // A skill's names come one after another, so counting a word once per run of one concept's
  // names counts the skills that use it, without a set of concepts per word.
  const spread = new Map<string, number>();
  const countedFor = new Map<string, string>();
  for (const [index, phrase] of phrases.entries()) {
    if (index % SLICE === 0) yield;
    if (!isEsco(phrase)) continue;
    for (const word of phrase.text.split(/[^\p{L}]+/u))
      if (word !== '' && word === word.toLowerCase()) ordinary.add(word);
    for (const word of wordsOf(phrase.text)) {
      if (countedFor.get(word) === phrase.conceptId) continue;
      countedFor.set(word, phrase.conceptId);
      spread.set(word, (spread.get(word) ?? 0) + 1);
    }
  }
  return { ordinary, spread };
}

function caseRuleOf(written: string, ordinary: Set<string>): CaseRule {
  const letters = written.replace(/[^\p{L}\p{N}+#]/gu, '');
  if (letters.length === 1) return 'single-letter';
  const withoutPlural = letters.replace(/s$/, '');
  if (/\p{L}/u.test(withoutPlural) && withoutPlural === withoutPlural.toUpperCase()) return 'capitals';
  if (!ordinary.has(letters.toLowerCase())) return 'none';
  return /^\p{Lu}/u.test(letters) ? 'capitalised' : 'none';
}

/** The name's forms worth matching: itself and, for "Python (computer programming)", "Python". */
function formsOf(text: string): string[] {
  const bare = text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return bare !== '' && bare !== text ? [text, bare] : [text];
}

function admit(
  phrase: SkillPhrase,
  form: string,
  words: readonly string[],
  vocabulary: Vocabulary,
  soft: (conceptId: string) => boolean,
): CaseRule | null {
  if (phrase.language) return null;
  const significant = words.filter(isSignificant).length;
  if (words.length >= 2) return significant >= (isEsco(phrase) ? 2 : 1) ? 'none' : null;
  const [word = ''] = words;
  if (significant === 0 && !/[+#]/.test(word)) return null;
  if ((vocabulary.spread.get(word) ?? 0) > MAX_SPREAD) return null;
  // A soft skill's one-word alternatives are words said of anything ("confidence with Excel").
  if ((phrase.source === 'alternative' || phrase.source === 'hidden') && soft(phrase.conceptId)) return null;
  const rule = caseRuleOf(form, vocabulary.ordinary);
  // ESCO's own one-letter names are abbreviations of its labels, not what postings write.
  return rule === 'single-letter' && isEsco(phrase) && !/^\p{Lu}$/u.test(form.trim()) ? null : rule;
}

const singular = (word: string) => word.toLowerCase().replace(/(?:es|s)$/, '');

type MatcherTaxonomy = Pick<Taxonomy, 'skillPhrases' | 'resolve' | 'skill'>;

interface Dictionary {
  /** Every admitted name, word by word. */
  names: WordNode;
  /** Per name (a node's key), the concepts it may name, best first. */
  candidates: Candidate[][];
  count: number;
}

/** Phrases read between two pauses of `buildPostingMatcher`: a few milliseconds of work. */
const SLICE = 1_000;

/** The matcher's dictionary, built a slice of phrases at a time: it yields between slices. */
function* dictionarySteps(taxonomy: MatcherTaxonomy): Generator<void, Dictionary> {
  const phrases: SkillPhrase[] = [];
  for (const phrase of taxonomy.skillPhrases()) {
    phrases.push(phrase);
    if (phrases.length % SLICE === 0) yield;
  }
  const soft = (conceptId: string) => taxonomy.skill(conceptId)?.soft === true;
  // ESCO names many skills alike: each distinct name is split and stemmed once.
  const known = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let words = known.get(text);
    if (words === undefined) {
      words = canonicalWords(text);
      known.set(text, words);
    }
    return words;
  };
  const vocabulary = yield* vocabularySteps(phrases, wordsOf);
  const byKey = new Map<string, Candidate[]>();
  for (const [index, phrase] of phrases.entries()) {
    if (index % SLICE === 0) yield;
    for (const form of formsOf(phrase.text)) {
      const words = wordsOf(form);
      if (words.length === 0) continue;
      const rule = admit(phrase, form, words, vocabulary, soft);
      if (rule === null) continue;
      const key = words.join(' ');
      const word = words.length === 1 ? normalizeText(form).replace(/\s+/g, '') : null;
      const list = byKey.get(key) ?? [];
      const same = (entry: Candidate) =>
        entry.conceptId === phrase.conceptId && entry.rule === rule && entry.word === word;
      if (!list.some(same))
        list.push({ conceptId: phrase.conceptId, rule, weight: weightOf(phrase), prior: phrase.prior, word });
      byKey.set(key, list);
    }
  }
  const names: WordNode = { next: new Map(), key: -1 };
  const candidates: Candidate[][] = [];
  for (const [key, options] of byKey) {
    if (candidates.length % SLICE === 0) yield;
    insertName(names, key, candidates.length);
    candidates.push(options.sort((a, b) => b.weight - a.weight || b.prior - a.prior));
  }
  return { names, candidates, count: candidates.length };
}

/** Builds the matcher in one go (the CLIs, the bench, the tests). */
export function createPostingMatcher(taxonomy: MatcherTaxonomy): PostingMatcher {
  const steps = dictionarySteps(taxonomy);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return matcherOver(step.value, taxonomy);
}

/**
 * Builds the matcher a slice at a time, pausing between slices so the process keeps answering
 * (main passes a setImmediate pause), so main goes on answering while it is built.
 */
export async function buildPostingMatcher(
  taxonomy: MatcherTaxonomy,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<PostingMatcher> {
  const steps = dictionarySteps(taxonomy);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return matcherOver(step.value, taxonomy);
    await pause();
  }
}

function matcherOver({ names, candidates, count }: Dictionary, taxonomy: MatcherTaxonomy): PostingMatcher {
  /** What search resolves a phrase to, by its normalised words: asked once per phrase. */
  const resolved = new Map<string, string | null>();
  function resolvedAs(words: string): string | null {
    let found = resolved.get(words);
    if (found === undefined) {
      found = taxonomy.resolve(words)?.conceptId ?? null;
      if (resolved.size < 50_000) resolved.set(words, found);
    }
    return found;
  }

  function passes(candidate: Candidate, text: string, tokens: readonly PostingToken[], at: number): boolean {
    const token = tokens[at];
    if (token === undefined) return false;
    if (candidate.word !== null) {
      const written = normalizeText(token.raw).replace(/\s+/g, '');
      // Its plural, or the same word spelt the other side of the Atlantic (same length, same stem).
      if (singular(written) !== singular(candidate.word) && written.length !== candidate.word.length) return false;
    }
    const { rule } = candidate;
    if (rule === 'none') return true;
    if (rule === 'capitals') {
      const letters = token.raw.replace(/s$/, '');
      return letters === letters.toUpperCase();
    }
    if (rule === 'single-letter') {
      const before = text[token.start - 1] ?? ' ';
      const after = text[token.end] ?? ' ';
      return token.raw === token.raw.toUpperCase() && /[\s,;(]/.test(before) && /[\s,;:).]/.test(after);
    }
    if (!/^\p{Lu}/u.test(token.raw)) return false;
    if (!sentenceInitial(text, token)) return true;
    const next = tokens[at + 1];
    const gap = next === undefined ? '' : text.slice(token.end, next.start);
    return (
      next === undefined || /[\n,;:/()]/.test(gap) || NAME_FOLLOWERS.has(next.canonical) || /^\p{Lu}/u.test(next.raw)
    );
  }

  function find(text: string, tokenized: TokenizedText = tokenize(text)): PhraseMatch[] {
    const { tokens } = tokenized;
    const found: Array<PhraseMatch & { options: Candidate[] }> = [];
    for (let firstToken = 0; firstToken < tokens.length; firstToken += 1) {
      let node: WordNode | undefined = names;
      for (let at = firstToken; at < tokens.length; at += 1) {
        node = node.next.get(tokens[at]?.canonical ?? '');
        if (node === undefined) break;
        if (node.key >= 0) {
          const options = (candidates[node.key] ?? []).filter((entry) => passes(entry, text, tokens, firstToken));
          const first = tokens[firstToken];
          const last = tokens[at];
          if (options.length > 0 && first !== undefined && last !== undefined)
            found.push({ conceptId: '', firstToken, endToken: at + 1, start: first.start, end: last.end, options });
        }
        // A name never runs across a line, a list's comma or the end of a sentence.
        if (breaksAfter(tokenized, at)) break;
      }
    }
    found.sort((a, b) => a.firstToken - b.firstToken || b.endToken - a.endToken);
    const chosen: PhraseMatch[] = [];
    let taken = 0;
    for (const match of found) {
      if (match.firstToken < taken) continue;
      // Leftmost-longest first, then dropped if it is a job title or people: the words stay taken.
      taken = match.endToken;
      if (namesAJob(tokens, match.endToken) || namesPeople(tokens, match.endToken, match.options)) continue;
      const [best] = match.options;
      if (best === undefined) continue;
      const asSearch = match.options.length > 1 ? resolvedAs(normalizeText(text.slice(match.start, match.end))) : null;
      const conceptId = match.options.find((option) => option.conceptId === asSearch)?.conceptId ?? best.conceptId;
      chosen.push({
        conceptId,
        firstToken: match.firstToken,
        endToken: match.endToken,
        start: match.start,
        end: match.end,
      });
    }
    return chosen;
  }

  return { find, patternCount: count };
}

interface WordNode {
  next: Map<string, WordNode>;
  /** The dictionary key that ends at this word, or -1. */
  key: number;
}

function insertName(root: WordNode, name: string, key: number): void {
  let node = root;
  for (const word of name.split(' ')) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = { next: new Map(), key: -1 };
      node.next.set(word, child);
    }
    node = child;
  }
  node.key = key;
}

/** Whether `tokenize` put a phrase break between this token and the next. */
function breaksAfter({ tokens, canonicalStart }: TokenizedText, at: number): boolean {
  const next = canonicalStart[at + 1];
  return next !== undefined && next !== (canonicalStart[at] ?? 0) + (tokens[at]?.canonical.length ?? 0) + 1;
}

/** Words that make the phrase before them the name of a part of the company ("our customer insights team"). */
const UNIT_NOUNS = new Set(['team', 'department', 'squad', 'division']);

/**
 * "Customer Success Manager", "SOC analyst", "the customer insights team": the phrase is followed
 * by a job noun or names a part of the company, which says where the job is, not what it asks.
 */
function namesAJob(tokens: readonly PostingToken[], endToken: number): boolean {
  const next = tokens[endToken];
  return next !== undefined && (personNoun(next.raw) || UNIT_NOUNS.has(next.raw.toLowerCase().replace(/s$/, '')));
}

/** "project managers" read as "project management": the text's last word is a person, the name's is not. */
function namesPeople(tokens: readonly PostingToken[], endToken: number, options: readonly Candidate[]): boolean {
  const last = tokens[endToken - 1];
  return last !== undefined && personNoun(last.raw) && options.every((option) => option.word === null);
}

/** First word of a line, a bullet or a sentence, where any word is written with a capital. */
function sentenceInitial(text: string, token: PostingToken): boolean {
  const before = text.slice(Math.max(0, token.start - 40), token.start).replace(/[ \t*•·#>\-–—]+$/u, '');
  return before === '' || /[\n\r.!?:]$/.test(before);
}
