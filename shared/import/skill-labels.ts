import type { SkillRef } from '../domain/profile';
import type { DraftEntry, ImportDraft } from './draft';
import { resolveDraftSkills } from './resolve-skills';

/**
 * More distinct skills than any person lists; past it, labels are kept as written without a taxonomy
 * match, so a file of a million made-up skills cannot keep main busy matching them.
 */
export const MAX_MATCHED_LABELS = 10_000;

function skillsOf(entry: DraftEntry): readonly SkillRef[] {
  switch (entry.kind) {
    case 'role':
      return entry.role.skills;
    case 'project':
      return entry.project.skills;
    case 'certificate':
      return entry.certificate.skills;
    case 'skill':
      return [entry.skill.skill];
    case 'session':
      return entry.session.skill === null ? [] : [entry.session.skill];
    case 'award':
    case 'person':
    case 'unreadable':
      return [];
  }
}

/** The distinct labels of the draft's skills that have no concept yet, up to the cap. */
export function unmatchedSkillLabels(draft: ImportDraft): { labels: string[]; more: boolean } {
  const labels = new Set<string>();
  for (const entry of draft.entries) {
    for (const skill of skillsOf(entry)) {
      if (skill.conceptId !== null || labels.has(skill.label)) continue;
      if (labels.size === MAX_MATCHED_LABELS) return { labels: [...labels], more: true };
      labels.add(skill.label);
    }
  }
  return { labels: [...labels], more: false };
}

/** The draft with each label's concept (as main's taxonomy matched it), and a note when some were not matched. */
export function withConcepts(
  draft: ImportDraft,
  labels: readonly string[],
  concepts: ReadonlyArray<string | null>,
  more: boolean,
): ImportDraft {
  const byLabel = new Map(labels.map((label, index) => [label, concepts[index] ?? null]));
  const resolved = resolveDraftSkills(draft, (label) => byLabel.get(label) ?? null);
  if (!more) return resolved;
  const note = {
    place: 'skills',
    message: `The file names more than ${MAX_MATCHED_LABELS} different skills; the rest are kept as written, without matching them to the skills catalogue.`,
    blocking: false,
  };
  return { ...resolved, problems: [...resolved.problems, note].slice(0, 1_000) };
}
