import type { PartialDate } from '../../domain/dates';

export type LinkedInDateReading = { ok: true; date: PartialDate | null } | { ok: false; message: string };

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "Mar", "Mar." or "March" (LinkedIn writes the short form; people who edit the file may not). */
const MONTH_NUMBERS = new Map<string, number>([
  ...FULL_MONTHS.map((name, index) => [name, index + 1] as const),
  ...FULL_MONTHS.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['sept', 9],
]);

/**
 * A LinkedIn export date: `Mon YYYY` becomes `YYYY-MM`, and a bare year stays a bare year (LinkedIn
 * writes one when the person gave no month; the month is never made up). Empty is `null`.
 */
export function readLinkedInDate(text: string | undefined): LinkedInDateReading {
  const written = (text ?? '').trim();
  if (written === '') return { ok: true, date: null };
  if (/^\d{4}$/.test(written)) return { ok: true, date: written };
  const monthYear = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(written);
  const month = MONTH_NUMBERS.get(monthYear?.[1]?.toLowerCase().replace(/\.$/, '') ?? '');
  if (monthYear?.[2] !== undefined && month !== undefined) {
    return { ok: true, date: `${monthYear[2]}-${String(month).padStart(2, '0')}` };
  }
  return { ok: false, message: `"${written.slice(0, 40)}" is not a date LinkedIn writes (like "Mar 2021" or "2021")` };
}
