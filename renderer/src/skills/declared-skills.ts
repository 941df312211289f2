import type { DeclaredSkill, Profile } from '../../../shared/domain/profile';
import { skillFinder } from '../../../shared/domain/skills';
import { text } from '../i18n/text';

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
  const used = skillFinder(
    [...profile.roles, ...profile.projects].flatMap((entry) => entry.skills),
    (skill) => skill,
  );
  const shown: DeclaredSkill[] = [];
  const listedOnly: DeclaredSkill[] = [];
  const languages: DeclaredSkill[] = [];
  for (const entry of profile.skills) {
    if (entry.skill.label.trim() === '') continue;
    if (entry.kind === 'language') languages.push(entry);
    else (used(entry.skill) !== undefined ? shown : listedOnly).push(entry);
  }
  return { shown, listedOnly, languages };
}

/** "Skills you list (4)", "Languages you list (2)" or both, as the list holds them. */
export function declaredHeading(skills: readonly DeclaredSkill[]): string {
  const languages = skills.filter((entry) => entry.kind === 'language').length;
  return text.skills.heading(skills.length - languages, languages);
}
