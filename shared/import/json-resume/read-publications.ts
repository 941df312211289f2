import { newProject } from '../../domain/entries';
import type { Project } from '../../domain/profile';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { readResumeDate } from './dates';
import { FieldReader, isRecord, problem, readWebUrl, titleOrStandIn } from './entry-builder';
import { PublicationExtensionSchema, readExtension, skillRefs } from './extension';
import { projectDraft, type RoleInFile } from './read-projects';
import { notAnEntry } from './read-roles';

/**
 * One `publications[]` entry, as a project of kind `publication`: the published work is its evidence.
 * `publisher` is the organisation it was for, `releaseDate` both its start and its end (a publication
 * is out on one day), `summary` its outcome and `url` its evidence link.
 */
export function readPublication(item: unknown, index: number, roles: readonly RoleInFile[]): DraftEntry {
  const place = `publications[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('name');
  const { title, needs } = titleOrStandIn(written, fields, 'name', 'a name');
  const released = readResumeDate(fields.raw('releaseDate'));
  if (!released.ok) problems.push(problem(`${place}.releaseDate`, `The release date ${released.message}.`, true));
  else if (released.date === null) {
    problems.push(
      problem(`${place}.releaseDate`, 'It has no release date; add one to place it on the timeline.', true),
    );
  }
  const extension = readExtension(item, PublicationExtensionSchema, place, problems);
  const start = released.ok ? released.date : null;
  const roleRef =
    extension?.roleRef !== undefined &&
    extension.roleRef !== null &&
    roles.some((role) => role.ref === extension.roleRef)
      ? extension.roleRef
      : null;
  let evidence: Project['evidence'] = extension?.evidence ?? [];
  if (extension === null) {
    const url = readWebUrl(fields, 'url');
    if (url !== null) evidence = [{ kind: 'url', label: '', url }];
  }
  const value = newProject({
    id: draftId(place),
    title,
    kind: extension?.kind ?? 'publication',
    // A missing or unreadable release date is a blocking problem above, so this stand-in never reaches the profile.
    start: start ?? '',
    end: extension === null ? start : extension.end,
    roleId: roleRef === null ? null : draftId(roleRef),
    organization: extension?.organization ?? fields.text('publisher'),
    roles: extension?.roles ?? [],
    skills: skillRefs(extension?.skills ?? []),
    outcome: fields.text('summary'),
    highlights: extension?.highlights ?? [],
    evidence,
  });
  return projectDraft({ place, written, problems, value, roleRef, needs });
}
