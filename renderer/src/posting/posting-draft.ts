import type { Importance } from '../../../shared/domain/profile';
import type { PostingExtraction } from '../../../shared/posting/posting';
import type { DraftSkill } from './posting-segments';

/** The reading as the user corrects it before saving: title, company and the skills kept. */
export interface PostingDraft {
  title: string;
  company: string;
  skills: DraftSkill[];
}

export type DraftChange =
  | { type: 'title' | 'company'; value: string }
  | { type: 'remove'; conceptId: string }
  | { type: 'importance'; conceptId: string; importance: Importance }
  /** A skill added by hand (from the taxonomy or the role's usual asks): essential, named nowhere in the text. */
  | { type: 'add'; label: string; conceptId: string };

export function draftOf(extraction: PostingExtraction): PostingDraft {
  return { title: extraction.title, company: extraction.company ?? '', skills: extraction.skills };
}

export function changeDraft(draft: PostingDraft, change: DraftChange): PostingDraft {
  switch (change.type) {
    case 'title':
      return { ...draft, title: change.value };
    case 'company':
      return { ...draft, company: change.value };
    case 'remove':
      return { ...draft, skills: draft.skills.filter((skill) => skill.conceptId !== change.conceptId) };
    case 'importance':
      return {
        ...draft,
        skills: draft.skills.map((skill) =>
          skill.conceptId === change.conceptId ? { ...skill, importance: change.importance } : skill,
        ),
      };
    case 'add':
      if (draft.skills.some((skill) => skill.conceptId === change.conceptId)) return draft;
      return {
        ...draft,
        skills: [
          ...draft.skills,
          { label: change.label, conceptId: change.conceptId, importance: 'essential', spans: [] },
        ],
      };
  }
}

/** The extraction as corrected, in the shape the shared builder turns into a target. */
export function correctedExtraction(
  extraction: PostingExtraction,
  draft: PostingDraft,
  text: string,
): PostingExtraction {
  const company = draft.company.trim();
  return {
    ...extraction,
    title: draft.title.trim(),
    company: company === '' ? null : company,
    skills: draft.skills.map((skill) => ({
      label: skill.label,
      conceptId: skill.conceptId,
      importance: skill.importance,
      spans: skill.spans.map((span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) })),
    })),
  };
}
