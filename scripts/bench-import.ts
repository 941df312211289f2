/**
 * The importers' figures for `npm run bench`: the real pipeline (read, parse, match skills against the
 * bundled taxonomy) plus the plan against an empty profile, per MB of source text, on a large JSON Resume
 * and a large LinkedIn export generated here. No budget yet: the figures are printed to be watched. With
 * them, `import.fidelity`: the share of the values of the real documents the tests hold that an import keeps.
 * Runs alone too: `npx tsx scripts/bench-import.ts`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { readImportDraft } from '../electron/main/import/worker/read-draft';
import { unmatchedSkillLabels, withConcepts } from '../shared/import/skill-labels';
import { loadTaxonomy } from '../electron/main/taxonomy/load';
import { createTaxonomyService } from '../electron/main/taxonomy/service';
import { emptyProfile } from '../shared/domain/profile';
import { MAX_JSON_RESUME_CHARS } from '../shared/import/json-resume/parse-json';
import { NO_CHOICE, planImport } from '../shared/import/plan';
import { MONTH_NAMES } from '../shared/domain/months';
import { fixtureFidelity, report, totals } from './support/import-fidelity';
import { median } from './support/stats';

const RUNS = 5;
const MB = 1024 * 1024;

/** A fixed-seed generator, so every run times the same files. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return {
    pick: (items: readonly string[]): string => items[Math.floor(next() * items.length)] ?? '',
    int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)),
  };
}

const WORDS = (
  'built automated reduced improved weekly reporting pipeline customer onboarding warehouse inventory forecast ' +
  'dashboard stakeholders migrated legacy database latency incidents team mentored junior analysts quarterly ' +
  'revenue compliance audit workflow integration cloud costs by a third across regions shipped release testing ' +
  'coverage accessibility design system documentation hiring process vendor contracts logistics routes schedule'
).split(' ');
const TITLES = ['Data Analyst', 'Operations Analyst', 'Software Developer', 'Project Manager', 'Product Owner'];
const COMPANIES = ['Northwind', 'Lindqvist & Daughters', 'Contoso', 'Fabrikam', 'Tailspin', 'Wide World Importers'];
const SKILLS = ['SQL', 'Python', 'Tableau', 'project management', 'Excel', 'JavaScript', 'stakeholder management'];

function sentence(rng: ReturnType<typeof random>, words: number): string {
  const text = Array.from({ length: words }, () => rng.pick(WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A JSON Resume with thousands of jobs, projects and certificates, just under the reader's 5 MB cap. */
export function largeJsonResume(): string {
  const rng = random(1);
  const month = (index: number) => `${2000 + (index % 25)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const resume = {
    basics: { name: 'Bench Person', label: 'Analyst' },
    work: Array.from({ length: 3_000 }, (_, index) => ({
      name: `${rng.pick(COMPANIES)} ${index}`,
      position: rng.pick(TITLES),
      startDate: month(index),
      endDate: month(index + 7),
      summary: sentence(rng, 30),
      highlights: [sentence(rng, 14), sentence(rng, 14), sentence(rng, 14)],
    })),
    projects: Array.from({ length: 2_000 }, (_, index) => ({
      name: `${rng.pick(WORDS)} ${rng.pick(WORDS)} project ${index}`,
      description: sentence(rng, 30),
      highlights: [sentence(rng, 14), sentence(rng, 14)],
      keywords: [rng.pick(SKILLS), rng.pick(SKILLS)],
      startDate: month(index),
      endDate: month(index + 3),
      url: `https://example.org/projects/${index}`,
    })),
    certificates: Array.from({ length: 3_000 }, (_, index) => ({
      name: `${rng.pick(SKILLS)} certificate ${index}`,
      date: month(index),
      issuer: rng.pick(['Coursera', 'Google', 'DataCamp', 'Microsoft', 'PMI']),
      url: `https://example.org/verify/${index}`,
    })),
    skills: SKILLS.map((name) => ({ name, level: 'Advanced', keywords: [rng.pick(WORDS), rng.pick(WORDS)] })),
  };
  const text = JSON.stringify(resume, null, 2);
  if (text.length > MAX_JSON_RESUME_CHARS) throw new Error('The bench resume is over the reader’s cap.');
  return text;
}

const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n');

/** A LinkedIn export's CSVs: thousands of positions, projects and certifications. */
export function largeLinkedInCsv(): Record<string, string> {
  const rng = random(2);
  const month = (index: number) => `${MONTH_NAMES[index % 12] ?? 'Jan'} ${2000 + (index % 25)}`;
  return {
    'Positions.csv': csv([
      ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
      ...Array.from({ length: 5_000 }, (_, index) => [
        `${rng.pick(COMPANIES)} ${index}`,
        rng.pick(TITLES),
        `${sentence(rng, 40)}\n${sentence(rng, 30)}, ${sentence(rng, 20)}`,
        'Gothenburg, Sweden',
        month(index),
        month(index + 9),
      ]),
    ]),
    'Projects.csv': csv([
      ['Title', 'Description', 'Url', 'Started On', 'Finished On'],
      ...Array.from({ length: 3_000 }, (_, index) => [
        `${rng.pick(WORDS)} ${rng.pick(WORDS)} project ${index}`,
        `${sentence(rng, 30)}, ${sentence(rng, 20)}`,
        `https://example.org/p/${index}`,
        month(index),
        month(index + 2),
      ]),
    ]),
    'Certifications.csv': csv([
      ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'],
      ...Array.from({ length: 4_000 }, (_, index) => [
        `${rng.pick(SKILLS)} certificate ${index}`,
        `https://example.org/verify/${index}`,
        rng.pick(['Coursera', 'Google', 'DataCamp', 'Microsoft', 'PMI']),
        month(index),
        '',
        `LIC-${index}`,
      ]),
    ]),
    'Skills.csv': csv([['Name'], ...SKILLS.map((name) => [name])]),
  };
}

/** The figures, as bench.ts prints them: ms of read + plan per MB of source text, median of five runs. */
export async function importFigures(): Promise<Array<[string, number]>> {
  const root = path.resolve(import.meta.dirname, '..');
  const taxonomy = createTaxonomyService(() => loadTaxonomy(path.join(root, 'assets/taxonomy/taxonomy.json.gz')));
  // Loaded before timing: in the app it is loaded at start, long before anyone imports.
  await taxonomy.ready();
  const loaded = await taxonomy.ready();
  // The worker's steps, in this thread: the figure is the readers' and the plan's cost, not a thread's start.
  const importer = {
    read: async (file: string) => {
      const bytes = new Uint8Array(readFileSync(file));
      const draft = await readImportDraft(bytes, path.basename(file), new Date(), () => undefined);
      const { labels, more } = unmatchedSkillLabels(draft);
      const concepts = labels.map((label) => loaded.resolve(label, 'skill')?.conceptId ?? null);
      return withConcepts(draft, labels, concepts, more);
    },
  };
  const folder = mkdtempSync(path.join(tmpdir(), 'throughline-bench-import-'));

  const resumeText = largeJsonResume();
  const resumeFile = path.join(folder, 'resume.json');
  writeFileSync(resumeFile, resumeText);
  const csvFiles = largeLinkedInCsv();
  const zipFile = path.join(folder, 'Basic_LinkedInDataExport.zip');
  const zip = zipSync(Object.fromEntries(Object.entries(csvFiles).map(([name, text]) => [name, strToU8(text)])));
  writeFileSync(zipFile, zip);
  const csvBytes = Object.values(csvFiles).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  const timeOne = async (file: string) => {
    const started = performance.now();
    const draft = await importer.read(file);
    let id = 0;
    const plan = planImport(emptyProfile(), draft, NO_CHOICE, () => `bench-${String((id += 1))}`);
    return { ms: performance.now() - started, entries: draft.entries.length, added: plan.items.length };
  };
  const timed = async (file: string) => {
    const first = await timeOne(file); // warm-up: compiles the readers' paths
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push((await timeOne(file)).ms);
    return { ms: median(times), entries: first.entries };
  };

  const resume = await timed(resumeFile);
  const linkedin = await timed(zipFile);
  const resumeMb = Buffer.byteLength(resumeText) / MB;
  const csvMb = csvBytes / MB;
  console.error(
    `# import: JSON Resume ${resumeMb.toFixed(2)} MB, ${resume.entries} entries, ${resume.ms.toFixed(0)} ms; ` +
      `LinkedIn ${csvMb.toFixed(2)} MB of CSV (${(zip.length / MB).toFixed(2)} MB zipped), ${linkedin.entries} entries, ${linkedin.ms.toFixed(0)} ms`,
  );
  // The share of the real documents' values an import keeps, counted as tests/unit/import/fidelity.test.ts does.
  const fidelity = await fixtureFidelity(root);
  const kept = totals(fidelity);
  console.error(
    `# import fidelity: ${kept.kept}/${kept.total} values kept\n${report(fidelity).replace(/^/gm, '#   ')}`,
  );
  return [
    ['import.jsonresume_ms_per_mb', resume.ms / resumeMb],
    ['import.linkedin_ms_per_mb', linkedin.ms / csvMb],
    ['import.fidelity', kept.share],
  ];
}

if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const [name, value] of await importFigures()) console.log(`BENCH ${name} ${value.toFixed(2)}`);
}
