import type { SkillRef } from '../domain/profile';
import { textKey } from '../taxonomy/text';
import type { FieldPace } from '../taxonomy/taxonomy';
import type { LensTaxonomy } from './taxonomy-port';

/**
 * Skills as the lens compares them: one key per concept (synonyms and alternative labels resolve
 * to the same ESCO concept), free labels compared by their normalised text, and each concept's
 * close neighbourhood for judging whether learning hangs together. How related two skills are is
 * the taxonomy's graded measure (LensTaxonomy.relatedness), not this.
 */
export function createSkillSpace(taxonomy: LensTaxonomy) {
  let space = spaces.get(taxonomy);
  if (space === undefined) {
    space = buildSkillSpace(taxonomy);
    spaces.set(taxonomy, space);
  }
  return space;
}

/**
 * One skill space per taxonomy, kept between analyses: every answer in it depends on the
 * taxonomy alone, so remembering them changes no result and saves re-resolving the same labels.
 */
const spaces = new WeakMap<LensTaxonomy, ReturnType<typeof buildSkillSpace>>();

function buildSkillSpace(taxonomy: LensTaxonomy) {
  const keyCache = new Map<string, string>();
  const broaderCache = new Map<string, readonly string[]>();
  const providerCache = new Map<string, { id: string } | null>();

  function keyOf(ref: SkillRef): string {
    if (ref.conceptId !== null) return ref.conceptId;
    let key = keyCache.get(ref.label);
    if (key === undefined) {
      // A free label keeps its own script: "项目管理" and "إدارة المشاريع" are two skills, not one.
      key = taxonomy.resolve(ref.label)?.conceptId ?? `free:${textKey(ref.label)}`;
      keyCache.set(ref.label, key);
    }
    return key;
  }

  function broader(key: string): readonly string[] {
    let found = broaderCache.get(key);
    if (found === undefined) {
      found = key.startsWith('free:') ? [] : (taxonomy.skill(key)?.broader ?? []);
      broaderCache.set(key, found);
    }
    return found;
  }

  /**
   * What a concept is close to, for judging whether learning hangs together: itself and its
   * direct parents (skills and the narrow skill groups right above them; a curated tool's
   * closest ESCO concepts and theirs).
   */
  const neighbourhoodCache = new Map<string, readonly string[]>();
  function neighbourhood(key: string): readonly string[] {
    let found = neighbourhoodCache.get(key);
    if (found === undefined) {
      const parents = broader(key);
      const viaTool = key.startsWith('sup:') ? parents.flatMap((parent) => broader(parent)) : [];
      found = [key, ...parents, ...viaTool];
      neighbourhoodCache.set(key, found);
    }
    return found;
  }

  const softCache = new Map<string, boolean>();
  function isSoft(key: string): boolean {
    let soft = softCache.get(key);
    if (soft === undefined) {
      soft = !key.startsWith('free:') && taxonomy.skill(key)?.soft === true;
      softCache.set(key, soft);
    }
    return soft;
  }

  function provider(name: string): { id: string } | null {
    let found = providerCache.get(name);
    if (found === undefined) {
      found = taxonomy.resolveProvider(name);
      providerCache.set(name, found);
    }
    return found;
  }

  /** The pace of a course's own field, from its known skills: many courses share a skill list. */
  const paceCache = new Map<string, FieldPace>();
  function paceOf(keys: readonly string[]): FieldPace {
    const known = keys.filter((key) => !key.startsWith('free:'));
    const signature = known.join('|');
    let pace = paceCache.get(signature);
    if (pace === undefined) {
      pace = taxonomy.paceOf(known);
      paceCache.set(signature, pace);
    }
    return pace;
  }

  /** How related two concepts are (the taxonomy's measure), remembered: profiles repeat their skills. */
  const relatednessCache = new Map<string, number>();
  function relatedness(a: string, b: string): number {
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let score = relatednessCache.get(pair);
    if (score === undefined) {
      score = taxonomy.relatedness(a, b);
      relatednessCache.set(pair, score);
    }
    return score;
  }

  /** The occupation a job title names, remembered: the same titles come back on every analysis. */
  const titleCache = new Map<string, ReturnType<LensTaxonomy['occupationForTitle']>>();
  function occupationForTitle(title: string): ReturnType<LensTaxonomy['occupationForTitle']> {
    let found = titleCache.get(title);
    if (found === undefined) {
      found = taxonomy.occupationForTitle(title);
      titleCache.set(title, found);
    }
    return found;
  }

  return { keyOf, neighbourhood, isSoft, provider, paceOf, relatedness, occupationForTitle };
}

export type SkillSpace = ReturnType<typeof buildSkillSpace>;
