import { describe, expect, it } from 'vitest';
import { behindGoal, studyDays, weeklyHours, WEEKS_FOR_MONTHS, weekStarts } from '../../../shared/plan/learning-log';
import { profileWith, sessionOf } from './plan-profile';

// A Wednesday: its week began on Monday 8 March 2027.
const TODAY = '2027-03-10';

describe('weeklyHours', () => {
  it('gives every week of the range, the empty ones too, ending with the week of today', () => {
    const profile = profileWith(
      {
        log: [
          sessionOf('2027-03-08', 60),
          sessionOf('2027-03-10', 30),
          sessionOf('2027-03-07', 240), // Sunday: the week before
          sessionOf('2027-03-01', 120),
          sessionOf('2027-02-15', 45),
          sessionOf('2026-12-01', 600), // before the range
          sessionOf('2027-03-15', 90), // next week, after the range
        ],
      },
      6,
    );
    const weeks = weeklyHours(profile, TODAY, 4);
    expect(weeks).toEqual([
      { weekStart: '2027-02-15', minutes: 45, hours: 0.75, goalHours: 6, met: false, complete: true },
      { weekStart: '2027-02-22', minutes: 0, hours: 0, goalHours: 6, met: false, complete: true },
      { weekStart: '2027-03-01', minutes: 360, hours: 6, goalHours: 6, met: true, complete: true },
      { weekStart: '2027-03-08', minutes: 90, hours: 1.5, goalHours: 6, met: false, complete: false },
    ]);
  });

  it('has no goal to meet while none is set', () => {
    const weeks = weeklyHours(profileWith({ log: [sessionOf('2027-03-08', 60)] }), TODAY, 2);
    expect(weeks.map(({ goalHours, met }) => ({ goalHours, met }))).toEqual([
      { goalHours: null, met: null },
      { goalHours: null, met: null },
    ]);
  });

  it('covers six months or a year of weeks', () => {
    expect(WEEKS_FOR_MONTHS).toEqual({ 6: 26, 12: 52 });
    const year = weeklyHours(profileWith(), TODAY, WEEKS_FOR_MONTHS[12]);
    expect(year).toHaveLength(52);
    expect(year[0]?.weekStart).toBe('2026-03-16');
    expect(year.at(-1)?.weekStart).toBe('2027-03-08');
    expect(weekStarts(TODAY, 26)[0]).toBe('2026-09-14');
  });
});

describe('studyDays', () => {
  it('gives every day from the first Monday to today with the minutes studied', () => {
    const profile = profileWith({
      log: [sessionOf('2027-03-02', 20), sessionOf('2027-03-02', 25), sessionOf('2027-03-10', 15)],
    });
    const days = studyDays(profile, TODAY, 2);
    expect(days).toHaveLength(10);
    expect(days[0]).toEqual({ day: '2027-03-01', minutes: 0 });
    expect(days[1]).toEqual({ day: '2027-03-02', minutes: 45 });
    expect(days.at(-1)).toEqual({ day: TODAY, minutes: 15 });
    expect(days.reduce((sum, day) => sum + day.minutes, 0)).toBe(60);
  });
});

describe('behindGoal', () => {
  it('reads the last complete week against the goal', () => {
    const short = profileWith({ log: [sessionOf('2027-03-03', 300), sessionOf('2027-03-09', 600)] }, 6);
    expect(behindGoal(short, TODAY)).toBe(true);
    const met = profileWith({ log: [sessionOf('2027-03-01', 200), sessionOf('2027-03-07', 160)] }, 6);
    expect(behindGoal(met, TODAY)).toBe(false);
    // On a Monday the week that just ended is the one judged.
    expect(behindGoal(met, '2027-03-08')).toBe(false);
    expect(behindGoal(met, '2027-03-15')).toBe(true);
  });

  it('is never behind without a goal', () => {
    expect(behindGoal(profileWith(), TODAY)).toBe(false);
  });
});
