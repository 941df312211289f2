import { Worker } from 'node:worker_threads';
import { ImportFileError } from '../../../../shared/import/errors';
import type { ImportProgress } from '../../../../shared/import/progress';
import {
  WorkerMessageSchema,
  type ConceptsMessage,
  type WorkerMessage,
  type WorkerTask,
} from '../../../../shared/import/worker-protocol';
import type { WorkerScript } from './worker-script';

/** Bounds on one import task. A real file needs a fraction of either; a hostile one meets them. */
export interface WorkerLimits {
  /** Wall-clock time from start to answer. */
  timeoutMs: number;
  /** The worker's V8 heap (old generation); passing it ends the worker. */
  maxHeapMb: number;
}

/** A 50 MB export plans in a few seconds and a few hundred MB; these leave room on a slow machine. */
export const IMPORT_WORKER_LIMITS: WorkerLimits = { timeoutMs: 60_000, maxHeapMb: 1_024 };

export type StopReason = 'time' | 'memory' | 'cancelled' | 'crashed';

/** The worker was ended before it answered; nothing it did reached the profile. */
export class ImportWorkerStopped extends Error {
  override readonly name = 'ImportWorkerStopped';
  constructor(
    readonly fileName: string,
    readonly reason: StopReason,
    detail: string,
  ) {
    super(detail);
  }
}

export interface WorkerRunOptions {
  script: WorkerScript;
  limits: WorkerLimits;
  /** The file the task is about, for messages. */
  fileName: string;
  /** Matches skill labels to taxonomy concepts in main, where the taxonomy is. */
  matchLabels: (labels: string[]) => Promise<Array<string | null>>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

type Answer = Extract<WorkerMessage, { type: 'previewed' | 'planned' }>;

/** Hands the bytes to the worker without a copy when they own their whole buffer (they usually do). */
function transferable(task: WorkerTask): ArrayBuffer[] {
  const bytes = task.kind === 'preview' ? task.bytes : task.draft;
  const { buffer } = bytes;
  const whole = buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  return whole ? [buffer] : [];
}

/**
 * Runs one import task in a worker thread with a wall-clock and a heap limit. Main's part is only to
 * pass messages: the file is parsed, checked and planned in the worker, so a hostile file can use up
 * the worker's time or memory, never main's. Resolves with the worker's answer; rejects with
 * ImportFileError (the file cannot be read) or ImportWorkerStopped (overrun, cancelled or crashed).
 */
export function runImportWorker(task: WorkerTask, options: WorkerRunOptions): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const { fileName, limits } = options;
    if (options.signal?.aborted === true) {
      reject(new ImportWorkerStopped(fileName, 'cancelled', 'Cancelled before it started.'));
      return;
    }
    const worker = new Worker(options.script.url, {
      workerData: { ...options.script.extraData, ...task },
      transferList: transferable(task),
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxHeapMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.min(64, Math.floor(limits.maxHeapMb / 8))),
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
    };
    const stop = (reason: StopReason, detail: string) =>
      finish(() => reject(new ImportWorkerStopped(fileName, reason, detail)));
    const cancel = () => stop('cancelled', 'Cancelled by the user.');
    const timer = setTimeout(() => stop('time', `Still working after ${limits.timeoutMs} ms.`), limits.timeoutMs);
    options.signal?.addEventListener('abort', cancel, { once: true });

    worker.on('message', (raw: unknown) => {
      const parsed = WorkerMessageSchema.safeParse(raw);
      if (!parsed.success) {
        stop('crashed', 'The worker sent a message main does not understand.');
        return;
      }
      const message = parsed.data;
      switch (message.type) {
        case 'progress':
          options.onProgress?.(message.progress);
          return;
        case 'labels':
          options.matchLabels(message.labels).then(
            (concepts) => {
              if (!settled) worker.postMessage({ type: 'concepts', concepts } satisfies ConceptsMessage);
            },
            (error: unknown) => stop('crashed', `Matching skills failed: ${String(error)}`),
          );
          return;
        case 'refused':
          finish(() => reject(new ImportFileError(message.fileName, message.place, message.message)));
          return;
        case 'previewed':
        case 'planned':
          finish(() => resolve(message));
          return;
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') stop('memory', error.message);
      else stop('crashed', error.name);
    });
    worker.on('exit', (code) => stop('crashed', `The worker ended (exit code ${code}) without an answer.`));
  });
}
