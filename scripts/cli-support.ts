import { readFileSync } from 'node:fs';
import type { Profile } from '../shared/domain/profile';
import { decodeProfileFile } from '../electron/main/store/profile-file';

/** Exit status 2 means "used wrongly" (bad file, unknown target, bad flags), as docs/profile-format.md says. */
export function fail(message: string): never {
  console.error(message);
  // Exit at once with status 2: the documented answer to a bad file or bad flags (nothing to clean up).
  process.exit(2);
}

/** A profile export or a copy of profile.json, read only; anything else ends the command with the reason. */
export function profileFromFile(file: string): Profile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = decodeProfileFile(bytes);
  if (!decoded.ok) fail(`${file} is not a usable Throughline profile: ${decoded.message}`);
  return decoded.profile;
}
