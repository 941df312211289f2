import type { PartialDate } from '../domain/dates';

/** Months since year 0, so dates compare and subtract as numbers. */
export function monthIndex(date: PartialDate): number {
  // Read digit by digit: this runs for every date of every entity on every analysis.
  const digit = (at: number) => date.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = date.length >= 7 ? digit(5) * 10 + digit(6) : 1;
  return year * 12 + (month - 1);
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "May 2024": the way a CV writes it. */
export function readableMonth(date: PartialDate): string {
  const index = monthIndex(date);
  return `${MONTH_NAMES[index % 12] ?? ''} ${Math.floor(index / 12)}`;
}
