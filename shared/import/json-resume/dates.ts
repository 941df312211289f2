import { comparePartial, PartialDateSchema, type PartialDate } from '../../domain/dates';
import { localDay } from '../../plan/days';

export type DateReading = { ok: true; date: PartialDate | null } | { ok: false; message: string };

/** Some builders write a full timestamp; its date part is what the person meant, the time is noise. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A JSON Resume date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), as precise as written. Missing, null or
 * empty is `null` (for an end date: still going on, as the schema's own examples use it).
 */
export function readResumeDate(value: unknown): DateReading {
  if (value === undefined || value === null) return { ok: true, date: null };
  if (typeof value !== 'string') return { ok: false, message: 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)' };
  const text = value.trim();
  if (text === '') return { ok: true, date: null };
  const candidate = TIMESTAMP.exec(text)?.[1] ?? text;
  if (PartialDateSchema.safeParse(candidate).success) return { ok: true, date: candidate };
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` };
}

export { comparePartial } from '../../domain/dates';

/**
 * A start that comes after the issue date is a slip in the file (the profile refuses it): the start is
 * left empty and the returned sentence says so; null when the two agree or either is unknown.
 */
export function startAfterIssue(started: PartialDate | null, issued: PartialDate | null): string | null {
  if (started === null || issued === null || comparePartial(started, issued) <= 0) return null;
  return `It starts (${started}) after it ends (${issued}), so the start was left empty.`;
}

/**
 * Today as `YYYY-MM-DD`, for callers that do not pass their own clock: the person's own day, as
 * the plan reads it, not UTC's (which is already tomorrow, or still yesterday, for part of the day).
 */
export const today = (): string => localDay(new Date());
