import { z } from 'zod';
import type { Profile } from '../domain/profile';
import { ImportChoiceSchema, type ImportPreview } from './plan';
import { ImportProgressSchema } from './progress';

/**
 * The messages between main and the import worker. Both ends are the app's own code, but what the
 * worker says is made from an untrusted file: main checks each message's shape before acting on it.
 * The bulky parts (a preview, a planned profile) are checked against their full schemas inside the
 * worker, so main never spends a long parse on them; here they are typed, not walked.
 */
// Any Uint8Array: bytes from a file read, from IPC or from another thread, whatever buffer backs them.
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);
const ProfileValue = z.custom<Profile>((value) => typeof value === 'object' && value !== null);
const PreviewValue = z.custom<Omit<ImportPreview, 'token'>>((value) => typeof value === 'object' && value !== null);

export const WorkerTaskSchema = z.discriminatedUnion('kind', [
  /** Read a file into a draft (sniff, parse, check credentials), then plan it against the profile. */
  z.object({
    kind: z.literal('preview'),
    fileName: z.string().min(1).max(500),
    bytes: Bytes,
    /** ISO time: stamps credential checks and decides expiry. */
    now: z.string(),
    profile: ProfileValue,
  }),
  /** Plan a draft read earlier (its JSON bytes) against the profile as it is now, with the user's choices. */
  z.object({ kind: z.literal('plan'), draft: Bytes, profile: ProfileValue, choice: ImportChoiceSchema }),
]);
export type WorkerTask = z.infer<typeof WorkerTaskSchema>;

/** Peak heap the worker saw, in MB, so tests and the bench can hold it to its limit. */
const HeapMb = z.number().min(0);

export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: ImportProgressSchema }),
  /** The draft's distinct skill labels: the taxonomy lives in main, which answers with `concepts`. */
  z.object({ type: z.literal('labels'), labels: z.array(z.string()) }),
  z.object({ type: z.literal('previewed'), preview: PreviewValue, draft: Bytes, heapMb: HeapMb }),
  z.object({ type: z.literal('planned'), profile: ProfileValue, included: z.number().int().min(0), heapMb: HeapMb }),
  /** The file cannot be read: the same three parts as ImportFileError. */
  z.object({ type: z.literal('refused'), fileName: z.string(), place: z.string(), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;

/** Main's answer to `labels`: one concept id (or null) per label, in the same order. */
export const ConceptsMessageSchema = z.object({
  type: z.literal('concepts'),
  concepts: z.array(z.string().nullable()),
});
export type ConceptsMessage = z.infer<typeof ConceptsMessageSchema>;
