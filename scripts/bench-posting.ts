/**
 * The posting reader's figures for `npm run bench`, over the labelled postings in
 * tests/fixtures/postings/ (their README says how they were made):
 * - `posting.recall`: the essential skills labelled that the reader finds ÷ all essential skills
 *   labelled (budget ≥ 0.9);
 * - `posting.precision`: the skills it reads that are labelled essential or optional ÷ all it
 *   reads (budget ≥ 0.85);
 * - `posting.extract_ms_per_kb`: reading time per KB of posting, once the matcher is built;
 * - `posting.matcher_build_ms`, `posting.negated_read` (labelled "must not" skills read anyway),
 *   `posting.title_rate` (title and company both right), and the held-out set's recall and
 *   precision (`posting.heldout_*`), run after everything else was tuned: information only.
 * A labelled skill counts as found when the reader gives its concept, or the concept its words
 * resolve to in today's taxonomy, so a vocabulary that grows does not turn a right answer wrong.
 * Runs alone too: `npx tsx scripts/bench-posting.ts [--misses]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { postingTextOf } from '../electron/main/posting/posting-file';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { createPostingReader, type PostingReader } from '../shared/posting/extract';
import type { Taxonomy } from '../shared/taxonomy/taxonomy';
import { median } from './support/stats';

const root = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(root, 'tests/fixtures/postings');
const ROUNDS = 15;

const LabelledSkillSchema = z.object({ skill: z.string(), conceptId: z.string() }).strict();
export const PostingLabelsSchema = z
  .object({
    title: z.string(),
    company: z.string().nullable(),
    essential: z.array(LabelledSkillSchema),
    optional: z.array(LabelledSkillSchema),
    mustNot: z.array(LabelledSkillSchema),
    /** Asks the taxonomy had no concept for when labelled: never counted as missed, never as wrong. */
    unnamed: z.array(z.string()),
  })
  .strict();
type PostingLabels = z.infer<typeof PostingLabelsSchema>;

export interface LabelledPosting {
  name: string;
  text: string;
  labels: PostingLabels;
}

/** The postings of a folder (not its subfolders) with their labels. */
export function labelledPostings(folder: string): LabelledPosting[] {
  return readdirSync(folder)
    .filter((file) => /\.(txt|md|html?|json)$/.test(file) && !file.endsWith('.labels.json') && file !== 'README.md')
    .sort()
    .map((file) => {
      const name = file.replace(/\.[a-z]+$/, '');
      const labels = PostingLabelsSchema.parse(
        JSON.parse(readFileSync(path.join(folder, `${name}.labels.json`), 'utf8')),
      );
      return { name, text: postingTextOf(file, readFileSync(path.join(folder, file))), labels };
    });
}

export interface PostingScore {
  essentialFound: number;
  essentialTotal: number;
  right: number;
  read: number;
  negatedRead: number;
  titled: number;
  misses: string[];
  wrong: string[];
}

/** Scores the reader on labelled postings (see the file's comment for what counts). */
export function scorePostings(reader: PostingReader, taxonomy: Taxonomy, postings: LabelledPosting[]): PostingScore {
  const namesOf = (phrase: string) => {
    const resolved = [phrase, ...phrase.split(/\s*[/,]\s*/)]
      .map((part) => taxonomy.resolve(part)?.conceptId)
      .filter((id): id is string => id !== undefined);
    return new Set(resolved);
  };
  const idsOf = (skill: { skill: string; conceptId: string }) => new Set([skill.conceptId, ...namesOf(skill.skill)]);
  const score: PostingScore = {
    essentialFound: 0,
    essentialTotal: 0,
    right: 0,
    read: 0,
    negatedRead: 0,
    titled: 0,
    misses: [],
    wrong: [],
  };
  for (const { name, text, labels } of postings) {
    const extraction = reader.extract(text);
    const read = new Set(extraction.skills.map((skill) => skill.conceptId));
    for (const skill of labels.essential) {
      score.essentialTotal += 1;
      if ([...idsOf(skill)].some((id) => read.has(id))) score.essentialFound += 1;
      else score.misses.push(`${name}: ${skill.skill}`);
    }
    const asked = new Set([
      ...[...labels.essential, ...labels.optional].flatMap((skill) => [...idsOf(skill)]),
      ...labels.unnamed.flatMap((phrase) => [...namesOf(phrase)]),
    ]);
    for (const skill of extraction.skills) {
      score.read += 1;
      if (asked.has(skill.conceptId)) score.right += 1;
      else score.wrong.push(`${name}: ${skill.label} ← ${skill.spans.map((span) => span.text).join(', ')}`);
    }
    score.negatedRead += labels.mustNot.filter((skill) => [...idsOf(skill)].some((id) => read.has(id))).length;
    const same = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
    if (same(extraction.title, labels.title) && same(extraction.company, labels.company)) score.titled += 1;
  }
  return score;
}

export function postingFigures(options: { misses?: boolean } = {}): Array<[string, number]> {
  const taxonomy = loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz'));
  const started = performance.now();
  const reader = createPostingReader(taxonomy);
  reader.extract('Warm-up: SQL');
  const buildMs = performance.now() - started;
  const postings = labelledPostings(FIXTURES);
  const main = scorePostings(reader, taxonomy, postings);

  const kilobytes = postings.reduce((sum, posting) => sum + posting.text.length, 0) / 1024;
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    for (const posting of postings) reader.extract(posting.text);
    rounds.push((performance.now() - start) / kilobytes);
  }

  // The held-out postings are read last, after every rule was settled on the main set.
  const heldOut = scorePostings(reader, taxonomy, labelledPostings(path.join(FIXTURES, 'held-out')));
  if (options.misses === true)
    for (const [set, score] of [
      ['main', main],
      ['held-out', heldOut],
    ] as const) {
      for (const miss of score.misses) console.error(`# ${set} missed ${miss}`);
      for (const wrong of score.wrong) console.error(`# ${set} read ${wrong}`);
    }
  console.error(
    `# posting: ${String(postings.length)} postings, ${kilobytes.toFixed(1)} KB; ` +
      `essential found ${String(main.essentialFound)}/${String(main.essentialTotal)}, ` +
      `right ${String(main.right)}/${String(main.read)}; matcher built in ${buildMs.toFixed(0)} ms`,
  );
  return [
    ['posting.recall', main.essentialFound / main.essentialTotal],
    ['posting.precision', main.right / main.read],
    ['posting.extract_ms_per_kb', median(rounds)],
    ['posting.matcher_build_ms', Math.round(buildMs)],
    ['posting.negated_read', main.negatedRead],
    ['posting.title_rate', main.titled / postings.length],
    ['posting.heldout_recall', heldOut.essentialFound / heldOut.essentialTotal],
    ['posting.heldout_precision', heldOut.right / heldOut.read],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of postingFigures({ misses: process.argv.includes('--misses') }))
    console.log(`BENCH ${name} ${Number.isInteger(value) ? String(value) : value.toFixed(3)}`);
}
