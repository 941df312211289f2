/** Checks on parsed JSON that every importer and the import plan share. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value holds anything a person wrote: not null, blank text, or lists and objects of those. */
export function holdsValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(holdsValue);
  if (isRecord(value)) return Object.values(value).some(holdsValue);
  return true;
}
