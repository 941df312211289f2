import type { Importance, TargetRole } from '../domain/profile';
import type { FieldPace } from '../domain/profile';
import { LENS_CONFIG } from './config';
import { importanceRank } from './evidence-level';
import type { CertificateAssessment } from './result';
import { isFreeKey, type SkillSpace } from './skills';
import type { LensTaxonomy } from './taxonomy-port';

/** A certificate's relevance, read per concept: a concept can also be exactly a target skill. */
export type Strength = NonNullable<CertificateAssessment['relevance']> | 'exact';

/** How one concept stands to the target: its strength and the target skill it serves best. */
export interface Relation {
  strength: Strength;
  /** Index into TargetReading.skills of the target skill served; -1 when none. */
  serves: number;
  score: number;
}

export interface TargetReading {
  target: TargetRole;
  /** The target's skills, one per concept: core (essential) first as the user ordered them. */
  skills: Array<{ key: string; label: string; importance: Importance }>;
  pace: FieldPace;
  relation(key: string): Relation;
  /**
   * The target skills (indexes into skills) a concept is evidence for: itself, or the skill it is a
   * tool for or a narrower form of (pandas for Python, Figma for UI design).
   */
  evidenceFor(key: string): readonly number[];
}

const NONE: Relation = { strength: 'none', serves: -1, score: 0 };

/**
 * Readings are kept per target and taxonomy: the store's updates are immutable, so an unchanged
 * target is the same object after an edit. A target read back from disk, restored or undone is a
 * new object with the same content, so the content is the key past the object: the relations
 * worked out for it still hold, and the certificates' remembered readings (which depend on the
 * reading) stay valid.
 */
const readings = new WeakMap<
  LensTaxonomy,
  { byObject: WeakMap<TargetRole, TargetReading>; byContent: Map<string, TargetReading> }
>();
const KEPT_BY_CONTENT = 16;

export function targetReading(target: TargetRole, skills: SkillSpace, taxonomy: LensTaxonomy): TargetReading {
  let kept = readings.get(taxonomy);
  if (kept === undefined) {
    kept = { byObject: new WeakMap(), byContent: new Map() };
    readings.set(taxonomy, kept);
  }
  let reading = kept.byObject.get(target);
  if (reading === undefined) {
    const content = JSON.stringify(target);
    reading = kept.byContent.get(content);
    if (reading === undefined) {
      reading = readTarget(target, skills, taxonomy);
      kept.byContent.set(content, reading);
      const oldest = kept.byContent.keys().next().value;
      if (kept.byContent.size > KEPT_BY_CONTENT && oldest !== undefined) kept.byContent.delete(oldest);
    }
    kept.byObject.set(target, reading);
  }
  return reading;
}

/**
 * The pace learning ages at for a target: the user's word; else the pace of the curated role its
 * occupation (or its title) names, written by the team for that field; else how digital its skills are.
 */
export function paceOfTarget(
  target: TargetRole,
  taxonomy: LensTaxonomy,
  skills: ReadonlyArray<{ key: string; importance: Importance }>,
): FieldPace {
  if (target.paceOverride !== null) return target.paceOverride;
  const named = target.occupationId === null ? taxonomy.occupationForTitle(target.title) : null;
  const curatedFor = target.occupationId ?? named?.roleId ?? null;
  const tiers = curatedFor === null ? null : taxonomy.occupationTiers(curatedFor);
  if (tiers !== null && tiers.role !== null) return tiers.pace;
  const known = (importance: Importance) =>
    skills.filter((entry) => entry.importance === importance && !isFreeKey(entry.key)).map((entry) => entry.key);
  return taxonomy.paceOf(known('essential'), known('optional'));
}

function readTarget(target: TargetRole, skills: SkillSpace, taxonomy: LensTaxonomy): TargetReading {
  const byKey = new Map<string, { key: string; label: string; importance: Importance }>();
  for (const entry of target.skills) {
    const key = skills.keyOf(entry.skill);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { key, label: entry.skill.label, importance: entry.importance });
    else if (entry.importance === 'essential') known.importance = 'essential';
  }
  const list = [...byKey.values()].sort((a, b) => importanceRank(a.importance) - importanceRank(b.importance));
  const pace = paceOfTarget(target, taxonomy, list);
  const { strong, partial } = LENS_CONFIG.relatedness;
  const cache = new Map<string, Relation>();
  const evidenceCache = new Map<string, readonly number[]>();

  function relate(key: string): Relation {
    let best = NONE;
    list.forEach((entry, index) => {
      if (best.strength === 'exact') return;
      if (entry.key === key) {
        best = { strength: 'exact', serves: index, score: 1 };
        return;
      }
      if (isFreeKey(key) || isFreeKey(entry.key)) return;
      const score = skills.relatedness(key, entry.key);
      // Core skills win ties: serving a skill the reader checks first says more.
      if (score > best.score && score >= partial)
        best = { strength: score >= strong ? 'strong' : 'partial', serves: index, score };
    });
    return best;
  }

  function evidenced(key: string): number[] {
    // Structural, not a score: "data analytics" is close to "statistics" but no proof of it.
    const up = isFreeKey(key) ? [] : (taxonomy.skill(key)?.broader ?? []);
    const found: number[] = [];
    list.forEach((entry, index) => {
      if (entry.key === key || up.includes(entry.key)) found.push(index);
    });
    return found;
  }

  return {
    target,
    skills: list,
    pace,
    evidenceFor(key) {
      let found = evidenceCache.get(key);
      if (found === undefined) {
        found = evidenced(key);
        evidenceCache.set(key, found);
      }
      return found;
    },
    relation(key) {
      let found = cache.get(key);
      if (found === undefined) {
        found = relate(key);
        cache.set(key, found);
      }
      return found;
    },
  };
}
