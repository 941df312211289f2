/**
 * `npm run analyze -- <profile.json> [--target <id or title>] [--now YYYY-MM-DD] [--json]`:
 * the recruiter lens on a profile export (or a copy of profile.json), without starting the app.
 * Exit codes: 0 analysed, 2 the file or the arguments could not be used.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../shared/lens/analyze';
import { foldFindings } from '../shared/lens/cards';
import { localDay } from '../shared/plan/days';
import type { CertificateAssessment } from '../shared/lens/result';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { exitQuietlyOnClosedPipe, fail, profileFromFile } from './cli-support';

exitQuietlyOnClosedPipe();

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
const now = parsed.values.now ?? localDay(new Date());
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

/** Why the lens reads a certificate as it does: each judgement with what it was judged by. */
function assessmentOf(entry: CertificateAssessment) {
  const certificate = profile.certificates.find((candidate) => candidate.id === entry.certificateId);
  return {
    certificateId: entry.certificateId,
    title: certificate?.title ?? entry.certificateId,
    learning: entry.learning,
    kind: entry.kind,
    intent: entry.intent,
    relevance: {
      level: entry.relevance,
      serves: entry.serves,
      matched: entry.matchedSkills,
      related: entry.partialSkills,
    },
    recency: { state: entry.recency, pace: entry.recencyPace },
    application: entry.application,
    provider: { name: certificate?.provider ?? '', recognised: entry.providerRecognised },
    claim: entry.inflatedClaim,
    coherent: entry.coherent,
  };
}

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
        targetSkills: {
          core: result.skillEvidence.filter((entry) => entry.importance === 'essential').map((entry) => entry.skill),
          secondary: result.skillEvidence
            .filter((entry) => entry.importance === 'optional')
            .map((entry) => entry.skill),
        },
        nextSteps: result.nextSteps.map(({ kind, subject, text, why, skills, related }) => ({
          kind,
          subject,
          text,
          why,
          skills,
          related,
        })),
        assessments: result.assessments.map((entry) => assessmentOf(entry)),
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
  if (result.nextSteps.length > 0) {
    console.log(`\nNext steps:`);
    result.nextSteps.forEach((step, index) => console.log(`  ${index + 1}. ${step.text}`));
  }
  const cards = foldFindings(result.findings);
  console.log(`\nFindings (${result.findings.length}, on ${cards.length} subjects):`);
  for (const { main, lines } of cards) {
    console.log(`  [${main.severity}] ${main.code}${main.dismissed === null ? '' : ' (dismissed)'}: ${main.message}`);
    console.log(`      why: ${main.why}`);
    console.log(`      next: ${main.action}`);
    for (const line of lines) console.log(`      also [${line.severity}] ${line.code}: ${line.message}`);
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
