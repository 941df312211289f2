import { newRole } from '../../domain/entries';
import { RoleSchema } from '../../domain/profile';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { readResumeDate } from './dates';
import { FieldReader, finishEntry, isRecord, problem, readWebUrl, titleOrStandIn } from './entry-builder';
import { readExtension, RoleExtensionSchema, skillRefs, withoutShowsLine } from './extension';

export type RoleSection = 'work' | 'volunteer';

export const notAnEntry = (place: string): DraftEntry => ({
  kind: 'unreadable',
  ref: place,
  place,
  title: place,
  problems: [problem(place, 'This entry is not an object with fields, so nothing in it could be read.', true)],
});

/**
 * One `work[]` or `volunteer[]` entry as a role. Work is a job unless a Throughline export says
 * otherwise (JSON Resume has no internship or freelance marker); volunteering is volunteer work.
 * The organisation's `url` and, on work, its `description` ("Sales engagement platform") are kept apart
 * from what the person did there (`summary`). A role with no position asks for one in the preview.
 */
export function readRole(item: unknown, section: RoleSection, index: number): DraftEntry {
  const place = `${section}[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('position');
  const organization = fields.text(section === 'work' ? 'name' : 'organization');
  const { title, needs } = titleOrStandIn(written, fields, 'position', 'a position');
  const start = readResumeDate(fields.raw('startDate'));
  if (!start.ok) problems.push(problem(`${place}.startDate`, `The start date ${start.message}.`, true));
  else if (start.date === null) {
    problems.push(problem(`${place}.startDate`, 'It has no start date; add one to place it on the timeline.', true));
  }
  const end = readResumeDate(fields.raw('endDate'));
  if (!end.ok) {
    // Read as "no end", a bad end date would turn a past role into a current one.
    problems.push(problem(`${place}.endDate`, `The end date ${end.message}.`, true));
  }
  const extension = readExtension(item, RoleExtensionSchema, place, problems);
  const value = newRole({
    id: draftId(place),
    title,
    organization,
    location: fields.text('location'),
    summary: fields.text('summary'),
    url: readWebUrl(fields, 'url'),
    // Volunteering has no such field; one there is kept all the same, as the organisation's description.
    organizationDescription: fields.text('description'),
    kind: extension?.kind ?? (section === 'work' ? 'job' : 'volunteer'),
    // A missing or unreadable start is a blocking problem above, so this stand-in never reaches the profile.
    start: (start.ok ? start.date : null) ?? '',
    end: end.ok ? end.date : null,
    field: extension?.field ?? '',
    skills: skillRefs(extension?.skills ?? []),
    highlights: withoutShowsLine(fields.texts('highlights'), extension?.shows),
  });
  return finishEntry({
    ref: place,
    place,
    title: written.trim() || organization.trim() || place,
    problems,
    schema: RoleSchema,
    value,
    make: (role, kept) => ({ kind: 'role', ref: place, place, problems: kept, role, ...(needs && { needs }) }),
  });
}
