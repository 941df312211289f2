import { CertificateSchema, type Certificate } from '../../domain/profile';
import { newCertificate } from '../../domain/entries';
import { count } from '../../domain/text';
import { draftId, type DraftEntry } from '../draft';
import { comparePartial, startAfterIssue } from '../json-resume/dates';
import { problem } from '../json-resume/entry-builder';
import { readLinkedInMoment } from './dates';
import {
  cell,
  looseDate,
  paragraphs,
  raw,
  refOf,
  rowEntry,
  strictDate,
  titled,
  webUrl,
  withNeeds,
  type LinkedInRow,
  type LinkedInSkip,
  type Needs,
} from './row-cells';

/** The provider of everything in Learning.csv, which the file never names because it is LinkedIn's own. */
export const LINKEDIN_LEARNING = 'LinkedIn Learning';

function certificateEntry(row: LinkedInRow, title: string, facts: Partial<Certificate>, needs: Needs): DraftEntry {
  const value = newCertificate({ id: draftId(refOf(row)), title, ...facts });
  return rowEntry(row, title, CertificateSchema, value, (certificate, common) => ({
    kind: 'certificate',
    ...common,
    certificate,
    links: [],
    ...withNeeds(needs),
  }));
}

/**
 * LinkedIn's "Licenses & certifications": held, so earned. Started On is the issue date and Finished
 * On the expiry; either may be empty (unknown, or no expiry), which is not a problem.
 */
export function readCertification(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Name', 'name');
  return certificateEntry(
    row,
    title,
    {
      provider: cell(row, 'Authority'),
      issued: looseDate(row, 'Started On'),
      expires: looseDate(row, 'Finished On'),
      credentialId: cell(row, 'License Number'),
      credentialUrl: webUrl(row, 'Url'),
    },
    needs,
  );
}

/**
 * A school entry as learning of kind `education`, titled by its degree. Earned once its end date is
 * past; otherwise planned, as progress is not stated (see the JSON Resume reader, which does the same).
 * A school with no degree (a MOOC platform such as Coursera, a folk high school) is kept with all it
 * says, and the preview asks for the title the row lacks instead of dropping the row or making one up.
 */
export function readEducation(row: LinkedInRow, now: string): DraftEntry {
  const { title, needs } = titled(row, 'Degree Name', 'degree name');
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
  return certificateEntry(
    row,
    title,
    {
      learning: 'education',
      provider: cell(row, 'School Name'),
      status: earned ? { state: 'earned' } : { state: 'planned' },
      started,
      issued,
      description: paragraphs(raw(row, 'Notes'), raw(row, 'Activities')),
    },
    needs,
  );
}

/**
 * LinkedIn's "Courses": learning the person names as taken, so earned, with no date (the file has
 * none). They are certificates rather than courses of an education entry because the export does not
 * say which school or position a course was "associated with": attaching them to one would be a guess.
 * The course number is the identifier the course has at its provider, which is what a certificate's
 * credential ID holds.
 */
export function readCourse(row: LinkedInRow): DraftEntry {
  const { title, needs } = titled(row, 'Name', 'name');
  return certificateEntry(row, title, { credentialId: cell(row, 'Number') }, needs);
}

/** What LinkedIn writes in Learning.csv for "nothing": the columns are filled with N/A. */
const learningCell = (row: LinkedInRow, column: string) => {
  const value = raw(row, column);
  return /^\s*n\/a\s*$/i.test(value) ? '' : value;
};

/** The kinds of LinkedIn Learning content that earn a certificate of completion. */
const CERTIFIED_CONTENT = new Set(['course', 'learning path']);

/** Why rows of Learning.csv are not entries, each in a sentence with how many. */
export const LEARNING_SKIPS = {
  'not-completed': (amount: number) =>
    `${count(amount, 'item was', 'items were')} viewed or saved but never completed: not learning done, so not imported.`,
  'not-certified': (amount: number) =>
    amount === 1
      ? '1 item was completed but is a video, an article or other content, not a course or learning path: LinkedIn issues no certificate for it and the export gives no time spent to log, so it was not imported.'
      : `${amount} items were completed but are videos, articles or other content, not courses or learning paths: LinkedIn issues no certificate for them and the export gives no time spent to log, so they were not imported.`,
} as const;

/**
 * A completed LinkedIn Learning course or learning path, as an earned certificate from LinkedIn
 * Learning dated the day it was completed: LinkedIn issues a certificate of completion for exactly
 * these. It is not a session of the learning log because a session is a sitting of so many minutes, and
 * the export never says how long a course took: a duration would be made up. Rows only viewed or saved
 * are not learning done, and are counted in a note rather than imported.
 */
export function readLearning(row: LinkedInRow): DraftEntry | LinkedInSkip {
  const completed = strictDate(row, 'Content Completed At (if completed)', null, readLinkedInMoment);
  const unreadableDate = row.problems.some((found) => found.blocking);
  if (completed === null && !unreadableDate) return { skipped: 'not-completed' };
  const type = cell(row, 'Content Type').toLowerCase();
  if (type !== '' && !CERTIFIED_CONTENT.has(type)) return { skipped: 'not-certified' };
  const { title, needs } = titled(row, 'Content Title', 'title');
  return certificateEntry(
    row,
    title,
    {
      provider: LINKEDIN_LEARNING,
      issued: completed,
      description: paragraphs(
        learningCell(row, 'Content Description'),
        learningCell(row, 'Notes taken on videos (if taken)'),
      ),
    },
    needs,
  );
}
