import { z } from 'zod';
import { SAMPLE_PREFIX } from '../sample/sample-profile';

/**
 * Rotation: the newest five, the newest backup that holds any of the user's own entries, and for
 * each of the last seven days the backup of that day holding the most. Main keeps it; it is here so
 * the Backups dialog states the policy main actually applies.
 */
export const BACKUP_POLICY = {
  keepRecent: 5,
  keepDays: 7,
  /** While editing, a new snapshot at most this often. */
  minIntervalMs: 10 * 60 * 1000,
} as const;

export const BackupInfoSchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    revision: z.number().int().min(0),
    counts: z
      .object({ roles: z.number(), projects: z.number(), certificates: z.number(), targets: z.number() })
      .strict(),
  })
  .strict();
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export function countsOf(profile: {
  roles: readonly unknown[];
  projects: readonly unknown[];
  certificates: readonly unknown[];
  targets: readonly unknown[];
}): BackupInfo['counts'] {
  return {
    roles: profile.roles.length,
    projects: profile.projects.length,
    certificates: profile.certificates.length,
    targets: profile.targets.length,
  };
}

/**
 * How many of the user's own entries a profile holds: the bundled sample does not count, so a
 * backup that is empty apart from the sample is no more worth keeping than an empty one.
 */
export function ownEntryCount(profile: {
  roles: ReadonlyArray<{ id: string }>;
  projects: ReadonlyArray<{ id: string }>;
  certificates: ReadonlyArray<{ id: string }>;
  targets: ReadonlyArray<{ id: string }>;
}): number {
  return [...profile.roles, ...profile.projects, ...profile.certificates, ...profile.targets].filter(
    (entity) => !entity.id.startsWith(SAMPLE_PREFIX),
  ).length;
}
