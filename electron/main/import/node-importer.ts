import { promises as fs } from 'node:fs';
import { readJsonResume } from '../../../shared/import/json-resume';
import { readLinkedInCsv } from '../../../shared/import/linkedin';
import type { TaxonomyService } from '../taxonomy/service';
import { readLinkedInZip } from './linkedin-zip';
import { readOpenBadge } from './open-badges';
import { createSourceImporter, type SourceFiles, type SourceImporter } from './source-importer';

/** What the file dialog offers; a file of another name is still read by its content. */
export const IMPORTABLE_EXTENSIONS = ['json', 'zip', 'csv', 'png', 'svg', 'jwt', 'txt'];

const CHUNK = 1024 * 1024;

/** Reads in 1 MB chunks so the preview can show how far a large file has come. */
export const nodeSourceFiles: SourceFiles = {
  async size(file) {
    try {
      const stat = await fs.stat(file);
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  },
  async read(file, onBytes) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch {
      return null;
    }
    try {
      const { size } = await handle.stat();
      const bytes = new Uint8Array(size);
      let done = 0;
      while (done < size) {
        const { bytesRead } = await handle.read(bytes, done, Math.min(CHUNK, size - done), done);
        if (bytesRead === 0) break;
        done += bytesRead;
        onBytes(done);
      }
      return done === size ? bytes : bytes.subarray(0, done);
    } finally {
      await handle.close();
    }
  },
};

/** The importer main uses: real files, every reader, skills matched against the bundled taxonomy. */
export function createNodeSourceImporter(
  taxonomy: Pick<TaxonomyService, 'ready'>,
  clock: () => Date = () => new Date(),
): SourceImporter {
  return createSourceImporter({
    files: nodeSourceFiles,
    readers: {
      jsonResume: readJsonResume,
      linkedInCsv: readLinkedInCsv,
      linkedInZip: readLinkedInZip,
      openBadge: async (bytes, fileName, progress) => {
        progress({ phase: 'checking-credentials', fileName, done: 0, total: 1 });
        const draft = await readOpenBadge(bytes, fileName, clock());
        progress({ phase: 'checking-credentials', fileName, done: 1, total: 1 });
        return draft;
      },
    },
    conceptOf: async () => {
      const loaded = await taxonomy.ready();
      return (label) => loaded.resolve(label, 'skill')?.conceptId ?? null;
    },
  });
}
