/**
 * Build-time half of the relatedness measure: the stored neighbour lists and hierarchy coverage
 * (read at runtime by relatedness.ts). Pure, so the build script and tests share it.
 */

export interface RelatednessInput {
  skillCount: number;
  /** Supplementary entries (tools, methods…), indexed after the skills. */
  supplementaryCount: number;
  occupations: ReadonlyArray<{ essential: readonly number[]; optional: readonly number[] }>;
  /** ESCO's skill-to-skill relations. */
  skillRelations: ReadonlyArray<{ from: number; to: number; essential: boolean }>;
  /** ESCO skills' preferred labels, by index. */
  skillLabels: readonly string[];
  /**
   * Curated lists whose members go together (a certificate's skills, a tool's ESCO concepts, a
   * role's core and secondary skills), over skills and supplementary entries.
   */
  curatedLists: readonly WeightedList[];
  /** Soft concepts: co-occurrence never links a soft skill to a technical one (see below). */
  soft: (concept: number) => boolean;
}

export const RELATEDNESS_BUILD = {
  /**
   * A skill whose label is another's with a qualifier ("ICT project management", "project
   * management") is a specialisation of it: as close as a partial match, never more on its own.
   * Only labels of two words or more count: one word ("communication") names too many things.
   */
  namedSpecialisation: 0.3,
  /** ESCO's skill-to-skill relations: "essential" is a stronger tie than "optional". */
  essentialRelation: 0.6,
  optionalRelation: 0.45,
  /** An occupation's optional skill counts this much against an essential one in co-occurrence. */
  optionalInOccupation: 0.5,
  /** Co-occurrence in ESCO's occupation lists (see listCooccurrence). */
  occupations: { maxLists: 120, supportHalf: 3, scale: 0.8 },
  /**
   * Co-listing in the curated lists, chosen by hand so each says more than an ESCO occupation:
   * every list holding both members adds (noisy-or) its weight times both members' weights; a
   * short list (a tool's 2–3 concepts) is one subject and weighs more than a long one (a
   * certificate's or role's skills, a bundle). Concepts on more than `popular` lists (Python,
   * SQL…) sit beside everything, so their pairs are damped by sqrt(popular / lists).
   */
  curated: { shortList: 3, shortWeight: 0.4, longWeight: 0.3, popular: 25 },
  /** Neighbours kept per concept, and the weakest kept. */
  maxNeighbours: 40,
  minWeight: 0.12,
} as const;

const noisyOr = (a: number, b: number) => 1 - (1 - a) * (1 - b);

/**
 * Every concept's strongest neighbours. Co-occurrence (in occupations or curated lists) shows what
 * is needed together, which tells how alike two skills are only within one kind: SQL and
 * communication are both on a data analyst's list without one standing for the other. So those
 * links join soft to soft and technical to technical only; ESCO's explicit relations join any.
 */
export function buildNeighbours(input: RelatednessInput): number[][] {
  const { skillCount, supplementaryCount, soft } = input;
  const conceptCount = skillCount + supplementaryCount;
  const links = Array.from({ length: conceptCount }, () => new Map<number, number>());
  const add = (a: number, b: number, weight: number) => {
    if (a === b || weight <= 0) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const map = links[from];
      if (map === undefined) continue;
      map.set(to, noisyOr(map.get(to) ?? 0, weight));
    }
  };
  const sameKind = (a: number, b: number) => soft(a) === soft(b);

  // ESCO's skill-to-skill relations.
  for (const relation of input.skillRelations)
    add(
      relation.from,
      relation.to,
      relation.essential ? RELATEDNESS_BUILD.essentialRelation : RELATEDNESS_BUILD.optionalRelation,
    );

  for (const [general, specific] of namedSpecialisations(input.skillLabels))
    add(general, specific, RELATEDNESS_BUILD.namedSpecialisation);

  // Co-occurrence across ESCO's occupations, then across the curated lists.
  const occupationLists = input.occupations.map((occupation) => ({
    members: [...occupation.essential, ...occupation.optional],
    weights: [
      ...occupation.essential.map(() => 1),
      ...occupation.optional.map(() => RELATEDNESS_BUILD.optionalInOccupation),
    ],
  }));
  for (const [a, b, weight] of listCooccurrence(occupationLists, skillCount, RELATEDNESS_BUILD.occupations))
    if (sameKind(a, b)) add(a, b, weight);
  for (const [a, b, weight] of curatedCoListing(input.curatedLists, conceptCount))
    if (sameKind(a, b)) add(a, b, weight);

  const strongest = (map: Map<number, number>) =>
    [...map]
      .filter(([, weight]) => weight >= RELATEDNESS_BUILD.minWeight)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, RELATEDNESS_BUILD.maxNeighbours);

  return links.map((map) => {
    const kept = strongest(map).sort((x, y) => x[0] - y[0]);
    const flat: number[] = [];
    let previous = 0;
    for (const [to, weight] of kept) {
      flat.push(to - previous, Math.round(Math.min(1, weight) * 100));
      previous = to;
    }
    return flat;
  });
}

export interface WeightedList {
  members: readonly number[];
  /** Each member's weight in the list (1 when absent). */
  weights?: readonly number[];
}

interface CooccurrenceOptions {
  /** Concepts in more lists than this are left out: being everywhere says nothing. */
  maxLists: number;
  /** The weighted co-listing at which the support shrink is one half. */
  supportHalf: number;
  scale: number;
}

/**
 * Pairs of concepts listed together: the cosine of their list vectors (a member's weight in each
 * list), shrunk when they share little, since one shared list is weak evidence however rare both
 * concepts are, and scaled. Normalising by how often each concept is listed at all keeps a
 * concept that is on every list (Python, communication) from relating to everything beside it.
 */
export function listCooccurrence(
  lists: readonly WeightedList[],
  conceptCount: number,
  options: CooccurrenceOptions,
): Array<[number, number, number]> {
  const byConcept: Array<Array<[number, number]>> = Array.from({ length: conceptCount }, () => []);
  const entries = lists.map((list) => {
    // A concept listed twice in one list counts once, at its higher weight.
    const weights = new Map<number, number>();
    list.members.forEach((member, index) => {
      if (member < 0 || member >= conceptCount) return;
      weights.set(member, Math.max(weights.get(member) ?? 0, list.weights?.[index] ?? 1));
    });
    return [...weights];
  });
  entries.forEach((members, list) => {
    for (const [member, weight] of members) byConcept[member]?.push([list, weight]);
  });
  const eligible = (concept: number) => {
    const count = byConcept[concept]?.length ?? 0;
    return count > 0 && count <= options.maxLists;
  };
  const norm = byConcept.map((listed) => Math.sqrt(listed.reduce((sum, [, weight]) => sum + weight * weight, 0)));

  const pairs: Array<[number, number, number]> = [];
  const dot = new Float64Array(conceptCount);
  const touched: number[] = [];
  for (let a = 0; a < conceptCount; a += 1) {
    if (!eligible(a)) continue;
    for (const [list, weightA] of byConcept[a] ?? [])
      for (const [b, weightB] of entries[list] ?? []) {
        if (b <= a || !eligible(b)) continue;
        if (dot[b] === 0) touched.push(b);
        dot[b] = (dot[b] ?? 0) + weightA * weightB;
      }
    for (const b of touched) {
      const shared = dot[b] ?? 0;
      const cosine = Math.min(1, shared / ((norm[a] ?? 1) * (norm[b] ?? 1)));
      const weight = options.scale * cosine * (shared / (shared + options.supportHalf));
      if (weight >= RELATEDNESS_BUILD.minWeight) pairs.push([a, b, weight]);
      dot[b] = 0;
    }
    touched.length = 0;
  }
  return pairs;
}

/** [general, specific] skill pairs where the specific label is the general one with words added. */
export function namedSpecialisations(labels: readonly string[]): Array<[number, number]> {
  const words = labels.map((label) =>
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter(Boolean),
  );
  const byLabel = new Map<string, number>();
  words.forEach((list, index) => {
    if (list.length >= 2) byLabel.set(list.join(' '), index);
  });
  const pairs: Array<[number, number]> = [];
  words.forEach((list, specific) => {
    const found = new Set<number>();
    for (let length = 2; length < list.length; length += 1)
      for (let start = 0; start + length <= list.length; start += 1) {
        const general = byLabel.get(list.slice(start, start + length).join(' '));
        if (general !== undefined && general !== specific && !found.has(general)) {
          found.add(general);
          pairs.push([general, specific]);
        }
      }
  });
  return pairs;
}

/** Pairs of concepts co-listed in the curated lists (see RELATEDNESS_BUILD.curated). */
export function curatedCoListing(
  lists: readonly WeightedList[],
  conceptCount: number,
): Array<[number, number, number]> {
  const { shortList, shortWeight, longWeight, popular } = RELATEDNESS_BUILD.curated;
  const listed = new Map<number, number>();
  const pairs = new Map<number, number>();
  for (const list of lists) {
    const weights = new Map<number, number>();
    list.members.forEach((member, index) => {
      if (member >= 0 && member < conceptCount)
        weights.set(member, Math.max(weights.get(member) ?? 0, list.weights?.[index] ?? 1));
    });
    const members = [...weights];
    const base = members.length <= shortList ? shortWeight : longWeight;
    for (const [member] of members) listed.set(member, (listed.get(member) ?? 0) + 1);
    for (let i = 0; i < members.length; i += 1)
      for (let j = i + 1; j < members.length; j += 1) {
        const [a, weightA] = members[i] ?? [0, 0];
        const [b, weightB] = members[j] ?? [0, 0];
        const key = Math.min(a, b) * conceptCount + Math.max(a, b);
        pairs.set(key, noisyOr(pairs.get(key) ?? 0, base * weightA * weightB));
      }
  }
  const damping = (concept: number) => Math.min(1, Math.sqrt(popular / (listed.get(concept) ?? 1)));
  return [...pairs].map(([key, weight]) => {
    const a = Math.floor(key / conceptCount);
    const b = key % conceptCount;
    return [a, b, weight * Math.min(damping(a), damping(b))];
  });
}

/** How many skills each hierarchy node covers (distinct skills at or below it, itself included). */
export function hierarchyCoverage(skillCount: number, groupCount: number, broader: readonly number[]): number[] {
  const nodeCount = skillCount + groupCount;
  const parents: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let index = 0; index < broader.length; index += 2) {
    const narrower = broader[index] ?? -1;
    const wider = broader[index + 1] ?? -1;
    if (narrower >= 0 && wider >= 0) parents[narrower]?.push(wider);
  }
  const coverage = new Array<number>(nodeCount).fill(0);
  const seen = new Int32Array(nodeCount).fill(-1);
  for (let skill = 0; skill < skillCount; skill += 1) {
    // Each skill counts once for itself and once for every distinct ancestor.
    const stack = [skill];
    seen[skill] = skill;
    while (stack.length > 0) {
      const node = stack.pop() ?? -1;
      coverage[node] = (coverage[node] ?? 0) + 1;
      for (const parent of parents[node] ?? [])
        if (seen[parent] !== skill) {
          seen[parent] = skill;
          stack.push(parent);
        }
    }
  }
  return coverage;
}
