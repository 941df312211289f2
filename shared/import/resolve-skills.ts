import type { SkillRef } from '../domain/profile';
import type { DraftEntry, ImportDraft } from './draft';

/**
 * Gives each imported skill its taxonomy concept when the label names one exactly, so the lens can
 * match "SQL" on a CV with "SQL" in a target; the label the person wrote is kept as it was.
 */
export function resolveDraftSkills(draft: ImportDraft, conceptOf: (label: string) => string | null): ImportDraft {
  const cache = new Map<string, string | null>();
  const resolved = (skill: SkillRef): SkillRef => {
    if (skill.conceptId !== null) return skill;
    let conceptId = cache.get(skill.label);
    if (conceptId === undefined) {
      conceptId = conceptOf(skill.label);
      cache.set(skill.label, conceptId);
    }
    return conceptId === null ? skill : { ...skill, conceptId };
  };
  const entry = (item: DraftEntry): DraftEntry => {
    switch (item.kind) {
      case 'role':
        return { ...item, role: { ...item.role, skills: item.role.skills.map(resolved) } };
      case 'project':
        return { ...item, project: { ...item.project, skills: item.project.skills.map(resolved) } };
      case 'certificate':
        return { ...item, certificate: { ...item.certificate, skills: item.certificate.skills.map(resolved) } };
      case 'skill':
        return { ...item, skill: { ...item.skill, skill: resolved(item.skill.skill) } };
      case 'session':
        return item.session.skill === null
          ? item
          : { ...item, session: { ...item.session, skill: resolved(item.session.skill) } };
      case 'award':
      case 'person':
      case 'unreadable':
        return item;
    }
  };
  return { ...draft, entries: draft.entries.map(entry) };
}
