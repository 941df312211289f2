import { ImportFileError, WHOLE_FILE } from '../../../shared/import/errors';
import type { ImportChoice, ImportPreview } from '../../../shared/import/plan';
import type { ImportProgress } from '../../../shared/import/progress';
import type { ProfileState } from '../../../shared/profile/state';
import { AppError } from '../app-error';
import type { ProfileStore } from '../store/profile-store';
import type { ImportEngine } from './import-engine';
import { createImportSessions } from './sessions';
import { checkImportSize, nodeSourceFiles, readChosenFile, type ChosenFile, type SourceFiles } from './source-files';
import { ImportWorkerStopped } from './worker/run-import-worker';

export interface ImportServices {
  store: () => Promise<ProfileStore>;
  engine: ImportEngine;
  chooseSource: () => Promise<string | null>;
  newId: () => string;
  files?: SourceFiles;
}

/** A file that cannot be read becomes a message naming the file and, where known, the place in it. */
export function refusal(error: unknown): never {
  if (error instanceof ImportFileError) {
    const where = error.place === WHOLE_FILE ? '' : ` (at ${error.place})`;
    throw new AppError('IMPORT_REFUSED', `${error.fileName}${where}: ${error.message} Nothing was changed.`);
  }
  if (error instanceof ImportWorkerStopped) {
    const { fileName } = error;
    switch (error.reason) {
      case 'time':
        throw new AppError('IMPORT_REFUSED', `${fileName} took too long to read; nothing was changed.`);
      case 'memory':
        throw new AppError('IMPORT_REFUSED', `${fileName} needed too much memory to read; nothing was changed.`);
      case 'cancelled':
        throw new AppError('IMPORT_CANCELLED', `Stopped reading ${fileName}; nothing was changed.`);
      case 'crashed':
        throw new AppError('IMPORT_REFUSED', `${fileName} could not be read (the reader failed); nothing was changed.`);
    }
  }
  throw error;
}

/** What the window may call a dropped file: a plain name, never a path. */
const displayName = (name: string) => name.split(/[\\/]/).pop()?.trim().slice(0, 200) || 'dropped file';

/**
 * Pick (dialog) or drop (bytes) → read, check and plan in a bounded worker → preview; then apply the
 * previewed file as one undoable step. Only one file is read at a time: a new one cancels the last.
 */
export function createImportHandlers(services: ImportServices) {
  const sessions = createImportSessions(services.newId);
  const files = services.files ?? nodeSourceFiles;
  let progress: ImportProgress = { phase: 'idle' };
  let reading: AbortController | null = null;
  const report = (now: ImportProgress) => {
    progress = now;
  };

  async function preview(source: () => Promise<ChosenFile>): Promise<ImportPreview> {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    try {
      const file = await source();
      if (controller.signal.aborted) throw new ImportWorkerStopped(file.fileName, 'cancelled', 'Cancelled.');
      const { profile } = (await services.store()).state();
      const read = await services.engine.preview(file, profile, report, controller.signal);
      const token = sessions.open({ fileName: read.preview.fileName, draft: read.draft });
      return { ...read.preview, token };
    } catch (error) {
      return refusal(error);
    } finally {
      if (reading === controller) {
        reading = null;
        progress = { phase: 'idle' };
      }
    }
  }

  return {
    progress: (): ImportProgress => progress,
    async choose() {
      const file = await services.chooseSource();
      if (file === null) return { status: 'cancelled' as const };
      return { status: 'preview' as const, preview: await preview(() => readChosenFile(file, files, report)) };
    },
    /** A dropped file arrives as its bytes: main never reads a path the window names. */
    previewDropped(fileName: string, bytes: Uint8Array) {
      const name = displayName(fileName);
      return preview(() => {
        checkImportSize(name, bytes.byteLength);
        return Promise.resolve({ fileName: name, bytes });
      });
    },
    cancel() {
      reading?.abort();
      return {};
    },
    async apply(token: string, choice: ImportChoice): Promise<ProfileState> {
      const session = sessions.get(token);
      if (session === undefined) {
        throw new AppError('NOT_FOUND', 'That preview is no longer open: choose the file again to import it.');
      }
      const profiles = await services.store();
      // Planned again against the profile as it is now: an edit made while the preview was open counts.
      const basedOn = profiles.state().profile;
      const planned = await services.engine.plan(session.draft, session.fileName, basedOn, choice).catch(refusal);
      if (planned.included === 0) {
        throw new AppError('IMPORT_REFUSED', 'Nothing is selected to import. Nothing was changed.');
      }
      // The plan took a moment in the worker; edits acknowledged meanwhile are carried over, not lost.
      const state = await profiles.replaceAll(planned.profile, `Import ${session.fileName}`, basedOn);
      sessions.close(token);
      return state;
    },
    discard: (token: string) => {
      sessions.close(token);
      return {};
    },
  };
}
