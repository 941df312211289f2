import type { Profile } from '../../../shared/domain/profile';
import { localDay } from '../../../shared/plan/days';
import { upcomingAndMissed, type DueReminders } from '../../../shared/plan/reminders';
import type { Preferences } from '../preferences/preferences';

export interface UpcomingServices {
  preferences: Pick<Preferences, 'get' | 'set'>;
  clock: () => Date;
}

/**
 * What is due, and what fell due while the app was closed. "Closed since" is the opening before
 * this run, read once: the panel shown at launch keeps naming what was missed however often it is
 * asked, while the day stored moves on so the next launch starts from today.
 */
export function createUpcoming(services: UpcomingServices): (profile: Profile) => DueReminders {
  let openedBefore: string | null | undefined;
  return (profile) => {
    const today = localDay(services.clock());
    if (openedBefore === undefined) openedBefore = services.preferences.get('lastOpenedDay');
    if (services.preferences.get('lastOpenedDay') !== today) services.preferences.set('lastOpenedDay', today);
    return upcomingAndMissed(profile, today, openedBefore, { weeklyNudge: services.preferences.get('weeklyNudge') });
  };
}
