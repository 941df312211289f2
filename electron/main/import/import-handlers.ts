import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import type { ImportDraft } from '../../../shared/import/draft';
import {
  countActions,
  NO_CHOICE,
  planImport,
  type ImportChoice,
  type ImportPreview,
} from '../../../shared/import/plan';
import type { ImportProgress } from '../../../shared/import/progress';
import type { Profile } from '../../../shared/domain/profile';
import type { ProfileState } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import type { ProfileStore } from '../store/profile-store';
import { createImportSessions } from './sessions';
import type { SourceImporter } from './source-importer';

export interface ImportServices {
  store: () => Promise<ProfileStore>;
  importer: SourceImporter;
  chooseSource: () => Promise<string | null>;
  newId: () => string;
}

/** The preview of a parsed file against a profile; ids drawn for it are thrown away. */
export function previewOf(profile: Profile, draft: ImportDraft, token: string, choice = NO_CHOICE): ImportPreview {
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

/** A file that cannot be read becomes a message naming the file, the place in it and the problem. */
export function refusal(error: unknown): never {
  if (error instanceof ImportFileError) {
    const where = error.place === WHOLE_FILE ? '' : ` (at ${error.place})`;
    throw new AppError('IMPORT_REFUSED', `${error.fileName}${where}: ${error.message} Nothing was changed.`);
  }
  throw error;
}

/** Pick or drop → parse in main → preview; then apply the previewed file as one undoable step. */
export function createImportHandlers(services: ImportServices) {
  const sessions = createImportSessions(services.newId);
  let progress: ImportProgress = { phase: 'idle' };

  async function preview(file: string): Promise<ImportPreview> {
    try {
      const draft = await services.importer.read(file, (now) => {
        progress = now;
      });
      const { profile } = (await services.store()).state();
      return previewOf(profile, draft, sessions.open(draft));
    } catch (error) {
      return refusal(error);
    } finally {
      progress = { phase: 'idle' };
    }
  }

  return {
    preview,
    progress: (): ImportProgress => progress,
    async choose() {
      const file = await services.chooseSource();
      return file === null
        ? { status: 'cancelled' as const }
        : { status: 'preview' as const, preview: await preview(file) };
    },
    async apply(token: string, choice: ImportChoice): Promise<ProfileState> {
      const draft = sessions.get(token);
      if (draft === undefined) {
        throw new AppError('NOT_FOUND', 'That preview is no longer open: choose the file again to import it.');
      }
      const profiles = await services.store();
      // Planned again against the profile as it is now: an edit made while the preview was open counts.
      const plan = planImport(profiles.state().profile, draft, choice, services.newId);
      const included = plan.items.filter((item) => item.included).length;
      if (included === 0) throw new AppError('IMPORT_REFUSED', 'Nothing is selected to import. Nothing was changed.');
      const state = await profiles.replaceAll(plan.profile, `Import ${draft.fileName}`);
      sessions.close(token);
      return state;
    },
    discard: (token: string) => {
      sessions.close(token);
      return {};
    },
  };
}
