import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { startReminderNotifications } from '../../../electron/main/plan/notifier';
import { createUpcoming } from '../../../electron/main/plan/upcoming';
import { createPreferences, memoryPreferenceStore } from '../../../electron/main/preferences/preferences';
import type { Reminder } from '../../../shared/plan/reminders';
import { certificateOf, stepOf, targetOf } from './plan-profile';

/** A certificate whose 30-day expiry notice falls on 2027-01-01, and a step due 2027-01-05. */
function planned(): Profile {
  return {
    ...emptyProfile(),
    certificates: [certificateOf({ id: 'aws', issued: '2024-01', expires: '2027-01-31' })],
    targets: [targetOf({ id: 'target-1' })],
    plan: [stepOf({ id: 'deploy', due: '2027-01-05' })],
  };
}

const at =
  (day: string, hour = 9) =>
  () =>
    new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`);

describe('the Upcoming panel’s reminders', () => {
  it('names what fell due while the app was closed, and keeps naming it during this run', () => {
    const preferences = createPreferences(memoryPreferenceStore());
    preferences.set('lastOpenedDay', '2026-12-20');
    let clock = at('2027-01-03');
    const upcoming = createUpcoming({ preferences, clock: () => clock() });
    const first = upcoming(planned());
    expect(first.missed.map((reminder) => reminder.id)).toEqual(['expiry-30:aws']);
    expect(first.upcoming.map((reminder) => reminder.id)).toContain('step-due:deploy');
    expect(preferences.get('lastOpenedDay')).toBe('2027-01-03');
    clock = at('2027-01-03', 18);
    expect(upcoming(planned()).missed.map((reminder) => reminder.id)).toEqual(['expiry-30:aws']);
  });

  it('misses nothing on the first run', () => {
    const upcoming = createUpcoming({
      preferences: createPreferences(memoryPreferenceStore()),
      clock: at('2027-01-03'),
    });
    expect(upcoming(planned()).missed).toEqual([]);
  });
});

describe('OS notifications while the app runs', () => {
  function notifier(enabled: boolean, day: string) {
    const preferences = createPreferences(memoryPreferenceStore());
    preferences.set('reminders', { enabled, leadDays: 30 });
    const shown: Reminder[] = [];
    const check = startReminderNotifications({
      profile: () => Promise.resolve(planned()),
      preferences,
      clock: at(day),
      notify: (reminder) => shown.push(reminder),
      setInterval: () => ({}),
    });
    return { check, shown };
  }

  it('shows what is due today, once per run', async () => {
    const { check, shown } = notifier(true, '2027-01-05');
    await check();
    await check();
    expect(shown.map((reminder) => reminder.id)).toEqual(['step-due:deploy']);
  });

  it('shows nothing while notifications are switched off', async () => {
    const { check, shown } = notifier(false, '2027-01-05');
    await check();
    expect(shown).toEqual([]);
  });
});
