import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/import/size-limit';
import { previewDropped } from '../../support/import-previews';
import { APP_MAIN_FRAME, startTestMainProcess } from '../../../scripts/support/main-process';
import { utf8 } from './open-badges-fixtures';

const main = startTestMainProcess();
const secret = path.join(mkdtempSync(path.join(tmpdir(), 'throughline-secret-')), 'resume.json');
writeFileSync(secret, JSON.stringify({ work: [{ name: 'Hidden Ltd', position: 'Secret', startDate: '2020-01' }] }));

describe('the window never hands main a path to read', () => {
  it('has no channel that takes a path: the old one is unknown, and a path beside the bytes is refused', async () => {
    expect(await main.dispatch('import.preview', APP_MAIN_FRAME, { path: secret })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    const withPath = await main.dispatch('import.previewDropped', APP_MAIN_FRAME, {
      fileName: secret,
      bytes: utf8('{}'),
      path: secret,
    });
    expect(withPath).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('reads only the bytes it was sent: a file name that is a path names nothing on disk', async () => {
    const result = await previewDropped(main, secret, utf8(JSON.stringify({ work: [] })));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fileName).toBe('resume.json');
    expect(JSON.stringify(result.value)).not.toContain('Hidden Ltd');
  });

  it('takes bytes only on the drop channel, and no more than an import may be', async () => {
    const elsewhere = await main.dispatch('profile.dismissNotice', APP_MAIN_FRAME, { id: 'x', bytes: utf8('x') });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    const oversized = await main.dispatch('import.previewDropped', APP_MAIN_FRAME, {
      fileName: 'huge.json',
      bytes: new Uint8Array(MAX_IMPORT_BYTES + 2),
    });
    expect(oversized).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    const atLimit = await main.dispatch('import.previewDropped', APP_MAIN_FRAME, {
      fileName: 'huge.json',
      bytes: new Uint8Array(MAX_IMPORT_BYTES + 1),
    });
    expect(atLimit).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REFUSED', message: expect.stringContaining('up to 50 MB') },
    });
  });

  it('never quotes the file in a parse error', async () => {
    const result = await previewDropped(main, 'notes.json', utf8('{"work": [ SECRET-TOKEN-1234 ]}'));
    if (result.ok) throw new Error('previewed');
    expect(result.error.message).toBe(
      'notes.json: The file is not valid JSON: something in it is not JSON. Nothing was changed.',
    );
    expect(result.error.message).not.toContain('SECRET');
  });
});
