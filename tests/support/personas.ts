import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeProfileFile } from '../../electron/main/store/profile-file';
import type { Profile } from '../../shared/domain/profile';

/** The persona fixtures by name (the file name without `.json`); the folder also holds their README. */
export const PERSONA_NAMES = readdirSync(path.resolve(import.meta.dirname, '../fixtures/personas'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

/** A persona fixture read the way the app reads a profile file. */
export function loadPersona(name: string): Profile {
  const decoded = decodeProfileFile(
    readFileSync(path.resolve(import.meta.dirname, `../fixtures/personas/${name}.json`)),
  );
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.profile;
}
