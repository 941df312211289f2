import type { DeclaredSkill, Profile, SkillRef } from '../../../shared/domain/profile';
import { textKey } from '../../../shared/taxonomy/text';
import { text } from '../i18n/text';

/** The same skill whether named by concept or only in words. */
export function skillRefKeys(skill: SkillRef): string[] {
  const label = textKey(skill.label);
  return [...(skill.conceptId === null ? [] : [skill.conceptId]), ...(label === '' ? [] : [`label:${label}`])];
}

/**
 * The skills a person lists on their CV or LinkedIn, split by whether a role or project names
 * them: a listed skill no work shows is the one a recruiter asks about. Languages are apart: they
 * are read with their fluency, and a recruiter checks them in conversation, not in a project.
 */
export function declaredByUse(profile: Pick<Profile, 'roles' | 'projects' | 'skills'>): {
  shown: DeclaredSkill[];
  listedOnly: DeclaredSkill[];
  languages: DeclaredSkill[];
} {
  if (profile.skills.length === 0) return { shown: [], listedOnly: [], languages: [] };
  const used = new Set(
    [...profile.roles, ...profile.projects].flatMap((entry) => entry.skills.flatMap((skill) => skillRefKeys(skill))),
  );
  const shown: DeclaredSkill[] = [];
  const listedOnly: DeclaredSkill[] = [];
  const languages: DeclaredSkill[] = [];
  for (const entry of profile.skills) {
    if (entry.skill.label.trim() === '') continue;
    if (entry.kind === 'language') languages.push(entry);
    else (skillRefKeys(entry.skill).some((key) => used.has(key)) ? shown : listedOnly).push(entry);
  }
  return { shown, listedOnly, languages };
}

/** "Skills you list (4)", "Languages you list (2)" or both, as the list holds them. */
export function declaredHeading(skills: readonly DeclaredSkill[]): string {
  const languages = skills.filter((entry) => entry.kind === 'language').length;
  return text.skills.heading(skills.length - languages, languages);
}
