import type { PartialDate } from '../../domain/dates';
import type { CredentialCheck, SkillRef } from '../../domain/profile';
import type { EntryProblem } from '../draft';
import type { BadgeDate } from './values';

/** The credential formats a badge comes in: the ones a credential check records. */
export type BadgeFormat = CredentialCheck['format'];

/**
 * What a badge says about itself, mapped onto certificate fields, before any signature is checked.
 * `title` is null when the badge does not say what it is for (a 2.0 badge class hosted elsewhere, or one
 * with no name): the person types it in the preview.
 */
export interface BadgeReading {
  format: BadgeFormat;
  place: string;
  title: string | null;
  provider: string;
  /** The issuer's website, when its profile gives one (not the address its keys are published at). */
  providerUrl: string | null;
  issued: PartialDate | null;
  /** The day for the certificate and the instant, so "expired" is decided to the second, not the day. */
  expires: BadgeDate | null;
  credentialId: string;
  credentialUrl: string | null;
  description: string;
  skills: SkillRef[];
  issuerId: string | null;
  /** A 2.0 badge class that is only a URL in the file: its name and description live there, unread. */
  hostedClassUrl: string | null;
  problems: EntryProblem[];
}
