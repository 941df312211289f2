import { z } from 'zod';

/**
 * Resumes and exports carry months; a day is kept when the source has one, and a bare year stays a
 * bare year (a LinkedIn "2019" is not "January 2019": the app never invents the month).
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Compares two partial dates at the precision both have ("2020" is neither before nor after
 * "2020-05"): negative, zero or positive.
 */
export function comparePartial(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}
