import { textKey } from '../taxonomy/text';
import type { SkillRef } from './profile';

/** A skill as a key, for sets and lists that hold each skill once: its concept, or its words when it has none. */
export function skillKey(skill: SkillRef): string {
  return skill.conceptId ?? `label:${textKey(skill.label)}`;
}

const keyed = (skill: SkillRef) => ({ conceptId: skill.conceptId, label: textKey(skill.label) });

/**
 * Whether two entries name the same skill: by concept when both have one, by their words
 * (normalised as textKey does, so " python " is "Python") when either lacks it. Unlike skillKey, a
 * skill named only in words is the same as a concept with those words: a CV lists "Python" in
 * words while the role that shows it was resolved to the concept. Two different concepts are two
 * skills even under the same words; blank words match nothing. The rule is skillFinder's.
 */
export function sameSkill(a: SkillRef, b: SkillRef): boolean {
  return skillFinder([b], (skill) => skill)(a) !== undefined;
}

/**
 * Which item of a list names the same skill (sameSkill's rule), answered by look-up: every listed
 * skill is checked against every role's and project's on each edit of a large profile, so a scan
 * per question would not do. A match by concept is preferred to one by words; otherwise the first
 * match in the list is found.
 */
export function skillFinder<T>(
  items: readonly T[],
  skillOf: (item: T) => SkillRef,
): (skill: SkillRef) => T | undefined {
  const byConcept = new Map<string, T>();
  // Words alone match any entry with those words; a concept meets words only on an entry without one.
  const byWords = new Map<string, T>();
  const byWordsWithoutConcept = new Map<string, T>();
  const keepFirst = (map: Map<string, T>, key: string, item: T) => {
    if (key !== '' && !map.has(key)) map.set(key, item);
  };
  for (const item of items) {
    const { conceptId, label } = keyed(skillOf(item));
    if (conceptId !== null) keepFirst(byConcept, conceptId, item);
    else keepFirst(byWordsWithoutConcept, label, item);
    keepFirst(byWords, label, item);
  }
  return (skill) => {
    const { conceptId, label } = keyed(skill);
    if (conceptId === null) return byWords.get(label);
    return byConcept.get(conceptId) ?? byWordsWithoutConcept.get(label);
  };
}
