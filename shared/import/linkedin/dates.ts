import type { PartialDate } from '../../domain/dates';
import { FULL_MONTH_NAMES } from '../../domain/months';
import { formatDay, isDay } from '../../plan/days';
import type { DateReading } from '../json-resume/dates';

const FULL_MONTHS = FULL_MONTH_NAMES.map((name) => name.toLowerCase());

/** "Mar", "Mar." or "March" (LinkedIn writes the short form; people who edit the file may not). */
const MONTH_NUMBERS = new Map<string, number>([
  ...FULL_MONTHS.map((name, index) => [name, index + 1] as const),
  ...FULL_MONTHS.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['sept', 9],
]);

/** A day as `YYYY-MM-DD`, or null when the calendar has no such day (31 Feb). */
function realDay(year: string, month: number, day: number): PartialDate | null {
  const written = formatDay({ year: Number(year), month, day });
  return isDay(written) ? written : null;
}

const monthOf = (name: string | undefined) => MONTH_NUMBERS.get(name?.toLowerCase().replace(/\.$/, '') ?? '');

/**
 * A LinkedIn export date: `Mon YYYY` becomes `YYYY-MM`, and a bare year stays a bare year (LinkedIn
 * writes one when the person gave no month; the month is never made up). A day is kept when one is
 * written (`Sep 14, 2023`, as a publication's date may be, or `2023-09-14`). Empty is `null`.
 */
export function readLinkedInDate(text: string | undefined): DateReading {
  const written = (text ?? '').trim();
  if (written === '') return { ok: true, date: null };
  if (/^\d{4}$/.test(written)) return { ok: true, date: written };
  const monthYear = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(written);
  const month = monthOf(monthYear?.[1]);
  if (monthYear?.[2] !== undefined && month !== undefined) {
    return { ok: true, date: `${monthYear[2]}-${String(month).padStart(2, '0')}` };
  }
  const monthDayYear = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(written);
  const dayMonth = monthOf(monthDayYear?.[1]);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  const day =
    monthDayYear?.[3] !== undefined && dayMonth !== undefined
      ? realDay(monthDayYear[3], dayMonth, Number(monthDayYear[2]))
      : iso?.[1] !== undefined
        ? realDay(iso[1], Number(iso[2]), Number(iso[3]))
        : null;
  if (day !== null) return { ok: true, date: day };
  return { ok: false, message: `"${written.slice(0, 40)}" is not a date LinkedIn writes (like "Mar 2021" or "2021")` };
}

/**
 * A moment in LinkedIn Learning's history, `2024-02-03 19:42 UTC`, as the day LinkedIn wrote (in UTC,
 * as the file states it; the hour says nothing the log keeps). `N/A` and empty are `null`.
 */
export function readLinkedInMoment(text: string | undefined): DateReading {
  const written = (text ?? '').trim();
  if (written === '' || /^n\/a$/i.test(written)) return { ok: true, date: null };
  const moment = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*UTC|Z)?$/.exec(written);
  const day = moment?.[1] === undefined ? null : realDay(moment[1], Number(moment[2]), Number(moment[3]));
  if (day !== null) return { ok: true, date: day };
  return {
    ok: false,
    message: `"${written.slice(0, 40)}" is not a time LinkedIn writes (like "2024-02-03 19:42 UTC")`,
  };
}
