/**
 * The lens's figures for `npm run bench`: `lens.ratio` (a full analysis of the large profile ÷ a
 * deep copy of it), `lens.scaling` (the same at ten times the size ÷ the large profile) and
 * `lens.edit_ratio` (an analysis after a one-certificate edit ÷ a full analysis).
 * Runs alone too: `npx tsx scripts/bench-lens.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { analyze } from '../shared/lens/analyze';
import type { Profile } from '../shared/domain/profile';
import { batchMs, freshCopies } from './support/batch-timing';
import { median } from './support/stats';
import { largeProfile } from './support/large-profile';

const root = path.resolve(import.meta.dirname, '..');
/** Runs per timed batch, and batches per figure. */
const BATCH = 3;
const ROUNDS = 15;

/** One certificate's description changed, the way the store's immutable updates change it. */
function editedOnce(profile: Profile, round: number): Profile {
  const at = (round * 37) % profile.certificates.length;
  return {
    ...profile,
    certificates: profile.certificates.map((certificate, index) =>
      index === at ? { ...certificate, description: `${certificate.description} ` } : certificate,
    ),
  };
}

export function lensFigures(): Array<[string, number]> {
  const taxonomy = loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz'));
  const run = (subject: Profile) => analyze(subject, taxonomy, { now: '2026-11-26' });
  const deepCopy = (subject: Profile) => JSON.parse(JSON.stringify(subject)) as unknown;
  const profile = largeProfile();
  const large = largeProfile(10);

  for (const copy of freshCopies(profile, BATCH)) run(copy);
  const lens: number[] = [];
  const copies: number[] = [];
  const edits: number[] = [];
  let current = profile;
  run(current);
  for (let round = 0; round < ROUNDS; round += 1) {
    lens.push(batchMs(freshCopies(profile, BATCH), run));
    copies.push(batchMs([profile, profile, profile], deepCopy));
    // Each edit builds on the one before, as a user's do: the lens has read the rest already.
    const edited: Profile[] = [];
    for (let step = 0; step < BATCH; step += 1) {
      current = editedOnce(current, round * BATCH + step);
      edited.push(current);
    }
    edits.push(batchMs(edited, run));
  }
  run(structuredClone(large));
  const tenfold = median([0, 1, 2, 3, 4].map(() => batchMs(freshCopies(large, 2), run)));
  const lensMs = median(lens);
  const copyMs = median(copies);
  const editMs = median(edits);
  console.error(
    `# lens: ${lensMs.toFixed(1)} ms on a fresh copy of the large profile, ${tenfold.toFixed(1)} ms at 10×, ` +
      `${editMs.toFixed(1)} ms after a one-certificate edit; deep copy ${copyMs.toFixed(1)} ms`,
  );
  return [
    ['lens.ratio', lensMs / copyMs],
    ['lens.scaling', tenfold / lensMs],
    ['lens.edit_ratio', editMs / lensMs],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of lensFigures()) console.log(`BENCH ${name} ${value.toFixed(2)}`);
}
