const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * A size as every refusal tells it, so a limit reads the same wherever it is named: megabytes to
 * one decimal, a whole number without its ".0" ("2 MB", "50.5 MB").
 */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / BYTES_PER_MEGABYTE) * 10) / 10} MB`;
}
