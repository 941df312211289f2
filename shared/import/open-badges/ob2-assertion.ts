import { z } from 'zod';
import type { EntryProblem } from '../draft';
import type { BadgeReading } from './badge-reading';
import { readAccountOfWork } from './ob2-evidence';
import {
  aboutBadgeParagraph,
  AlignmentSchema,
  domainOf,
  escoSkillFromAlignment,
  httpUrlOrNull,
  joinParagraphs,
  readDate,
} from './values';

const IssuerSchema = z.object({ id: z.string().optional(), name: z.string().optional(), url: z.string().optional() });

const BadgeClassSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  criteria: z.union([z.string(), z.object({ id: z.string().optional(), narrative: z.string().optional() })]).optional(),
  issuer: z.union([z.string(), IssuerSchema]).optional(),
  alignment: z.array(AlignmentSchema).optional(),
});

const DateValue = z.union([z.string(), z.number()]);

/** The parts of an Open Badges 2.0 assertion that Throughline uses. */
export const Ob2AssertionSchema = z.object({
  id: z.string().optional(),
  badge: z.union([z.string(), BadgeClassSchema]),
  issuedOn: DateValue.optional(),
  expires: DateValue.optional(),
  verification: z.object({ type: z.string(), creator: z.string().optional() }).optional(),
  /** The person's own account of the work, and what shows it: read leniently (see ob2-evidence.ts). */
  narrative: z.unknown().optional(),
  evidence: z.unknown().optional(),
});

export function isOb2Assertion(document: Record<string, unknown>): boolean {
  return [document.type].flat().includes('Assertion') || ('badge' in document && 'recipient' in document);
}

/**
 * Maps a 2.0 assertion. The badge class and issuer usually live at URLs; they are used only when embedded
 * or handed in as `localDocuments` (never fetched), and what they would have said is not guessed: a class
 * that is only a URL leaves the title for the person to type, and the domain it is published on stands
 * for the issuer.
 */
export function readOb2Assertion(
  document: unknown,
  place: string,
  localDocuments: readonly unknown[],
): BadgeReading | EntryProblem[] {
  const parsed = Ob2AssertionSchema.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 10).map((issue) => ({
      place: issue.path.length > 0 ? `${place}, ${issue.path.join('.')}` : place,
      message: `Not a readable Open Badges 2.0 assertion: ${issue.message}.`,
      blocking: true,
    }));
  }
  const assertion = parsed.data;
  const problems: EntryProblem[] = [];
  const badgeRef = assertion.badge;
  const badge = resolve(badgeRef, BadgeClassSchema, localDocuments);
  const hostedClassUrl = typeof badgeRef === 'string' && badge === null ? httpUrlOrNull(badgeRef) : null;
  if (typeof badgeRef === 'string' && badge === null && hostedClassUrl === null) {
    problems.push({
      place: `${place}, badge`,
      message: `The badge is named only as "${badgeRef.slice(0, 100)}", which is not a web address; what it was awarded for is not in this file.`,
      blocking: false,
    });
  }
  const issuer = badge?.issuer === undefined ? null : resolve(badge.issuer, IssuerSchema, localDocuments);
  const issuerUrl = typeof badge?.issuer === 'string' ? badge.issuer : issuer?.id;
  const issuerName = issuer?.name?.trim() ?? '';
  const issuerDomain = domainOf(issuerUrl) ?? domainOf(hostedClassUrl ?? undefined);
  const provider = issuerName !== '' ? issuerName : (issuerDomain ?? '');
  if (badge !== null && issuerName === '') {
    const where =
      typeof badge.issuer === 'string'
        ? ` is published at ${badge.issuer.slice(0, 300)}, not in this file`
        : ' is not stated';
    const kept =
      issuerDomain === null ? '' : `; the domain it is published on, ${issuerDomain}, stands as the provider`;
    problems.push({ place: `${place}, badge.issuer`, message: `The issuer's name${where}${kept}.`, blocking: false });
  }
  const issued = readDate(assertion.issuedOn, `${place}, issuedOn`, problems);
  const expires = readDate(assertion.expires, `${place}, expires`, problems);
  const criteria = badge?.criteria;
  const title = badge?.name?.trim() ?? '';
  const accountOfWork = readAccountOfWork(assertion, place, problems);
  const kept = title === '' ? null : title.slice(0, 300);
  const classUrl = httpUrlOrNull(badge?.id) ?? hostedClassUrl;
  // The assertion's own URL first: it is the issuer's record that this person earned the badge (what a
  // hosted badge is verified against, and where a revocation shows), so a recruiter who opens it sees the
  // award. The class URL only describes the badge, whoever holds it; it is kept for signed assertions,
  // whose id is a urn rather than a page, and otherwise in the description.
  const credentialUrl = httpUrlOrNull(assertion.id) ?? classUrl;
  return {
    format: 'open-badges-2',
    place,
    title: kept,
    provider: provider.slice(0, 300),
    providerUrl: httpUrlOrNull(issuer?.url),
    issued: issued?.day ?? null,
    expires,
    credentialId: (assertion.id ?? '').slice(0, 500),
    credentialUrl,
    description: joinParagraphs(
      badge?.description,
      typeof criteria === 'object' ? criteria.narrative : undefined,
      ...accountOfWork,
      aboutBadgeParagraph({
        title: kept,
        credentialName: undefined,
        criteriaUrl: httpUrlOrNull(typeof criteria === 'string' ? criteria : criteria?.id),
        badgeUrl: classUrl,
        credentialUrl,
      }),
    ),
    skills: (badge?.alignment ?? []).flatMap((alignment) => escoSkillFromAlignment(alignment) ?? []),
    issuerId: issuer?.id ?? (typeof badge?.issuer === 'string' ? badge.issuer : null),
    hostedClassUrl,
    problems,
  };
}

/** An embedded object, or the local document whose `id` is the URL; null when neither is here. */
function resolve<T>(value: string | T, schema: z.ZodType<T>, localDocuments: readonly unknown[]): T | null {
  if (typeof value !== 'string') return value;
  for (const candidate of localDocuments) {
    if (typeof candidate !== 'object' || candidate === null || (candidate as { id?: unknown }).id !== value) continue;
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}
