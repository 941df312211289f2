import type { DraftEntry, EntryProblem, ImportDraft } from '../draft';
import { ImportFileError, WHOLE_FILE } from '../errors';
import { today } from './dates';
import { baseName, checkEntryCount, isRecord, problem } from './entry-builder';
import { parseJsonSafely } from './parse-json';
import { readCertificate, readEducation, type LinkTargets } from './read-learning';
import { readProject, type RoleInFile } from './read-projects';
import { readRole } from './read-roles';
import { readSkill } from './read-skills';
import { schemaViolations } from './validate';

export interface JsonResumeReadOptions {
  /** Today as `YYYY-MM-DD`: decides whether education has ended. Defaults to the clock. */
  now?: string;
}

const IMPORTED_SECTIONS = ['work', 'volunteer', 'projects', 'certificates', 'education', 'skills'] as const;
const UNMODELLED_SECTIONS = ['awards', 'publications', 'languages', 'interests', 'references'] as const;
const RESUME_SECTIONS = new Set<string>(['basics', ...IMPORTED_SECTIONS, ...UNMODELLED_SECTIONS]);

/** Fields of imported sections that Throughline has no place for: named once each, so nothing is dropped unsaid. */
const UNMODELLED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  work: ['url', 'description'],
  volunteer: ['url'],
  projects: ['roles'],
  education: ['url', 'score', 'courses'],
};

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

function notesOnWhatIsNotImported(document: Record<string, unknown>): EntryProblem[] {
  const notes: EntryProblem[] = [];
  if (document.basics !== undefined) {
    notes.push(problem('basics', 'basics (name, contact) are not imported.', false));
  }
  for (const section of UNMODELLED_SECTIONS) {
    const count = items(document, section).length;
    if (count > 0)
      notes.push(problem(section, `${section} (${count}) are not imported: Throughline has no place for them.`, false));
  }
  for (const [section, fields] of Object.entries(UNMODELLED_FIELDS)) {
    const present = fields.filter((field) =>
      items(document, section).some((item) => isRecord(item) && item[field] !== undefined),
    );
    if (present.length > 0) {
      const named = present.map((field) => `${section}[].${field}`).join(', ');
      notes.push(
        problem(
          section,
          `${named} ${present.length === 1 ? 'is' : 'are'} not imported: Throughline has no place for ${present.length === 1 ? 'it' : 'them'}.`,
          false,
        ),
      );
    }
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
  const projects = items(document, 'projects').map((item, index) => readProject(item, index, rolesForProjects));
  const targets: LinkTargets = new Map([
    ...roles.flatMap((entry) => (entry.kind === 'role' ? [[entry.ref, 'role'] as const] : [])),
    ...projects.flatMap((entry) => (entry.kind === 'project' ? [[entry.ref, 'project'] as const] : [])),
  ]);
  const now = options.now ?? today();
  const learning = [
    ...items(document, 'certificates').map((item, index) => readCertificate(item, index, targets)),
    ...items(document, 'education').map((item, index) => readEducation(item, index, targets, now)),
  ];
  const skills = items(document, 'skills').map((item, index) => readSkill(item, index));

  return {
    format: 'json-resume',
    fileName: name,
    entries: [...roles, ...projects, ...learning, ...skills],
    problems: problems.slice(0, 1_000),
  };
}
