import type { PartialDate } from '../../domain/dates';
import {
  CertificateSchema,
  DeclaredSkillSchema,
  ProjectSchema,
  RoleSchema,
  type Certificate,
} from '../../domain/profile';
import { newCertificate } from '../../domain/entries';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { comparePartial, startAfterIssue } from '../json-resume/dates';
import { finishEntry, problem, WebUrlSchema } from '../json-resume/entry-builder';
import { readLinkedInDate } from './dates';
import type { LinkedInFileKind } from './files';

/** One CSV row by column name, and where it is: "Positions.csv, row 5" (the header is row 1). */
export interface LinkedInRow {
  cells: Readonly<Record<string, string | undefined>>;
  place: string;
  problems: EntryProblem[];
}

const raw = (row: LinkedInRow, column: string) => row.cells[column] ?? '';
const cell = (row: LinkedInRow, column: string) => raw(row, column).trim();

function required(row: LinkedInRow, column: string, what: string): string {
  const value = cell(row, column);
  if (value === '')
    row.problems.push(problem(`${row.place}, ${column}`, `It has no ${what}; add one to import it.`, true));
  return value;
}

/** A date the entry cannot stand without, or whose misreading would change its meaning: blocking. */
function strictDate(row: LinkedInRow, column: string, missing: string | null): PartialDate | null {
  const reading = readLinkedInDate(row.cells[column]);
  if (!reading.ok) {
    row.problems.push(problem(`${row.place}, ${column}`, `${column}: ${reading.message}.`, true));
    return null;
  }
  if (reading.date === null && missing !== null) row.problems.push(problem(`${row.place}, ${column}`, missing, true));
  return reading.date;
}

/** A date that may be unknown: a bad one is left empty and said so. */
function looseDate(row: LinkedInRow, column: string): PartialDate | null {
  const reading = readLinkedInDate(row.cells[column]);
  if (reading.ok) return reading.date;
  row.problems.push(problem(`${row.place}, ${column}`, `${column}: ${reading.message}, so it was left empty.`, false));
  return null;
}

function webUrl(row: LinkedInRow, column: string): string | null {
  const written = cell(row, column);
  if (written === '') return null;
  const url = WebUrlSchema.safeParse(written);
  if (url.success) return url.data;
  row.problems.push(
    problem(
      `${row.place}, ${column}`,
      `"${written.slice(0, 80)}" is not a web address (http or https), so it was left out.`,
      false,
    ),
  );
  return null;
}

const refOf = (row: LinkedInRow) => row.place;

/** LinkedIn's Positions do not tell a job from an internship or freelancing: a job, the commonest. */
function readPosition(row: LinkedInRow): DraftEntry {
  const title = required(row, 'Title', 'title');
  const start = strictDate(row, 'Started On', 'It has no start date (Started On); add one to import it.');
  // An empty Finished On means LinkedIn shows the position as current.
  const end = strictDate(row, 'Finished On', null);
  const value = {
    id: draftId(refOf(row)),
    title,
    organization: cell(row, 'Company Name'),
    location: cell(row, 'Location'),
    summary: raw(row, 'Description'),
    kind: 'job',
    start,
    end,
    field: '',
    skills: [],
    highlights: [],
  };
  return finishEntry({
    ref: refOf(row),
    place: row.place,
    title: title || row.place,
    problems: row.problems,
    schema: RoleSchema,
    value,
    make: (role, kept) => ({ kind: 'role', ref: refOf(row), place: row.place, problems: kept, role }),
  });
}

function learning(row: LinkedInRow, title: string, facts: Partial<Certificate>): DraftEntry {
  const value = newCertificate({ id: draftId(refOf(row)), title, ...facts });
  return finishEntry({
    ref: refOf(row),
    place: row.place,
    title: title || row.place,
    problems: row.problems,
    schema: CertificateSchema,
    value,
    make: (certificate, kept) => ({
      kind: 'certificate',
      ref: refOf(row),
      place: row.place,
      problems: kept,
      certificate,
      links: [],
    }),
  });
}

/**
 * LinkedIn's "Licenses & certifications": held, so earned. Started On is the issue date and Finished
 * On the expiry; either may be empty (unknown, or no expiry), which is not a problem.
 */
function readCertification(row: LinkedInRow): DraftEntry {
  const title = required(row, 'Name', 'name');
  return learning(row, title, {
    provider: cell(row, 'Authority'),
    issued: looseDate(row, 'Started On'),
    expires: looseDate(row, 'Finished On'),
    credentialId: cell(row, 'License Number'),
    credentialUrl: webUrl(row, 'Url'),
  });
}

/**
 * A school entry as learning of kind `education`, titled by its degree. Earned once its end date is
 * past; otherwise planned, as progress is not stated (see the JSON Resume reader, which does the same).
 */
function readEducation(row: LinkedInRow, now: string): DraftEntry {
  const title = required(row, 'Degree Name', 'degree name');
  const issued = looseDate(row, 'End Date');
  let started = looseDate(row, 'Start Date');
  const reversed = startAfterIssue(started, issued);
  if (reversed !== null) {
    row.problems.push(problem(`${row.place}, Start Date`, reversed, false));
    started = null;
  }
  const earned = issued !== null && comparePartial(issued, now) < 0;
  if (!earned && title !== '') {
    const when = issued === null ? 'it has no end date' : `it ends ${issued}`;
    row.problems.push(
      problem(
        row.place,
        `Still under way (${when}): imported as planned, since how far along it is is not stated.`,
        false,
      ),
    );
  }
  return learning(row, title, {
    learning: 'education',
    provider: cell(row, 'School Name'),
    status: earned ? { state: 'earned' } : { state: 'planned' },
    started,
    issued,
    description: [raw(row, 'Notes'), raw(row, 'Activities')].filter((text) => text.trim() !== '').join('\n\n'),
  });
}

function readProject(row: LinkedInRow): DraftEntry {
  const title = required(row, 'Title', 'title');
  const start = strictDate(row, 'Started On', 'It has no start date (Started On); add one to import it.');
  const end = strictDate(row, 'Finished On', null);
  const url = webUrl(row, 'Url');
  // LinkedIn does not say what kind of project it is; personal is the documented default, said so.
  row.problems.push(
    problem(row.place, 'LinkedIn does not say what kind of project this is, so it was imported as personal.', false),
  );
  const value = {
    id: draftId(refOf(row)),
    title,
    kind: 'personal',
    start,
    end,
    roleId: null,
    skills: [],
    outcome: raw(row, 'Description'),
    highlights: [],
    evidence: url === null ? [] : [{ kind: 'url', label: '', url }],
  };
  return finishEntry({
    ref: refOf(row),
    place: row.place,
    title: title || row.place,
    problems: row.problems,
    schema: ProjectSchema,
    value,
    make: (project, kept) => ({
      kind: 'project',
      ref: refOf(row),
      place: row.place,
      problems: kept,
      project,
      roleRef: null,
    }),
  });
}

function readSkill(row: LinkedInRow): DraftEntry {
  const label = required(row, 'Name', 'name');
  return finishEntry({
    ref: refOf(row),
    place: row.place,
    title: label || row.place,
    problems: row.problems,
    schema: DeclaredSkillSchema,
    value: { skill: { label, conceptId: null }, level: '', keywords: [] },
    make: (skill, kept) => ({ kind: 'skill', ref: refOf(row), place: row.place, problems: kept, skill }),
  });
}

export function readRow(kind: LinkedInFileKind, row: LinkedInRow, now: string): DraftEntry {
  switch (kind) {
    case 'positions':
      return readPosition(row);
    case 'certifications':
      return readCertification(row);
    case 'projects':
      return readProject(row);
    case 'skills':
      return readSkill(row);
    case 'education':
      return readEducation(row, now);
  }
}
