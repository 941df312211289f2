import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FINDING_CODES } from '../../../shared/lens/result';
import { WORDING } from '../../../shared/lens/wording';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/finding-codes.md'), 'utf8');
/** The table rows: a line starting with a code in backticks. */
const rows = new Map(
  doc
    .split('\n')
    .map((line) => /^\| `([A-Z_]+)` +\| ([^|]+)\|/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1] ?? '', match[2]?.trim() ?? '']),
);

it('docs/finding-codes.md has a row for every finding code, and none for a code that does not exist', () => {
  expect([...rows.keys()].sort()).toEqual([...FINDING_CODES].sort());
});

it('each row starts with the severity the finding is worded with', () => {
  for (const code of FINDING_CODES) {
    // The facts only fill in names; the severity of the plain case is what the table leads with.
    const { severity } = WORDING[code]({});
    expect(rows.get(code), code).toMatch(new RegExp(`^${severity}\\b`));
  }
});
