import { z } from 'zod';

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
