import { z } from 'zod';
import { ProfileSchema } from '../domain/profile';

export const SaveStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('saved') }).strict(),
  z.object({ state: z.literal('pending') }).strict(),
  z.object({ state: z.literal('failed'), message: z.string() }).strict(),
]);
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

/** Whether the revision named is on disk: what main pushes as writes start and land. */
export const SaveReportSchema = z.object({ save: SaveStatusSchema, revision: z.number().int().min(0) }).strict();
export type SaveReport = z.infer<typeof SaveReportSchema>;

/** Something the store did on the user's behalf that they must hear about (never a silent reset). */
export const StoreNoticeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['recovered', 'migrated', 'history-reset']),
    message: z.string(),
    /** The file the notice is about (a moved-aside original), for "show in folder". */
    file: z.string().nullable(),
  })
  .strict();
export type StoreNotice = z.infer<typeof StoreNoticeSchema>;

/** What the renderer holds after every call that reads or changes the profile. */
export const ProfileStateSchema = z
  .object({
    profile: ProfileSchema,
    revision: z.number().int().min(0),
    undoLabel: z.string().nullable(),
    redoLabel: z.string().nullable(),
    save: SaveStatusSchema,
    notices: z.array(StoreNoticeSchema),
  })
  .strict();
export type ProfileState = z.infer<typeof ProfileStateSchema>;
