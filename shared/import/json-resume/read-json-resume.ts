import type { DraftEntry, EntryProblem, ImportDraft } from '../draft';
import { ImportFileError, WHOLE_FILE } from '../errors';
import { today } from './dates';
import { baseName, checkEntryCount, holdsValue, isRecord, problem } from './entry-builder';
import { EXTENSION_KEY } from './extension';
import { parseJsonSafely } from './parse-json';
import { readCertificate, readEducation, type LinkTargets } from './read-learning';
import { readProject, type RoleInFile } from './read-projects';
import { readRole } from './read-roles';
import { readAward } from './read-awards';
import { readPerson } from './read-person';
import { readPublication } from './read-publications';
import { readLanguage, readSkill } from './read-skills';
import { schemaViolations } from './validate';

export interface JsonResumeReadOptions {
  /** Today as `YYYY-MM-DD`: decides whether education has ended. Defaults to the clock. */
  now?: string;
}

const IMPORTED_SECTIONS = [
  'work',
  'volunteer',
  'projects',
  'publications',
  'certificates',
  'education',
  'awards',
  'skills',
  'languages',
] as const;
/** Read into the person (with `basics`), not into entries of their own. */
const PERSON_SECTIONS = ['interests', 'references'] as const;
const RESUME_SECTIONS = new Set<string>(['basics', ...IMPORTED_SECTIONS, ...PERSON_SECTIONS]);
/** What the file says about itself, not about the person: nothing of the story is in it. */
const FILE_KEYS = new Set(['$schema', 'meta', EXTENSION_KEY]);

/**
 * The fields each section's reader reads. Any other field that holds a value is named in a note, so
 * nothing is dropped unsaid (a project's `type` that is not a project kind is noted on its entry).
 */
const READ_FIELDS: Readonly<Record<(typeof IMPORTED_SECTIONS)[number], readonly string[]>> = {
  work: ['name', 'position', 'location', 'summary', 'url', 'description', 'startDate', 'endDate', 'highlights'],
  volunteer: [
    'organization',
    'position',
    'location',
    'summary',
    'url',
    'description',
    'startDate',
    'endDate',
    'highlights',
  ],
  projects: ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', 'roles', 'entity', 'type'],
  publications: ['name', 'publisher', 'releaseDate', 'url', 'summary'],
  certificates: ['name', 'date', 'url', 'issuer'],
  education: ['institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'],
  awards: ['title', 'date', 'awarder', 'summary'],
  skills: ['name', 'level', 'keywords'],
  languages: ['language', 'fluency'],
};
const BASICS_FIELDS = ['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles'];

const items = (document: Record<string, unknown>, key: string): unknown[] => {
  const value = document[key];
  return Array.isArray(value) ? value : [];
};

function resumeObject(value: unknown, fileName: string): Record<string, unknown> {
  if (!isRecord(value)) {
    const held = Array.isArray(value) ? 'a list' : `a single ${value === null ? 'null' : typeof value}`;
    throw new ImportFileError(fileName, WHOLE_FILE, `This is not a JSON Resume: the file holds ${held}, not a resume.`);
  }
  const keys = Object.keys(value);
  if (typeof value.company === 'string' && typeof value.title === 'string' && !keys.some((key) => key === 'work')) {
    throw new ImportFileError(
      fileName,
      WHOLE_FILE,
      'This is a JSON Resume job description (it has a title and a company), not a resume.',
    );
  }
  if (!keys.some((key) => RESUME_SECTIONS.has(key))) {
    throw new ImportFileError(
      fileName,
      WHOLE_FILE,
      'This is not a JSON Resume: it has none of its sections (basics, work, education, certificates, skills, ...).',
    );
  }
  return value;
}

/** The fields of `records` that hold a value and that no reader reads, once each, in the order met. */
function unreadFields(records: readonly unknown[], read: readonly string[]): string[] {
  const unread = new Set<string>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const [key, value] of Object.entries(record)) {
      if (!read.includes(key) && key !== EXTENSION_KEY && holdsValue(value)) unread.add(key);
    }
  }
  return [...unread];
}

function notesOnWhatIsNotImported(document: Record<string, unknown>): EntryProblem[] {
  const notes: EntryProblem[] = [];
  const note = (place: string, named: string[]) => {
    if (named.length === 0) return;
    const one = named.length === 1;
    notes.push(
      problem(
        place,
        `${named.join(', ')} ${one ? 'is' : 'are'} not imported: Throughline has no place for ${one ? 'it' : 'them'}.`,
        false,
      ),
    );
  };
  note(
    WHOLE_FILE,
    Object.entries(document)
      .filter(([key, value]) => !RESUME_SECTIONS.has(key) && !FILE_KEYS.has(key) && holdsValue(value))
      .map(([key]) => key),
  );
  note(
    'basics',
    unreadFields([document.basics], BASICS_FIELDS).map((field) => `basics.${field}`),
  );
  for (const section of IMPORTED_SECTIONS) {
    note(
      section,
      unreadFields(items(document, section), READ_FIELDS[section]).map((field) => `${section}[].${field}`),
    );
  }
  return notes;
}

function rolesInFile(entries: readonly DraftEntry[]): RoleInFile[] {
  return entries.flatMap((entry) =>
    entry.kind === 'role'
      ? [{ ref: entry.ref, organization: entry.role.organization, start: entry.role.start, end: entry.role.end }]
      : [],
  );
}

/**
 * Reads a JSON Resume (https://jsonresume.org/schema) into an import draft. Nothing is refused over
 * one value: schema violations are listed as file notes, an entry that cannot be used is flagged on
 * its own and the rest imports. Values are kept as written, never filled in. Only a file that is not a
 * JSON Resume at all throws an ImportFileError.
 */
export function readJsonResume(text: string, fileName: string, options: JsonResumeReadOptions = {}): ImportDraft {
  const name = baseName(fileName);
  const parsed = parseJsonSafely(text, name);
  const document = resumeObject(parsed.value, name);
  checkEntryCount(
    [...IMPORTED_SECTIONS].reduce((count, section) => count + items(document, section).length, 0),
    name,
  );
  const problems: EntryProblem[] = [];
  if (parsed.droppedKeys > 0) {
    problems.push(
      problem(WHOLE_FILE, `${parsed.droppedKeys} keys named __proto__, constructor or prototype were ignored.`, false),
    );
  }
  problems.push(...schemaViolations(document), ...notesOnWhatIsNotImported(document));

  const roles = [
    ...items(document, 'work').map((item, index) => readRole(item, 'work', index)),
    ...items(document, 'volunteer').map((item, index) => readRole(item, 'volunteer', index)),
  ];
  const rolesForProjects = rolesInFile(roles);
  const projects = [
    ...items(document, 'projects').map((item, index) => readProject(item, index, rolesForProjects)),
    ...items(document, 'publications').map((item, index) => readPublication(item, index, rolesForProjects)),
  ];
  const targets: LinkTargets = new Map([
    ...roles.flatMap((entry) => (entry.kind === 'role' ? [[entry.ref, 'role'] as const] : [])),
    ...projects.flatMap((entry) => (entry.kind === 'project' ? [[entry.ref, 'project'] as const] : [])),
  ]);
  const now = options.now ?? today();
  const learning = [
    ...items(document, 'certificates').map((item, index) => readCertificate(item, index, targets)),
    ...items(document, 'education').map((item, index) => readEducation(item, index, targets, now)),
  ];
  const awards = items(document, 'awards').map((item, index) => readAward(item, index, targets));
  const skills = [
    ...items(document, 'skills').map((item, index) => readSkill(item, index)),
    ...items(document, 'languages').map((item, index) => readLanguage(item, index)),
  ];
  const person = readPerson(document, problems);

  return {
    format: 'json-resume',
    fileName: name,
    entries: [...(person === null ? [] : [person]), ...roles, ...projects, ...learning, ...awards, ...skills],
    problems: problems.slice(0, 1_000),
  };
}
