import { z } from 'zod';
import type { EntryProblem } from '../draft';
import type { BadgeReading } from './badge-reading';
import {
  aboutBadgeParagraph,
  AlignmentSchema,
  escoSkillFromAlignment,
  httpUrlOrNull,
  joinParagraphs,
  readDate,
} from './values';

const ProfileRefSchema = z.union([
  z.string(),
  z.object({ id: z.string().optional(), name: z.string().optional(), url: z.string().optional() }),
]);

const AchievementSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  criteria: z.object({ id: z.string().optional(), narrative: z.string().optional() }).optional(),
  alignment: z.array(AlignmentSchema).optional(),
});

const SubjectSchema = z.object({ achievement: AchievementSchema.optional() });

const DateValue = z.union([z.string(), z.number()]);

/** The parts of an Open Badges 3.0 credential (a W3C VC, data model 1.1 or 2.0) that Throughline uses. */
export const Ob3CredentialSchema = z.object({
  type: z.union([z.string(), z.array(z.string())]),
  id: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  issuer: ProfileRefSchema,
  validFrom: DateValue.optional(),
  validUntil: DateValue.optional(),
  issuanceDate: DateValue.optional(),
  expirationDate: DateValue.optional(),
  credentialSubject: z.union([SubjectSchema, z.array(SubjectSchema)]),
});

export function isOb3Credential(document: Record<string, unknown>): boolean {
  const types = [document.type].flat();
  return (
    types.includes('VerifiableCredential') || types.includes('OpenBadgeCredential') || 'credentialSubject' in document
  );
}

/** Maps a 3.0 credential; schema failures come back as blocking problems, never as a throw. */
export function readOb3Credential(document: unknown, place: string): BadgeReading | EntryProblem[] {
  const parsed = Ob3CredentialSchema.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 10).map((issue) => ({
      place: issue.path.length > 0 ? `${place}, ${issue.path.join('.')}` : place,
      message: `Not a readable Open Badges 3.0 credential: ${issue.message}.`,
      blocking: true,
    }));
  }
  const credential = parsed.data;
  const subject = [credential.credentialSubject].flat()[0];
  const achievement = subject?.achievement;
  const problems: EntryProblem[] = [];
  const issuer = typeof credential.issuer === 'string' ? { id: credential.issuer } : credential.issuer;
  const provider = issuer.name?.trim() ?? '';
  if (provider === '') {
    problems.push({ place: `${place}, issuer`, message: 'The credential does not name its issuer.', blocking: false });
  }
  const issued = readDate(credential.validFrom ?? credential.issuanceDate, `${place}, validFrom`, problems);
  const expires = readDate(credential.validUntil ?? credential.expirationDate, `${place}, validUntil`, problems);
  const title = (achievement?.name ?? credential.name)?.trim() ?? '';
  const kept = title === '' ? null : title.slice(0, 300);
  const credentialUrl = httpUrlOrNull(credential.id) ?? httpUrlOrNull(achievement?.id);
  const about = aboutBadgeParagraph({
    title: kept,
    credentialName: credential.name,
    criteriaUrl: httpUrlOrNull(achievement?.criteria?.id),
    badgeUrl: httpUrlOrNull(achievement?.id),
    credentialUrl,
  });
  return {
    format: 'open-badges-3',
    place,
    title: kept,
    provider: provider.slice(0, 300),
    providerUrl: httpUrlOrNull(issuer.url),
    issued: issued?.day ?? null,
    expires,
    credentialId: (credential.id ?? achievement?.id ?? '').slice(0, 500),
    credentialUrl,
    description: joinParagraphs(
      achievement?.description,
      achievement?.criteria?.narrative,
      // The credential's own description, when it says something the achievement's does not.
      credential.description?.trim() === achievement?.description?.trim() ? undefined : credential.description,
      about,
    ),
    skills: (achievement?.alignment ?? []).flatMap((alignment) => escoSkillFromAlignment(alignment) ?? []),
    issuerId: issuer.id ?? null,
    hostedClassUrl: null,
    problems,
  };
}
