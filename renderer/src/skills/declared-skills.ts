import type { DeclaredSkill, Profile, SkillRef } from '../../../shared/domain/profile';
import { textKey } from '../../../shared/taxonomy/text';

/** The same skill whether named by concept or only in words. */
export function skillRefKeys(skill: SkillRef): string[] {
  const label = textKey(skill.label);
  return [...(skill.conceptId === null ? [] : [skill.conceptId]), ...(label === '' ? [] : [`label:${label}`])];
}

/**
 * The skills a person lists on their CV or LinkedIn, split by whether a role or project names
 * them: a listed skill no work shows is the one a recruiter asks about.
 */
export function declaredByUse(profile: Pick<Profile, 'roles' | 'projects' | 'skills'>): {
  shown: DeclaredSkill[];
  listedOnly: DeclaredSkill[];
} {
  if (profile.skills.length === 0) return { shown: [], listedOnly: [] };
  const used = new Set(
    [...profile.roles, ...profile.projects].flatMap((entry) => entry.skills.flatMap((skill) => skillRefKeys(skill))),
  );
  const shown: DeclaredSkill[] = [];
  const listedOnly: DeclaredSkill[] = [];
  for (const entry of profile.skills) {
    if (entry.skill.label.trim() === '') continue;
    (skillRefKeys(entry.skill).some((key) => used.has(key)) ? shown : listedOnly).push(entry);
  }
  return { shown, listedOnly };
}
