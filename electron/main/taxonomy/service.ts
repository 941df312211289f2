import type { Importance, TargetRole } from '../../../shared/domain/profile';
import { createSkillSpace } from '../../../shared/lens/skills';
import { paceOfTarget } from '../../../shared/lens/target-reading';
import type { FieldPace } from '../../../shared/domain/profile';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';

/**
 * The taxonomy, loaded once in the background: building it takes a few hundred milliseconds, so
 * it starts after the first window is shown and every call waits for it rather than blocking.
 */
export interface TaxonomyService {
  ready(): Promise<Taxonomy>;
  /** Starts loading now if it has not started yet. */
  warmUp(): void;
}

export function createTaxonomyService(
  load: () => Taxonomy,
  defer: (task: () => void) => void = (task) => void setImmediate(task),
): TaxonomyService {
  let loading: Promise<Taxonomy> | null = null;
  const start = () => {
    loading ??= new Promise<Taxonomy>((resolve, reject) => {
      defer(() => {
        try {
          resolve(load());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    return loading;
  };
  return { ready: start, warmUp: () => void start().catch(() => undefined) };
}

/**
 * A new target from an ESCO occupation or a curated role id, as a recruiter reads it: the core
 * skills essential, the secondary ones optional. What else ESCO names for the occupation stays out
 * of the target (the editor lists it apart, and the user may promote any of it). The pace is not
 * overridden: targetPace reads a curated role's pace from the occupation.
 */
export function targetFromOccupation(taxonomy: Taxonomy, occupationOrRoleId: string, id: string): TargetRole | null {
  const tiers = taxonomy.occupationTiers(occupationOrRoleId);
  const occupation = tiers === null ? null : taxonomy.occupation(tiers.occupationId);
  if (tiers === null || occupation === null) return null;
  const skill = (conceptId: string, importance: Importance) => ({
    skill: { label: taxonomy.skill(conceptId)?.label ?? conceptId, conceptId },
    importance,
  });
  return {
    id,
    title: tiers.role?.title ?? occupation.label,
    occupationId: tiers.occupationId,
    skills: [
      ...tiers.core.map((conceptId) => skill(conceptId, 'essential')),
      ...tiers.secondary.map((conceptId) => skill(conceptId, 'optional')),
    ].slice(0, 500),
    paceOverride: null,
    targetDate: null,
    posting: null,
  };
}

/**
 * The pace the lens reads the target at (its override, a curated role's pace, or its skills'), so
 * the target editor and the lens never disagree.
 */
export function targetPace(taxonomy: Taxonomy, target: TargetRole): FieldPace {
  const skills = createSkillSpace(taxonomy);
  return paceOfTarget(
    target,
    taxonomy,
    target.skills.map((entry) => ({ key: skills.keyOf(entry.skill), importance: entry.importance })),
  );
}
