import { ESCO_SKILL_PREFIX, SUPPLEMENTARY_PREFIX, type TaxonomyAsset } from './asset';

/**
 * How the lens reads a relatedness: at least `strong`, the one skill stands for the other; at
 * least `partial`, it is evidence towards it; below, unrelated.
 */
export const RELATEDNESS = { strong: 0.5, partial: 0.25 } as const;

/**
 * Runtime weights. A shared hierarchy node counts by how few skills it covers:
 * ((ln N − ln covered) / ln N)^HIERARCHY_POWER, so siblings under a narrow group relate and
 * a shared pillar ("skills", "knowledge") counts for almost nothing. A tool stands for its ESCO
 * concepts at TOOL_LINK and for what they relate to at TOOL_LINK times that relatedness.
 */
export const RELATEDNESS_RUNTIME = {
  hierarchyPower: 2.5,
  hierarchyMax: 0.45,
  toolLink: 0.8,
  kindOfLink: 0.8,
  maxDistinct: 0.95,
} as const;

/**
 * relatedness(a, b) in [0, 1]: 1 for the same concept, 0 for unknown ids; symmetric. Two ESCO
 * skills combine (noisy-or) their closest shared hierarchy node with the stored neighbour weight
 * (ESCO relations, co-occurrence, curated co-listing); a curated tool adds the path through its
 * ESCO concepts. Everything is looked up lazily, so loading the taxonomy costs nothing here.
 */
export function createRelatedness(asset: TaxonomyAsset): (a: string, b: string) => number {
  const { skills, supplementary, relatedness, broader } = asset;
  const skillCount = skills.id.length;
  const { neighbours, coverage } = relatedness;
  let indexById: Map<string, number> | null = null;
  let parents: number[][] | null = null;
  const parentsOf = (): number[][] => {
    if (parents === null) {
      const built: number[][] = [];
      for (let index = 0; index < broader.length; index += 2) {
        const narrower = broader[index] ?? -1;
        (built[narrower] ??= []).push(broader[index + 1] ?? -1);
      }
      parents = built;
    }
    return parents;
  };
  const ancestorsCache = new Map<number, Map<number, number>>();
  const logTotal = Math.log(Math.max(2, skillCount));

  const indexOf = (conceptId: string): number | undefined => {
    if (indexById === null) {
      indexById = new Map<string, number>();
      skills.id.forEach((id, index) => indexById?.set(`${ESCO_SKILL_PREFIX}${id}`, index));
      supplementary.forEach((entry, index) => {
        // Acronyms are names of an ESCO concept, not concepts of their own.
        if (entry.kind !== 'acronym') indexById?.set(`${SUPPLEMENTARY_PREFIX}${entry.id}`, skillCount + index);
      });
    }
    return indexById.get(conceptId);
  };

  /** The stored weight of b in a's list (gap-encoded, ascending): a short scan. */
  const stored = (a: number, b: number): number => {
    const list = neighbours[a];
    if (list === undefined) return 0;
    let at = 0;
    for (let index = 0; index < list.length; index += 2) {
      at += list[index] ?? 0;
      if (at === b) return (list[index + 1] ?? 0) / 100;
      if (at > b) return 0;
    }
    return 0;
  };
  const storedBoth = (a: number, b: number) => Math.max(stored(a, b), stored(b, a));

  const nodeWeight = (node: number) => {
    const covered = Math.max(1, coverage[node] ?? 1);
    return Math.min(
      RELATEDNESS_RUNTIME.hierarchyMax,
      ((logTotal - Math.log(covered)) / logTotal) ** RELATEDNESS_RUNTIME.hierarchyPower,
    );
  };

  /** Every hierarchy node at or above a skill, with the weight it would give as a shared node. */
  const ancestors = (skill: number): Map<number, number> => {
    const cached = ancestorsCache.get(skill);
    if (cached !== undefined) return cached;
    const parents = parentsOf();
    const found = new Map<number, number>([[skill, nodeWeight(skill)]]);
    const stack = [skill];
    while (stack.length > 0) {
      for (const parent of parents[stack.pop() ?? -1] ?? [])
        if (!found.has(parent)) {
          found.set(parent, nodeWeight(parent));
          stack.push(parent);
        }
    }
    ancestorsCache.set(skill, found);
    return found;
  };

  const hierarchy = (a: number, b: number): number => {
    const above = ancestors(b);
    let best = 0;
    for (const [node, weight] of ancestors(a)) if (weight > best && above.has(node)) best = weight;
    return best;
  };

  /** The broader skills a skill is a kind of (MySQL is a database management system). */
  const kindOf = (skill: number): number[] => (parentsOf()[skill] ?? []).filter((parent) => parent < skillCount);

  /**
   * The stored links of two skills, and of the broader skills they are kinds of, somewhat less
   * (a link of "database management systems" speaks for MySQL). Two kinds of one broader skill
   * are siblings: that is the hierarchy's to weigh, so a shared broader skill is no link here.
   */
  const storedLink = (a: number, b: number): number => {
    let best = storedBoth(a, b);
    const inherit = RELATEDNESS_RUNTIME.kindOfLink;
    for (const p of kindOf(a)) if (p !== b) best = Math.max(best, inherit * storedBoth(p, b));
    for (const q of kindOf(b)) {
      if (q === a) continue;
      best = Math.max(best, inherit * storedBoth(a, q));
      for (const p of kindOf(a)) if (p !== q) best = Math.max(best, inherit * inherit * storedBoth(p, q));
    }
    return best;
  };

  const escoPair = (a: number, b: number): number => {
    if (a === b) return 1;
    const combined = 1 - (1 - hierarchy(a, b)) * (1 - storedLink(a, b));
    return Math.min(RELATEDNESS_RUNTIME.maxDistinct, combined);
  };

  /** The ESCO concepts a concept stands for, with how fully: a skill itself, a tool its ESCO concepts. */
  const standsFor = (index: number): Array<[number, number]> =>
    index < skillCount
      ? [[index, 1]]
      : (supplementary[index - skillCount]?.related ?? []).map((skill): [number, number] => [
          skill,
          RELATEDNESS_RUNTIME.toolLink,
        ]);

  return (a, b) => {
    const x = indexOf(a);
    const y = indexOf(b);
    if (x === undefined || y === undefined) return 0;
    if (x === y) return 1;
    let best = Math.min(RELATEDNESS_RUNTIME.maxDistinct, storedBoth(x, y));
    for (const [p, weightP] of standsFor(x))
      for (const [q, weightQ] of standsFor(y)) best = Math.max(best, weightP * weightQ * escoPair(p, q));
    return best;
  };
}
