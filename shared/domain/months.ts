import type { PartialDate } from './dates';

function digitAt(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

/** Months since year 0, so dates compare and subtract as numbers. */
export function monthIndex(date: PartialDate): number {
  // Read digit by digit, with no closure: this runs for every date of every entity on every analysis.
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = date.length >= 7 ? digitAt(date, 5) * 10 + digitAt(date, 6) : 1;
  return year * 12 + (month - 1);
}

/**
 * The last month a period's end date covers: a bare year ends in its December, so "2015–2017" does
 * not open a gap in 2017 that the person never had.
 */
export function endMonthIndex(date: PartialDate): number {
  return date.length === 4 ? monthIndex(date) + 11 : monthIndex(date);
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** English month names, as the plan's calendar and reminders write them; the one list every form comes from. */
export const FULL_MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English month abbreviations, as CVs and the reports write them ("Sep", not "Sept"). */
export const MONTH_NAMES = FULL_MONTH_NAMES.map((name) => name.slice(0, 3));

/** "18 Apr 2023", "Apr 2023" or "2023": a date at the precision it was given. */
export function readableDate(date: PartialDate): string {
  return date.length > 7 ? `${String(Number(date.slice(8, 10)))} ${readableMonth(date)}` : readableMonth(date);
}

/** "May 2024" (or "2024" for a bare year): the way a CV writes it. */
export function readableMonth(date: PartialDate): string {
  if (date.length === 4) return date;
  const index = monthIndex(date);
  return `${MONTH_NAMES[index % 12] ?? ''} ${Math.floor(index / 12)}`;
}
