import type { PartialDate } from '../domain/dates';
import type { Day } from '../domain/refs';

/**
 * Plan dates are calendar days in the person's own time zone. Everything here counts days as
 * integers (days since 1970-01-01 on the proleptic Gregorian calendar) and never goes through a
 * Date: a Date is an instant, and reading one back in UTC or across a DST change can move the day.
 */

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (no 31 April, no 29 February 2027). */
export function isDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseDay(day: Day): DayParts {
  if (!isDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): “${day}”`);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

export function formatDay({ year, month, day }: DayParts): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `[year, month, day]`, the form calendar libraries take for an all-day date. */
export function dayTriple(day: Day): [number, number, number] {
  const parts = parseDay(day);
  return [parts.year, parts.month, parts.day];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic, no time zone.
function toDayNumber({ year, month, day }: DayParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(number: number): DayParts {
  const z = number + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(day: Day, days: number): Day {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only, not ${days}`);
  return formatDay(fromDayNumber(toDayNumber(parseDay(day)) + days));
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: Day, to: Day): number {
  return toDayNumber(parseDay(to)) - toDayNumber(parseDay(from));
}

/** 0 Monday … 6 Sunday (ISO 8601). */
export function isoWeekday(day: Day): number {
  // 1970-01-01 was a Thursday (3 counting from Monday).
  return (((toDayNumber(parseDay(day)) + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week `day` falls in. */
export function weekStart(day: Day): Day {
  return addDays(day, -isoWeekday(day));
}

/** The days from `from` to `to`, both included (none when `to` is earlier). */
export function daysFrom(from: Day, to: Day): Day[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

/**
 * The last day a partial date covers: "2027-03" is all of March, so a certificate expiring then is
 * still valid on the 31st; a bare year runs to 31 December. A full day is itself.
 */
export function lastDayOf(date: PartialDate): Day {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return formatDay({ year, month: 12, day: 31 });
  const month = Number(date.slice(5, 7));
  if (date.length === 7) return formatDay({ year, month, day: daysInMonth(year, month) });
  return formatDay(parseDay(date));
}

/**
 * The last day a target date covers: a target of "2027-09" still counts on 30 September. A full
 * day is taken as written, even one the calendar lacks (which lastDayOf refuses): the schema lets
 * a person type it, and the plan and its chart must agree on it.
 */
export function targetLastDay(date: PartialDate): Day {
  return date.length > 7 ? date : lastDayOf(date);
}

/**
 * The day it is where the person is: read from a Date with the local getters, the only place a
 * Date becomes a day. Callers pass the clock in, so everything downstream stays pure.
 */
export function localDay(now: Date): Day {
  return formatDay({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
