import type { CredentialCheck } from '../../domain/profile';
import { newCertificate } from '../../domain/entries';
import { draftId, type DraftEntry, type EntryProblem, type ImportDraft } from '../draft';
import type { BadgeReading } from './badge-reading';
import type { InterpretedBadge } from './read-badge';

/** What the signature check found; `expired` is decided here, from the badge's own dates. */
export interface SignatureCheck {
  status: CredentialCheck['status'];
  detail: string;
}

const REF = 'badge-1';

/**
 * One badge file becomes a draft with one entry: the certificate, or an unreadable entry saying why. A
 * badge that does not say what it is for (its class hosted online, or no name) is still a certificate,
 * with everything the file holds; its title is asked of the person in the preview (`needs`).
 */
export function buildBadgeDraft(
  fileName: string,
  badge: InterpretedBadge,
  check: SignatureCheck,
  now: Date,
): ImportDraft {
  return { format: 'open-badges', fileName, entries: [toEntry(fileName, badge, check, now)], problems: [] };
}

function toEntry(fileName: string, badge: InterpretedBadge, check: SignatureCheck, now: Date): DraftEntry {
  const reading = badge.outcome;
  if (Array.isArray(reading)) {
    return { kind: 'unreadable', ref: REF, place: placeOf(reading), title: fileName.slice(0, 300), problems: reading };
  }
  if (reading.problems.some((problem) => problem.blocking)) {
    return {
      kind: 'unreadable',
      ref: REF,
      place: reading.place,
      title: reading.title ?? fileName.slice(0, 300),
      problems: reading.problems,
    };
  }
  const expired = reading.expires !== null && reading.expires.instant.getTime() < now.getTime();
  const problems = [...reading.problems];
  if (check.status === 'invalid') {
    problems.push({
      place: reading.place,
      message: `${check.detail} It will only be imported if you confirm.`,
      blocking: false,
    });
  }
  if (expired) {
    problems.push({
      place: reading.place,
      message: `This credential expired on ${reading.expires?.day ?? ''}. It will only be imported if you confirm.`,
      blocking: false,
    });
  }
  const { status, detail } = reading.hostedClassUrl === null ? check : hostedClassCheck(reading.hostedClassUrl, check);
  return {
    kind: 'certificate',
    ref: REF,
    place: reading.place,
    problems,
    links: [],
    ...(reading.title === null ? { needs: ['title' as const] } : {}),
    certificate: newCertificate({
      id: draftId(REF),
      title: reading.title ?? standInTitle(reading),
      provider: reading.provider,
      providerUrl: reading.providerUrl,
      issued: reading.issued,
      expires: reading.expires?.day ?? null,
      credentialId: reading.credentialId,
      credentialUrl: reading.credentialUrl,
      skills: reading.skills,
      description: reading.description,
      credential: {
        format: badge.format,
        status,
        expired,
        issuerId: reading.issuerId?.slice(0, 2_000) ?? null,
        checkedAt: now.toISOString(),
        detail: detail.slice(0, 1_000),
      },
    }),
  };
}

/**
 * Never imported: the plan takes the title the person types instead, and leaves the entry out without one.
 * It names the entry in the preview meanwhile, by what the file does say (who published it, and when).
 */
function standInTitle(reading: BadgeReading): string {
  const from = reading.provider === '' ? 'Untitled badge' : `Untitled badge from ${reading.provider}`;
  return reading.issued === null ? from : `${from}, issued ${reading.issued}`;
}

/**
 * What the badge is lives at its class's URL, so nobody can be named as having vouched for it offline,
 * whatever the signature says: unverifiable, unless the signature is plainly broken (that stays invalid,
 * and asks for confirmation).
 */
function hostedClassCheck(url: string, check: SignatureCheck): SignatureCheck {
  const hosted = `The badge's name and description are published at ${url.slice(0, 300)}, which Throughline does not fetch: it never goes online.`;
  return { status: check.status === 'invalid' ? 'invalid' : 'unverifiable', detail: `${hosted} ${check.detail}` };
}

function placeOf(problems: EntryProblem[]): string {
  return problems[0]?.place ?? 'badge';
}
