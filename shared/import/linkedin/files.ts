import { baseName } from '../json-resume/entry-builder';

/** The CSV files of a LinkedIn data export that Throughline reads, by what they hold. */
export type LinkedInFileKind =
  | 'positions'
  | 'certifications'
  | 'projects'
  | 'skills'
  | 'education'
  | 'courses'
  | 'honors'
  | 'languages'
  | 'volunteering'
  | 'publications'
  | 'learning';

export interface LinkedInFileSpec {
  kind: LinkedInFileKind;
  /** The name LinkedIn gives the file: used in messages, never to recognise it. */
  name: string;
  /** The header row LinkedIn writes, in its order (a file may hold them in any order, with others). */
  columns: readonly string[];
  /** Columns that together tell this file from every other of the export: all must be in the header. */
  identifying: readonly string[];
  /** Columns Throughline has no place for: named in a note when they hold anything, never dropped unsaid. */
  unread?: readonly string[];
}

/**
 * Headers as LinkedIn's data export writes them. A file is recognised by its header row, never by its
 * name: a browser's second download ("Certifications (1).csv") or a renamed file reads the same.
 */
export const LINKEDIN_FILES: readonly LinkedInFileSpec[] = [
  {
    kind: 'positions',
    name: 'Positions.csv',
    columns: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
    identifying: ['Company Name', 'Title', 'Started On'],
  },
  {
    kind: 'certifications',
    name: 'Certifications.csv',
    columns: ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'],
    identifying: ['Name', 'Authority'],
  },
  {
    kind: 'projects',
    name: 'Projects.csv',
    columns: ['Title', 'Description', 'Url', 'Started On', 'Finished On'],
    identifying: ['Title', 'Url', 'Started On'],
  },
  { kind: 'skills', name: 'Skills.csv', columns: ['Name'], identifying: ['Name'] },
  {
    kind: 'education',
    name: 'Education.csv',
    columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
    identifying: ['School Name', 'Degree Name'],
  },
  { kind: 'courses', name: 'Courses.csv', columns: ['Name', 'Number'], identifying: ['Name', 'Number'] },
  {
    kind: 'honors',
    name: 'Honors.csv',
    columns: ['Title', 'Description', 'Issued On'],
    identifying: ['Title', 'Issued On'],
  },
  {
    kind: 'languages',
    name: 'Languages.csv',
    columns: ['Name', 'Proficiency'],
    identifying: ['Name', 'Proficiency'],
  },
  {
    kind: 'volunteering',
    name: 'Volunteering.csv',
    columns: ['Company Name', 'Role', 'Cause', 'Started On', 'Finished On', 'Description'],
    identifying: ['Company Name', 'Role'],
  },
  {
    kind: 'publications',
    name: 'Publications.csv',
    columns: ['Name', 'Published On', 'Description', 'Publisher', 'Url'],
    identifying: ['Name', 'Published On'],
  },
  {
    kind: 'learning',
    name: 'Learning.csv',
    columns: [
      'Content Title',
      'Content Description',
      'Content Type',
      'Content Last Watched Date (if viewed)',
      'Content Completed At (if completed)',
      'Content Saved',
      'Notes taken on videos (if taken)',
    ],
    identifying: ['Content Title', 'Content Completed At (if completed)'],
    // Content Type and the completion time decide what is imported; these two have no place in it.
    unread: ['Content Last Watched Date (if viewed)', 'Content Saved'],
  },
];

/** A header cell as compared: LinkedIn's spelling, whatever the case and spacing a spreadsheet left. */
export const columnKey = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The file a header row belongs to, or undefined. Every identifying column must be there; among the
 * files that fit, the one with most of its columns wins (Certifications' header also has Skills' `Name`).
 * Columns LinkedIn does not write are tolerated, but must not outnumber the known ones: a file that
 * merely has a `Name` among many others (a test score, a spreadsheet of one's own) is not Skills.csv.
 */
export function recogniseHeader(header: readonly string[]): LinkedInFileSpec | undefined {
  const present = new Set(header.map(columnKey).filter((key) => key !== ''));
  let best: { spec: LinkedInFileSpec; known: number } | undefined;
  for (const spec of LINKEDIN_FILES) {
    if (!spec.identifying.every((column) => present.has(columnKey(column)))) continue;
    const known = spec.columns.filter((column) => present.has(columnKey(column))).length;
    if (known * 2 < present.size) continue;
    if (best === undefined || known > best.known) best = { spec, known };
  }
  return best?.spec;
}

/** The spec whose LinkedIn name a path has (any case, any folder): only to say more when its header is wrong. */
export function specNamed(path: string): LinkedInFileSpec | undefined {
  const name = baseName(path).toLowerCase();
  return LINKEDIN_FILES.find((spec) => spec.name.toLowerCase() === name);
}

/** What a header must hold, for a message naming what was expected: "Positions.csv (Company Name, Title, Started On)". */
export const EXPECTED_HEADERS = LINKEDIN_FILES.map((spec) => `${spec.name} (${spec.identifying.join(', ')})`).join(
  '; ',
);

/** The files by LinkedIn's names, for a note: "Positions, Certifications, …". */
export const KNOWN_FILES = LINKEDIN_FILES.map((spec) => spec.name.replace(/\.csv$/, '')).join(', ');
