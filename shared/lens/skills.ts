import type { SkillRef } from '../domain/profile';
import type { LensTaxonomy } from './taxonomy-port';

/**
 * Skills as the lens compares them: one key per concept (synonyms and alternative labels resolve
 * to the same ESCO concept), free labels compared by their normalised text, and a "related" test
 * for partial relevance (one step up or down ESCO's broader relations, or siblings under one skill).
 */
export function createSkillSpace(taxonomy: LensTaxonomy) {
  const keyCache = new Map<string, string>();
  const broaderCache = new Map<string, readonly string[]>();

  function keyOf(ref: SkillRef): string {
    if (ref.conceptId !== null) return ref.conceptId;
    const label = ref.label.trim().toLowerCase();
    let key = keyCache.get(label);
    if (key === undefined) {
      key = taxonomy.resolve(ref.label)?.conceptId ?? `free:${label}`;
      keyCache.set(label, key);
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
  function neighbourhood(key: string): string[] {
    const parents = broader(key);
    const viaTool = key.startsWith('sup:') ? parents.flatMap((parent) => broader(parent)) : [];
    return [key, ...parents, ...viaTool];
  }

  const isSkill = (key: string) => key.includes('/skill/') || key.startsWith('sup:');

  /** Close enough for partial relevance: one step up or down, or siblings under one ESCO skill. */
  function directlyRelated(a: string, b: string): boolean {
    if (a === b) return true;
    const up = broader(a);
    if (up.includes(b) || broader(b).includes(a)) return true;
    return up.some((parent) => isSkill(parent) && broader(b).includes(parent));
  }

  /** A curated tool relates through the ESCO concepts it is linked to. */
  function related(a: string, b: string): boolean {
    if (directlyRelated(a, b)) return true;
    const tools = [a, b].filter((key) => key.startsWith('sup:'));
    if (tools.length === 0) return false;
    const other = (tool: string) => (tool === a ? b : a);
    return tools.some((tool) => broader(tool).some((parent) => directlyRelated(parent, other(tool))));
  }

  function label(ref: SkillRef): string {
    return ref.label;
  }

  return {
    keyOf,
    related,
    neighbourhood,
    label,
    isSoft: (key: string) => !key.startsWith('free:') && taxonomy.skill(key)?.soft === true,
  };
}

export type SkillSpace = ReturnType<typeof createSkillSpace>;
