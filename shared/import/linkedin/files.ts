import { baseName } from '../json-resume/entry-builder';

/** The CSV files of a LinkedIn data export that Throughline reads, by what they hold. */
export type LinkedInFileKind = 'positions' | 'certifications' | 'projects' | 'skills' | 'education';

export interface LinkedInFileSpec {
  kind: LinkedInFileKind;
  /** The name LinkedIn gives the file (matched without case, in any folder of the export). */
  name: string;
  /** Columns without which no row of the file means anything; the others may be missing. */
  essential: readonly string[];
  /** Columns Throughline has no place for: named in a note when they hold anything, never dropped unsaid. */
  unread?: readonly string[];
}

/**
 * Headers as LinkedIn's data export writes them: Positions `Company Name,Title,Description,
 * Location,Started On,Finished On`; Certifications `Name,Url,Authority,Started On,Finished On,License
 * Number`; Projects `Title,Description,Url,Started On,Finished On`; Skills `Name`; Education `School
 * Name,Start Date,End Date,Notes,Degree Name,Activities`.
 */
export const LINKEDIN_FILES: readonly LinkedInFileSpec[] = [
  { kind: 'positions', name: 'Positions.csv', essential: ['Title', 'Started On'] },
  { kind: 'certifications', name: 'Certifications.csv', essential: ['Name'] },
  { kind: 'projects', name: 'Projects.csv', essential: ['Title'] },
  { kind: 'skills', name: 'Skills.csv', essential: ['Name'] },
  { kind: 'education', name: 'Education.csv', essential: ['Degree Name'] },
];

/** The spec of a file Throughline reads, by its path, or undefined for every other file. */
export function linkedInFileSpec(path: string): LinkedInFileSpec | undefined {
  const name = baseName(path).toLowerCase();
  return LINKEDIN_FILES.find((spec) => spec.name.toLowerCase() === name);
}
