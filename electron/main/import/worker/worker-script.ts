import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the import worker's code is, and what it needs beside its task to start. */
export interface WorkerScript {
  url: URL;
  /** Passed to the worker with the task; the source bootstrap reads `entry` from it. */
  extraData: Record<string, string>;
}

/** The app: electron-vite builds the worker as out/main/import-worker.js, beside main's index.js. */
export function bundledWorkerScript(mainDir: string): WorkerScript {
  return { url: pathToFileURL(path.join(mainDir, 'import-worker.js')), extraData: {} };
}

/**
 * Tests and the CLIs (under tsx): the worker's TypeScript entry, started through a bootstrap that
 * registers tsx in the new thread. The name goes through a variable so no bundler mistakes it for an asset.
 */
export function sourceWorkerScript(): WorkerScript {
  const here = (name: string) => new URL(name, import.meta.url);
  return { url: here('./from-source.mjs'), extraData: { entry: here('./import-worker.ts').href } };
}
