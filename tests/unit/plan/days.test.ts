import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayTriple,
  daysBetween,
  daysFrom,
  formatDay,
  isDay,
  isoWeekday,
  lastDayOf,
  localDay,
  parseDay,
  weekStart,
} from '../../../shared/plan/days';
import { inTimeZone, TIME_ZONES } from './plan-profile';

describe('days', () => {
  it('reads and writes YYYY-MM-DD, and refuses days the calendar does not have', () => {
    expect(parseDay('2027-03-09')).toEqual({ year: 2027, month: 3, day: 9 });
    expect(formatDay({ year: 2027, month: 3, day: 9 })).toBe('2027-03-09');
    expect(dayTriple('2028-02-29')).toEqual([2028, 2, 29]);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2027-04-31')).toBe(false);
    expect(isDay('2027-3-9')).toBe(false);
    expect(() => parseDay('2027-13-01')).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2100-03-01', -1)).toBe('2100-02-28');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
    expect(() => addDays('2027-01-01', 0.5)).toThrow(RangeError);
  });

  it('agrees with UTC day arithmetic on every day of ten years', () => {
    // UTC has no DST, so it is a fair oracle here; the module itself never uses a Date.
    const start = Date.UTC(2024, 0, 1);
    for (let offset = 0; offset < 3_653; offset += 1) {
      const expected = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      expect(addDays('2024-01-01', offset)).toBe(expected);
      expect(daysBetween('2024-01-01', expected)).toBe(offset);
    }
  });

  it('counts days between two days, negative when the second is earlier', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-03-29', '2027-03-27')).toBe(-2);
    expect(daysBetween('2027-03-29', '2027-03-29')).toBe(0);
    expect(daysFrom('2027-03-30', '2027-04-02')).toEqual(['2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02']);
    expect(daysFrom('2027-04-02', '2027-03-30')).toEqual([]);
  });

  it('starts the ISO week on Monday', () => {
    expect(isoWeekday('2027-03-15')).toBe(0); // a Monday
    expect(isoWeekday('2027-03-21')).toBe(6); // a Sunday
    expect(weekStart('2027-03-21')).toBe('2027-03-15');
    expect(weekStart('2027-03-15')).toBe('2027-03-15');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('takes the last day a partial date covers', () => {
    expect(lastDayOf('2027-03')).toBe('2027-03-31');
    expect(lastDayOf('2027-04')).toBe('2027-04-30');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2027-02')).toBe('2027-02-28');
    expect(lastDayOf('2027')).toBe('2027-12-31');
    expect(lastDayOf('2027-03-09')).toBe('2027-03-09');
  });

  it('reads today where the person is, not in UTC', () => {
    const lateEvening = new Date(Date.UTC(2027, 2, 28, 23, 30));
    const [berlin, newYork] = TIME_ZONES.map((zone) => inTimeZone(zone, () => localDay(lateEvening)));
    expect(berlin).toBe('2027-03-29');
    expect(newYork).toBe('2027-03-28');
  });

  it('does day arithmetic the same in every time zone, across the DST changes', () => {
    const around = ['2027-03-13', '2027-03-27', '2027-10-30', '2027-11-06'];
    const results = TIME_ZONES.map((zone) =>
      inTimeZone(zone, () => around.map((day) => [addDays(day, 1), addDays(day, 2), weekStart(addDays(day, 1))])),
    );
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toEqual([
      ['2027-03-14', '2027-03-15', '2027-03-08'],
      ['2027-03-28', '2027-03-29', '2027-03-22'],
      ['2027-10-31', '2027-11-01', '2027-10-25'],
      ['2027-11-07', '2027-11-08', '2027-11-01'],
    ]);
  });
});
