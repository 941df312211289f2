import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import {
  createPreferences,
  LEGACY_WINDOW_STATE_FILE,
  legacyWindowState,
  openPreferences,
  PreferenceRefused,
  PREFERENCES_NAME,
  preferenceStoreOptions,
  type PreferenceStore,
} from '../../electron/main/preferences/preferences';
import { PREFERENCE_DEFAULTS, type PreferenceValues } from '../../electron/main/preferences/schema';
import { placeWindow } from '../../electron/main/preferences/window-placement';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../../electron/main/window-state';

const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'throughline-preferences-'));
const preferencesFile = (folder: string) => path.join(folder, `${PREFERENCES_NAME}.json`);

/** conf on `preferences.json` with the app's own options, as electron-store opens it in main. */
function openConf(folder: string, version = '0.1.0'): Conf<PreferenceValues> {
  return new Conf<PreferenceValues>({
    cwd: folder,
    configName: PREFERENCES_NAME,
    projectVersion: version,
    ...preferenceStoreOptions(legacyWindowState(path.join(folder, LEGACY_WINDOW_STATE_FILE))),
  });
}

const bounds = { x: 120, y: 80, width: 1100, height: 700, maximized: false };

describe('preferences in electron-store (conf)', () => {
  it('start from the defaults, in a file only the user can read', () => {
    const folder = tempFolder();
    const preferences = createPreferences(openConf(folder));
    expect(preferences.get('window')).toBeNull();
    expect(preferences.get('theme')).toBe('system');
    expect(preferences.get('reminders')).toEqual({ enabled: true, leadDays: 30 });
    expect(statSync(preferencesFile(folder)).mode & 0o777).toBe(0o600);
  });

  it('keep what was set across a restart', () => {
    const folder = tempFolder();
    const first = createPreferences(openConf(folder));
    first.set('window', bounds);
    first.set('theme', 'dark');
    const again = createPreferences(openConf(folder));
    expect(again.get('window')).toEqual(bounds);
    expect(again.get('theme')).toBe('dark');
  });

  it.each([
    ['a theme that does not exist', 'theme', 'purple'],
    ['bounds that are not whole pixels', 'window', { ...bounds, x: 1.5 }],
    ['bounds with no size', 'window', { ...bounds, width: 0 }],
    ['bounds with a field too many', 'window', { ...bounds, display: 2 }],
    ['reminders a year and a day ahead', 'reminders', { enabled: true, leadDays: 366 }],
  ] as const)('refuse %s and leave the file as it was', (_name, key, value) => {
    const folder = tempFolder();
    const preferences = createPreferences(openConf(folder));
    preferences.set('window', bounds);
    const before = readFileSync(preferencesFile(folder), 'utf8');
    expect(() => preferences.set(key, value as never)).toThrow(PreferenceRefused);
    // conf refuses it too, from the JSON Schema derived from the same zod schema.
    expect(() => openConf(folder).set(key, value as never)).toThrow(/Config schema violation/);
    expect(readFileSync(preferencesFile(folder), 'utf8')).toBe(before);
  });

  it('read a hand-edited value that does not fit as the default, without failing to start', () => {
    const folder = tempFolder();
    openConf(folder);
    const saved = JSON.parse(readFileSync(preferencesFile(folder), 'utf8')) as Record<string, unknown>;
    writeFileSync(preferencesFile(folder), JSON.stringify({ ...saved, theme: 'purple', window: 'big' }));
    const preferences = createPreferences(openConf(folder));
    expect(preferences.get('theme')).toBe('system');
    expect(preferences.get('window')).toBeNull();
  });

  it('read a damaged file as the defaults, and write a good one at the next change', () => {
    const folder = tempFolder();
    writeFileSync(preferencesFile(folder), '{"theme": "da');
    const preferences = createPreferences(openConf(folder));
    expect(preferences.get('theme')).toBe('system');
    preferences.set('theme', 'light');
    expect(createPreferences(openConf(folder)).get('theme')).toBe('light');
  });

  it('start on defaults kept in memory when the file cannot be opened at all', () => {
    const reported: unknown[] = [];
    const preferences = openPreferences(
      () => {
        throw new Error('EROFS: read-only file system');
      },
      (error) => reported.push(error),
    );
    expect(reported).toHaveLength(1);
    expect(preferences.get('theme')).toBe(PREFERENCE_DEFAULTS.theme);
    preferences.set('theme', 'dark');
    expect(preferences.get('theme')).toBe('dark');
  });

  it('never hand out what the store holds when it does not fit', () => {
    const values = new Map<string, unknown>([['reminders', { enabled: 'yes' }]]);
    const store: PreferenceStore = { get: (key) => values.get(key), set: (key, value) => values.set(key, value) };
    expect(createPreferences(store).get('reminders')).toEqual(PREFERENCE_DEFAULTS.reminders);
  });
});

describe('the migration from window-state.json (versions up to 0.1.0)', () => {
  const legacyFile = (folder: string) => path.join(folder, LEGACY_WINDOW_STATE_FILE);

  it('adopts the saved bounds once, then forgets the old file', () => {
    const folder = tempFolder();
    writeFileSync(legacyFile(folder), JSON.stringify({ bounds }));
    expect(createPreferences(openConf(folder)).get('window')).toEqual(bounds);
    expect(existsSync(legacyFile(folder))).toBe(false);

    // Recorded as done: an old file that turns up again is not read a second time.
    writeFileSync(legacyFile(folder), JSON.stringify({ bounds: { ...bounds, x: 900 } }));
    expect(createPreferences(openConf(folder, '0.2.0')).get('window')).toEqual(bounds);
    expect(existsSync(legacyFile(folder))).toBe(true);
  });

  it.each([
    ['invalid bounds', JSON.stringify({ bounds: { x: 'left' } })],
    ['a damaged file', '{"bounds": {"x": 1'],
  ])('ignores %s and starts from the defaults', (_name, text) => {
    const folder = tempFolder();
    writeFileSync(legacyFile(folder), text);
    expect(createPreferences(openConf(folder)).get('window')).toBeNull();
    expect(existsSync(legacyFile(folder))).toBe(false);
  });

  it('is harmless on a fresh store with no old file', () => {
    const folder = tempFolder();
    expect(createPreferences(openConf(folder)).get('window')).toBeNull();
  });
});

describe('placing the window', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const external = { x: 1440, y: 0, width: 2560, height: 1400 };
  const onLaptop = { primary: laptop, matching: () => laptop };

  it('reopens where it was closed when that is on a display', () => {
    expect(placeWindow(bounds, onLaptop)).toEqual(bounds);
    const there = { ...bounds, x: 2000, maximized: true };
    expect(placeWindow(there, { primary: laptop, matching: () => external })).toEqual(there);
  });

  it('asks for the display matching the saved bounds', () => {
    const asked: unknown[] = [];
    placeWindow(bounds, {
      primary: laptop,
      matching: (rect) => {
        asked.push(rect);
        return laptop;
      },
    });
    expect(asked).toEqual([bounds]);
  });

  it.each([
    ['off the right edge (a monitor unplugged)', { ...bounds, x: 3000 }],
    ['above the top', { ...bounds, y: -500 }],
    ['left of the display', { ...bounds, x: -2000, y: 5000 }],
  ])('pulls bounds %s wholly onto the display', (_name, saved) => {
    const placed = placeWindow(saved, onLaptop);
    expect(placed.x).toBeGreaterThanOrEqual(laptop.x);
    expect(placed.y).toBeGreaterThanOrEqual(laptop.y);
    expect(placed.x + placed.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(placed.y + placed.height).toBeLessThanOrEqual(laptop.y + laptop.height);
    expect({ width: placed.width, height: placed.height }).toEqual({ width: bounds.width, height: bounds.height });
  });

  it('shrinks a window larger than the display, and grows one below the minimum size', () => {
    expect(placeWindow({ ...bounds, width: 5000, height: 3000 }, onLaptop)).toMatchObject({
      x: 0,
      y: 0,
      width: laptop.width,
      height: laptop.height,
    });
    expect(placeWindow({ ...bounds, width: 200, height: 100 }, onLaptop)).toMatchObject({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
  });

  it('centres the default size on the primary display when nothing was saved', () => {
    const placed = placeWindow(null, { primary: external, matching: () => laptop });
    expect(placed).toEqual({
      x: external.x + (external.width - DEFAULT_WINDOW_SIZE.width) / 2,
      y: external.y + (external.height - DEFAULT_WINDOW_SIZE.height) / 2,
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });
});
