import type { Profile } from '../domain/profile';
import type { ImportDraft } from './draft';
import { countActions, NO_CHOICE, planImport, type ImportPreview } from './plan';

/** The preview of a parsed file against a profile; ids drawn for it are thrown away. */
export function previewDraft(profile: Profile, draft: ImportDraft, token: string, choice = NO_CHOICE): ImportPreview {
  let counter = 0;
  const { items } = planImport(profile, draft, choice, () => `preview-${String((counter += 1))}`);
  return {
    token,
    format: draft.format,
    fileName: draft.fileName,
    items,
    problems: draft.problems,
    counts: countActions(items),
  };
}
