import Papa from 'papaparse';
import { columnKey, recogniseHeader, type LinkedInFileSpec } from './files';

/** LinkedIn's files have under 20 columns; a header far wider is not one of them, and is not looked into. */
export const MAX_CSV_COLUMNS = 200;

/**
 * How many rows may stand above the header: LinkedIn puts a "Notes:" line, a quoted paragraph and a
 * blank line above some headers (Connections.csv); a spreadsheet may add a title row or two.
 */
const MAX_ROWS_ABOVE_HEADER = 10;

export type HeaderFinding =
  | { found: true; spec: LinkedInFileSpec; index: number; header: string[] }
  | { found: false; reason: 'too-wide'; columns: number }
  | { found: false; reason: 'unknown'; firstRow: string[] };

const blank = (cells: readonly string[]) => cells.every((text) => text.trim() === '');

/** A CSV's text without the byte-order mark LinkedIn writes at the start of some files. */
export const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * The header row of a LinkedIn file among the first rows of a text (LinkedIn writes commas; guessing
 * the delimiter fails on one-column files such as Skills.csv), or why there is none.
 */
export function findHeader(text: string): HeaderFinding {
  const rows = Papa.parse<string[]>(withoutBom(text), { delimiter: ',', preview: MAX_ROWS_ABOVE_HEADER + 1 }).data;
  let firstRow: string[] | undefined;
  for (const [index, cells] of rows.entries()) {
    if (blank(cells)) continue;
    if (cells.length > MAX_CSV_COLUMNS) {
      if (firstRow === undefined) return { found: false, reason: 'too-wide', columns: cells.length };
      continue;
    }
    firstRow ??= cells;
    const spec = recogniseHeader(cells);
    if (spec !== undefined) return { found: true, spec, index, header: cells };
  }
  return { found: false, reason: 'unknown', firstRow: firstRow ?? [] };
}

/** The LinkedIn file a text is, by its header row, or undefined: what a sniffer needs. */
export function recogniseLinkedInText(text: string): LinkedInFileSpec | undefined {
  const finding = findHeader(text);
  return finding.found ? finding.spec : undefined;
}

export interface CsvRecord {
  /** Cells by LinkedIn's column name; columns LinkedIn does not write are left out. */
  cells: Record<string, string | undefined>;
  /** The row as a spreadsheet numbers it: rows above the header count, a multi-line cell is one row. */
  row: number;
  /** What papaparse found wrong with the row (an unclosed quote swallows the rest of the file into it). */
  complaints: Papa.ParseError[];
  /** Cells beyond the header's last column: text that belongs to no column. */
  extraCells: number;
}

export interface CsvTable {
  records: CsvRecord[];
  /** Header cells that are none of LinkedIn's columns for the file, as written. */
  unknownColumns: string[];
  /** Unknown columns that hold text in some row: named in a note, as they are not imported. */
  filledUnknownColumns: string[];
}

/**
 * The rows below a found header, each as cells by LinkedIn's column names whatever the order or case
 * of the file's header. Blank rows are skipped (a spreadsheet's trailing empty lines).
 */
export function readTable(text: string, header: { spec: LinkedInFileSpec; index: number; header: string[] }): CsvTable {
  const parsed = Papa.parse<string[]>(withoutBom(text), { delimiter: ',' });
  const byKey = new Map(header.spec.columns.map((column) => [columnKey(column), column]));
  // The first of a repeated column wins; an empty header cell (LinkedIn ends Learning.csv's header with a comma) is no column.
  const columnAt = new Map<number, string>();
  const unknown = new Map<number, string>();
  const taken = new Set<string>();
  header.header.forEach((written, index) => {
    const column = byKey.get(columnKey(written));
    if (column !== undefined && !taken.has(column)) {
      columnAt.set(index, column);
      taken.add(column);
    } else if (written.trim() !== '') unknown.set(index, written.trim());
  });
  const complaints = new Map<number, Papa.ParseError[]>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    complaints.set(error.row, [...(complaints.get(error.row) ?? []), error]);
  }
  const records: CsvRecord[] = [];
  const filled = new Set<number>();
  for (let index = header.index + 1; index < parsed.data.length; index += 1) {
    const cells = parsed.data[index] ?? [];
    if (blank(cells) && !complaints.has(index)) continue;
    const named: Record<string, string | undefined> = {};
    cells.forEach((text, at) => {
      const column = columnAt.get(at);
      if (column !== undefined) named[column] = text;
      else if (unknown.has(at) && text.trim() !== '') filled.add(at);
    });
    const extraCells = cells.slice(header.header.length).filter((text) => text.trim() !== '').length;
    records.push({ cells: named, row: index + 1, complaints: complaints.get(index) ?? [], extraCells });
  }
  return {
    records,
    unknownColumns: [...unknown.values()],
    filledUnknownColumns: [...filled].sort((a, b) => a - b).map((at) => unknown.get(at) ?? ''),
  };
}
