import type { Schema } from 'conf';
import { z } from 'zod';
import { DaySchema } from '../../../shared/domain/refs';
import { WindowStateSchema } from '../window-state';

/**
 * Preferences of this computer, not of the profile: where the window was, the look, reminders.
 * They stay here when the profile is exported, imported or restored from a backup. What changes
 * the lens's reading (the curated-list length, `profile.settings`) belongs to the profile: it
 * travels with it and shapes its reports.
 */
export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** Read by the reminders when they land (they fire only while the app runs). */
export const RemindersSchema = z
  .object({
    enabled: z.boolean(),
    /** How many days before a certificate expires or a step is due the reminder comes. */
    leadDays: z.number().int().min(1).max(365),
  })
  .strict();

export const PreferencesSchema = z
  .object({
    /** The window's last normal (not maximized) bounds and whether it was maximized; null: never saved. */
    window: WindowStateSchema.nullable(),
    theme: ThemeSchema,
    reminders: RemindersSchema,
    /** The Monday nudge when last week's study fell short of the goal: opt-in. */
    weeklyNudge: z.boolean(),
    /** The day the app was last opened, so reminders that fell due while it was closed are shown once. */
    lastOpenedDay: DaySchema.nullable(),
  })
  .strict();

export type PreferenceValues = z.infer<typeof PreferencesSchema>;
export type PreferenceKey = keyof PreferenceValues;

export const PREFERENCE_DEFAULTS: PreferenceValues = {
  window: null,
  theme: 'system',
  reminders: { enabled: true, leadDays: 30 },
  weeklyNudge: false,
  lastOpenedDay: null,
};

type ValueSchema = Schema<PreferenceValues>[PreferenceKey];

/** One property of conf's schema: zod's JSON Schema 2020-12 output, without its `$schema` line. */
function property(schema: z.ZodType): ValueSchema {
  const json = z.toJSONSchema(schema);
  delete json.$schema;
  // zod's JSON Schema type is wider than the one conf declares; the document is the same.
  return json as ValueSchema;
}

/**
 * conf's `schema` option (its JSON Schema `properties`), derived from the zod schemas above so the
 * two never disagree: conf refuses a bad value at `set`, and the zod schemas check every read.
 */
export const PREFERENCES_JSON_SCHEMA: Schema<PreferenceValues> = {
  window: property(PreferencesSchema.shape.window),
  theme: property(PreferencesSchema.shape.theme),
  reminders: property(PreferencesSchema.shape.reminders),
  weeklyNudge: property(PreferencesSchema.shape.weeklyNudge),
  lastOpenedDay: property(PreferencesSchema.shape.lastOpenedDay),
};
