import type { FieldPace } from '../domain/profile';

/**
 * Every threshold the recruiter lens uses, in one place. Months unless said otherwise.
 * What each one raises is in docs/finding-codes.md.
 */
export const LENS_CONFIG = {
  /** How long learning stays current in a field of each pace before it reads as background. */
  freshnessMonths: { fast: 36, normal: 60, slow: 120 } satisfies Record<FieldPace, number>,
  /** Share of the freshness window after which a certificate is "aging" rather than "current". */
  agingShare: 0.6,
  /** A stretch with no role, project or learning longer than this is a gap in the story. */
  gapMonths: 6,
  /**
   * Learning with no start date covers the months before its issue date that its hours take, at
   * this many hours a month, up to `learningMonthsBeforeIssue` (and all of them when its hours are
   * unknown): a four-hour course does not explain a two-month silence.
   */
  learningHoursPerMonth: 20,
  learningMonthsBeforeIssue: 2,
  /** A certificate linked to work that ran within this many months of today is in use, so never stale. */
  inUseMonths: 12,
  /** Under this much work experience, the profile is read as entry-level. */
  entryLevelMonths: 24,
  /**
   * A target is outside the current field when the current roles (their skills, and the core skills
   * of the occupation their titles name) relate to less than this share of its core skills.
   */
  careerChangeOverlap: 0.34,
  /**
   * How related two skills must be (the taxonomy's 0–1 measure) for learning to serve a target
   * skill strongly or partially.
   */
  relatedness: { strong: 0.5, partial: 0.25 },
  /** How many next steps the lens proposes: a reader acts on a handful, not a list. */
  nextSteps: 5,
  collector: {
    /** Many certificates with little application: at least this many earned… */
    minEarned: 5,
    /** …with more than this share unapplied (entry-level profiles are allowed more). */
    unappliedShare: { standard: 0.5, entryLevel: 0.7 },
    /** Or simply more than this many earned, whatever their application. */
    tooMany: 12,
  },
  scattered: {
    /** At least this many certificates before their direction is judged… */
    minCertificates: 4,
    /** …and scattered when no related group holds this share of them. */
    dominantShare: 0.4,
  },
  /** How many certificates to show first, unless the user set another number. */
  curatedDefault: 5,
  /** Words that promise more than a course can: mastery, expertise, guarantees (one pattern each, read as one). */
  inflatedClaims: [
    /\bmaster(?:y|ing)?\s+(?:the|of|your|all|any|every|in)\b(?:\s+[\w-]+)?/i,
    /\bmastery\b/i,
    /\bbecome\s+an?\s+(?:expert|master|pro)\b/i,
    /\bexpert[- ]level\b/i,
    /\bguarantee[sd]?\b/i,
    /\bzero\s+to\s+hero\b/i,
    /\b(?:ninja|guru|rockstar)\b/i,
    /\b100\s?%\s+(?:job|hired|success|placement)/i,
    /\bjob[- ]ready\s+in\s+\d+\s+(?:days|weeks)\b/i,
  ],
} as const;
