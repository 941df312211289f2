import { z } from 'zod';
import type { Profile } from '../domain/profile';
import { applyDelta, ProfileDeltaSchema, type ProfileDelta } from './delta';

export const HISTORY_LIMIT = 100;

export const HistorySchema = z
  .object({
    /** The profile revision this history belongs to; a mismatch means it is stale. */
    revision: z.number().int().min(0),
    undo: z.array(ProfileDeltaSchema).max(HISTORY_LIMIT),
    redo: z.array(ProfileDeltaSchema).max(HISTORY_LIMIT),
  })
  .strict();
export type History = z.infer<typeof HistorySchema>;

export const emptyHistory = (revision: number): History => ({ revision, undo: [], redo: [] });

/** A new edit: it becomes the newest undo step, the oldest beyond the limit falls off, redo is cleared. */
export function recordEdit(history: History, delta: ProfileDelta, revision: number): History {
  return { revision, undo: [...history.undo, delta].slice(-HISTORY_LIMIT), redo: [] };
}

export type Step = { profile: Profile; history: History; label: string; delta: ProfileDelta } | null;

export function undoStep(profile: Profile, history: History, revision: number): Step {
  const delta = history.undo.at(-1);
  if (delta === undefined) return null;
  return {
    profile: applyDelta(profile, delta, 'undo'),
    history: { revision, undo: history.undo.slice(0, -1), redo: [...history.redo, delta] },
    label: delta.label,
    delta,
  };
}

export function redoStep(profile: Profile, history: History, revision: number): Step {
  const delta = history.redo.at(-1);
  if (delta === undefined) return null;
  return {
    profile: applyDelta(profile, delta, 'redo'),
    history: { revision, undo: [...history.undo, delta], redo: history.redo.slice(0, -1) },
    label: delta.label,
    delta,
  };
}
