import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { ReminderSettings } from '../../../shared/plan/reminders';
import { createUpcoming } from '../plan/upcoming';
import type { Preferences } from '../preferences/preferences';
import type { ProfileStore } from '../store/profile-store';

export interface PlanHandlerServices {
  store: () => Promise<ProfileStore>;
  preferences: Preferences;
  clock: () => Date;
}

/** Reminders on launch and their settings: read from the profile, kept in this computer's preferences. */
export function createPlanHandlers(
  services: PlanHandlerServices,
): Pick<IpcHandlers, 'plan.upcoming' | 'plan.reminderSettings'> {
  const { preferences } = services;
  const upcoming = createUpcoming({ preferences, clock: services.clock });
  const settings = (): ReminderSettings => ({
    notifications: preferences.get('reminders').enabled,
    weeklyNudge: preferences.get('weeklyNudge'),
  });
  return {
    'plan.upcoming': async () => upcoming((await services.store()).state().profile),
    'plan.reminderSettings': (request) => {
      if (request.notifications !== undefined) {
        preferences.set('reminders', { ...preferences.get('reminders'), enabled: request.notifications });
      }
      if (request.weeklyNudge !== undefined) preferences.set('weeklyNudge', request.weeklyNudge);
      return settings();
    },
  };
}
