import { z } from 'zod';

/**
 * The export channel's request, main's file handling and the export dialog all name documents by
 * these; the schemas sit apart from the report model so the IPC contract can use them without it.
 */

/** Who a report is for: a recruiter (the person sends it), or the person alone (their review). */
export const ReportKindSchema = z.enum(['recruiter', 'review']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** A report (PDF or Markdown), a JSON Resume, the plan as a calendar, or a cover letter draft. */
export const DocumentKindSchema = z.enum(['pdf', 'markdown', 'json-resume', 'calendar', 'cover-letter']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
