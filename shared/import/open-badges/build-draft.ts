import type { CredentialCheck } from '../../domain/profile';
import { newCertificate } from '../../domain/entries';
import { draftId, type DraftEntry, type EntryProblem, type ImportDraft } from '../draft';
import type { InterpretedBadge } from './read-badge';

/** What the signature check found; `expired` is decided here, from the badge's own dates. */
export interface SignatureCheck {
  status: CredentialCheck['status'];
  detail: string;
}

const REF = 'badge-1';

/** One badge file becomes a draft with one entry: the certificate, or an unreadable entry saying why. */
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
  const blocked = reading.problems.some((problem) => problem.blocking);
  if (reading.title === null || blocked) {
    const noName: EntryProblem = {
      place: reading.place,
      message: 'The badge does not say what it was awarded for (no name).',
      blocking: true,
    };
    const problems = blocked ? reading.problems : [...reading.problems, noName];
    return {
      kind: 'unreadable',
      ref: REF,
      place: reading.place,
      title: reading.title ?? fileName.slice(0, 300),
      problems,
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
  return {
    kind: 'certificate',
    ref: REF,
    place: reading.place,
    problems,
    links: [],
    certificate: newCertificate({
      id: draftId(REF),
      title: reading.title,
      provider: reading.provider,
      issued: reading.issued,
      expires: reading.expires?.day ?? null,
      credentialId: reading.credentialId,
      credentialUrl: reading.credentialUrl,
      skills: reading.skills,
      description: reading.description,
      credential: {
        format: badge.format,
        status: check.status,
        expired,
        issuerId: reading.issuerId?.slice(0, 2_000) ?? null,
        checkedAt: now.toISOString(),
        detail: check.detail.slice(0, 1_000),
      },
    }),
  };
}

function placeOf(problems: EntryProblem[]): string {
  return problems[0]?.place ?? 'badge';
}
