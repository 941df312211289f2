/** Taking the story out: the report (PDF, Markdown) and a JSON Resume, for one target role. */
export const exporter = {
  button: 'Export…',
  title: 'Export for a recruiter',
  intro:
    'A report reads your profile the way a recruiter for the chosen role would: your career path with what each certificate was used for, the findings with their next steps, the certificates to show first and the lines to tell. A JSON Resume carries the same profile to resume tools, with those certificates first.',
  target: 'For the target role',
  noTargets: 'Add a target role first: the report and the resume are written for one.',
  kinds: {
    pdf: { label: 'PDF report', hint: 'To print or send.' },
    markdown: { label: 'Markdown report', hint: 'To edit or paste into notes.' },
    'json-resume': {
      label: 'JSON Resume',
      hint: 'For resume builders; the links between certificates and work travel with it.',
    },
  },
  working: 'Writing…',
  saved: (file: string) => `Saved to ${file}`,
  backupNote: 'A backup of the whole profile is under Backups.',
};
