import { textKey } from '../taxonomy/text';
import type { SkillRef } from './profile';

/**
 * When two skill entries are one skill. A concept is the surest name, so it decides whenever it is
 * known; otherwise the words do, normalised as textKey does, so " python " is "Python" wherever the
 * app asks (an import's merge, a target's tiers, an entry's skill list, what the CV lists).
 */

/** A skill as a key, for sets and lists that hold each skill once: its concept, or its words when it has none. */
export function skillKey(skill: SkillRef): string {
  return skill.conceptId ?? `label:${textKey(skill.label)}`;
}

type Keyed = { conceptId: string | null; label: string };

const keyed = (skill: SkillRef): Keyed => ({ conceptId: skill.conceptId, label: textKey(skill.label) });

// Unlike skillKey, a skill named only in words is the same as a concept with those words: a CV
// lists "Python" in words while the role that shows it was resolved to the concept.
function matches(a: Keyed, b: Keyed): boolean {
  if (a.conceptId !== null && b.conceptId !== null) return a.conceptId === b.conceptId;
  return a.label !== '' && a.label === b.label;
}

/**
 * Whether two entries name the same skill: by concept when both have one, by their words when
 * either lacks it. Two different concepts are two skills even under the same words; blank words
 * name nothing and match nothing.
 */
export function sameSkill(a: SkillRef, b: SkillRef): boolean {
  return matches(keyed(a), keyed(b));
}

/**
 * sameSkill against a whole list: each item's words are normalised once, not at every comparison,
 * which matters when every listed skill is checked against every role's. A match by concept is
 * preferred to one by words; otherwise the first match is found.
 */
export function skillFinder<T>(
  items: readonly T[],
  skillOf: (item: T) => SkillRef,
): (skill: SkillRef) => T | undefined {
  const entries = items.map((item) => ({ item, key: keyed(skillOf(item)) }));
  return (skill) => {
    const key = keyed(skill);
    const byConcept =
      key.conceptId === null ? undefined : entries.find((entry) => entry.key.conceptId === key.conceptId);
    return (byConcept ?? entries.find((entry) => matches(entry.key, key)))?.item;
  };
}
