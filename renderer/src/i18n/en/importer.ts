import type { CredentialCheck } from '../../../../shared/domain/profile';
import { IMPORT_FORMAT_NAMES, type ImportFormat } from '../../../../shared/import/draft';
import type { PlanAction, PlanItem } from '../../../../shared/import/plan';
import type { ImportProgress } from '../../../../shared/import/progress';
import { kindNames } from './editor';
import { count } from './plural';

/** Bringing a CV, a LinkedIn export or badges in: the import dialog and its preview. */
export const importer = {
  button: 'Import…',
  title: 'Import your history',
  intro:
    'Bring in a JSON Resume, a LinkedIn data export (the .zip, or its CSV files) or Open Badges. You see what would change before anything does, and one Undo takes it all back.',
  choose: 'Choose a file…',
  dropHint: 'Or drop a file anywhere on the window.',
  dropHere: 'Drop to preview the import',
  droppedUnreadable: (fileName: string) =>
    `${fileName} could not be read: it may have been moved, deleted or changed since it was dropped. Nothing was changed.`,
  formats: IMPORT_FORMAT_NAMES,
  progress: (progress: Exclude<ImportProgress, { phase: 'idle' }>) => {
    switch (progress.phase) {
      case 'reading':
        return `Reading ${progress.fileName}…`;
      case 'parsing':
        return `Reading the entries in ${progress.fileName}…`;
      case 'checking-credentials':
        return `Checking credentials (${String(progress.done)} of ${String(progress.total)})…`;
      case 'comparing':
        return 'Comparing with your profile…';
    }
  },
  starting: 'Opening the file…',
  summary: (fileName: string, format: ImportFormat) => `${fileName} · ${importer.formats[format]}`,
  counts: (counts: Record<PlanAction, number>, waiting = 0) =>
    `${count(counts.add, 'new entry', 'new entries')}, ${count(counts.merge, 'merge')}, ${count(counts.skip, 'skipped entry', 'skipped entries')}${waiting === 0 ? '' : `, ${count(waiting, 'entry', 'entries')} waiting for a title`}`,
  groups: {
    waiting: 'Needs a title from you',
    add: 'Will be added',
    merge: 'Will be merged into what you have',
    skip: 'Skipped',
  } satisfies Record<PlanAction | 'waiting', string>,
  /** An entry whose file lacks its title (a badge whose description lives online): typed here, or left out. */
  needsTitle: {
    label: 'Title',
    hint: 'The file does not say what this is called. Type its title to import it; left empty, it is not imported.',
  },
  kinds: {
    ...kindNames,
    skill: 'Skill',
    language: 'Language',
    person: 'Your details',
    session: 'Study session',
    unreadable: 'Entry',
  } satisfies Record<PlanItem['kind'], string>,
  /** A degree or diploma is imported as learning too, but reads as what it is. */
  education: 'Education',
  include: (title: string) => `Import “${title}”`,
  confirmAnyway: 'Import it anyway; it stays marked',
  place: (place: string) => `From ${place}`,
  fileProblems: (amount: number) => count(amount, 'note about the file', 'notes about the file'),
  credential: {
    verified: 'Signature verified',
    invalid: 'Signature invalid',
    unverifiable: 'Signature not checkable offline',
    unsigned: 'Not signed',
    expired: 'Expired',
  } satisfies Record<CredentialCheck['status'] | 'expired', string>,
  apply: (amount: number) => (amount === 0 ? 'Nothing selected' : `Import ${count(amount, 'entry', 'entries')}`),
  applying: 'Importing…',
  notApplied: 'The import did not go through. Nothing was changed.',
  cancel: 'Cancel',
  stopReading: 'Stop reading',
  another: 'Import another file',
  done: (fileName: string, amount: number) =>
    `Imported ${count(amount, 'entry', 'entries')} from ${fileName}. A backup was taken first; Undo (Ctrl+Z) takes the whole import back.`,
  nothing: 'Nothing in this file is new to your profile.',
};
