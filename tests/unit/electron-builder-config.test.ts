import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const scheme = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

function section(name: string): Record<string, unknown> {
  const value = config[name];
  if (value === null || typeof value !== 'object') throw new Error(`electron-builder.yml has no ${name} section`);
  return value as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it("validates against electron-builder's own schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(scheme);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema is strict enough to catch a typo, so the check above is not vacuous.
    expect(validate({ ...config, linux: { target: 'AppImage', iconn: 'x' } })).toBe(false);
  });

  it('builds AppImage and deb, nsis and dmg', () => {
    expect(section('linux')['target']).toEqual(['AppImage', 'deb']);
    expect(section('win')['target']).toEqual(['nsis']);
    expect(section('mac')['target']).toEqual(['dmg']);
  });

  it('points every target at an icon that exists', () => {
    for (const file of ['assets/icon.ico', 'assets/icon.icns', 'assets/icons/512x512.png', 'assets/icons/16x16.png']) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    expect(section('win')['icon']).toBe('assets/icon.ico');
    expect(section('mac')['icon']).toBe('assets/icon.icns');
    expect(section('linux')['icon']).toBe('assets/icons');
  });

  it('turns off the fuses that would let the packaged app run arbitrary code', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('ships only the built app, not sources or tests', () => {
    expect(config['files']).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
  });
});
