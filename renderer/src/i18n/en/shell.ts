import { BACKUPS_LABELS } from '../../../../shared/app-labels';
import { daysInWords, inWords } from '../../../../shared/domain/text';
import { BACKUP_POLICY } from '../../../../shared/profile/backups';

/** The header, banners and notices around every screen. */
export const shell = {
  brand: 'Throughline',
  save: {
    loading: 'Opening your profile…',
    unavailable: 'Profile not available',
    saved: 'Saved on this computer',
    pending: 'Saving…',
    failed: 'Not saved',
  },
  target: {
    label: 'Target role',
    none: 'None chosen yet',
    button: (title: string | null) => `Target role: ${title ?? 'none chosen yet'}. Choose or edit target roles`,
  },
  backups: BACKUPS_LABELS.button,
  about: 'About',
  sample: {
    lead: 'This is a sample profile:',
    body: 'Maya, a retail shift supervisor moving into data analysis. Look around, then remove it and start on your own.',
    remove: 'Remove the sample',
  },
  notices: {
    recovered: 'Your profile was recovered.',
    migrated: 'Your profile was upgraded.',
    'history-reset': 'Undo history was reset.',
    dismiss: 'Dismiss',
  },
  /** Said after each undo and redo; the label is main's lower-case clause for the edit. */
  undoNotice: {
    undone: (label: string) => `Undone: ${label}`,
    redone: (label: string) => `Redone: ${label}`,
    undo: 'Undo',
    redo: 'Redo',
  },
  errors: {
    notOpened: 'Your profile could not be opened.',
    notSaved: 'Not saved yet.',
    failed: 'That did not work.',
    unreachable: 'The app could not reach its main process.',
  },
};

/** The About dialog. */
export const about = {
  title: 'About Throughline',
  loading: 'Loading…',
  version: 'Version',
  data: 'Your data',
  licences: 'Included work and licences',
  links: 'On the web',
};

/** The Backups dialog: snapshots, export and import. */
export const backups = {
  title: 'Backups and export',
  intro: `Throughline keeps a snapshot when it starts and every ${inWords(BACKUP_POLICY.minIntervalMs / 60_000)} minutes while you edit: the last ${inWords(BACKUP_POLICY.keepRecent)}, and one a day for ${daysInWords(BACKUP_POLICY.keepDays)}.`,
  restored: (when: string) =>
    `Restored the backup from ${when}. What you had before was saved as a new backup, and Undo brings it back.`,
  notRestored: 'The backup could not be restored; your profile was not changed.',
  exported: (file: string) => `Exported to ${file}.`,
  imported: 'Imported. Your previous profile was saved as a backup, and Undo brings it back.',
  loading: 'Loading backups…',
  none: 'No backups yet: the first one is made once your profile has something in it.',
  caption: 'Backups, newest first',
  saved: 'Saved',
  contents: 'Contents',
  action: 'Action',
  restore: 'Restore',
  reveal: 'Show backups folder',
  export: 'Export profile…',
  import: BACKUPS_LABELS.importProfile,
};
