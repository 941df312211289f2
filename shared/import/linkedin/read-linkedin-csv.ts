import Papa from 'papaparse';
import type { DraftEntry, EntryProblem, ImportDraft } from '../draft';
import { ImportFileError, WHOLE_FILE } from '../errors';
import { today } from '../json-resume/dates';
import { baseName, checkEntryCount, problem } from '../json-resume/entry-builder';
import { LINKEDIN_FILES, linkedInFileSpec, type LinkedInFileSpec } from './files';
import { readRow, type LinkedInRow } from './read-rows';

export interface LinkedInCsvFile {
  /** The file's name or its path inside the export. */
  name: string;
  text: string;
}

export interface LinkedInReadOptions {
  /** Today as `YYYY-MM-DD`: decides whether education has ended. Defaults to the clock. */
  now?: string;
}

const KNOWN_NAMES = LINKEDIN_FILES.map((spec) => spec.name).join(', ');

interface FileReading {
  entries: DraftEntry[];
  problems: EntryProblem[];
}

/**
 * Papaparse's complaints about records, by index among the data rows. A quote left open swallows the
 * rest of the file, so it always belongs to the last record (papaparse numbers that one error from the
 * header, unlike the others).
 */
function rowComplaints(errors: readonly Papa.ParseError[], rows: number): Map<number, Papa.ParseError[]> {
  const byRow = new Map<number, Papa.ParseError[]>();
  for (const error of errors) {
    if (error.row === undefined) continue;
    const row = error.type === 'Quotes' ? rows - 1 : error.row;
    byRow.set(row, [...(byRow.get(row) ?? []), error]);
  }
  return byRow;
}

/** LinkedIn's files have under 20 columns; a header far wider is not one of them, and would cost a key per column on every row. */
export const MAX_CSV_COLUMNS = 200;

function tooWide(spec: LinkedInFileSpec, text: string): FileReading | null {
  const header = Papa.parse<string[]>(text, { preview: 1, delimiter: ',' }).data[0] ?? [];
  if (header.length <= MAX_CSV_COLUMNS) return null;
  const message = `${spec.name} was not read: its header has ${header.length} columns, far more than LinkedIn writes (under 20), so it is not the file LinkedIn exports.`;
  return { entries: [], problems: [problem(spec.name, message, false)] };
}

function readFile(spec: LinkedInFileSpec, file: LinkedInCsvFile, now: string): FileReading {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const refused = tooWide(spec, text);
  if (refused !== null) return refused;
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    // LinkedIn always writes commas; guessing fails on one-column files such as Skills.csv.
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = spec.essential.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      entries: [],
      problems: [
        problem(
          spec.name,
          `${spec.name} was not read: it has no ${missing.join(' or ')} column, so it is not the file LinkedIn exports.`,
          false,
        ),
      ],
    };
  }
  const complaints = rowComplaints(parsed.errors, parsed.data.length);
  const entries = parsed.data.map((cells, index) => {
    // Counted as a spreadsheet shows the file: the header is row 1, and a multi-line cell is one row.
    const row: LinkedInRow = { cells, place: `${spec.name}, row ${index + 2}`, problems: [] };
    for (const complaint of complaints.get(index) ?? []) {
      // A quote left open swallows the rest of the file into this row: nothing in it can be trusted.
      const blocking = complaint.type === 'Quotes';
      row.problems.push(problem(row.place, `The row is malformed (${complaint.message}).`, blocking));
    }
    return readRow(spec.kind, row, now);
  });
  const unread = (spec.unread ?? []).filter((column) =>
    parsed.data.some((cells) => (cells[column] ?? '').trim() !== ''),
  );
  const problems =
    unread.length === 0
      ? []
      : [
          problem(
            spec.name,
            `${spec.name}: ${unread.join(', ')} ${unread.length === 1 ? 'is' : 'are'} not imported.`,
            false,
          ),
        ];
  return { entries, problems };
}

/**
 * Reads the CSV files of a LinkedIn data export (Positions, Certifications, Projects, Skills and
 * Education) into one import draft. Other files are named and ignored; a row with a bad value is
 * flagged on its own and the rest imports. Only a set of files with none LinkedIn's throws.
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
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const file of files) {
    const spec = linkedInFileSpec(file.name);
    if (spec === undefined) {
      ignored.push(baseName(file.name));
      continue;
    }
    if (seen.has(spec.kind)) {
      problems.push(
        problem(file.name, `A second ${spec.name} (${file.name}) was ignored; the first one was read.`, false),
      );
      continue;
    }
    seen.add(spec.kind);
    if (file.text.includes('\0')) {
      throw new ImportFileError(
        name,
        file.name,
        `${file.name} is saved as UTF-16, not UTF-8: export it again from LinkedIn.`,
      );
    }
    const reading = readFile(spec, file, now);
    checkEntryCount(entries.length + reading.entries.length, name);
    entries.push(...reading.entries);
    problems.push(...reading.problems);
  }
  if (seen.size === 0) {
    throw new ImportFileError(name, WHOLE_FILE, `None of the files is one Throughline reads (${KNOWN_NAMES}).`);
  }
  if (ignored.length > 0) {
    const listed = ignored.slice(0, 5).join(', ') + (ignored.length > 5 ? `, and ${ignored.length - 5} more` : '');
    problems.push(problem(WHOLE_FILE, `Not read: ${listed}. Throughline reads ${KNOWN_NAMES}.`, false));
  }
  return { format: 'linkedin', fileName: name, entries, problems: problems.slice(0, 1_000) };
}
