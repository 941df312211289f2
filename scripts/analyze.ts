/**
 * `npm run analyze -- <profile.json> [--target <id or title>] [--now YYYY-MM-DD] [--json]`:
 * the recruiter lens on a profile export (or a copy of profile.json), without starting the app.
 * Exit codes: 0 analysed, 2 the file or the arguments could not be used.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../shared/lens/analyze';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { fail, profileFromFile } from './cli-support';

const USAGE = 'usage: npm run analyze -- <profile.json> [--target <id or title>] [--now YYYY-MM-DD] [--json]';

let parsed: ReturnType<
  typeof parseArgs<{
    allowPositionals: true;
    options: { target: { type: 'string' }; now: { type: 'string' }; json: { type: 'boolean' } };
  }>
>;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { target: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const [file] = parsed.positionals;
if (file === undefined) fail(USAGE);
const now = parsed.values.now ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(now))
  fail(`--now must be a date as YYYY-MM-DD, not “${now}”.`);

const profile = profileFromFile(file);

let targetId: string | null = profile.activeTargetId;
if (parsed.values.target !== undefined) {
  const wanted = parsed.values.target;
  const target =
    profile.targets.find((candidate) => candidate.id === wanted) ??
    profile.targets.find((candidate) => candidate.title.toLowerCase() === wanted.toLowerCase());
  if (target === undefined)
    fail(
      `No target “${wanted}” in ${file}. Targets: ${profile.targets.map((candidate) => `${candidate.id} (${candidate.title})`).join(', ') || 'none'}.`,
    );
  targetId = target.id;
}

const taxonomy = loadTaxonomy(path.resolve(import.meta.dirname, '../assets/taxonomy/taxonomy.json.gz'));
const result = analyze(profile, taxonomy, { now, targetId });

if (parsed.values.json === true) {
  console.log(
    JSON.stringify(
      {
        target: result.targetId,
        now,
        modes: result.modes,
        findings: result.findings.map(({ code, severity, subject, message, why, action, dismissed }) => ({
          code,
          severity,
          subject,
          message,
          why,
          action,
          dismissed: dismissed !== null,
        })),
        curated: result.curated.map((entry) => entry.certificateId),
        skillEvidence: result.skillEvidence,
        stories: result.stories,
      },
      null,
      2,
    ),
  );
} else {
  const target = profile.targets.find((candidate) => candidate.id === result.targetId);
  const title = (id: string) => profile.certificates.find((certificate) => certificate.id === id)?.title ?? id;
  console.log(
    `Throughline lens — ${target === undefined ? 'no target role' : `target: ${target.title} (pace: ${result.pace ?? '?'})`}, as of ${now}`,
  );
  const modes = [
    result.modes.entryLevel ? 'entry-level' : '',
    result.modes.careerChanger ? 'career change' : '',
  ].filter(Boolean);
  if (modes.length > 0) console.log(`Read as: ${modes.join(', ')}`);
  console.log(`\nFindings (${result.findings.length}):`);
  for (const finding of result.findings) {
    console.log(
      `  [${finding.severity}] ${finding.code}${finding.dismissed === null ? '' : ' (dismissed)'}: ${finding.message}`,
    );
    console.log(`      why: ${finding.why}`);
    console.log(`      next: ${finding.action}`);
  }
  console.log(`\nShow first:`);
  result.curated.forEach((entry, index) =>
    console.log(`  ${index + 1}. ${title(entry.certificateId)} — ${entry.reason}`),
  );
  if (result.skillEvidence.length > 0) {
    console.log(`\nEvidence per target skill:`);
    for (const entry of result.skillEvidence)
      console.log(`  ${entry.importance === 'essential' ? '*' : ' '} ${entry.skill}: ${entry.level}`);
  }
  if (result.stories.length > 0) {
    console.log(`\nStory lines:`);
    for (const story of result.stories) console.log(`  - ${story.line}`);
  }
}
