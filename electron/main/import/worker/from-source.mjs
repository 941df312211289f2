// Runs the import worker from its TypeScript source (tests, the CLIs under tsx); the app runs the
// bundled out/main/import-worker.js instead. tsx is a development dependency only.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
