import type { TargetRole } from '../../../shared/domain/profile';
import type { FieldPace, Taxonomy } from '../../../shared/taxonomy/taxonomy';

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
 * A new target from an ESCO occupation: its essential and optional skills prefilled (the user
 * edits them afterwards through the usual target commands), its pace derived, not overridden.
 */
export function targetFromOccupation(taxonomy: Taxonomy, occupationId: string, id: string): TargetRole | null {
  const occupation = taxonomy.occupation(occupationId);
  if (occupation === null) return null;
  const skill = (conceptId: string, importance: 'essential' | 'optional') => ({
    skill: { label: taxonomy.skill(conceptId)?.label ?? conceptId, conceptId },
    importance,
  });
  return {
    id,
    title: occupation.label,
    occupationId,
    skills: [
      ...occupation.essential.map((conceptId) => skill(conceptId, 'essential')),
      ...occupation.optional.map((conceptId) => skill(conceptId, 'optional')),
    ].slice(0, 500),
    paceOverride: null,
    targetDate: null,
  };
}

/** The user's override if they set one, otherwise the pace derived from the target's skills. */
export function targetPace(taxonomy: Taxonomy, target: TargetRole): FieldPace {
  if (target.paceOverride !== null) return target.paceOverride;
  const ids = (importance: 'essential' | 'optional') =>
    target.skills.filter((entry) => entry.importance === importance).flatMap((entry) => entry.skill.conceptId ?? []);
  return taxonomy.paceOf(ids('essential'), ids('optional'));
}
