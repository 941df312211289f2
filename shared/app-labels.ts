/**
 * Controls of the window that main's own messages send the user to (an import refused as a profile
 * backup), kept here so those directions name each control exactly as the window labels it.
 */
export const BACKUPS_LABELS = {
  /** The header button that opens the Backups dialog. */
  button: 'Backups',
  /** The dialog's button that replaces the profile with one from a backup file. */
  importProfile: 'Import profile…',
} as const;
