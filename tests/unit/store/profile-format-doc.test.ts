import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProfileFile } from '../../../electron/main/store/profile-file';
import { MAX_PROFILE_BYTES } from '../../../electron/main/store/store-files';
import { formatMegabytes } from '../../../shared/domain/sizes';
import { PROFILE_SCHEMA_VERSION } from '../../../shared/domain/profile';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/profile-format.md'), 'utf8');

describe('docs/profile-format.md', () => {
  it('states the size cap the store enforces on profile files', () => {
    expect(doc).toContain(`larger than ${formatMegabytes(MAX_PROFILE_BYTES)}`);
  });

  it('documents the current schema version, and its complete example is a profile the app reads', () => {
    expect(doc).toContain(`## The profile (schema version ${String(PROFILE_SCHEMA_VERSION)})`);
    const example = /## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const decoded = decodeProfileFile(Buffer.from(example ?? ''));
    expect(decoded.ok).toBe(true);
  });
});
