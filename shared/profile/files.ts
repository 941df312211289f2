import { z } from 'zod';

/** profile.json in the data folder: the profile plus the revision it was saved at. */
export const StoredProfileEnvelopeSchema = z
  .object({ revision: z.number().int().min(0), profile: z.unknown() })
  .strict();

export const EXPORT_FORMAT = 'throughline-profile-export';

/** The file `Export profile…` writes and `Import profile…` reads; other tools may read it too. */
export const ProfileExportEnvelopeSchema = z
  .object({ format: z.literal(EXPORT_FORMAT), exportedAt: z.iso.datetime(), profile: z.unknown() })
  .strict();
