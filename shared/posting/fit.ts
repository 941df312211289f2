import type { Profile, TargetRole } from '../domain/profile';
import { buildContext } from '../lens/context';
import { coreBacked } from '../lens/evidence-level';
import type { SkillEvidence } from '../lens/result';
import { skillEvidence } from '../lens/skill-evidence';
import type { LensTaxonomy } from '../lens/taxonomy-port';
import { compareText } from '../taxonomy/text';
import type { PostingFit } from './posting';

/** A target made from a job posting: the only kind the "closest to ready" list ranks. */
export type PostingTarget = TargetRole & { posting: NonNullable<TargetRole['posting']> };

export const isPostingTarget = (target: TargetRole): target is PostingTarget => target.posting !== null;

export function postingTargets(profile: Profile): PostingTarget[] {
  return profile.targets.filter(isPostingTarget);
}

/**
 * One posting's fit: its essential skills backed by a role or project, counted as readiness
 * counts them (the lens's evidence level, applied or applied with evidence).
 */
export function postingFit(target: PostingTarget, evidence: readonly SkillEvidence[]): PostingFit {
  const { backed, total } = coreBacked(evidence);
  return {
    targetId: target.id,
    title: target.title,
    company: target.posting.company,
    essentialBacked: backed,
    essentialTotal: total,
    share: total === 0 ? 0 : backed / total,
  };
}

const byTitle = (fit: PostingFit) => fit.title.toLocaleLowerCase('en');

/** Closest to ready first; on a tie, more essential skills backed, then by title (and id, so the order is stable). */
export function rankPostingFits(fits: readonly PostingFit[]): PostingFit[] {
  return [...fits].sort(
    (a, b) =>
      b.share - a.share ||
      b.essentialBacked - a.essentialBacked ||
      compareText(byTitle(a), byTitle(b)) ||
      compareText(a.targetId, b.targetId),
  );
}

/**
 * Every saved posting's fit, ranked, with the lens's evidence read per target the way readiness
 * reads it (the same context and evidence calls, without the rest of an analysis). The app's main
 * process passes the analyses it already holds instead; see `electron/main/ipc/posting-fit-handlers.ts`.
 */
export function postingFits(profile: Profile, taxonomy: LensTaxonomy, now: string): PostingFit[] {
  return rankPostingFits(
    postingTargets(profile).map((target) => {
      const context = buildContext(profile, taxonomy, { now, targetId: target.id });
      return postingFit(target, context.reading === null ? [] : skillEvidence(context, context.reading));
    }),
  );
}
