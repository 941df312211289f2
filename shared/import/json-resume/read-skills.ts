import { DeclaredSkillSchema } from '../../domain/profile';
import type { DraftEntry, EntryProblem } from '../draft';
import { FieldReader, finishEntry, isRecord, titleOrStandIn } from './entry-builder';
import { LanguageExtensionSchema, readExtension } from './extension';
import { notAnEntry } from './read-roles';

/** One `skills[]` entry: its name is a free label until the taxonomy is consulted. */
export function readSkill(item: unknown, index: number): DraftEntry {
  const place = `skills[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('name');
  const { title: label, needs } = titleOrStandIn(written, fields, 'name', 'a name');
  const value = {
    kind: 'skill',
    skill: { label, conceptId: null },
    level: fields.text('level'),
    keywords: fields
      .texts('keywords')
      .map((keyword) => keyword.trim())
      .filter((keyword) => keyword !== ''),
  };
  return declaredSkillDraft(place, written, problems, value, needs);
}

/**
 * One `languages[]` entry, as a declared skill of kind `language`: the language is the label (matched
 * to the skills catalogue like any skill, since ESCO names languages), its fluency the level.
 */
export function readLanguage(item: unknown, index: number): DraftEntry {
  const place = `languages[${index}]`;
  if (!isRecord(item)) return notAnEntry(place);
  const problems: EntryProblem[] = [];
  const fields = new FieldReader(item, place, problems);
  const written = fields.text('language');
  const { title: label, needs } = titleOrStandIn(written, fields, 'language', 'a language');
  const extension = readExtension(item, LanguageExtensionSchema, place, problems);
  const value = {
    kind: 'language',
    skill: { label: label.trim(), conceptId: null },
    level: fields.text('fluency'),
    keywords: extension?.keywords ?? [],
  };
  return declaredSkillDraft(place, written, problems, value, needs);
}

/** A declared skill or language checked against the schema, with the title it lacks. */
function declaredSkillDraft(
  place: string,
  written: string,
  problems: EntryProblem[],
  value: unknown,
  needs: ['title'] | undefined,
): DraftEntry {
  return finishEntry({
    ref: place,
    place,
    title: written.trim() || place,
    problems,
    schema: DeclaredSkillSchema,
    value,
    make: (skill, kept) => ({ kind: 'skill', ref: place, place, problems: kept, skill, ...(needs && { needs }) }),
  });
}
