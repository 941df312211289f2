import type { z } from 'zod';
import type { PartialDate } from '../../domain/dates';
import type { DraftEntry, EntryProblem } from '../draft';
import { finishEntry, problem, WebUrlSchema } from '../json-resume/entry-builder';
import type { DateReading } from '../json-resume/dates';
import { readLinkedInDate } from './dates';

/**
 * One CSV row by LinkedIn's column name (whatever order and case the file has them in), and where it
 * is: "Positions.csv, row 5", counted as a spreadsheet shows the file.
 */
export interface LinkedInRow {
  cells: Readonly<Record<string, string | undefined>>;
  place: string;
  problems: EntryProblem[];
}

/** A row that is not an entry by design (a course only looked at): counted in one note for the file. */
export interface LinkedInSkip {
  skipped: 'not-completed' | 'not-certified';
}

export const raw = (row: LinkedInRow, column: string) => row.cells[column] ?? '';
export const cell = (row: LinkedInRow, column: string) => raw(row, column).trim();
export const refOf = (row: LinkedInRow) => row.place;

export function required(row: LinkedInRow, column: string, what: string): string {
  const value = cell(row, column);
  if (value === '')
    row.problems.push(problem(`${row.place}, ${column}`, `It has no ${what}; add one to import it.`, true));
  return value;
}

/** What a draft entry says the person must type in the preview: see `titled`. */
export type Needs = Array<'title'> | undefined;

/**
 * The title a row gives in `column`. A row with no title but other values (a school and its years, a
 * company and its dates) is kept whole, with its place as a stand-in title the preview asks the person to
 * replace (`needs`), which is never imported; only a row with nothing else is refused.
 */
export function titled(row: LinkedInRow, column: string, what: string): { title: string; needs: Needs } {
  const title = cell(row, column);
  if (title !== '') return { title, needs: undefined };
  const holdsMore = Object.entries(row.cells).some(([name, text]) => name !== column && (text ?? '').trim() !== '');
  if (!holdsMore) return { title: required(row, column, what), needs: undefined };
  return { title: row.place, needs: ['title'] };
}

/** The `needs` of a draft entry, present only when something is needed. */
export const withNeeds = (needs: Needs) => (needs === undefined ? {} : { needs });

/** What every entry read from a row carries, whatever its kind. */
export interface RowCommon {
  ref: string;
  place: string;
  problems: EntryProblem[];
}

/**
 * A row's draft entry: `value` checked against the profile's `schema` (see finishEntry), titled for
 * the preview by `title` or else its place, and made into its kind by `make`.
 */
export function rowEntry<T>(
  row: LinkedInRow,
  title: string,
  schema: z.ZodType<T>,
  value: unknown,
  make: (checked: T, common: RowCommon) => DraftEntry,
): DraftEntry {
  const common = { ref: refOf(row), place: row.place };
  return finishEntry({
    ...common,
    title: title || row.place,
    problems: row.problems,
    schema,
    value,
    make: (checked, problems) => make(checked, { ...common, problems }),
  });
}

/** A date the entry cannot stand without, or whose misreading would change its meaning: blocking. */
export function strictDate(
  row: LinkedInRow,
  column: string,
  missing: string | null,
  read: (text: string | undefined) => DateReading = readLinkedInDate,
): PartialDate | null {
  const reading = read(row.cells[column]);
  if (!reading.ok) {
    row.problems.push(problem(`${row.place}, ${column}`, `${column}: ${reading.message}.`, true));
    return null;
  }
  if (reading.date === null && missing !== null) row.problems.push(problem(`${row.place}, ${column}`, missing, true));
  return reading.date;
}

/** A date that may be unknown: a bad one is left empty and said so. */
export function looseDate(row: LinkedInRow, column: string): PartialDate | null {
  const reading = readLinkedInDate(row.cells[column]);
  if (reading.ok) return reading.date;
  row.problems.push(problem(`${row.place}, ${column}`, `${reading.message}, so it was left empty.`, false));
  return null;
}

export function webUrl(row: LinkedInRow, column: string): string | null {
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

/** Texts that belong together in one description, blank-line apart, the empty ones left out. */
export const paragraphs = (...texts: string[]) => texts.filter((text) => text.trim() !== '').join('\n\n');
