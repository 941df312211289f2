import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { EntryProblem } from '../draft';
import { WHOLE_FILE } from '../errors';
import { problem } from './entry-builder';
import schema from './schema.json' with { type: 'json' };

/** A file that breaks the schema everywhere is shown this many violations and a count of the rest. */
const MAX_REPORTED_VIOLATIONS = 50;

let compiled: ValidateFunction | null = null;

/**
 * Compiled on first use, not at load: ajv generates code (new Function), which the renderer's CSP
 * forbids, and importing this module must stay harmless wherever shared/ runs.
 */
function validator(): ValidateFunction {
  if (compiled === null) {
    // strict: false because the published schema uses `additionalItems` without tuple `items`, which
    // strict mode rejects; the keyword is a no-op there either way.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** `/work/0/startDate` as a person would look for it: `work[0].startDate`. */
export function placeOfPointer(pointer: string): string {
  if (pointer === '') return WHOLE_FILE;
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((place, part) => (/^\d+$/.test(part) ? `${place}[${part}]` : place === '' ? part : `${place}.${part}`), '');
}

function describe(error: ErrorObject): string {
  const what = error.message ?? 'breaks the JSON Resume schema';
  return `Does not follow the JSON Resume schema: ${what}.`;
}

/**
 * Schema violations as file-level notes. They never refuse the file: each entry is read field by
 * field afterwards, and a value that cannot be used is flagged on its own entry.
 */
export function schemaViolations(document: unknown): EntryProblem[] {
  const validate = validator();
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  const shown = errors
    .slice(0, MAX_REPORTED_VIOLATIONS)
    .map((error) => problem(placeOfPointer(error.instancePath), describe(error), false));
  if (errors.length > MAX_REPORTED_VIOLATIONS) {
    shown.push(
      problem(WHOLE_FILE, `${errors.length - MAX_REPORTED_VIOLATIONS} more schema violations are not listed.`, false),
    );
  }
  return shown;
}
