import { existsSync, readFileSync } from 'node:fs';
import type { Profile } from '../../shared/domain/profile';

/** The profile as the store last wrote it (writes are coalesced, so callers poll). */
export function profileOnDisk(profilePath: string): Profile | null {
  if (!existsSync(profilePath)) return null;
  const envelope = JSON.parse(readFileSync(profilePath, 'utf8')) as { profile: Profile };
  return envelope.profile;
}
