import type { Profile } from '../../../shared/domain/profile';
import type { ImportChoice, ImportPreview } from '../../../shared/import/plan';
import type { ImportProgress } from '../../../shared/import/progress';
import type { TaxonomyService } from '../taxonomy/service';
import { matchLabelsInSlices } from './match-labels';
import type { ChosenFile } from './source-files';
import { IMPORT_WORKER_LIMITS, runImportWorker, type WorkerLimits } from './worker/run-import-worker';
import type { WorkerScript } from './worker/worker-script';

export interface PreviewedFile {
  preview: Omit<ImportPreview, 'token'>;
  /** The draft as JSON bytes: main keeps it for "Import" without ever parsing it. */
  draft: Uint8Array;
  /** The worker's peak heap, for tests and the bench. */
  heapMb: number;
}

/** Reading and planning an import, each in a bounded worker; main only passes messages. */
export interface ImportEngine {
  preview(
    file: ChosenFile,
    profile: Profile,
    progress: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<PreviewedFile>;
  plan(
    draft: Uint8Array,
    fileName: string,
    profile: Profile,
    choice: ImportChoice,
  ): Promise<{ profile: Profile; included: number }>;
}

export function createImportEngine(deps: {
  taxonomy: Pick<TaxonomyService, 'ready'>;
  script: WorkerScript;
  limits?: WorkerLimits;
  clock?: () => Date;
}): ImportEngine {
  const limits = deps.limits ?? IMPORT_WORKER_LIMITS;
  const clock = deps.clock ?? (() => new Date());
  const matchLabels = async (labels: string[]) => {
    const taxonomy = await deps.taxonomy.ready();
    return matchLabelsInSlices(labels, (label) => taxonomy.resolve(label, 'skill')?.conceptId ?? null);
  };
  return {
    async preview(file, profile, progress, signal) {
      const task = { kind: 'preview', ...file, now: clock().toISOString(), profile } as const;
      const answer = await runImportWorker(task, {
        script: deps.script,
        limits,
        fileName: file.fileName,
        matchLabels,
        onProgress: progress,
        ...(signal === undefined ? {} : { signal }),
      });
      if (answer.type !== 'previewed') throw new Error('The import worker answered a preview with a plan.');
      return { preview: answer.preview, draft: answer.draft, heapMb: answer.heapMb };
    },
    async plan(draft, fileName, profile, choice) {
      // A copy goes to the worker, so the preview stays importable if this attempt fails.
      const task = { kind: 'plan', draft: draft.slice(), profile, choice } as const;
      const answer = await runImportWorker(task, { script: deps.script, limits, fileName, matchLabels });
      if (answer.type !== 'planned') throw new Error('The import worker answered a plan with a preview.');
      return { profile: answer.profile, included: answer.included };
    },
  };
}
