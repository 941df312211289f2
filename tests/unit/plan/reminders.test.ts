import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/profile';
import { remindersBetween, upcomingAndMissed, type Reminder } from '../../../shared/plan/reminders';
import { certificateOf, inTimeZone, profileWith, sessionOf, stepOf, TIME_ZONES, targetOf } from './plan-profile';

/**
 * Dates chosen on and next to the DST changes of 2027: Europe on 28 March and 31 October, the
 * United States on 14 March and 7 November.
 */
function plannedYear(goalHours: number | null = null): Profile {
  return profileWith(
    {
      certificates: [
        certificateOf({ id: 'cert-month', expires: '2027-11' }), // valid to 30 November
        certificateOf({ id: 'cert-day', expires: '2027-04-05' }),
        certificateOf({ id: 'cert-year', expires: '2027' }),
        certificateOf({ id: 'cert-planned', status: { state: 'planned' }, expires: '2027-06' }),
        certificateOf({ id: 'cert-no-expiry' }),
      ],
      plan: [
        stepOf({ id: 'step-us-spring', due: '2027-03-14' }),
        stepOf({ id: 'step-eu-spring', due: '2027-03-28', status: 'doing' }),
        stepOf({ id: 'step-us-autumn', due: '2027-11-07' }),
        stepOf({ id: 'step-done', due: '2027-03-20', status: 'done', doneOn: '2027-03-19' }),
        stepOf({ id: 'step-dropped', due: '2027-03-21', status: 'dropped' }),
        stepOf({ id: 'step-undated' }),
      ],
      targets: [
        targetOf({ id: 'target-1', title: 'UX Researcher', targetDate: '2027-10' }),
        targetOf({ id: 'target-2', targetDate: '2027-05-01' }), // not the active one
      ],
    },
    goalHours,
  );
}

const dayAndId = (reminders: Reminder[]) => reminders.map(({ day, id }) => `${day} ${id}`);

describe('remindersBetween', () => {
  it('finds every reminder of the year on the same days in every time zone', () => {
    const byZone = TIME_ZONES.map((zone) =>
      inTimeZone(zone, () =>
        dayAndId(
          remindersBetween(plannedYear(), '2027-01-01', '2027-12-31', { weeklyNudge: false, today: '2027-01-01' }),
        ),
      ),
    );
    expect(byZone[0]).toEqual(byZone[1]);
    expect(byZone[0]).toEqual([
      '2027-01-05 expiry-90:cert-day',
      '2027-03-06 expiry-30:cert-day',
      '2027-03-14 step-due:step-us-spring',
      '2027-03-28 step-due:step-eu-spring',
      '2027-03-29 expiry-7:cert-day',
      '2027-09-01 expiry-90:cert-month',
      '2027-10-02 expiry-90:cert-year',
      '2027-10-31 expiry-30:cert-month',
      '2027-10-31 target-date:target-1',
      '2027-11-07 step-due:step-us-autumn',
      '2027-11-23 expiry-7:cert-month',
      '2027-12-01 expiry-30:cert-year',
      '2027-12-24 expiry-7:cert-year',
    ]);
  });

  it('says what each reminder is about', () => {
    const reminders = remindersBetween(plannedYear(), '2027-10-31', '2027-10-31', {
      weeklyNudge: false,
      today: '2027-10-31',
    });
    expect(reminders).toEqual([
      {
        id: 'expiry-30:cert-month',
        day: '2027-10-31',
        kind: 'expiry-30',
        title: '“Course cert-month” expires in 30 days',
        detail: 'It expires in November 2027. Renew it before then, or plan a renewal step.',
        subject: { kind: 'certificate', id: 'cert-month' },
      },
      {
        id: 'target-date:target-1',
        day: '2027-10-31',
        kind: 'target-date',
        title: 'Target date: UX Researcher',
        detail: 'You aimed to be ready for UX Researcher in October 2027.',
        subject: { kind: 'target', id: 'target-1' },
      },
    ]);
    const [step] = remindersBetween(plannedYear(), '2027-03-14', '2027-03-14', {
      weeklyNudge: false,
      today: '2027-03-14',
    });
    expect(step).toMatchObject({
      title: 'Due: Step step-us-spring',
      detail: 'A step of your plan towards UX Researcher.',
      subject: { kind: 'step', id: 'step-us-spring' },
    });
  });
});

describe('upcomingAndMissed', () => {
  it('looks 14 days ahead, today included, the same in every time zone', () => {
    for (const zone of TIME_ZONES) {
      inTimeZone(zone, () => {
        const beforeUs = upcomingAndMissed(plannedYear(), '2027-03-13', '2027-03-12', { weeklyNudge: false });
        expect(dayAndId(beforeUs.upcoming)).toEqual(['2027-03-14 step-due:step-us-spring']);
        expect(beforeUs.missed).toEqual([]);
        const beforeEu = upcomingAndMissed(plannedYear(), '2027-03-27', '2027-03-27', { weeklyNudge: false });
        expect(dayAndId(beforeEu.upcoming)).toEqual([
          '2027-03-28 step-due:step-eu-spring',
          '2027-03-29 expiry-7:cert-day',
        ]);
        const autumn = upcomingAndMissed(plannedYear(), '2027-10-24', null, { weeklyNudge: false });
        expect(dayAndId(autumn.upcoming)).toEqual([
          '2027-10-31 expiry-30:cert-month',
          '2027-10-31 target-date:target-1',
          '2027-11-07 step-due:step-us-autumn',
        ]);
      });
    }
  });

  it('lists what fell due while the app was closed, and the weekly nudges when asked for', () => {
    // Closed from 1 March to 20 March 2027, with a goal of 6 hours and only the week of 8 March met.
    const profile = { ...plannedYear(6), log: [sessionOf('2027-03-09', 200), sessionOf('2027-03-12', 160)] };
    const { missed, upcoming } = upcomingAndMissed(profile, '2027-03-20', '2027-03-01', { weeklyNudge: true });
    expect(dayAndId(missed)).toEqual([
      '2027-03-06 expiry-30:cert-day',
      '2027-03-08 weekly-goal:2027-03-01',
      '2027-03-14 step-due:step-us-spring',
    ]);
    expect(missed[1]).toMatchObject({
      kind: 'weekly-goal',
      title: 'Behind your weekly study goal',
      detail: 'Last week: 0 of 6 hours.',
      subject: { kind: 'week', id: '2027-03-01' },
    });
    // Monday 22 March is still to come: its week is not over, so no nudge yet.
    expect(dayAndId(upcoming)).toEqual(['2027-03-28 step-due:step-eu-spring', '2027-03-29 expiry-7:cert-day']);

    const quiet = upcomingAndMissed(profile, '2027-03-20', '2027-03-01', { weeklyNudge: false });
    expect(dayAndId(quiet.missed)).toEqual(['2027-03-06 expiry-30:cert-day', '2027-03-14 step-due:step-us-spring']);
  });

  it('nudges on the Monday that is today', () => {
    const { upcoming } = upcomingAndMissed(plannedYear(6), '2027-03-22', '2027-03-21', { weeklyNudge: true });
    expect(dayAndId(upcoming)[0]).toBe('2027-03-22 weekly-goal:2027-03-15');
    expect(dayAndId(upcoming).filter((line) => line.includes('weekly-goal'))).toHaveLength(1);
  });

  it('misses nothing on the first run, or when the app was open yesterday', () => {
    expect(upcomingAndMissed(plannedYear(6), '2027-03-20', null, { weeklyNudge: true }).missed).toEqual([]);
    expect(upcomingAndMissed(plannedYear(6), '2027-03-15', '2027-03-14', { weeklyNudge: true }).missed).toEqual([]);
    expect(upcomingAndMissed(plannedYear(6), '2027-03-15', '2027-03-15', { weeklyNudge: true }).missed).toEqual([]);
  });
});
