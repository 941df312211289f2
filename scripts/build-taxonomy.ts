/**
 * Builds assets/taxonomy/taxonomy.json.gz from the ESCO v1.1.1 CSV download and the curated
 * lists in taxonomy-sources/. Run by hand (`npm run build:taxonomy -- <folder with the two ESCO
 * zips>`); the output is committed, so neither the app nor its build ever reads the ESCO files.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { z } from 'zod';
import { ESCO_ATTRIBUTION } from '../shared/app-info';
import { FieldPaceSchema } from '../shared/domain/profile';
import {
  ESCO_OCCUPATION_PREFIX,
  ESCO_SKILL_PREFIX,
  ProviderKindSchema,
  REUSE_LEVELS,
  SKILL_FLAGS,
  SKILL_TYPES,
  SupplementaryKindSchema,
  TAXONOMY_FORMAT,
  TAXONOMY_VERSION,
  type TaxonomyAsset,
} from '../shared/taxonomy/asset';
import { serializeSearchIndex } from '../shared/taxonomy/search-index';
import { conceptsOf } from '../shared/taxonomy/taxonomy';
import { buildNeighbours, hierarchyCoverage } from '../shared/taxonomy/relatedness-build';

const root = path.resolve(import.meta.dirname, '..');
const escoFolder = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/esco-v1.1.1'));
// TAXONOMY_SOURCES and TAXONOMY_OUTPUT let a trial build use other curated lists without touching the real ones.
const sources = process.env['TAXONOMY_SOURCES'] ?? path.join(root, 'taxonomy-sources');
const output = process.env['TAXONOMY_OUTPUT'] ?? path.join(root, 'assets/taxonomy/taxonomy.json.gz');

type Row = Record<string, string>;

/** Reads the named CSV files out of one of the ESCO zips. */
function csvFiles(zip: string, wanted: readonly string[]): Map<string, Row[]> {
  const entries = unzipSync(readFileSync(path.join(escoFolder, zip)), {
    filter: (file) => wanted.includes(path.basename(file.name)),
  });
  const tables = new Map<string, Row[]>();
  for (const [name, bytes] of Object.entries(entries)) {
    const parsed = Papa.parse<Row>(strFromU8(bytes), { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`${name}: ${parsed.errors[0]?.message ?? 'CSV error'}`);
    tables.set(path.basename(name), parsed.data);
  }
  return tables;
}

function table(tables: Map<string, Row[]>, name: string): Row[] {
  const rows = tables.get(name);
  if (rows === undefined) throw new Error(`${name} is missing from the ESCO download`);
  return rows;
}

const splitLines = (value: string | undefined) =>
  (value ?? '')
    .split(/\n|\|/)
    .map((line) => line.trim())
    .filter(Boolean);

const classification = csvFiles('classification-en-csv.zip', [
  'skills_en.csv',
  'occupations_en.csv',
  'skillGroups_en.csv',
  'transversalSkillsCollection_en.csv',
  'digitalSkillsCollection_en.csv',
  'languageSkillsCollection_en.csv',
]);
const relations = csvFiles('relations-csv.zip', [
  'occupationSkillRelations.csv',
  'broaderRelationsSkillPillar.csv',
  'skillSkillRelations.csv',
]);

// Skills
const skillRows = table(classification, 'skills_en.csv');
const skillIndex = new Map(skillRows.map((row, index) => [row['conceptUri'] ?? '', index]));
const skillByLabel = new Map(skillRows.map((row, index) => [row['preferredLabel'] ?? '', index]));
const inCollection = (name: string) => new Set(table(classification, name).map((row) => row['conceptUri']));
const transversal = inCollection('transversalSkillsCollection_en.csv');
const digital = inCollection('digitalSkillsCollection_en.csv');
const language = inCollection('languageSkillsCollection_en.csv');

// Skill groups: hierarchy nodes above the skills, in the same index space after them.
const groupRows = table(classification, 'skillGroups_en.csv');
const groupIndex = new Map(groupRows.map((row, index) => [row['conceptUri'] ?? '', skillRows.length + index]));
const conceptIndex = (uri: string) => skillIndex.get(uri) ?? groupIndex.get(uri);
const broader: number[] = [];
for (const row of table(relations, 'broaderRelationsSkillPillar.csv')) {
  const narrower = conceptIndex(row['conceptUri'] ?? '');
  const wider = conceptIndex(row['broaderUri'] ?? '');
  if (narrower !== undefined && wider !== undefined) broader.push(narrower, wider);
}

/**
 * Soft by ESCO's hierarchy: knowledge under the field "personal skills and development"
 * (communication, teamwork principles…), and skills filed directly in a group of the transversal
 * skills hierarchy. Narrower skills hanging off those by skill-to-skill links are left out: they
 * are often occupation-specific ("leadership in nursing" is, but is filed under the field itself).
 */
const PERSONAL_SKILLS_FIELD = 'http://data.europa.eu/esco/isced-f/003';
const TRANSVERSAL_PILLAR = 'http://data.europa.eu/esco/skill/04a13491-b58c-4d33-8b59-8fad0d55fe9e';
function personalSkills(): Set<number> {
  const narrowerOf = new Map<number, number[]>();
  for (let index = 0; index < broader.length; index += 2) {
    const wider = broader[index + 1] ?? -1;
    narrowerOf.set(wider, [...(narrowerOf.get(wider) ?? []), broader[index] ?? -1]);
  }
  const below = (root: number, throughSkills: boolean) => {
    const found = new Set<number>();
    const stack = [root];
    while (stack.length > 0)
      for (const child of narrowerOf.get(stack.pop() ?? -1) ?? [])
        if (!found.has(child)) {
          found.add(child);
          if (throughSkills || child >= skillRows.length) stack.push(child);
        }
    return [...found].filter((node) => node < skillRows.length);
  };
  const field = groupIndex.get(PERSONAL_SKILLS_FIELD);
  const pillar = groupIndex.get(TRANSVERSAL_PILLAR) ?? skillIndex.get(TRANSVERSAL_PILLAR);
  if (field === undefined || pillar === undefined) throw new Error('ESCO personal-skills groups not found');
  return new Set([...below(field, true), ...below(pillar, false)]);
}
const personal = personalSkills();

// Occupations
const occupationRows = table(classification, 'occupations_en.csv');
const occupationIndex = new Map(occupationRows.map((row, index) => [row['conceptUri'] ?? '', index]));
const essential = occupationRows.map((): number[] => []);
const optional = occupationRows.map((): number[] => []);
const usedBy = skillRows.map(() => 0);
/**
 * ESCO v1.1.1's relations name one occupation (67 relations) that its English occupation list
 * does not carry; they are kept apart so the asset holds every relation of the source.
 */
const unlisted = new Map<string, { essential: number[]; optional: number[] }>();
let relationCount = 0;
for (const row of table(relations, 'occupationSkillRelations.csv')) {
  const occupationUri = row['occupationUri'] ?? '';
  const occupation = occupationIndex.get(occupationUri);
  const skill = skillIndex.get(row['skillUri'] ?? '');
  if (skill === undefined) throw new Error(`Relation to an unknown skill: ${JSON.stringify(row)}`);
  const kind = row['relationType'] === 'essential' ? 'essential' : 'optional';
  if (occupation === undefined) {
    const entry = unlisted.get(occupationUri) ?? { essential: [], optional: [] };
    entry[kind].push(skill);
    unlisted.set(occupationUri, entry);
  } else {
    (kind === 'essential' ? essential : optional)[occupation]?.push(skill);
  }
  usedBy[skill] = (usedBy[skill] ?? 0) + 1;
  relationCount += 1;
}

// Curated lists
const SupplementarySourceSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      label: z.string().min(1),
      kind: SupplementaryKindSchema,
      aliases: z.array(z.string()),
      related: z.array(z.string()).min(1).max(3),
    })
    .strict(),
);
const ProviderSourceSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      aliases: z.array(z.string()),
      kind: ProviderKindSchema,
    })
    .strict(),
);
const CertificateSourceSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      aliases: z.array(z.string()),
      provider: z.string(),
      skills: z.array(z.string()).min(1),
      validityYears: z.number().int().positive().nullable(),
    })
    .strict(),
);

function readSource<T>(name: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(path.join(sources, name), 'utf8')));
}

function escoSkill(label: string, where: string): number {
  const index = skillByLabel.get(label);
  if (index === undefined) throw new Error(`${where}: “${label}” is not an ESCO preferred label`);
  return index;
}

const supplementary = readSource('supplementary.json', SupplementarySourceSchema).map((entry) => ({
  ...entry,
  related: entry.related.map((label) => escoSkill(label, `supplementary ${entry.id}`)),
}));
const supplementaryIds = new Set(supplementary.map((entry) => entry.id));
if (supplementaryIds.size !== supplementary.length) throw new Error('supplementary.json has duplicate ids');

/** One-word product names that are also everyday words: see taxonomy-sources/README.md. */
const everydayWords = new Set(
  readSource(
    'everyday-words.json',
    z.array(z.string().regex(/^[a-z0-9]+$/, 'an everyday word is one lower-case word (a-z, 0-9)')),
  ),
);
// An everyday word names the product only as the product writes it ("Teams", "SAFe"): written
// in lower case it would be read in every sentence that uses the word.
for (const entry of supplementary)
  for (const name of [entry.label, ...entry.aliases])
    if (everydayWords.has(name.trim().toLowerCase()) && !/^\p{Lu}/u.test(name.trim()))
      throw new Error(
        `supplementary ${entry.id}: “${name}” is an everyday word; write it as the product does (“${name.trim().replace(/^./, (first) => first.toUpperCase())}”) or give it its vendor`,
      );
const seenNames = new Map<string, string>();
for (const entry of supplementary)
  for (const name of [entry.label, ...entry.aliases]) {
    const key = name.trim().toLowerCase();
    const other = seenNames.get(key);
    if (other !== undefined && other !== entry.id)
      throw new Error(`supplementary ${entry.id}: “${name}” already names ${other}`);
    seenNames.set(key, entry.id);
  }
/** A curated skill reference: an ESCO preferred label, or `sup:<id>`; its concept id. */
const acronymIds = new Set(supplementary.filter((entry) => entry.kind === 'acronym').map((entry) => entry.id));
const conceptOf = (value: string, where: string) => {
  if (value.startsWith('sup:')) {
    if (!supplementaryIds.has(value.slice(4))) throw new Error(`${where}: unknown ${value}`);
    // An acronym is a name of its ESCO concept, not a concept of its own: the list must name that concept.
    if (acronymIds.has(value.slice(4))) throw new Error(`${where}: ${value} is an acronym; name its ESCO concept`);
    return value;
  }
  return `${ESCO_SKILL_PREFIX}${(skillRows[escoSkill(value, where)]?.['conceptUri'] ?? '').slice(ESCO_SKILL_PREFIX.length)}`;
};
const SynonymSourceSchema = z.array(z.object({ phrase: z.string().min(1), concept: z.string().min(1) }).strict());
const synonyms = readSource('synonyms.json', SynonymSourceSchema).map((entry) => ({
  text: entry.phrase,
  skill: escoSkill(entry.concept, `synonym “${entry.phrase}”`),
}));
const providers = readSource('providers.json', ProviderSourceSchema);
const providerIds = new Set(providers.map((provider) => provider.id));
const certificates = readSource('certificates.json', CertificateSourceSchema).map((certificate) => {
  if (!providerIds.has(certificate.provider))
    throw new Error(`certificate ${certificate.id}: unknown provider ${certificate.provider}`);
  return {
    ...certificate,
    skills: certificate.skills.map((skill) => conceptOf(skill, `certificate ${certificate.id}`)),
  };
});

/** A curated file that another list may not have yet: missing reads as empty. */
function readOptionalSource<T>(name: string, schema: z.ZodType<T[]>): T[] {
  return existsSync(path.join(sources, name)) ? readSource(name, schema) : [];
}

const softSkills = new Set(
  readOptionalSource('soft-skills.json', z.array(z.string().min(1))).map((label) => escoSkill(label, 'soft-skills')),
);

const RoleSourceSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      aliases: z.array(z.string()),
      occupation: z.string().min(1),
      pace: FieldPaceSchema,
      core: z.array(z.string()).min(1),
      secondary: z.array(z.string()),
      evidence: z.array(z.string()),
      certificates: z.array(z.string()),
      source: z.string().min(1),
    })
    .strict(),
);
const occupationByLabel = new Map(occupationRows.map((row, index) => [row['preferredLabel'] ?? '', index]));
const certificateIds = new Set(certificates.map((certificate) => certificate.id));
const roles = readOptionalSource('roles.json', RoleSourceSchema).map((role) => {
  const where = `role ${role.id}`;
  const occupation = occupationByLabel.get(role.occupation);
  if (occupation === undefined)
    throw new Error(`${where}: “${role.occupation}” is not an ESCO occupation's preferred label`);
  for (const id of role.certificates)
    if (!certificateIds.has(id)) throw new Error(`${where}: unknown certificate ${id}`);
  const core = role.core.map((value) => conceptOf(value, where));
  const secondary = role.secondary.map((value) => conceptOf(value, where)).filter((id) => !core.includes(id));
  return { ...role, occupation, core, secondary };
});
if (new Set(roles.map((role) => role.id)).size !== roles.length) throw new Error('roles.json has duplicate ids');

/** A role's secondary skills weigh this much in its list against its core skills. */
const ROLE_SECONDARY_WEIGHT = 0.7;

function relatednessOf(): TaxonomyAsset['relatedness'] {
  const supplementaryAt = new Map(supplementary.map((entry, index) => [`sup:${entry.id}`, skillRows.length + index]));
  const indexOfConcept = (conceptId: string) =>
    conceptId.startsWith('sup:') ? (supplementaryAt.get(conceptId) ?? -1) : (skillIndex.get(conceptId) ?? -1);
  const softSkill = (index: number) => {
    const row = skillRows[index];
    if (row === undefined) return false;
    const uri = row['conceptUri'];
    return transversal.has(uri) || row['reuseLevel'] === 'transversal' || personal.has(index) || softSkills.has(index);
  };
  const skillRelations = table(relations, 'skillSkillRelations.csv').flatMap((row) => {
    const from = skillIndex.get(row['originalSkillUri'] ?? '');
    const to = skillIndex.get(row['relatedSkillUri'] ?? '');
    return from === undefined || to === undefined ? [] : [{ from, to, essential: row['relationType'] === 'essential' }];
  });
  const neighbours = buildNeighbours({
    skillCount: skillRows.length,
    supplementaryCount: supplementary.length,
    occupations: essential.map((list, index) => ({ essential: list, optional: optional[index] ?? [] })),
    skillRelations,
    skillLabels: skillRows.map((row) => row['preferredLabel'] ?? ''),
    curatedLists: [
      ...certificates.map((certificate) => ({ members: certificate.skills.map(indexOfConcept) })),
      ...supplementary.filter((entry) => entry.kind !== 'acronym').map((entry) => ({ members: entry.related })),
      ...roles.map((role) => ({
        members: [...role.core, ...role.secondary].map(indexOfConcept),
        weights: [...role.core.map(() => 1), ...role.secondary.map(() => ROLE_SECONDARY_WEIGHT)],
      })),
    ],
    soft: softSkill,
  });
  return { neighbours, coverage: hierarchyCoverage(skillRows.length, groupRows.length, broader) };
}

const stripPrefix = (uri: string, prefix: string) => {
  if (!uri.startsWith(prefix)) throw new Error(`${uri} does not start with ${prefix}`);
  return uri.slice(prefix.length);
};

const asset: TaxonomyAsset = {
  format: TAXONOMY_FORMAT,
  version: TAXONOMY_VERSION,
  source: 'ESCO classification v1.1.1, English',
  attribution: ESCO_ATTRIBUTION,
  skills: {
    id: skillRows.map((row) => stripPrefix(row['conceptUri'] ?? '', ESCO_SKILL_PREFIX)),
    label: skillRows.map((row) => row['preferredLabel'] ?? ''),
    alt: skillRows.map((row) =>
      splitLines(row['altLabels'])
        .filter((alt) => alt !== row['preferredLabel'])
        .join('\n'),
    ),
    hidden: skillRows.map((row) => splitLines(row['hiddenLabels']).join('\n')),
    type: skillRows.map((row) =>
      Math.max(0, SKILL_TYPES.indexOf((row['skillType'] || 'unspecified') as (typeof SKILL_TYPES)[number])),
    ),
    reuse: skillRows.map((row) => {
      const level = REUSE_LEVELS.indexOf((row['reuseLevel'] || 'unspecified') as (typeof REUSE_LEVELS)[number]);
      return level === -1 ? REUSE_LEVELS.length - 1 : level;
    }),
    flags: skillRows.map((row, index) => {
      const uri = row['conceptUri'];
      return (
        (transversal.has(uri) ? SKILL_FLAGS.transversal : 0) |
        (digital.has(uri) ? SKILL_FLAGS.digital : 0) |
        (language.has(uri) ? SKILL_FLAGS.language : 0) |
        (personal.has(index) || softSkills.has(index) ? SKILL_FLAGS.personal : 0)
      );
    }),
    occupations: usedBy,
  },
  groups: {
    uri: groupRows.map((row) => row['conceptUri'] ?? ''),
    label: groupRows.map((row) => row['preferredLabel'] ?? ''),
  },
  broader,
  occupations: {
    id: occupationRows.map((row) => stripPrefix(row['conceptUri'] ?? '', ESCO_OCCUPATION_PREFIX)),
    label: occupationRows.map((row) => row['preferredLabel'] ?? ''),
    alt: occupationRows.map((row) =>
      splitLines(row['altLabels'])
        .filter((alt) => alt !== row['preferredLabel'])
        .join('\n'),
    ),
    isco: occupationRows.map((row) => row['iscoGroup'] ?? ''),
    essential,
    optional,
  },
  unlistedOccupations: [...unlisted].map(([uri, lists]) => ({
    id: stripPrefix(uri, ESCO_OCCUPATION_PREFIX),
    ...lists,
  })),
  supplementary,
  synonyms,
  providers,
  certificates,
  roles,
  relatedness: relatednessOf(),
  searchIndex: null,
};
// The index is computed here once rather than by every app start.
asset.searchIndex = serializeSearchIndex(conceptsOf(asset).concepts, { everydayWords });

mkdirSync(path.dirname(output), { recursive: true });
const json = JSON.stringify(asset);
const packed = gzipSync(json, { level: 9 });
writeFileSync(output, packed);
console.log(
  [
    `skills ${skillRows.length}, skill groups ${groupRows.length}, occupations ${occupationRows.length} (+${unlisted.size} unlisted), occupation–skill relations ${relationCount}`,
    `supplementary ${supplementary.length}, synonyms ${synonyms.length}, providers ${providers.length}, certificates ${certificates.length}, roles ${roles.length}, curated soft skills ${softSkills.size}`,
    `${output}: ${(packed.length / 1024).toFixed(0)} KB gzip (${(json.length / 1024 / 1024).toFixed(1)} MB of JSON)`,
  ].join('\n'),
);
