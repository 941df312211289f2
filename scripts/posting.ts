/**
 * `npm run posting -- <file> [--json] [--profile p.json] [--now YYYY-MM-DD]`: a job posting (.txt,
 * .md, .html or a JSON Resume job file) read offline as the app reads it: its title, company and
 * occupation, the skills it asks for with where each is named, and what was set aside and why.
 * With `--profile`, also the fit of that profile for a target made from the posting (its essential
 * skills by how strongly work backs them) and the lens's next steps.
 * Exit codes: 0 read, 2 the file or the arguments could not be used (as `npm run analyze`).
 */
import path from 'node:path';
import { ImportanceSchema } from '../shared/domain/refs';
import { EVIDENCE_LEVEL_NAMES, EVIDENCE_LEVELS } from '../shared/lens/evidence-level';
import { analyze } from '../shared/lens/analyze';
import { isPostingTarget, postingFit } from '../shared/posting/fit';
import type { PostingExtraction } from '../shared/posting/posting';
import { targetFromExtraction } from '../shared/posting/target';
import { PostingFileError, readPostingFile } from '../electron/main/posting/posting-file';
import { postingReaderFor } from '../electron/main/posting/reader';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { isDay, localDay } from '../shared/plan/days';
import { exitQuietlyOnClosedPipe, fail, fileAndOptions, profileFromFile } from './cli-support';

exitQuietlyOnClosedPipe();

const USAGE = 'usage: npm run posting -- <posting file> [--json] [--profile <profile.json>] [--now YYYY-MM-DD]';
const options = { json: { type: 'boolean' }, profile: { type: 'string' }, now: { type: 'string' } } as const;
const { file, values } = fileAndOptions(options, USAGE);
// The person's own day, as the app saves a posting's day (never UTC's, a day ahead in the evening west of Greenwich).
const now = values.now ?? localDay(new Date());
if (!isDay(now)) fail(`--now must be a date as YYYY-MM-DD, not “${now}”.`);
const profile = values.profile === undefined ? null : profileFromFile(values.profile);

let posting: { fileName: string; text: string };
try {
  posting = await readPostingFile(file);
} catch (error) {
  if (error instanceof PostingFileError) fail(error.message);
  throw error;
}

const taxonomy = loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz'));
const extraction = (await postingReaderFor(taxonomy)).extract(posting.text);

const reading = {
  title: extraction.title,
  company: extraction.company,
  occupation: extraction.occupation,
  skills: extraction.skills,
  ignored: extraction.ignored.map(({ text, why }) => ({ text, why })),
  offered: extraction.offered,
};

/** The profile against a target made from the posting: the lens's evidence and next steps for it. */
function fitOf(extraction: PostingExtraction) {
  if (profile === null) return null;
  const target = targetFromExtraction(extraction, {
    id: 'posting',
    text: posting.text,
    origin: { kind: 'file', fileName: posting.fileName },
    savedOn: now,
  });
  // targetFromExtraction always keeps the posting; the guard only tells the type system so.
  if (!isPostingTarget(target)) throw new Error('A target read from a posting lost its posting.');
  const withTarget = { ...profile, targets: [...profile.targets, target], activeTargetId: target.id };
  const result = analyze(withTarget, taxonomy, { now, targetId: target.id });
  // The app's own fit, so the CLI and the "closest to ready" list never count differently.
  const { essentialBacked, essentialTotal, share } = postingFit(target, result.skillEvidence);
  const essential = result.skillEvidence.filter((entry) => entry.importance === 'essential');
  return {
    fit: {
      essentialBacked,
      essentialTotal,
      share,
      byLevel: Object.fromEntries(
        EVIDENCE_LEVELS.map((level) => [
          level,
          essential.filter((entry) => entry.level === level).map((entry) => entry.skill),
        ]),
      ),
    },
    nextSteps: result.nextSteps.map((step) => ({ text: step.text, why: step.why })),
  };
}

const fit = fitOf(extraction);

if (values.json === true) {
  console.log(JSON.stringify({ ...reading, ...(fit ?? {}) }, null, 2));
} else {
  printText();
}

function printText(): void {
  const heading = [reading.title || '(no title found)', reading.company].filter((part) => part !== null).join(' — ');
  console.log(heading);
  const occupation = reading.occupation;
  console.log(
    occupation === null
      ? 'Occupation: none matched'
      : `Occupation: ${occupation.label}${occupation.roleId === null ? '' : ' (curated role profile)'}`,
  );
  for (const importance of ImportanceSchema.options) {
    const skills = reading.skills.filter((skill) => skill.importance === importance);
    console.log(`\n${importance === 'essential' ? 'Essential' : 'Optional'} (${skills.length})`);
    for (const skill of skills)
      console.log(`  ${skill.label}  ← ${skill.spans.map((span) => `“${span.text}” @${span.start}`).join(', ')}`);
  }
  if (reading.ignored.length > 0) {
    console.log(`\nSet aside (${reading.ignored.length})`);
    for (const entry of reading.ignored) console.log(`  ${entry.why}: ${entry.text}`);
  }
  if (reading.offered.length > 0)
    console.log(`\nUsual for the role, not named here: ${reading.offered.map((skill) => skill.label).join('; ')}`);
  if (fit === null) return;
  const { essentialBacked, essentialTotal, share, byLevel } = fit.fit;
  console.log(
    `\nFit: ${essentialBacked} of ${essentialTotal} essential skills backed by work (${Math.round(share * 100)}%)`,
  );
  for (const level of [...EVIDENCE_LEVELS].reverse()) {
    const skills = byLevel[level] ?? [];
    if (skills.length > 0) console.log(`  ${EVIDENCE_LEVEL_NAMES[level]}: ${skills.join('; ')}`);
  }
  if (fit.nextSteps.length > 0) {
    console.log('\nNext steps');
    for (const step of fit.nextSteps) console.log(`  - ${step.text}`);
  }
}
