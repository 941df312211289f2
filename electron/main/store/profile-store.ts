import { z } from 'zod';
import { emptyProfile, ProfileSchema, type Profile } from '../../../shared/domain/profile';
import { AppError } from '../app-error';

/** The slice of conf (electron-store's base) the profile store relies on; tests pass a real conf. */
export interface ProfileBackingStore {
  readonly store: Record<string, unknown>;
  readonly path: string;
}

const StoredProfileSchema = z.object({ revision: z.number().int().min(0), profile: ProfileSchema }).strict();

export interface ProfileSnapshot {
  profile: Profile;
  revision: number;
}

export interface ProfileStore {
  read(): ProfileSnapshot;
}

/**
 * Reads the profile kept by conf. A file that does not match the schema is reported, never
 * replaced: whatever the user had stays on disk untouched.
 */
export function createProfileStore(backing: ProfileBackingStore): ProfileStore {
  return {
    read() {
      const raw = backing.store;
      if (Object.keys(raw).length === 0) return { profile: emptyProfile(), revision: 0 };
      const parsed = StoredProfileSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError(
          'STORE_UNAVAILABLE',
          `The profile file at ${backing.path} does not match the expected format, so it was left untouched.`,
        );
      }
      return parsed.data;
    },
  };
}

/** Stands in when the profile file could not even be opened, so every call says why. */
export function createUnavailableProfileStore(reason: string): ProfileStore {
  return {
    read() {
      throw new AppError('STORE_UNAVAILABLE', reason);
    },
  };
}
