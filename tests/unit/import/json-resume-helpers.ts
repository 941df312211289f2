import { ImportFileError } from '../../../shared/import/errors';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportDraftSchema, type DraftEntry, type ImportDraft } from '../../../shared/import/draft';

export const NOW = '2026-11-26';

export const externalResume = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/external/jsonresume', name), 'utf8');

/** Every draft a reader returns must satisfy the contract the preview relies on. */
export function checked(draft: ImportDraft): ImportDraft {
  return ImportDraftSchema.parse(draft);
}

export const ofKind = <K extends DraftEntry['kind']>(draft: ImportDraft, kind: K) =>
  draft.entries.filter((entry): entry is Extract<DraftEntry, { kind: K }> => entry.kind === kind);

export const messages = (draft: ImportDraft) => draft.problems.map((found) => `${found.place}: ${found.message}`);

/** The ImportFileError a read throws; fails the test when it does not throw one. */
export function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}
