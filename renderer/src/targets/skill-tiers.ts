import type { SkillRef, TargetRole } from '../../../shared/domain/profile';
import { skillKey } from '../../../shared/domain/skills';

export type TargetSkill = TargetRole['skills'][number];

/**
 * The occupation's skills that are not in the target, each once, in the order given: what ESCO
 * also names for the role. They are shown apart and never counted as gaps.
 */
export function alsoNamed(skills: readonly TargetSkill[], named: readonly SkillRef[]): SkillRef[] {
  const taken = new Set(skills.map((entry) => skillKey(entry.skill)));
  const shown: SkillRef[] = [];
  for (const skill of named) {
    const key = skillKey(skill);
    if (taken.has(key)) continue;
    taken.add(key);
    shown.push({ conceptId: skill.conceptId, label: skill.label });
  }
  return shown;
}

/** A skill one tier up: also named becomes secondary, secondary becomes core. */
export function promote(skills: readonly TargetSkill[], skill: SkillRef): TargetSkill[] {
  const key = skillKey(skill);
  const at = skills.findIndex((entry) => skillKey(entry.skill) === key);
  if (at === -1)
    return [...skills, { skill: { label: skill.label, conceptId: skill.conceptId }, importance: 'optional' }];
  return skills.map((entry, index) => (index === at ? { ...entry, importance: 'essential' } : entry));
}

/** A skill one tier down: core becomes secondary, secondary leaves the target (and is also named, if ESCO names it). */
export function demote(skills: readonly TargetSkill[], skill: SkillRef): TargetSkill[] {
  const key = skillKey(skill);
  return skills.flatMap((entry) => {
    if (skillKey(entry.skill) !== key) return [entry];
    return entry.importance === 'essential' ? [{ ...entry, importance: 'optional' as const }] : [];
  });
}

/** A skill picked in the editor joins the core, unless the target already has it. */
export function addCore(skills: readonly TargetSkill[], skill: SkillRef): TargetSkill[] {
  const key = skillKey(skill);
  if (skills.some((entry) => skillKey(entry.skill) === key)) return [...skills];
  return [...skills, { skill: { label: skill.label, conceptId: skill.conceptId }, importance: 'essential' }];
}
