import type { PartialDate } from '../../domain/dates';
import type { SkillRef } from '../../domain/profile';
import type { EntryProblem } from '../draft';
import type { BadgeDate } from './values';

export type BadgeFormat = 'open-badges-2' | 'open-badges-3';

/**
 * What a badge says about itself, mapped onto certificate fields, before any signature is checked.
 * `title` is null when the badge does not say what it is for (a 2.0 badge hosted elsewhere).
 */
export interface BadgeReading {
  format: BadgeFormat;
  place: string;
  title: string | null;
  provider: string;
  issued: PartialDate | null;
  /** The day for the certificate and the instant, so "expired" is decided to the second, not the day. */
  expires: BadgeDate | null;
  credentialId: string;
  credentialUrl: string | null;
  description: string;
  skills: SkillRef[];
  issuerId: string | null;
  problems: EntryProblem[];
}
