/**
 * How much of a real document an import keeps: for each value the source holds, whether it survives,
 * equal, in a field of the entity its entry became (after the plan, into an empty profile); and whether
 * any entity holds a value its source entry does not (invented). Used by tests/unit/import/fidelity.test.ts
 * and by `npm run bench` (BENCH import.fidelity), so both count the same way.
 *
 * What is a value: every non-empty leaf of the source (text, number, boolean), as written and trimmed.
 * Not counted: a JSON Resume's `$schema` and `meta` (the file's bookkeeping, not the person's story),
 * LinkedIn's `N/A` (its way of writing "nothing") and its Connections.csv (other people, not the person's
 * history); of Learning.csv, what the issue sets aside as not learning done (items never completed, and
 * content other than courses and learning paths, which LinkedIn gives no certificate for) and the app's
 * own bookkeeping (whether an item was saved, when it was last opened, what type of content it is). A value a typed field cannot hold at all (a date column's "sometime", a URL column's
 * "not-a-url") is listed apart as unusable: the reader flags each, and no profile could keep it. Dates count at the source's precision: "2014-06-29" is
 * kept only by a field holding that day, "Mar 2021" only by "2021-03"; a LinkedIn Learning moment
 * ("2024-02-03 19:42 UTC") counts as its day, the precision the learning log keeps.
 *
 * When a value is kept: it equals a field of the entity, or one of the parts a reader joins into one field
 * (an education's "studyType, area" title; paragraphs joined into one description). A project of a role
 * names its organisation through that role, so the role's organisation counts as the project's.
 * Entries whose title the file lacks are counted with a title typed, as the person would in the preview.
 *
 * Open Badges (each badge file, JSON or baked PNG/SVG, is one document; its values are read from the file
 * by badge-leaves.ts, independently of the app's reader, and the draft by the app's own reader, offline):
 * - Counted, as story: the achievement's (3.0) or badge class's (2.0) name, description, criteria narrative
 *   and web address; the credential's own name and description (3.0); the issuer's name and any other
 *   value of the issuer or creator but their address (its website and contact would count); the issue
 *   date (validFrom, issuanceDate, issuedOn) and expiry (validUntil, expirationDate, expires) as the day
 *   written, the precision a certificate keeps (a Unix time as its UTC day); the credential's id (what the
 *   person shows, a web address or not); the evidence and the person's narrative; alignments and tags;
 *   any other value the file holds. Sections: achievement, issuer, dates, credential, evidence, skills.
 * - Not counted, as bookkeeping (badge-leaves.ts's BADGE_KEYS_NOT_COUNTED, at any depth): `@context`,
 *   `@language` and `type` (JSON-LD), `proof`, `signature`, `verification`, `publicKey`, `revocationList`
 *   (what a signature is checked with), `recipient` (2.0's identity, hash and salt), `credentialSchema`,
 *   `credentialStatus`, `refreshService`, `termsOfUse` (what a verifier fetches), and `image` (how the badge
 *   looks: a certificate keeps no picture). Nor are the recipient's `credentialSubject.id`/`identifier`, nor
 *   the issuer's or creator's `id` (or the issuer given as an address alone): a did:key or the address its
 *   key is published at, kept in the signature check, not a name. A reference other than the credential's
 *   id (an achievement's or evidence's `id`, 2.0's `badge`, `criteria` or `evidence` as text) counts only
 *   when it is a web address: a urn: or did: names a node of the JSON-LD graph that nobody can open.
 * - Kept: as for the others, equal to a certificate field, or one whole line of the description, which
 *   holds evidence, a credential name beside the achievement's and the badge's address with the reader's
 *   labels (BADGE_LINE_LABELS: "Evidence: ", …) that are not part of the value. Where the file names no
 *   issuer, the host of one of its web addresses stands as provider: the file's word, not invented.
 * - A credential the reader flags (an invalid signature, an expiry past) is imported only if the person
 *   confirms it (ImportChoice `confirmed`): it is counted as confirmed, so what it keeps counts as kept.
 * - Not counted as documents: a published BadgeClass or Issuer on its own (NOT_AWARDED below), which the
 *   reader refuses, rightly: it describes a badge anyone may hold, not one awarded to the person, and the
 *   app never pairs it with an assertion (it fetches nothing and is given no hosted documents).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { readOpenBadge } from '../../electron/main/import/open-badges';
import { emptyProfile, type Profile } from '../../shared/domain/profile';
import type { DraftEntry, ImportDraft } from '../../shared/import/draft';
import { readJsonResume } from '../../shared/import/json-resume';
import { readLinkedInCsv } from '../../shared/import/linkedin';
import { readLinkedInDate, readLinkedInMoment } from '../../shared/import/linkedin/dates';
import { LINKEDIN_LEARNING } from '../../shared/import/linkedin/read-learning-rows';
import { sameListedSkill } from '../../shared/import/merge';
import { BADGE_LINE_LABELS } from '../../shared/import/open-badges/values';
import { NO_CHOICE, planImport } from '../../shared/import/plan';
import { badgeDocumentOf, badgeDomains, badgeLeaves } from './badge-leaves';

export interface SourceValue {
  /** The section (JSON Resume) or file (LinkedIn) it is in. */
  section: string;
  /** Where, as a person would look for it: `work[0].highlights[1]`, `Positions.csv, row 2: Title`. */
  place: string;
  value: string;
}

export interface SectionCount {
  kept: number;
  total: number;
}

export interface DocumentFidelity {
  document: string;
  sections: Record<string, SectionCount>;
  lost: SourceValue[];
  /** Values an entity holds that its source entry does not, with where they are. */
  invented: Array<{ place: string; value: string }>;
  /** Values no typed field could hold (an unreadable date, a web address that is none): not counted. */
  unusable: SourceValue[];
  /** Why the document's values are not counted at all (a badge's published description), when they are not. */
  notCounted?: string;
}

/** The title the fidelity count types for an entry whose file lacks one; never a source value. */
const TYPED_TITLE = 'Title typed in the preview';
/** The day the counts are taken: education ending after it is planned, not earned; it changes no value. */
const NOW = '2026-11-26';

/** A source value, keyed to the draft entry (`ref`) it should have become. */
export interface Leaf extends SourceValue {
  ref: string;
  /** A value its column's type cannot take (see the module's note). */
  unusable?: boolean;
}

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
};

// --- JSON Resume ---------------------------------------------------------------------------------------

const FILE_KEYS = new Set(['$schema', 'meta']);
/** Sections read into the person, with `basics`. */
const PERSON_SECTIONS = new Set(['basics', 'interests', 'references']);

function jsonLeaves(value: unknown, place: string, visit: (place: string, value: string) => void): void {
  if (Array.isArray(value)) value.forEach((item: unknown, index) => jsonLeaves(item, `${place}[${index}]`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) jsonLeaves(item, place === '' ? key : `${place}.${key}`, visit);
  } else {
    const written = text(value);
    if (written !== null) visit(place, written);
  }
}

function jsonResumeLeaves(document: Record<string, unknown>): Leaf[] {
  const leaves: Leaf[] = [];
  for (const [section, value] of Object.entries(document)) {
    if (FILE_KEYS.has(section)) continue;
    jsonLeaves(value, section, (place, written) => {
      // `work[3].highlights[0]` became the entry `work[3]`; everything about the person became `basics`.
      const ref = PERSON_SECTIONS.has(section) ? 'basics' : (/^[^.]+\[\d+\]/.exec(place)?.[0] ?? section);
      leaves.push({ section, place, value: written, ref });
    });
  }
  return leaves;
}

// --- LinkedIn ------------------------------------------------------------------------------------------

/** Files of an export that hold no part of the person's history: other people's names. */
export const LINKEDIN_FILES_NOT_COUNTED = new Set(['Connections.csv']);

/**
 * A cell as the profile would hold it: LinkedIn's dates at their own precision, "N/A" as nothing, and
 * whether a date or URL column's cell is one at all.
 */
function linkedInValue(column: string, cell: string): { value: string; unusable: boolean } | null {
  const written = cell.trim();
  if (written === '' || /^n\/a$/i.test(written)) return null;
  // "Started On", "End Date", "Content Completed At (if completed)"; not "Notes taken on videos".
  if (/\bOn$|\bDate\b|\bAt\b/.test(column.trim())) {
    const reading = readLinkedInDate(written);
    if (reading.ok && reading.date !== null) return { value: reading.date, unusable: false };
    const moment = readLinkedInMoment(written);
    if (moment.ok && moment.date !== null) return { value: moment.date, unusable: false };
    return { value: written, unusable: true };
  }
  if (/^url$/i.test(column.trim())) return { value: written, unusable: !/^https?:\/\/\S+$/i.test(written) };
  return { value: written, unusable: false };
}

const LEARNING_COMPLETED = 'Content Completed At (if completed)';
const LEARNING_BOOKKEEPING = new Set(['Content Saved', 'Content Last Watched Date (if viewed)', 'Content Type']);
const LEARNING_DONE = new Set(['course', 'learning path']);

/** Whether a row is part of the person's history, and which of its columns are (see the module's note). */
function historyColumns(header: readonly string[], row: readonly string[]): ((column: string) => boolean) | null {
  if (!header.includes(LEARNING_COMPLETED)) return () => true;
  const cellOf = (column: string) => (row[header.indexOf(column)] ?? '').trim();
  const completed = cellOf(LEARNING_COMPLETED);
  const type = cellOf('Content Type').toLowerCase();
  if (completed === '' || /^n\/a$/i.test(completed) || (type !== '' && !LEARNING_DONE.has(type))) return null;
  return (column) => !LEARNING_BOOKKEEPING.has(column);
}

/** Each data row's cells, by an independent CSV read (not the reader's own), after the header row. */
function linkedInLeaves(file: { name: string; text: string }): Leaf[] {
  const rows = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  // The header is the first row with more than one cell and no "Notes:" line (Connections.csv has both).
  const headerAt = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length > 0 && row[0] !== 'Notes:');
  const header = rows[headerAt] ?? [];
  const leaves: Leaf[] = [];
  rows.slice(headerAt + 1).forEach((row, index) => {
    // Rows are numbered as a spreadsheet shows them, the header being row 1 (as the reader names them).
    const place = `${file.name}, row ${headerAt + index + 2}`;
    const counted = historyColumns(header, row);
    if (counted === null) return;
    row.forEach((cell, column) => {
      const name = header[column] ?? `column ${column + 1}`;
      if (!counted(name)) return;
      const read = linkedInValue(name, cell);
      if (read !== null) leaves.push({ section: file.name, place: `${place}: ${name}`, ref: place, ...read });
    });
  });
  return leaves;
}

// --- What an entity holds --------------------------------------------------------------------------------

/** Fields that are ids, links by id, or values the reader decides (kinds, statuses): never source values. */
const NOT_VALUES = new Set([
  'id',
  'roleId',
  'certificateId',
  'stepId',
  'conceptId',
  'kind',
  'learning',
  'status',
  'state',
  'kindOverride',
  'credential',
]);

function entityLeaves(value: unknown, field: string, visit: (field: string, value: string) => void): void {
  if (Array.isArray(value)) value.forEach((item: unknown) => entityLeaves(item, field, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_VALUES.has(key)) entityLeaves(item, field === '' ? key : `${field}.${key}`, visit);
    }
  } else {
    const written = text(value);
    if (written !== null) visit(field, written);
  }
}

/** The parts a reader joined into one field (see the module's note); none when it joined nothing. */
function partsOf(field: string, value: string, education: boolean): string[] {
  const paragraphs = value.split(/\n\s*\n/).map((part) => part.trim());
  const parts = paragraphs.length > 1 ? paragraphs : [];
  const titleParts = value.split(', ').map((part) => part.trim());
  if (education && field === 'title' && titleParts.length > 1) parts.push(...titleParts);
  return parts;
}

const LABELS = Object.values(BADGE_LINE_LABELS);

/** A badge certificate's description as whole lines, the reader's labels set aside (see the module's note). */
function badgeLines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .map((line) => LABELS.reduce((rest, label) => (rest.startsWith(label) ? rest.slice(label.length) : rest), line))
    .filter((line) => line !== '');
}

/** Whether `value`'s lines stand, whole and in order, among a badge description's lines. */
function inBadgeLines(description: string, value: string): boolean {
  const wanted = `\n${badgeLines(value).join('\n')}\n`;
  return wanted !== '\n\n' && `\n${badgeLines(description).join('\n')}\n`.includes(wanted);
}

type Held = Array<{ field: string; value: string }>;

/** What the entity an entry became holds in the planned profile, or null when it is in none. */
function entityOf(entry: DraftEntry, profile: Profile, ids: ReadonlyMap<string, string>): Held | null {
  const held: Held = [];
  const collect = (value: unknown) => entityLeaves(value, '', (field, written) => held.push({ field, value: written }));
  const id = ids.get(entry.ref);
  switch (entry.kind) {
    case 'role':
      collect(profile.roles.find((role) => role.id === id) ?? null);
      break;
    case 'project': {
      const project = profile.projects.find((candidate) => candidate.id === id);
      collect(project ?? null);
      const role = profile.roles.find((candidate) => candidate.id === project?.roleId);
      if (role !== undefined) held.push({ field: 'organization', value: role.organization });
      break;
    }
    case 'certificate':
      collect(profile.certificates.find((certificate) => certificate.id === id) ?? null);
      break;
    case 'award':
      collect(profile.awards.find((award) => award.id === id) ?? null);
      break;
    case 'session':
      collect(profile.log.find((session) => session.id === id) ?? null);
      break;
    case 'skill':
      collect(profile.skills.find((declared) => sameListedSkill(declared.skill, entry.skill.skill)) ?? null);
      break;
    case 'person':
      collect(profile.person);
      break;
    case 'unreadable':
      return null;
  }
  return held.length === 0 ? null : held;
}

const isEducation = (entry: DraftEntry | undefined) =>
  entry?.kind === 'certificate' && entry.certificate.learning === 'education';

const isBadge = (entry: DraftEntry | undefined) =>
  entry?.kind === 'certificate' && entry.certificate.credential?.format.startsWith('open-badges') === true;

/** Counts one document: its source values, and the profile its draft plans into (titles typed where needed). */
export function fidelityOf(
  document: string,
  leaves: readonly Leaf[],
  draft: ImportDraft,
  implied: ReadonlySet<string> = new Set(),
): DocumentFidelity {
  const completions = draft.entries.flatMap((entry) =>
    entry.kind !== 'unreadable' && entry.needs !== undefined ? [{ ref: entry.ref, title: TYPED_TITLE }] : [],
  );
  // A flagged credential (invalid, expired) goes in once the person confirms it: counted as confirmed.
  const confirmed = draft.entries.flatMap((entry) =>
    entry.kind === 'certificate' && entry.certificate.credential !== null ? [entry.ref] : [],
  );
  let next = 0;
  const choice = { ...NO_CHOICE, confirmed, completions };
  const plan = planImport(emptyProfile(), draft, choice, () => `fidelity-${(next += 1)}`);
  const byRef = new Map(draft.entries.map((entry) => [entry.ref, entry]));
  const held = new Map<string, Held | null>();
  const heldBy = (ref: string) => {
    if (!held.has(ref)) {
      const entry = byRef.get(ref);
      held.set(ref, entry === undefined ? null : entityOf(entry, plan.profile, plan.ids));
    }
    return held.get(ref) ?? null;
  };

  const sections: Record<string, SectionCount> = {};
  const lost: SourceValue[] = [];
  const unusable: SourceValue[] = [];
  for (const leaf of leaves) {
    if (leaf.unusable === true) {
      unusable.push({ section: leaf.section, place: leaf.place, value: leaf.value });
      continue;
    }
    const count = (sections[leaf.section] ??= { kept: 0, total: 0 });
    count.total += 1;
    const entity = heldBy(leaf.ref);
    const education = isEducation(byRef.get(leaf.ref));
    const badge = isBadge(byRef.get(leaf.ref));
    const kept =
      entity?.some(
        ({ field, value }) =>
          value === leaf.value ||
          partsOf(field, value, education).includes(leaf.value) ||
          (badge && field === 'description' && inBadgeLines(value, leaf.value)),
      ) ?? false;
    if (kept) count.kept += 1;
    else lost.push({ section: leaf.section, place: leaf.place, value: leaf.value });
  }

  const invented: DocumentFidelity['invented'] = [];
  const sourceOf = new Map<string, Set<string>>();
  for (const leaf of leaves) {
    const values = sourceOf.get(leaf.ref) ?? new Set<string>();
    values.add(leaf.value);
    sourceOf.set(leaf.ref, values);
  }
  for (const ref of byRef.keys()) {
    const source = sourceOf.get(ref) ?? new Set<string>();
    const education = isEducation(byRef.get(ref));
    const badge = isBadge(byRef.get(ref));
    for (const { field, value } of heldBy(ref) ?? []) {
      if (value === TYPED_TITLE || source.has(value) || implied.has(value)) continue;
      if (badge && field === 'description') {
        // Each line must be a source value's, or a line of one (a narrative may run over several).
        const sourceLines = new Set([...source].flatMap((written) => badgeLines(written)));
        for (const line of badgeLines(value)) {
          if (!sourceLines.has(line)) invented.push({ place: `${ref}.${field}`, value: line });
        }
        continue;
      }
      // A value joined from several of the source's (an education's title) invents nothing.
      const parts = partsOf(field, value, education);
      if (parts.length > 1 && parts.every((part) => part === '' || source.has(part))) continue;
      invented.push({ place: `${ref}.${field}`, value });
    }
  }
  return { document, sections, lost, invented, unusable };
}

/** A JSON Resume document (or, for the schema's test table, each document in it) counted. */
export function jsonResumeFidelity(name: string, textOfFile: string): DocumentFidelity {
  const document = JSON.parse(textOfFile) as Record<string, unknown>;
  const draft = readJsonResume(textOfFile, name, { now: NOW });
  return fidelityOf(name, jsonResumeLeaves(document), draft);
}

/** A LinkedIn export (its CSV files) counted as one document, each file a section. */
export function linkedInFidelity(name: string, files: ReadonlyArray<{ name: string; text: string }>): DocumentFidelity {
  const draft = readLinkedInCsv([...files], name, { now: NOW });
  const counted = files.filter((file) => !LINKEDIN_FILES_NOT_COUNTED.has(file.name));
  // What Learning.csv holds is LinkedIn Learning's by being that file: its provider is stated, not made up.
  return fidelityOf(name, counted.flatMap(linkedInLeaves), draft, new Set([LINKEDIN_LEARNING]));
}

/** The day the counts are taken, as the instant a badge's expiry is weighed against. */
const NOW_INSTANT = new Date(`${NOW}T12:00:00Z`);

/** An Open Badge file (JSON, or a baked PNG or SVG), read by the app's reader as an import reads it. */
export async function openBadgeFidelity(name: string, bytes: Uint8Array): Promise<DocumentFidelity> {
  const draft = await readOpenBadge(bytes, name, NOW_INSTANT);
  const document = badgeDocumentOf(name, bytes);
  // A badge file becomes one entry: every value is the draft's one entry's to keep.
  const ref = draft.entries[0]?.ref ?? name;
  return fidelityOf(name, badgeLeaves(document, ref), draft, badgeDomains(document));
}

/** Published badge descriptions in the badge folder: what they are (see the module's note). */
const NOT_AWARDED = new Map([
  ['dcpv__ob20_assets_organization.json', 'a published Issuer, not a badge awarded (refused by the reader)'],
  ['dcpv__ob20_assets_robotics-badge.json', 'a published BadgeClass, not a badge awarded (refused by the reader)'],
]);

/** The JSON Resume test table of the schema: each key is a small document of its own. */
const TABLE_OF_DOCUMENTS = 'resume-schema__test__certificates.json';
/** Not resumes: a job description, which the reader refuses. */
const NOT_RESUMES = new Set(['resume-schema__sample.job.json']);

/**
 * Every real document the tests hold: each JSON Resume in tests/fixtures/external/jsonresume (the schema's
 * test table as one document per case), each Open Badge in tests/fixtures/external/openbadges (copied byte
 * for byte from ../shared/data/external/openbadges and badge-images), and the LinkedIn export in
 * tests/fixtures/linkedin as one.
 */
export async function fixtureFidelity(root: string): Promise<DocumentFidelity[]> {
  const resumes = path.join(root, 'tests/fixtures/external/jsonresume');
  const documents: DocumentFidelity[] = [];
  for (const file of readdirSync(resumes)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    if (NOT_RESUMES.has(file)) continue;
    const content = readFileSync(path.join(resumes, file), 'utf8');
    if (file === TABLE_OF_DOCUMENTS) {
      for (const [key, document] of Object.entries(JSON.parse(content) as Record<string, unknown>)) {
        documents.push(jsonResumeFidelity(`${file} (${key})`, JSON.stringify(document)));
      }
    } else documents.push(jsonResumeFidelity(file, content));
  }
  const badges = path.join(root, 'tests/fixtures/external/openbadges');
  for (const file of readdirSync(badges)
    .filter((name) => /\.(json|png|svg)$/.test(name))
    .sort()) {
    const notCounted = NOT_AWARDED.get(file);
    if (notCounted !== undefined) {
      documents.push({ document: file, sections: {}, lost: [], invented: [], unusable: [], notCounted });
      continue;
    }
    documents.push(await openBadgeFidelity(file, new Uint8Array(readFileSync(path.join(badges, file)))));
  }
  const linkedin = path.join(root, 'tests/fixtures/linkedin');
  const csvs = readdirSync(linkedin)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(linkedin, name), 'utf8') }));
  documents.push(linkedInFidelity('LinkedIn export (tests/fixtures/linkedin)', csvs));
  return documents;
}

export function totals(documents: readonly DocumentFidelity[]): SectionCount & { share: number } {
  let kept = 0;
  let total = 0;
  for (const document of documents) {
    for (const count of Object.values(document.sections)) {
      kept += count.kept;
      total += count.total;
    }
  }
  return { kept, total, share: total === 0 ? 1 : kept / total };
}

/** One line per document and section, for a failure message or the bench's log. */
export function report(documents: readonly DocumentFidelity[]): string {
  return documents
    .map((document) => {
      if (document.notCounted !== undefined) return `${document.document}: not counted, ${document.notCounted}`;
      const { kept, total } = totals([document]);
      const sections = Object.entries(document.sections)
        .map(([section, count]) => `${section} ${count.kept}/${count.total}`)
        .join(', ');
      const unusable = document.unusable.length === 0 ? '' : `; ${document.unusable.length} unusable, not counted`;
      return `${document.document}: ${kept}/${total} (${sections})${unusable}`;
    })
    .join('\n');
}
