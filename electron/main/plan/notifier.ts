import type { Profile } from '../../../shared/domain/profile';
import { localDay } from '../../../shared/plan/days';
import { remindersBetween, type Reminder } from '../../../shared/plan/reminders';
import type { Preferences } from '../preferences/preferences';

/** How often a running app looks for reminders that have come due (the day can turn while it runs). */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface NotifierServices {
  /** The profile as it is now, or null while it cannot be read. */
  profile: () => Promise<Profile | null>;
  preferences: Pick<Preferences, 'get'>;
  clock: () => Date;
  /** Shows one OS notification (Electron's Notification in the app). */
  notify: (reminder: Reminder) => void;
  setInterval: (run: () => void, ms: number) => { unref?: () => void };
}

/**
 * OS notifications for the reminders due today, while the app runs: each once per run, none while
 * the person has switched them off. Returns the check, so the app runs it at launch too.
 */
export function startReminderNotifications(services: NotifierServices): () => Promise<void> {
  const shown = new Set<string>();
  const check = async () => {
    if (!services.preferences.get('reminders').enabled) return;
    const profile = await services.profile();
    if (profile === null) return;
    const today = localDay(services.clock());
    const due = remindersBetween(profile, today, today, {
      today,
      weeklyNudge: services.preferences.get('weeklyNudge'),
    });
    for (const reminder of due) {
      if (shown.has(reminder.id)) continue;
      shown.add(reminder.id);
      services.notify(reminder);
    }
  };
  services.setInterval(() => void check(), CHECK_EVERY_MS).unref?.();
  return check;
}
