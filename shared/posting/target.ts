import type { TargetRole } from '../domain/profile';
import type { PostingExtraction, PostingSource } from './posting';

/** The most skills a target holds (TargetRoleSchema). */
const MAX_TARGET_SKILLS = 500;
const MAX_LABEL = 200;

/**
 * The target a posting's reading becomes, as the user corrected it: its title (the occupation's,
 * or "Job posting", when the posting named none), the occupation it matched (a curated role id or
 * an ESCO URI, both of which the lens reads through `occupationTiers`), its skills with their
 * importance, in the posting's order, and the posting itself (text, company, where it came from
 * and the day it was saved). The role's usual skills the posting did not name (`offered`) are not
 * added: the user adds those they want.
 */
export function targetFromExtraction(
  extraction: PostingExtraction,
  source: { id: string; text: string; origin: PostingSource['origin']; savedOn: string },
): TargetRole {
  const title = [extraction.title, extraction.occupation?.label ?? '', 'Job posting']
    .map((candidate) => candidate.trim())
    .find((candidate) => candidate !== '');
  const seen = new Set<string>();
  const skills: TargetRole['skills'] = [];
  for (const skill of extraction.skills) {
    if (seen.has(skill.conceptId) || skills.length === MAX_TARGET_SKILLS) continue;
    seen.add(skill.conceptId);
    skills.push({
      skill: {
        label: skill.label.trim().slice(0, MAX_LABEL) || skill.conceptId.slice(0, MAX_LABEL),
        conceptId: skill.conceptId,
      },
      importance: skill.importance,
    });
  }
  return {
    id: source.id,
    title: (title ?? 'Job posting').slice(0, 300),
    occupationId: extraction.occupation?.occupationId ?? null,
    skills,
    paceOverride: null,
    targetDate: null,
    posting: { text: source.text, company: extraction.company, origin: source.origin, savedOn: source.savedOn },
  };
}
