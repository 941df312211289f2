import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The persona fixtures by name (the file name without `.json`); the folder also holds their README. */
export const PERSONA_NAMES = readdirSync(path.resolve(import.meta.dirname, '../fixtures/personas'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));
