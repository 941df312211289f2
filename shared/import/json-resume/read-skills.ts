import { DeclaredSkillSchema } from '../../domain/profile';
import type { DraftEntry, EntryProblem } from '../draft';
import { FieldReader, finishEntry, isRecord, problem } from './entry-builder';
import { notAnEntry } from './read-roles';

/** One `skills[]` entry: its name is a free label until the taxonomy is consulted. */
export function readSkill(item: unknown, index: number): DraftEntry {
  const place = `skills[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const label = fields.text('name');
  if (label.trim() === '') problems.push(problem(`${place}.name`, 'It has no name; add one to import it.', true));
  const value = {
    skill: { label, conceptId: null },
    level: fields.text('level'),
    keywords: fields
      .texts('keywords')
      .map((keyword) => keyword.trim())
      .filter((keyword) => keyword !== ''),
  };
  return finishEntry({
    ref: place,
    place,
    title: label.trim() || place,
    problems,
    schema: DeclaredSkillSchema,
    value,
    make: (skill, kept) => ({ kind: 'skill', ref: place, place, problems: kept, skill }),
  });
}
