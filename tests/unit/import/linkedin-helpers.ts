import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LINKEDIN_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/linkedin');

/** The invented export's CSV files, as bytes (so tests see the BOM and CRLFs exactly as written). */
export function fixtureBytes(): Record<string, Uint8Array> {
  return Object.fromEntries(
    readdirSync(LINKEDIN_FIXTURES)
      .filter((name) => name.endsWith('.csv'))
      .sort()
      .map((name) => [name, new Uint8Array(readFileSync(path.join(LINKEDIN_FIXTURES, name)))]),
  );
}

export const fixtureFiles = () =>
  Object.entries(fixtureBytes()).map(([name, bytes]) => ({ name, text: new TextDecoder().decode(bytes) }));
