/**
 * The plan's figure for `npm run bench`: `plan.readiness_ratio`, readiness at 24 monthly dates of
 * the large profile ÷ one full analysis of it, both timed in this process on fresh copies.
 * Runs alone too: `npx tsx scripts/bench-plan.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import type { Profile } from '../shared/domain/profile';
import { analyze } from '../shared/lens/analyze';
import { monthlyDays, readinessHistory } from '../shared/plan/readiness';
import { batchMs, freshCopies } from './support/batch-timing';
import { median } from './support/stats';
import { largeProfile } from './support/large-profile';

const root = path.resolve(import.meta.dirname, '..');
const NOW = '2026-11-26';
/** Two years of months, ending today: the span the person looks back over most. */
const DAYS = monthlyDays('2024-12-26', NOW);
/** Runs per timed batch, and batches per figure. */
const BATCH = 3;
const ROUNDS = 11;

export function planFigures(): Array<[string, number]> {
  const taxonomy = loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz'));
  const profile = largeProfile();
  const targetId = profile.activeTargetId ?? '';
  const full = (subject: Profile) => analyze(subject, taxonomy, { now: NOW, targetId });
  const history = (subject: Profile) => readinessHistory(subject, taxonomy, targetId, DAYS, NOW);
  if (DAYS.length !== 24) throw new Error(`Expected 24 monthly dates, got ${String(DAYS.length)}`);

  for (const copy of freshCopies(profile, BATCH)) full(copy);
  for (const copy of freshCopies(profile, BATCH)) history(copy);
  const analyses: number[] = [];
  const histories: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    analyses.push(batchMs(freshCopies(profile, BATCH), full));
    histories.push(batchMs(freshCopies(profile, BATCH), history));
  }
  const analysisMs = median(analyses);
  const historyMs = median(histories);
  console.error(
    `# plan: readiness at ${String(DAYS.length)} dates ${historyMs.toFixed(1)} ms, ` +
      `one analysis ${analysisMs.toFixed(1)} ms (large profile, fresh copies)`,
  );
  return [['plan.readiness_ratio', historyMs / analysisMs]];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, value] of planFigures()) console.log(`BENCH ${name} ${value.toFixed(2)}`);
}
