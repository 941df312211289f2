import { keysOf, type Context } from './context';
import { joinedList } from '../domain/text';
import { compareText } from '../taxonomy/text';
import { isApplied } from './evidence-level';
import type { CertificateAssessment, LensResult } from './result';

const RELEVANCE_SCORE = { strong: 3, partial: 1.5, none: 0 } as const;
const RECENCY_SCORE = { current: 2, aging: 1, background: 0, expired: -1 } as const;
const APPLICATION_SCORE = { 'applied-with-evidence': 3, applied: 2, 'applied-before-learning': 0.5, none: 0 } as const;

/**
 * The few certificates to show first for the target: earned courses that serve it (any, without a
 * target) and carry no problem a reader would hold against them. The list is never padded: a
 * stale, expired, inflated or off-target certificate shown first weakens the case it sits in.
 */
export function curate(
  context: Context,
  assessments: readonly CertificateAssessment[],
  limit: number,
): LensResult['curated'] {
  const hasTarget = context.target !== null;
  const coversCore = (entry: CertificateAssessment) => directlyCovers(context, entry.certificateId, 'essential');
  return assessments
    .filter(
      (entry) =>
        !entry.intent &&
        entry.learning === 'certificate' &&
        entry.relevance !== 'none' &&
        entry.inflatedClaim === null &&
        entry.recency !== 'background' &&
        entry.recency !== 'expired',
    )
    .map((entry) => {
      const strongCase = isApplied(entry.application) && entry.relevance !== 'partial' && entry.recency !== 'aging';
      const score =
        RELEVANCE_SCORE[entry.relevance ?? 'partial'] * (hasTarget ? 1.5 : 0) +
        RECENCY_SCORE[entry.recency ?? 'aging'] +
        APPLICATION_SCORE[entry.application] +
        (entry.kind === 'soft' ? -1 : 0) +
        (entry.providerRecognised ? 0.5 : 0);
      // Relevance leads: a course in the role's core skill comes before applied learning that is
      // only near it (a Python course before a data-analytics one, for a Python developer).
      const core = hasTarget && coversCore(entry) ? 0 : 1;
      return { entry, rank: core * 2 + (strongCase ? 0 : 1), score };
    })
    .sort((a, b) => a.rank - b.rank || b.score - a.score || compareText(a.entry.certificateId, b.entry.certificateId))
    .slice(0, Math.max(1, limit))
    .map(({ entry }) => ({
      certificateId: entry.certificateId,
      reason: curatedReason(entry, directlyCovers(context, entry.certificateId, 'any')),
    }));
}

/** Whether one of its skills is a target skill itself, or a narrower form or tool of one. */
function directlyCovers(context: Context, certificateId: string, importance: 'essential' | 'any'): boolean {
  const reading = context.reading;
  if (reading === null) return false;
  return keysOf(context, 'certificate', certificateId).some((key) =>
    reading.evidenceFor(key).some((index) => importance === 'any' || reading.skills[index]?.importance === 'essential'),
  );
}

/**
 * Names the target skills it serves, never only its own: the reader hires for the target's skills.
 * Learning that is only near them says so, rather than claiming to teach them.
 */
function curatedReason(entry: CertificateAssessment, direct: boolean): string {
  const parts: string[] = [];
  if (entry.serves.length > 0) parts.push(`${direct ? 'serves' : 'close to'} ${joinedList(entry.serves.slice(0, 3))}`);
  if (entry.application === 'applied-with-evidence') parts.push('applied, with evidence');
  else if (entry.application === 'applied') parts.push('applied in your work');
  if (entry.recency === 'current') parts.push('recent');
  if (parts.length === 0) parts.push(entry.kind === 'soft' ? 'a supporting soft skill' : 'relevant learning');
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
