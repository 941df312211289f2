import type { PartialDate } from '../../../shared/domain/dates';

/** The user's locale as the OS reports it through Chromium; every date and number on screen uses it. */
export const userLocale: string = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';

const monthYear = new Intl.DateTimeFormat(userLocale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(userLocale, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const yearOnly = new Intl.DateTimeFormat(userLocale, { year: 'numeric', timeZone: 'UTC' });
const numbers = new Intl.NumberFormat(userLocale);

function toUtc(date: PartialDate): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

const formatted = new Map<string, string>();

/**
 * "Mar 2021" (or the locale's form); a day is shown only when the date has one. Remembered per
 * date: the timeline labels thousands of items with a few hundred distinct months on every edit.
 */
export function formatPartialDate(date: PartialDate): string {
  let text = formatted.get(date);
  if (text === undefined) {
    text = (date.length > 7 ? dayMonthYear : date.length > 4 ? monthYear : yearOnly).format(toUtc(date));
    formatted.set(date, text);
  }
  return text;
}

const dayMonthYearLong = new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium' });

/** A moment (an ISO timestamp) as the day the user reads it in their own time zone. */
export function formatDay(iso: string): string {
  return dayMonthYearLong.format(new Date(iso));
}

/** A month index (months since year 0) as the locale writes a month and year. */
export function formatMonthIndex(monthIndex: number): string {
  return monthYear.format(new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1)));
}

export function formatYear(monthIndex: number): string {
  return yearOnly.format(new Date(Date.UTC(Math.floor(monthIndex / 12), 0, 1)));
}

export function formatNumber(value: number): string {
  return numbers.format(value);
}
