import type { DraftEntry, EntryProblem, ImportDraft } from '../draft';
import { count } from '../../domain/text';
import { ImportFileError, WHOLE_FILE } from '../errors';
import { today } from '../json-resume/dates';
import { baseName, checkEntryCount, problem } from '../json-resume/entry-builder';
import { findHeader, readTable, type CsvTable, type HeaderFinding } from './csv-table';
import { EXPECTED_HEADERS, KNOWN_FILES, specNamed, type LinkedInFileSpec } from './files';
import { LEARNING_SKIPS } from './read-learning-rows';
import { readRow, type LinkedInRow, type LinkedInSkip } from './read-rows';

export interface LinkedInCsvFile {
  /** The file's name or its path inside the export. */
  name: string;
  text: string;
}

export interface LinkedInReadOptions {
  /** Today as `YYYY-MM-DD`: decides whether education has ended. Defaults to the clock. */
  now?: string;
}

interface FileReading {
  entries: DraftEntry[];
  problems: EntryProblem[];
}

const listed = (cells: readonly string[]) => {
  const shown = cells.slice(0, 8).map((text) => text.trim().slice(0, 40));
  return shown.join(', ') + (cells.length > 8 ? `, and ${cells.length - 8} more` : '');
};

/** Why a file is not one Throughline reads, in a sentence that starts after "<file> was not read: ". */
function whyNotRead(finding: Exclude<HeaderFinding, { found: true }>, path: string): string {
  if (finding.reason === 'too-wide') {
    return `its header has ${finding.columns} columns, far more than LinkedIn writes (under 20), so it is not a file LinkedIn exports.`;
  }
  const first = finding.firstRow.length === 0 ? 'it is empty' : `its first row is "${listed(finding.firstRow)}"`;
  const named = specNamed(path);
  if (named !== undefined) {
    return `${first}, not the header LinkedIn writes for ${named.name} (${named.columns.join(', ')}).`;
  }
  return `${first}, which is not the header row of a LinkedIn file Throughline reads.`;
}

/** What a file held that was not imported, each said once for the file: unknown columns, unread ones, skipped rows. */
function fileNotes(
  spec: LinkedInFileSpec,
  table: CsvTable,
  where: string,
  skipped: ReadonlyMap<LinkedInSkip['skipped'], number>,
): EntryProblem[] {
  const notes: string[] = [];
  const unknown = table.filledUnknownColumns;
  if (unknown.length > 0) {
    const columns = unknown.map((column) => `"${column.slice(0, 60)}"`).join(', ');
    notes.push(
      unknown.length === 1
        ? `${columns} is not a column LinkedIn writes in ${spec.name}, so it was not imported.`
        : `${columns} are not columns LinkedIn writes in ${spec.name}, so they were not imported.`,
    );
  }
  const unread = (spec.unread ?? []).filter((column) =>
    table.records.some((record) => (record.cells[column] ?? '').trim() !== ''),
  );
  if (unread.length > 0) notes.push(`${unread.join(' and ')} ${unread.length === 1 ? 'is' : 'are'} not imported.`);
  for (const [reason, count] of skipped) notes.push(LEARNING_SKIPS[reason](count));
  return notes.map((note) => problem(where, note, false));
}

function readFile(
  spec: LinkedInFileSpec,
  file: LinkedInCsvFile,
  header: HeaderFinding & { found: true },
  now: string,
): FileReading {
  const table = readTable(file.text, header);
  const where = baseName(file.name);
  const skipped = new Map<LinkedInSkip['skipped'], number>();
  const entries: DraftEntry[] = [];
  for (const record of table.records) {
    const row: LinkedInRow = { cells: record.cells, place: `${where}, row ${record.row}`, problems: [] };
    for (const complaint of record.complaints) {
      // A quote left open swallows the rest of the file into this row: nothing in it can be trusted.
      const blocking = complaint.type === 'Quotes';
      row.problems.push(problem(row.place, `The row is malformed (${complaint.message}).`, blocking));
    }
    if (record.extraCells > 0) {
      const cells = count(record.extraCells, 'cell');
      row.problems.push(problem(row.place, `It has ${cells} past the last column, not imported.`, false));
    }
    const read = readRow(spec.kind, row, now);
    if ('skipped' in read) skipped.set(read.skipped, (skipped.get(read.skipped) ?? 0) + 1);
    else entries.push(read);
  }
  return { entries, problems: fileNotes(spec, table, where, skipped) };
}

/**
 * Reads the CSV files of a LinkedIn data export into one import draft. Each file is recognised by its
 * header row (which may stand below LinkedIn's "Notes:" lines), never by its name, so a second download's
 * "Certifications (1).csv" or a renamed file reads as what it holds; unknown columns are named and left
 * out. Files with no header Throughline reads are named and ignored; a row with a bad value is flagged on
 * its own and the rest imports. A set with none of LinkedIn's files, or one such file, is refused.
 */
export function readLinkedInCsv(
  files: ReadonlyArray<LinkedInCsvFile>,
  fileName: string,
  options: LinkedInReadOptions = {},
): ImportDraft {
  const name = baseName(fileName);
  const now = options.now ?? today();
  const problems: EntryProblem[] = [];
  const entries: DraftEntry[] = [];
  const seen = new Map<string, string>();
  const ignored: string[] = [];
  const refusals: string[] = [];
  for (const file of files) {
    if (file.text.includes('\0')) {
      throw new ImportFileError(
        name,
        file.name,
        `${file.name} is saved as UTF-16, not UTF-8: export it again from LinkedIn.`,
      );
    }
    const header = findHeader(file.text);
    if (!header.found) {
      const why = `${baseName(file.name)} was not read: ${whyNotRead(header, file.name)}`;
      refusals.push(why);
      ignored.push(baseName(file.name));
      // A file named as one of LinkedIn's but holding something else deserves its own word.
      if (header.reason === 'too-wide' || specNamed(file.name) !== undefined)
        problems.push(problem(file.name, why, false));
      continue;
    }
    const spec = header.spec;
    const first = seen.get(spec.kind);
    if (first !== undefined) {
      problems.push(
        problem(
          file.name,
          `${file.name} holds ${spec.name} again (its header says so); only the first one, ${first}, was read.`,
          false,
        ),
      );
      continue;
    }
    seen.set(spec.kind, file.name);
    const reading = readFile(spec, file, header, now);
    checkEntryCount(entries.length + reading.entries.length, name);
    entries.push(...reading.entries);
    problems.push(...reading.problems);
  }
  if (seen.size === 0) {
    const why =
      files.length === 1 && refusals[0] !== undefined
        ? `${refusals[0]} `
        : 'None of the files is one Throughline reads. ';
    throw new ImportFileError(
      name,
      WHOLE_FILE,
      `${why}It reads these files of a LinkedIn data export, by their header row: ${EXPECTED_HEADERS}.`,
    );
  }
  if (ignored.length > 0) {
    const names = ignored.slice(0, 5).join(', ') + (ignored.length > 5 ? `, and ${ignored.length - 5} more` : '');
    problems.push(
      problem(
        WHOLE_FILE,
        `Not read: ${names}. Throughline reads LinkedIn's ${KNOWN_FILES}, recognised by their header row.`,
        false,
      ),
    );
  }
  return { format: 'linkedin', fileName: name, entries, problems: problems.slice(0, 1_000) };
}
