import { parentPort, workerData } from 'node:worker_threads';
import { ConceptsMessageSchema, WorkerTaskSchema } from '../../../../shared/import/worker-protocol';
import { runImportTask } from './run-task';

/** The import worker's entry: one task from workerData, its messages to main through parentPort. */
const port = parentPort;
if (port === null) throw new Error('The import worker runs only as a worker thread.');

await runImportTask(WorkerTaskSchema.parse(workerData), {
  post: (message, transfer) => port.postMessage(message, transfer),
  concepts: (labels) =>
    new Promise((resolve) => {
      port.once('message', (answer: unknown) => resolve(ConceptsMessageSchema.parse(answer).concepts));
      port.postMessage({ type: 'labels', labels });
    }),
});
