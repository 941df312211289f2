import { randomUUID } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import { ImportDraftSchema, type ImportDraft } from '../../../../shared/import/draft';
import { ImportFileError } from '../../../../shared/import/errors';
import { ImportPreviewSchema, planImport, type ImportPreview } from '../../../../shared/import/plan';
import { previewDraft } from '../../../../shared/import/preview';
import { unmatchedSkillLabels, withConcepts } from '../../../../shared/import/skill-labels';
import type { WorkerMessage, WorkerTask } from '../../../../shared/import/worker-protocol';
import { readImportDraft } from './read-draft';

/** How the task talks to main: messages out, and one question (skill labels → concepts) answered. */
export interface TaskChannel {
  post(message: WorkerMessage, transfer?: ArrayBuffer[]): void;
  concepts(labels: string[]): Promise<Array<string | null>>;
}

/** The worker's own heap at its fullest so far, sampled at each step. */
function heapMeter() {
  let peak = 0;
  return {
    sample: () => {
      peak = Math.max(peak, getHeapStatistics().used_heap_size);
    },
    peakMb: () => Math.round((peak / 1024 / 1024) * 10) / 10,
  };
}

function omitToken(preview: ImportPreview): Omit<ImportPreview, 'token'> {
  const rest: Partial<ImportPreview> = { ...preview };
  delete rest.token;
  return rest as Omit<ImportPreview, 'token'>;
}

const draftToBytes = (draft: ImportDraft) => new TextEncoder().encode(JSON.stringify(draft));
const draftFromBytes = (bytes: Uint8Array): ImportDraft =>
  ImportDraftSchema.parse(JSON.parse(new TextDecoder().decode(bytes)) as unknown);

/**
 * One import task, start to finish, as the worker runs it (and tests run it in-process). A file that
 * cannot be read ends in a `refused` message; anything else unexpected is thrown to the worker's host.
 */
export async function runImportTask(task: WorkerTask, channel: TaskChannel): Promise<void> {
  const heap = heapMeter();
  if (task.kind === 'plan') {
    const plan = planImport(task.profile, draftFromBytes(task.draft), task.choice, randomUUID);
    heap.sample();
    const included = plan.items.filter((item) => item.included).length;
    channel.post({ type: 'planned', profile: plan.profile, included, heapMb: heap.peakMb() });
    return;
  }
  const { fileName } = task;
  try {
    channel.post({ type: 'progress', progress: { phase: 'parsing', fileName, done: 0, total: 1 } });
    const read = await readImportDraft(task.bytes, fileName, new Date(task.now), (progress) => {
      heap.sample();
      channel.post({ type: 'progress', progress });
    });
    const parsed = ImportDraftSchema.parse(read);
    heap.sample();
    channel.post({ type: 'progress', progress: { phase: 'comparing', fileName, done: 0, total: 1 } });
    const { labels, more } = unmatchedSkillLabels(parsed);
    const concepts = labels.length === 0 ? [] : await channel.concepts(labels);
    const draft = withConcepts(parsed, labels, concepts, more);
    // Main gives the preview its token when it opens the session.
    const preview = omitToken(ImportPreviewSchema.parse(previewDraft(task.profile, draft, 'worker')));
    const bytes = draftToBytes(draft);
    heap.sample();
    channel.post({ type: 'previewed', preview, draft: bytes, heapMb: heap.peakMb() }, [bytes.buffer]);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    channel.post({ type: 'refused', fileName: error.fileName, place: error.place, message: error.message });
  }
}
