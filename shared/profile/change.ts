import { z } from 'zod';
import { FindingsUpdateSchema } from '../lens/findings-update';
import { applyDelta, ProfileDeltaSchema } from './delta';
import { ProfileStateSchema, type ProfileState } from './state';

/**
 * An edit's answer as the change from the revision the renderer said it holds (`since`): the
 * entities that moved, not the whole profile, which on a large one is most of a megabyte.
 */
export const ProfileChangeSchema = ProfileStateSchema.omit({ profile: true })
  .extend({
    since: z.number().int().min(0),
    delta: ProfileDeltaSchema,
    /**
     * The lens's findings for the new revision, as a change from the findings revision the request
     * named: the window draws the edit and its marks from one answer instead of asking twice.
     */
    findings: FindingsUpdateSchema.optional(),
  })
  .strict();
export type ProfileChange = z.infer<typeof ProfileChangeSchema>;

/** What an edit answers: the whole state, or the change when main knows what the renderer holds. */
export const ProfileAnswerSchema = z.union([ProfileStateSchema, ProfileChangeSchema]);
export type ProfileAnswer = z.infer<typeof ProfileAnswerSchema>;

export function isProfileChange(answer: ProfileAnswer): answer is ProfileChange {
  return 'delta' in answer;
}

/** The state after a change; null when the change is not from `current`'s revision (ask for the whole). */
export function applyProfileChange(current: ProfileState, change: ProfileChange): ProfileState | null {
  if (current.revision !== change.since) return null;
  return {
    profile: applyDelta(current.profile, change.delta, 'redo'),
    revision: change.revision,
    undoLabel: change.undoLabel,
    redoLabel: change.redoLabel,
    save: change.save,
    notices: change.notices,
  };
}
