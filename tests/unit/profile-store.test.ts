import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_MAIN_FRAME, startTestMainProcess } from '../support/main-process';
import { sampleProfile, seedProfileFile } from '../support/profiles';

describe('profile.get over a real conf store', () => {
  it('starts a new user with an empty profile at revision 0', async () => {
    const main = startTestMainProcess();
    expect(await main.dispatch('profile.get', APP_MAIN_FRAME, {})).toMatchObject({
      ok: true,
      value: { revision: 0, profile: { schemaVersion: 1, roles: [], targets: [] } },
    });
  });

  it('returns what is saved, exactly', async () => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-store-'));
    seedProfileFile(dataFolder, sampleProfile(), 3);
    const main = startTestMainProcess({ dataFolder });
    expect(await main.dispatch('profile.get', APP_MAIN_FRAME, {})).toEqual({
      ok: true,
      value: { revision: 3, profile: sampleProfile() },
    });
  });

  it('reports a file that does not match the schema and leaves its bytes alone', async () => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'throughline-store-'));
    const file = path.join(dataFolder, 'profile.json');
    const original = JSON.stringify({ revision: 2, profile: { schemaVersion: 1, roles: 'not a list' } });
    writeFileSync(file, original);
    const main = startTestMainProcess({ dataFolder });
    const result = await main.dispatch('profile.get', APP_MAIN_FRAME, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } });
    if (!result.ok) expect(result.error.message).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
