import { readFileSync, rmSync } from 'node:fs';
import type { Options } from 'conf';
import { z } from 'zod';
import { WindowStateSchema } from '../window-state';
import {
  PREFERENCE_DEFAULTS,
  PREFERENCES_JSON_SCHEMA,
  PreferencesSchema,
  type PreferenceKey,
  type PreferenceValues,
} from './schema';

/** `preferences.json` in the app's data folder (electron-store's `name`, conf's `configName`). */
export const PREFERENCES_NAME = 'preferences';
/** Where versions up to 0.1.0 kept the window's bounds (electron-store `window-state`, key `bounds`). */
export const LEGACY_WINDOW_STATE_FILE = 'window-state.json';

/** What the preferences need of electron-store (or conf, its base class, in tests under Node). */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export class PreferenceRefused extends Error {
  override name = 'PreferenceRefused';
}

export interface Preferences {
  /** The saved value, or its default when none was saved or what is saved does not fit the schema. */
  get<K extends PreferenceKey>(key: K): PreferenceValues[K];
  /** Throws PreferenceRefused when the value does not fit the schema (nothing is written then). */
  set<K extends PreferenceKey>(key: K, value: PreferenceValues[K]): void;
}

/** The window's bounds as versions up to 0.1.0 kept them, adopted once by the first migration. */
export interface LegacyWindowState {
  /** The saved bounds, unchecked; undefined when the file is missing or unreadable. */
  read(): unknown;
  /** Forgets the old file (best effort: one left behind is never read again). */
  remove(): void;
}

export function legacyWindowState(file: string): LegacyWindowState {
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
        return typeof parsed === 'object' && parsed !== null && 'bounds' in parsed ? parsed.bounds : undefined;
      } catch {
        return undefined;
      }
    },
    remove() {
      try {
        rmSync(file, { force: true });
      } catch {
        // Left behind: the migration that reads it is recorded as done either way.
      }
    },
  };
}

/** The options of conf (and electron-store) that make the preferences what they are. */
export type PreferenceStoreOptions = Required<
  Pick<Options<PreferenceValues>, 'schema' | 'defaults' | 'migrations' | 'clearInvalidConfig' | 'configFileMode'>
>;

/**
 * conf runs a migration when the app's version reaches its key, and records that it ran. Each
 * one must also be harmless on a fresh store, where conf runs them all.
 */
function preferenceMigrations(legacy: LegacyWindowState): PreferenceStoreOptions['migrations'] {
  return {
    '0.1.0': (store) => {
      const bounds = WindowStateSchema.safeParse(legacy.read());
      if (bounds.success && store.get('window') === null) store.set('window', bounds.data);
      legacy.remove();
    },
  };
}

/**
 * The options electron-store (or conf) opens `preferences.json` with. `clearInvalidConfig` is on
 * here, unlike for the profile (ARCHITECTURE.md, "Where data lives"): a damaged preferences file costs a window position,
 * and must never stop the app from starting.
 */
export function preferenceStoreOptions(legacy: LegacyWindowState): PreferenceStoreOptions {
  return {
    schema: PREFERENCES_JSON_SCHEMA,
    defaults: PREFERENCE_DEFAULTS,
    migrations: preferenceMigrations(legacy),
    clearInvalidConfig: true,
    configFileMode: 0o600,
  };
}

/** Typed, validated preferences over an injected store (electron-store in the app, conf in tests). */
export function createPreferences(store: PreferenceStore): Preferences {
  const schemas: { [K in PreferenceKey]: z.ZodType<PreferenceValues[K]> } = PreferencesSchema.shape;
  const schemaOf = <K extends PreferenceKey>(key: K): z.ZodType<PreferenceValues[K]> => schemas[key];
  return {
    get(key) {
      const parsed = schemaOf(key).safeParse(store.get(key));
      return parsed.success ? parsed.data : PREFERENCE_DEFAULTS[key];
    },
    set(key, value) {
      const parsed = schemaOf(key).safeParse(value);
      if (!parsed.success) {
        throw new PreferenceRefused(`The ${key} preference was not saved: ${z.prettifyError(parsed.error)}`);
      }
      store.set(key, parsed.data);
    },
  };
}

/** A store that forgets on quit: the app's fallback when the preferences file cannot be opened at all. */
export function memoryPreferenceStore(): PreferenceStore {
  const values = new Map<string, unknown>(Object.entries(PREFERENCE_DEFAULTS));
  return { get: (key) => values.get(key), set: (key, value) => values.set(key, value) };
}

/**
 * Opens the preferences; if the file cannot be opened (a read-only folder, a migration that
 * threw), the app still starts, with defaults kept in memory, and `report` says why.
 */
export function openPreferences(open: () => PreferenceStore, report: (error: unknown) => void): Preferences {
  try {
    return createPreferences(open());
  } catch (error) {
    report(error);
    return createPreferences(memoryPreferenceStore());
  }
}
