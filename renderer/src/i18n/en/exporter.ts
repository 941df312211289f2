import type { DocumentKind } from '../../../../shared/export/document-kind';

/** Taking the story out: the report for a recruiter, the person's own review, and a JSON Resume, for one target role. */
export const exporter = {
  button: 'Export…',
  title: 'Export',
  target: 'For the target role',
  noTargets: 'Add a target role first: the reports and the resume are written for one.',
  recruiter: {
    heading: 'For a recruiter',
    hint: 'Shows your strengths and the evidence behind them, never your review.',
  },
  review: {
    heading: 'My review — for you, not for sending',
    hint: 'What a recruiter would notice, your next steps, what you set aside and why, every gap.',
  },
  kinds: {
    pdf: 'PDF report',
    markdown: 'Markdown report',
    'json-resume': 'JSON Resume',
    calendar: 'Plan to calendar (.ics)',
    // The cover letter's button is worded with the posting it is written to (text.posting.coverLetter).
  } satisfies Record<Exclude<DocumentKind, 'cover-letter'>, string>,
  working: 'Writing…',
  saved: (file: string) => `Saved to ${file}`,
  failed: 'The file could not be written. Try again, or choose another folder.',
  backupNote:
    'PDF to print or send, Markdown to edit, JSON Resume for resume builders, the plan’s dates and renewals for your calendar. A backup of the whole profile is under Backups.',
};
