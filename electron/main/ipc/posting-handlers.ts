import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy';
import { AppError } from '../app-error';
import { PostingFileError, readPostingFile } from '../posting/posting-file';
import { postingReaderFor } from '../posting/reader';

/** Reading a job posting: pasted text, or a file the user picks, read offline against the bundled taxonomy. */
export function createPostingHandlers(services: {
  taxonomy: () => Promise<Taxonomy>;
  choosePostingFile: () => Promise<string | null>;
}): Pick<IpcHandlers, 'posting.extract' | 'posting.open'> {
  return {
    'posting.extract': async ({ text }) => (await postingReaderFor(await services.taxonomy())).extract(text),
    'posting.open': async () => {
      const file = await services.choosePostingFile();
      if (file === null) return { status: 'cancelled' };
      try {
        return { status: 'opened', ...(await readPostingFile(file)) };
      } catch (error) {
        if (error instanceof PostingFileError) throw new AppError('IMPORT_REFUSED', error.message);
        throw error;
      }
    },
  };
}
