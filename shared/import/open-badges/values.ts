import { z } from 'zod';
import { PartialDateSchema, type PartialDate } from '../../domain/dates';
import type { SkillRef } from '../../domain/profile';
import type { EntryProblem } from '../draft';
import { ESCO_SKILL_PREFIX } from '../../taxonomy/asset';

/** A date as the badge states it: the calendar day as written (no time-zone shift) and the instant. */
export interface BadgeDate {
  day: PartialDate;
  instant: Date;
}

/**
 * ISO 8601 date-times, bare dates, and (2.0 allows them, JWT claims always are) Unix seconds.
 * null when the value is absent or cannot be read as a date.
 */
export function readBadgeDate(value: string | number | undefined): BadgeDate | null {
  if (value === undefined) return null;
  if (typeof value === 'number') {
    const instant = new Date(value * 1000);
    return Number.isNaN(instant.getTime()) ? null : { day: instant.toISOString().slice(0, 10), instant };
  }
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  const instant = new Date(value.trim());
  if (day === undefined || !PartialDateSchema.safeParse(day).success || Number.isNaN(instant.getTime())) return null;
  return { day, instant };
}

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2_000);

export function httpUrlOrNull(value: string | undefined): string | null {
  return value !== undefined && HttpUrl.safeParse(value).success ? value : null;
}

/**
 * The host a badge's issuer or class is published on ("badges.example.org"), standing in for an issuer
 * the file does not name: it is what the file says about who issued it. null when the value is no web URL.
 */
export function domainOf(value: string | undefined): string | null {
  if (httpUrlOrNull(value) === null) return null;
  const host = new URL(value ?? '').hostname.replace(/^www\./, '');
  return host === '' ? null : host.slice(0, 300);
}

/** The alignment fields both versions share (2.0 AlignmentObject, 3.0 Alignment). */
export const AlignmentSchema = z.object({
  targetName: z.string().optional(),
  targetUrl: z.string().optional(),
  targetFramework: z.string().optional(),
  targetCode: z.string().optional(),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

const ESCO_SKILL_URI = /data\.europa\.eu\/esco\/skill\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * An alignment to an ESCO skill becomes a skill with the app's concept id (the ESCO URI in its canonical
 * http form, whatever scheme or wrapper page the badge used). Anything else is not a skill we can name.
 */
export function escoSkillFromAlignment(alignment: Alignment): SkillRef | null {
  const uuid = [alignment.targetUrl, alignment.targetCode]
    .map((text) => (text === undefined ? undefined : ESCO_SKILL_URI.exec(text)?.[1]))
    .find((found) => found !== undefined);
  const saysEsco = /\besco\b/i.test(alignment.targetFramework ?? '');
  const label = alignment.targetName?.trim() ?? '';
  if (uuid === undefined || label === '') return saysEsco && label !== '' ? { label, conceptId: null } : null;
  return { label: label.slice(0, 200), conceptId: `${ESCO_SKILL_PREFIX}${uuid.toLowerCase()}` };
}

/**
 * How a certificate's description labels the lines of a badge that have no field of their own: a link to
 * the work, the name a wallet shows beside the achievement's own, and where the badge itself is described.
 * scripts/support/import-fidelity.ts reads them back, so the labels are the reader's, kept in one place.
 */
export const BADGE_LINE_LABELS = {
  evidence: 'Evidence: ',
  credentialName: 'Credential name: ',
  criteria: 'Criteria: ',
  badgePage: 'About this badge: ',
} as const;

/**
 * The paragraph that keeps what a badge says about itself and no certificate field holds: the credential's
 * own name when the title is the achievement's (a second name, not the title), where its criteria are
 * published, and the address where the badge (its achievement or class) is described when that is not
 * already the credential's URL.
 */
export function aboutBadgeParagraph(parts: {
  title: string | null;
  credentialName: string | undefined;
  criteriaUrl: string | null;
  badgeUrl: string | null;
  credentialUrl: string | null;
}): string {
  const name = parts.credentialName?.trim().slice(0, 300) ?? '';
  const lines: string[] = [];
  if (name !== '' && parts.title !== null && name !== parts.title) lines.push(BADGE_LINE_LABELS.credentialName + name);
  if (parts.criteriaUrl !== null) lines.push(BADGE_LINE_LABELS.criteria + parts.criteriaUrl);
  if (parts.badgeUrl !== null && parts.badgeUrl !== parts.credentialUrl) {
    lines.push(BADGE_LINE_LABELS.badgePage + parts.badgeUrl);
  }
  return lines.join('\n');
}

/** Paragraphs that are present, in order, so a missing narrative leaves no empty line or "undefined". */
export function joinParagraphs(...parts: Array<string | undefined>): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join('\n\n')
    .slice(0, 10_000);
}

/** Reads a date field; one that is present but unreadable is left out and said so. */
export function readDate(
  value: string | number | undefined,
  place: string,
  problems: EntryProblem[],
): BadgeDate | null {
  const date = readBadgeDate(value);
  if (value !== undefined && date === null) {
    problems.push({
      place,
      message: `"${String(value).slice(0, 50)}" is not a date; it was left out.`,
      blocking: false,
    });
  }
  return date;
}
