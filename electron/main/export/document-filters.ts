import type { DocumentKind } from '../../../shared/export/document-kind';

/** The save dialog's title, one per kind of document. */
export const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  pdf: 'Export a report',
  markdown: 'Export a report',
  'json-resume': 'Export a JSON Resume',
  calendar: 'Export the plan to a calendar',
  'cover-letter': 'Export a cover letter draft',
};

/** The save dialog's file types, one per kind of document; the first extension is the one a suggested name ends with. */
export const DOCUMENT_FILTERS: Record<DocumentKind, { name: string; extensions: [string, ...string[]] }> = {
  pdf: { name: 'PDF report', extensions: ['pdf'] },
  markdown: { name: 'Markdown report', extensions: ['md'] },
  'json-resume': { name: 'JSON Resume', extensions: ['json'] },
  calendar: { name: 'Calendar (iCalendar)', extensions: ['ics'] },
  'cover-letter': { name: 'Cover letter (Markdown)', extensions: ['md'] },
};
