import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceWorkerScript, type WorkerScript } from '../../electron/main/import/worker/worker-script';
import { bundleForNode } from './bundle-child';

/** Set by the test runners' global setup to the worker bundled once for the whole run. */
const BUNDLED_WORKER_ENV = 'THROUGHLINE_TEST_IMPORT_WORKER';

/**
 * Builds the import worker into one file, as electron-vite does for the app. Started from source, each
 * worker would spend two seconds compiling TypeScript in its own thread; bundled, it starts like the app's.
 */
export async function bundleImportWorkerForTests(): Promise<void> {
  if (process.env[BUNDLED_WORKER_ENV] !== undefined) return;
  const entry = path.resolve(import.meta.dirname, '../../electron/main/import/worker/import-worker.ts');
  process.env[BUNDLED_WORKER_ENV] = await bundleForNode(entry);
}

/** The worker the test main process starts: the run's bundle, or the source when a test runs alone. */
export function testImportWorker(): WorkerScript {
  const bundled = process.env[BUNDLED_WORKER_ENV];
  return bundled === undefined ? sourceWorkerScript() : { url: pathToFileURL(bundled), extraData: {} };
}
