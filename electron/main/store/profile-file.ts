import type { Profile } from '../../../shared/domain/profile';
import { ProfileExportEnvelopeSchema, StoredProfileEnvelopeSchema } from '../../../shared/profile/files';
import { MIGRATIONS, migrateProfile, type Migration, type MigrationOutcome } from '../../../shared/profile/migrations';

/** The migrated profile and the revision its file holds; a profile that fails the checks reads as `corrupt`. */
type DecodedProfile =
  | (Extract<MigrationOutcome, { ok: true }> & { revision: number })
  | { ok: false; kind: 'corrupt' | 'newer' | 'failed'; message: string };

/** Why bytes are not JSON at all: the cases a crash or a bad disk leave behind. */
function unreadableReason(text: string): string | null {
  if (text.trim() === '') return 'the file is empty (it was cut short)';
  if (text.includes('\0')) return 'the file holds NUL bytes (an interrupted write or a damaged disk)';
  return null;
}

/**
 * Reads a profile file — the store's own `profile.json` or an export — in any released format.
 * A damaged file is `corrupt`; a file from a newer app is `newer`; a migration that throws is
 * `failed`. Nothing here writes.
 */
export function decodeProfileFile(
  bytes: Buffer,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): DecodedProfile {
  const text = bytes.toString('utf8');
  const unreadable = unreadableReason(text);
  if (unreadable !== null) return { ok: false, kind: 'corrupt', message: unreadable };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      kind: 'corrupt',
      message: `the file is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
  const stored = StoredProfileEnvelopeSchema.safeParse(json);
  const exported = ProfileExportEnvelopeSchema.safeParse(json);
  const envelope = stored.success
    ? { revision: stored.data.revision, profile: stored.data.profile }
    : exported.success
      ? { revision: 0, profile: exported.data.profile }
      : null;
  if (envelope === null) return { ok: false, kind: 'corrupt', message: 'the file is not a Throughline profile' };
  const migrated = migrateProfile(envelope.profile, migrations);
  if (!migrated.ok) {
    return { ok: false, kind: migrated.kind === 'invalid' ? 'corrupt' : migrated.kind, message: migrated.message };
  }
  return { ok: true, revision: envelope.revision, profile: migrated.profile, migratedFrom: migrated.migratedFrom };
}

export function encodeStoredProfile(revision: number, profile: Profile): string {
  return JSON.stringify({ revision, profile });
}
