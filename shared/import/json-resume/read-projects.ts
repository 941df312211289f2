import type { PartialDate } from '../../domain/dates';
import { newProject } from '../../domain/entries';
import { ProjectSchema, type Project } from '../../domain/profile';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { comparePartial, readResumeDate } from './dates';
import { FieldReader, finishEntry, isRecord, problem, readWebUrl, titleOrStandIn } from './entry-builder';
import { EXTENSION_KEY, ProjectExtensionSchema, readExtension, skillRefs, withoutShowsLine } from './extension';
import { notAnEntry } from './read-roles';

/** A role of the same file a project may belong to. */
export interface RoleInFile {
  ref: string;
  organization: string;
  start: PartialDate;
  end: PartialDate | null;
}

const PROJECT_KINDS: readonly string[] = ProjectSchema.shape.kind.options;
const isProjectKind = (value: string): value is Project['kind'] => PROJECT_KINDS.includes(value);

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

const during = (role: RoleInFile, date: PartialDate) =>
  comparePartial(role.start, date) <= 0 && (role.end === null || comparePartial(date, role.end) <= 0);

/**
 * The role whose organisation the project's `entity` names. With several roles there (a promotion),
 * the one the project started during; when that still leaves a choice, none — the preview asks.
 */
function roleOfEntity(entity: string, start: PartialDate | null, roles: readonly RoleInFile[]): RoleInFile[] {
  const named = roles.filter((role) => role.organization.trim() !== '' && sameName(role.organization, entity));
  if (named.length <= 1 || start === null) return named;
  return named.filter((role) => during(role, start));
}

/**
 * One `projects[]` entry. JSON Resume's `type` is free text ("application", "talk"); it becomes the
 * project kind only when it is one of ours. Otherwise a project of a role in the file is `work`, and
 * any other is `personal` — the documented default, said so on the entry so the person can change it.
 */
export function readProject(item: unknown, index: number, roles: readonly RoleInFile[]): DraftEntry {
  const place = `projects[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('name');
  const { title, needs } = titleOrStandIn(written, fields, 'name', 'a name');
  const start = readResumeDate(fields.raw('startDate'));
  if (!start.ok) problems.push(problem(`${place}.startDate`, `The start date ${start.message}.`, true));
  else if (start.date === null) {
    problems.push(problem(`${place}.startDate`, 'It has no start date; add one to place it on the timeline.', true));
  }
  const end = readResumeDate(fields.raw('endDate'));
  if (!end.ok) problems.push(problem(`${place}.endDate`, `The end date ${end.message}.`, true));
  const extension = readExtension(item, ProjectExtensionSchema, place, problems);

  let roleRef: string | null = null;
  // Who it was for or with, when that is not a role of the file (a client, a capstone, a community).
  let organization = '';
  const entity = fields.text('entity');
  if (extension !== null) {
    roleRef =
      extension.roleRef !== null && roles.some((role) => role.ref === extension.roleRef) ? extension.roleRef : null;
    if (extension.roleRef !== null && roleRef === null) {
      problems.push(
        problem(place, `The role it belonged to (${extension.roleRef}) was not imported, so it stands alone.`, false),
      );
    }
    organization = extension.organization ?? (roleRef === null ? entity : '');
  } else if (entity.trim() !== '') {
    const matches = roleOfEntity(entity, start.ok ? start.date : null, roles);
    if (matches.length === 1 && matches[0] !== undefined) roleRef = matches[0].ref;
    else {
      organization = entity;
      if (matches.length > 1) {
        problems.push(
          problem(
            `${place}.entity`,
            `Several roles at "${entity}" could hold it, so it is kept as its organisation; link it to one of them if you like.`,
            false,
          ),
        );
      }
    }
  }

  const type = fields.text('type').trim();
  let kind: Project['kind'];
  if (extension !== null) kind = extension.kind;
  else if (isProjectKind(type)) kind = type;
  else {
    kind = roleRef !== null ? 'work' : 'personal';
    const stated = type === '' ? 'It does not say what kind of project it is' : `"${type}" is not a project kind here`;
    problems.push(
      problem(`${place}.type`, `${stated}, so it was imported as ${kind}; change it if that is wrong.`, false),
    );
  }

  let evidence: Project['evidence'] = extension?.evidence ?? [];
  if (extension === null) {
    const url = readWebUrl(fields, 'url');
    // JSON Resume gives the link no name; an empty label is shown as the address itself.
    if (url !== null) evidence = [{ kind: 'url', label: '', url }];
  }
  const files = evidence.flatMap((link) => (link.kind === 'file' ? [link.path] : []));
  if (files.length > 0) {
    // A path someone else's file names may be anything on this computer; opening it is the person's call.
    problems.push(
      problem(
        `${place}.${EXTENSION_KEY}.evidence`,
        `It refers to files on a computer (${files.slice(0, 3).join(', ')}); check they are yours before opening them.`,
        false,
      ),
    );
  }

  const value = newProject({
    id: draftId(place),
    title,
    kind,
    // A missing or unreadable start is a blocking problem above, so this stand-in never reaches the profile.
    start: (start.ok ? start.date : null) ?? '',
    end: end.ok ? end.date : null,
    roleId: roleRef === null ? null : draftId(roleRef),
    organization,
    roles: fields
      .texts('roles')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
    skills: skillRefs(fields.texts('keywords')),
    outcome: fields.text('description'),
    highlights: withoutShowsLine(fields.texts('highlights'), extension?.shows),
    evidence,
  });
  return projectDraft({ place, written, problems, value, roleRef, needs });
}

/** A project entry (a project or a publication) checked against the schema, with what it lacks. */
export function projectDraft(read: {
  place: string;
  written: string;
  problems: EntryProblem[];
  /** Checked against the schema here: a missing start is reported, not assumed. */
  value: unknown;
  roleRef: string | null;
  needs: ['title'] | undefined;
}): DraftEntry {
  const { place, roleRef, needs } = read;
  return finishEntry({
    ref: place,
    place,
    title: read.written.trim() || place,
    problems: read.problems,
    schema: ProjectSchema,
    value: read.value,
    make: (project, kept) => ({
      kind: 'project',
      ref: place,
      place,
      problems: kept,
      project,
      roleRef,
      ...(needs && { needs }),
    }),
  });
}
