/** The side panel's list of what the lens found. */
export const findings = {
  heading: 'What a recruiter would notice',
  emptyProfile:
    'Nothing yet. Once your path has entries, each observation shows here with the reason it matters and the next step to take — for example a certificate not yet linked to any work, or a gap in the story.',
  reading: 'Reading your profile…',
  nothingStandsOut: 'Nothing stands out right now.',
  groups: { warning: 'Worth fixing', suggestion: 'Worth a look', info: 'Good to know' },
  showMore: (amount: number, left: number) => `Show ${amount} more of ${left}`,
  dismissed: (amount: number) => `Dismissed (${amount})`,
  yourReason: 'Your reason:',
  noReason: 'none given',
  restore: 'Restore',
  revealHint: 'Shows it on the timeline',
  nextStep: 'Next step:',
  whyAside: 'Why set it aside? (optional)',
  dismiss: 'Dismiss',
  dismissOpen: 'Dismiss…',
  cancel: 'Cancel',
};
