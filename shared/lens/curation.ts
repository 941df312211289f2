import { compareText, joinedList, type Context } from './context';
import type { CertificateAssessment, LensResult } from './result';

const RELEVANCE_SCORE = { strong: 3, partial: 1.5, none: 0 } as const;
const RECENCY_SCORE = { current: 2, aging: 1, background: 0, expired: -1 } as const;
const APPLICATION_SCORE = { 'applied-with-evidence': 3, applied: 2, 'applied-before-learning': 0.5, none: 0 } as const;

const applied = (entry: CertificateAssessment) =>
  entry.application === 'applied' || entry.application === 'applied-with-evidence';

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
      const strongCase = applied(entry) && entry.relevance !== 'partial' && entry.recency !== 'aging';
      const score =
        RELEVANCE_SCORE[entry.relevance ?? 'partial'] * (hasTarget ? 1.5 : 0) +
        RECENCY_SCORE[entry.recency ?? 'aging'] +
        APPLICATION_SCORE[entry.application] +
        (entry.kind === 'soft' ? -1 : 0) +
        (entry.providerRecognised ? 0.5 : 0);
      return { entry, tier: strongCase ? 0 : 1, score };
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score || compareText(a.entry.certificateId, b.entry.certificateId))
    .slice(0, Math.max(1, limit))
    .map(({ entry }) => ({ certificateId: entry.certificateId, reason: curatedReason(entry) }));
}

/** Names the target skills it serves, never only its own: the reader hires for the target's skills. */
function curatedReason(entry: CertificateAssessment): string {
  const parts: string[] = [];
  if (entry.serves.length > 0) parts.push(`serves ${joinedList(entry.serves.slice(0, 3))}`);
  if (entry.application === 'applied-with-evidence') parts.push('applied, with evidence');
  else if (entry.application === 'applied') parts.push('applied in your work');
  if (entry.recency === 'current') parts.push('recent');
  if (parts.length === 0) parts.push(entry.kind === 'soft' ? 'a supporting soft skill' : 'relevant learning');
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
