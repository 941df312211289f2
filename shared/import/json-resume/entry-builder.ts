import type { z } from 'zod';
import { CertificateSchema } from '../../domain/profile';
import type { DraftEntry, EntryProblem } from '../draft';
import { ImportFileError, WHOLE_FILE } from '../errors';
import { holdsValue, isRecord } from '../plain-data';

export { holdsValue, isRecord };

/** The draft contract caps problems per entry; a file that trips more than this is shown the first ones. */
const MAX_ENTRY_PROBLEMS = 100;

export const problem = (place: string, message: string, blocking: boolean): EntryProblem => ({
  place,
  message,
  blocking,
});

/** What a reader knows about one entry once it has looked at every field. */
export interface EntryParts<T> {
  ref: string;
  place: string;
  /** What the preview calls the entry when it cannot be imported (the title as written, or the place). */
  title: string;
  problems: EntryProblem[];
  schema: z.ZodType<T>;
  value: unknown;
  make: (value: T, problems: EntryProblem[]) => DraftEntry;
}

function capped(problems: EntryProblem[]): EntryProblem[] {
  return problems.slice(0, MAX_ENTRY_PROBLEMS);
}

/**
 * Turns what a reader collected into a draft entry. A blocking problem, or a value the profile schema
 * refuses (a 301-character title, a 101st highlight), makes the entry `unreadable`: it is listed with
 * its problems and skipped, and the rest of the file imports. The schema check is the last word, so a
 * draft entry always holds a value the profile accepts.
 */
export function finishEntry<T>(parts: EntryParts<T>): DraftEntry {
  const unreadable = (problems: EntryProblem[]): DraftEntry => ({
    kind: 'unreadable',
    ref: parts.ref,
    place: parts.place,
    title: parts.title.slice(0, 300),
    problems: capped(problems),
  });
  if (parts.problems.some((found) => found.blocking)) return unreadable(parts.problems);
  const parsed = parts.schema.safeParse(parts.value);
  if (!parsed.success) {
    const refused = parsed.error.issues.map((issue) =>
      problem(
        issue.path.length === 0 ? parts.place : `${parts.place}.${issue.path.map(String).join('.')}`,
        issue.message,
        true,
      ),
    );
    return unreadable([...parts.problems, ...refused]);
  }
  return parts.make(parsed.data, capped(parts.problems));
}

/**
 * Reads loosely typed fields of one entry. A field of the wrong type is left out and said so (never
 * coerced: `5` is not the text "5" the person wrote); null and a missing field are simply empty.
 */
export class FieldReader {
  constructor(
    private readonly record: Readonly<Record<string, unknown>>,
    readonly place: string,
    readonly problems: EntryProblem[],
  ) {}

  has(key: string): boolean {
    return this.record[key] !== undefined && this.record[key] !== null;
  }

  /** Whether any field holds a value (not null, not empty text, not an empty list or object). */
  holdsAnything(): boolean {
    return holdsValue(this.record);
  }

  raw(key: string): unknown {
    return this.record[key];
  }

  text(key: string): string {
    const value = this.record[key];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    this.problems.push(problem(`${this.place}.${key}`, `${key} is not text, so it was left out`, false));
    return '';
  }

  /** A list of texts, as written; items that are not text are left out and said so. */
  texts(key: string): string[] {
    const value = this.record[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.push(problem(`${this.place}.${key}`, `${key} is not a list, so it was left out`, false));
      return [];
    }
    const kept: string[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item === 'string') kept.push(item);
      else
        this.problems.push(problem(`${this.place}.${key}[${index}]`, 'This is not text, so it was left out.', false));
    });
    return kept;
  }
}

/** The profile's own rule for a web address (http or https), so a kept URL is one the profile accepts. */
export const WebUrlSchema = CertificateSchema.shape.credentialUrl.unwrap();

/** A web address as written, or null and a note when it is not one (a file path, "n/a"). */
export function readWebUrl(fields: FieldReader, key: string): string | null {
  const written = fields.text(key).trim();
  if (written === '') return null;
  const url = WebUrlSchema.safeParse(written);
  if (url.success) return url.data;
  fields.problems.push(
    problem(
      `${fields.place}.${key}`,
      `"${written.slice(0, 80)}" is not a web address (http or https), so it was left out.`,
      false,
    ),
  );
  return null;
}

/**
 * An entry whose file gives it no title but other values: it is kept, with the place as a stand-in the
 * person replaces in the preview (see the draft's `needs`), rather than dropped or given a made-up name.
 * An entry with nothing in it at all has nothing to keep, and is flagged as such.
 */
export function titleOrStandIn(
  title: string,
  fields: FieldReader,
  key: string,
  what: string,
): { title: string; needs: ['title'] | undefined } {
  if (title.trim() !== '') return { title, needs: undefined };
  if (fields.holdsAnything()) return { title: fields.place, needs: ['title'] };
  fields.problems.push(problem(`${fields.place}.${key}`, `It has nothing in it, not even ${what}.`, true));
  return { title, needs: undefined };
}

/** The draft contract's cap on entries: a file with more is not one person's career, and the preview could not show it. */
export const MAX_DRAFT_ENTRIES = 20_000;

export function checkEntryCount(count: number, fileName: string): void {
  if (count > MAX_DRAFT_ENTRIES) {
    throw new ImportFileError(
      fileName,
      WHOLE_FILE,
      `The file holds ${count} entries, more than the ${MAX_DRAFT_ENTRIES} an import can show: it is not one person's resume.`,
    );
  }
}

/** A file's name as the user knows it, or a path's last part ("Basic_LinkedInDataExport/Positions.csv"). */
export const baseName = (path: string) => path.split(/[\\/]/).pop() || path;
