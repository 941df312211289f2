import { AwardSchema, DeclaredSkillSchema, ProjectSchema, RoleSchema, type DeclaredSkill } from '../../domain/profile';
import { newAward, newProject, newRole } from '../../domain/entries';
import { draftId, type DraftEntry } from '../draft';
import { problem } from '../json-resume/entry-builder';
import type { LinkedInFileKind } from './files';
import { readCertification, readCourse, readEducation, readLearning } from './read-learning-rows';
import {
  cell,
  looseDate,
  raw,
  refOf,
  rowEntry,
  required,
  strictDate,
  titled,
  webUrl,
  withNeeds,
  type LinkedInRow,
  type LinkedInSkip,
  type Needs,
} from './row-cells';

export type { LinkedInRow, LinkedInSkip } from './row-cells';

const NO_START = 'It has no start date (Started On); add one to import it.';

function roleEntry(row: LinkedInRow, title: string, value: unknown, needs: Needs): DraftEntry {
  return rowEntry(row, title, RoleSchema, value, (role, common) => ({
    kind: 'role',
    ...common,
    role,
    ...withNeeds(needs),
  }));
}

/** LinkedIn's Positions do not tell a job from an internship or freelancing: a job, the commonest. */
function readPosition(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Title', 'title');
  const start = strictDate(row, 'Started On', NO_START);
  // An empty Finished On means LinkedIn shows the position as current.
  const end = strictDate(row, 'Finished On', null);
  const role = newRole({
    id: draftId(refOf(row)),
    title,
    start: start ?? '',
    end,
    organization: cell(row, 'Company Name'),
    location: cell(row, 'Location'),
    summary: raw(row, 'Description'),
  });
  return roleEntry(row, title, role, needs);
}

/** Volunteer experience: a role of kind volunteer; the cause it served ("Environment") is its field. */
function readVolunteering(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Role', 'role');
  const start = strictDate(row, 'Started On', NO_START);
  const end = strictDate(row, 'Finished On', null);
  const role = newRole({
    id: draftId(refOf(row)),
    title,
    kind: 'volunteer',
    start: start ?? '',
    end,
    organization: cell(row, 'Company Name'),
    field: cell(row, 'Cause'),
    summary: raw(row, 'Description'),
  });
  return roleEntry(row, title, role, needs);
}

function projectEntry(row: LinkedInRow, title: string, value: unknown, needs: Needs): DraftEntry {
  return rowEntry(row, title, ProjectSchema, value, (project, common) => ({
    kind: 'project',
    ...common,
    project,
    roleRef: null,
    ...withNeeds(needs),
  }));
}

const evidenceOf = (url: string | null) => (url === null ? [] : [{ kind: 'url' as const, label: '', url }]);

function readProject(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Title', 'title');
  const start = strictDate(row, 'Started On', NO_START);
  const end = strictDate(row, 'Finished On', null);
  const url = webUrl(row, 'Url');
  // LinkedIn does not say what kind of project it is; personal is the documented default, said so.
  row.problems.push(
    problem(row.place, 'LinkedIn does not say what kind of project this is, so it was imported as personal.', false),
  );
  const project = newProject({
    id: draftId(refOf(row)),
    title,
    start: start ?? '',
    end,
    outcome: raw(row, 'Description'),
    evidence: evidenceOf(url),
  });
  return projectEntry(row, title, project, needs);
}

/**
 * A publication: a project of kind publication, published (begun and ended) on its date, for its
 * publisher, with the published work's address as its evidence.
 */
function readPublication(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Name', 'title');
  const published = strictDate(row, 'Published On', 'It has no publication date (Published On); add one to import it.');
  const project = newProject({
    id: draftId(refOf(row)),
    title,
    kind: 'publication',
    start: published ?? '',
    end: published,
    organization: cell(row, 'Publisher'),
    outcome: raw(row, 'Description'),
    evidence: evidenceOf(webUrl(row, 'Url')),
  });
  return projectEntry(row, title, project, needs);
}

/** An honour or award: recognition someone gave. The export does not name who gave it. */
function readHonor(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Title', 'title');
  const award = newAward({
    id: draftId(refOf(row)),
    title,
    date: looseDate(row, 'Issued On'),
    summary: raw(row, 'Description'),
  });
  return rowEntry(row, title, AwardSchema, award, (value, common) => ({
    kind: 'award',
    ...common,
    award: value,
    links: [],
    ...withNeeds(needs),
  }));
}

function skillEntry(row: LinkedInRow, label: string, value: DeclaredSkill): DraftEntry {
  return rowEntry(row, label, DeclaredSkillSchema, value, (skill, common) => ({ kind: 'skill', ...common, skill }));
}

function readSkill(row: LinkedInRow): DraftEntry {
  const label = required(row, 'Name', 'name');
  return skillEntry(row, label, { kind: 'skill', skill: { label, conceptId: null }, level: '', keywords: [] });
}

/** A language the person speaks, with LinkedIn's proficiency ("Full professional proficiency") as its level. */
function readLanguage(row: LinkedInRow): DraftEntry {
  const label = required(row, 'Name', 'language');
  return skillEntry(row, label, {
    kind: 'language',
    skill: { label, conceptId: null },
    level: cell(row, 'Proficiency'),
    keywords: [],
  });
}

export function readRow(kind: LinkedInFileKind, row: LinkedInRow, now: string): DraftEntry | LinkedInSkip {
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
    case 'courses':
      return readCourse(row);
    case 'honors':
      return readHonor(row);
    case 'languages':
      return readLanguage(row);
    case 'volunteering':
      return readVolunteering(row);
    case 'publications':
      return readPublication(row);
    case 'learning':
      return readLearning(row);
  }
}
