import type { PartialDate } from '../../domain/dates';
import { newCertificate } from '../../domain/entries';
import { CertificateSchema, type Certificate, type WorkKind } from '../../domain/profile';
import { draftId, type DraftEntry, type EntryProblem } from '../draft';
import { comparePartial, readResumeDate, startAfterIssue } from './dates';
import { FieldReader, finishEntry, isRecord, problem, readWebUrl, titleOrStandIn } from './entry-builder';
import {
  CertificateExtensionSchema,
  readExtension,
  skillRefs,
  type AppliedInExtension,
  type CertificateExtension,
} from './extension';
import { notAnEntry } from './read-roles';

/** The roles and projects of the same file a certificate may name, by ref. */
export type LinkTargets = ReadonlyMap<string, WorkKind>;

interface LearningFacts {
  place: string;
  title: string;
  provider: string;
  learning: Certificate['learning'];
  status: Certificate['status'];
  started: PartialDate | null;
  issued: PartialDate | null;
  credentialUrl: string | null;
  providerUrl: string | null;
  courses: string[];
  score: string;
  extension: CertificateExtension | null;
  problems: EntryProblem[];
  /** Set when the file gives no title and `title` is a stand-in the person replaces in the preview. */
  needs: ['title'] | undefined;
}

/**
 * Links the file states to roles and projects of the same file (certificates and awards alike), kept
 * only when they name a role or project that was itself read.
 */
export function keptLinks(
  stated: readonly AppliedInExtension[],
  targets: LinkTargets,
  place: string,
  problems: EntryProblem[],
): AppliedInExtension[] {
  const kept = stated.filter((link) => targets.get(link.ref) === link.kind);
  for (const link of stated) {
    if (!kept.includes(link)) {
      problems.push(problem(place, `Its link to ${link.ref} was dropped: that entry was not imported.`, false));
    }
  }
  return kept;
}

function finishLearning(facts: LearningFacts, targets: LinkTargets): DraftEntry {
  const links = keptLinks(facts.extension?.appliedIn ?? [], targets, facts.place, facts.problems);
  const extension = facts.extension;
  const reversed = startAfterIssue(facts.started, facts.issued);
  if (reversed !== null) facts.problems.push(problem(facts.place, reversed, false));
  // credential stays the factory's null: a file's claim that a badge was verified is not a check;
  // badges are checked when imported as badges.
  const value = newCertificate({
    id: draftId(facts.place),
    title: facts.title,
    learning: facts.learning,
    provider: facts.provider,
    status: facts.status,
    started: reversed === null ? facts.started : null,
    issued: facts.issued,
    expires: extension?.expires ?? null,
    credentialId: extension?.credentialId ?? '',
    credentialUrl: facts.credentialUrl,
    providerUrl: facts.providerUrl,
    skills: skillRefs(extension?.skills ?? []),
    hours: extension?.hours ?? null,
    courses: facts.courses,
    score: facts.score,
    description: extension?.description ?? '',
    kindOverride: extension?.kindOverride ?? null,
    appliedIn: links.map((link) => ({ kind: link.kind, id: draftId(link.ref), note: link.note })),
  });
  return finishEntry({
    ref: facts.place,
    place: facts.place,
    title: facts.title.trim() || facts.place,
    problems: facts.problems,
    schema: CertificateSchema,
    value,
    make: (certificate, kept) => ({
      kind: 'certificate',
      ref: facts.place,
      place: facts.place,
      problems: kept,
      certificate,
      links: links.map((link) => ({ ref: link.ref, note: link.note })),
      ...(facts.needs && { needs: facts.needs }),
    }),
  });
}

/** An optional date: a bad one is left empty and said so, since an unknown date is not a wrong one. */
export function optionalDate(fields: FieldReader, key: string, what: string): PartialDate | null {
  const reading = readResumeDate(fields.raw(key));
  if (reading.ok) return reading.date;
  fields.problems.push(
    problem(`${fields.place}.${key}`, `The ${what} ${reading.message}, so it was left empty.`, false),
  );
  return null;
}

/**
 * One `certificates[]` entry. The schema describes the section as certificates "you have received",
 * so without a Throughline export's own status a certificate is earned.
 */
export function readCertificate(item: unknown, index: number, targets: LinkTargets): DraftEntry {
  const place = `certificates[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const { title, needs } = titleOrStandIn(fields.text('name'), fields, 'name', 'a name');
  const extension = readExtension(item, CertificateExtensionSchema, place, problems);
  return finishLearning(
    {
      place,
      title,
      needs,
      provider: fields.text('issuer'),
      learning: 'certificate',
      status: extension?.status ?? { state: 'earned' },
      started: extension?.started ?? null,
      issued: optionalDate(fields, 'date', 'date'),
      credentialUrl: readWebUrl(fields, 'url'),
      // JSON Resume's certificates have no provider URL, courses or score: only a Throughline export carries them.
      providerUrl: extension?.providerUrl ?? null,
      courses: extension?.courses ?? [],
      score: extension?.score ?? '',
      extension,
      problems,
    },
    targets,
  );
}

/** A list of lines as written, each trimmed; blank ones name nothing. */
export const lines = (fields: FieldReader, key: string) =>
  fields
    .texts(key)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** "Bachelor of Science" and "Computer Science" as one title, each part as written. */
const educationTitle = (studyType: string, area: string) =>
  [studyType.trim(), area.trim()].filter((part) => part !== '').join(', ');

/**
 * One `education[]` entry, as learning of kind `education`. Earned when its end date is past. A
 * course still under way has no stated progress, and a percentage would be made up, so it is
 * imported as `planned` (which the lens reads as intent, as it does in-progress learning) with its
 * expected end as the date, and the entry says so.
 */
export function readEducation(item: unknown, index: number, targets: LinkTargets, now: string): DraftEntry {
  const place = `education[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const extension = readExtension(item, CertificateExtensionSchema, place, problems);
  const { title, needs } = titleOrStandIn(
    extension?.title ?? educationTitle(fields.text('studyType'), fields.text('area')),
    fields,
    'studyType',
    'a study type or area',
  );
  const issued = optionalDate(fields, 'endDate', 'end date');
  let status: Certificate['status'];
  if (extension !== null) status = extension.status;
  else if (issued !== null && comparePartial(issued, now) < 0) status = { state: 'earned' };
  else {
    status = { state: 'planned' };
    const when = issued === null ? 'it has no end date' : `it ends ${issued}`;
    problems.push(
      problem(place, `Still under way (${when}): imported as planned, since how far along it is is not stated.`, false),
    );
  }
  return finishLearning(
    {
      place,
      title,
      needs,
      provider: fields.text('institution'),
      learning: 'education',
      status,
      started: optionalDate(fields, 'startDate', 'start date'),
      issued,
      credentialUrl: extension?.credentialUrl ?? null,
      // The school's own website, not a credential's page.
      providerUrl: readWebUrl(fields, 'url'),
      courses: lines(fields, 'courses'),
      score: fields.text('score'),
      extension,
      problems,
    },
    targets,
  );
}
