import type { FindingCode } from '../../../../shared/lens/result';

/** The side panel's list of what the lens found: the next steps first, then one card per subject. */
export const findings = {
  heading: 'What a recruiter would notice',
  emptyProfile:
    'Nothing yet. Once your path has entries, each observation shows here with the reason it matters and the next step to take — for example a certificate not yet linked to any work, or a gap in the story.',
  reading: 'Reading your profile…',
  nothingStandsOut: 'Nothing stands out right now.',

  // The few actions that would most change a recruiter's reading
  nextStepsHeading: 'Next steps',
  nextStepsLead: 'What would change a recruiter’s reading most, for your active target.',
  nextStepWhy: 'Why this matters',
  serves: (skills: string) => `Builds: ${skills}`,

  // The cards, grouped by kind
  worthFixing: (amount: number) => `Worth fixing (${amount})`,
  forYourInformation: (amount: number) => `For your information (${amount})`,
  group: (title: string, amount: number) => `${title} (${amount})`,
  kinds: {
    PROFILE_TRANSITION_UNSUPPORTED: 'No bridge to the new role',
    PROFILE_TARGET_SKILL_UNEVIDENCED: 'Core skills with nothing behind them',
    CERT_OFF_TARGET: 'Off target',
    CERT_EXPIRED: 'Expired',
    CERT_INFLATED_CLAIM: 'Promises too much',
    CERT_UNAPPLIED: 'Not linked to any work',
    CERT_APPLICATION_PREDATES: 'Linked only to earlier work',
    CERT_STALE: 'Older learning',
    PROFILE_SKILL_CERTIFIED_NOT_APPLIED: 'Skills backed by certificates only',
    PROFILE_CREDENTIAL_COLLECTOR: 'Many certificates, little use',
    PROFILE_SCATTERED_LEARNING: 'Learning in many directions',
    PROFILE_TIMELINE_GAP: 'Gaps in the story',
    CERT_OUTLIER: 'Unrelated to the rest',
    CERT_SOFT_SKILL: 'Soft skills',
    CERT_UNKNOWN_PROVIDER: 'Provider not recognised',
    PROFILE_CAREER_CHANGE: 'Career change',
    PROFILE_ENTRY_LEVEL: 'Entry level',
    CERT_EARNED_WHILE_WORKING: 'Earned while working',
  } satisfies Record<FindingCode, string>,
  alsoOnIt: 'Also about it',
  showMore: (amount: number, left: number) =>
    amount === left ? `Show ${left} more` : `Show ${amount} more of ${left}`,
  showFewer: 'Show fewer',

  dismissed: (amount: number) => `Dismissed (${amount})`,
  yourReason: 'Your reason:',
  noReason: 'none given',
  restore: 'Restore',
  revealHint: 'Shows it on the timeline',
  nextStep: 'What to do:',
  whyAside: 'Why set it aside? (optional)',
  dismiss: 'Dismiss',
  dismissOpen: 'Dismiss…',
  cancel: 'Cancel',
};
