import type { LearningSession } from '../domain/plan';
import type { Profile } from '../domain/profile';
import type { Day } from '../domain/refs';
import { addDays, daysFrom, weekStart } from './days';

/** The two ranges the log is shown over: about six months or a year of whole weeks. */
export const WEEKS_FOR_MONTHS = { 6: 26, 12: 52 } as const;

export interface WeekHours {
  /** The Monday the week starts on. */
  weekStart: Day;
  minutes: number;
  hours: number;
  /** The weekly goal in hours; null while the person has set none. */
  goalHours: number | null;
  /** Whether the week reached the goal; null without a goal. */
  met: boolean | null;
  /** False for the week `today` is in: it can still reach the goal. */
  complete: boolean;
}

export interface StudyDay {
  day: Day;
  minutes: number;
}

/** The Mondays of the `weeks` weeks that end with the week `today` is in, oldest first. */
export function weekStarts(today: Day, weeks: number): Day[] {
  const last = weekStart(today);
  return Array.from({ length: weeks }, (_, index) => addDays(last, 7 * (index - weeks + 1)));
}

function minutesByDay(log: readonly LearningSession[], from: Day, to: Day): Map<Day, number> {
  const byDay = new Map<Day, number>();
  for (const session of log) {
    if (session.date < from || session.date > to) continue;
    byDay.set(session.date, (byDay.get(session.date) ?? 0) + session.minutes);
  }
  return byDay;
}

function minutesBetween(log: readonly LearningSession[], from: Day, to: Day): number {
  let minutes = 0;
  for (const session of log) if (session.date >= from && session.date <= to) minutes += session.minutes;
  return minutes;
}

function goalMet(minutes: number, goalHours: number | null): boolean | null {
  // Compared in minutes: 0.5-hour goals and summed session minutes stay exact.
  return goalHours === null ? null : minutes >= goalHours * 60;
}

/**
 * Hours studied in each of the last `weeks` weeks, ending with the week of `today`; a week with
 * nothing logged is there with 0, so the chart shows the silence too. Sessions dated after `today`
 * count in their week (the log takes what the person typed).
 */
export function weeklyHours(profile: Profile, today: Day, weeks: number): WeekHours[] {
  const goalHours = profile.settings.weeklyGoalHours;
  const thisWeek = weekStart(today);
  const mondays = weekStarts(today, weeks);
  // One pass over the log, however long it is: each session's minutes go to its week.
  const byWeek = new Map<Day, number>();
  for (const [day, minutes] of minutesByDay(profile.log, mondays[0] ?? thisWeek, addDays(thisWeek, 6))) {
    const monday = weekStart(day);
    byWeek.set(monday, (byWeek.get(monday) ?? 0) + minutes);
  }
  return mondays.map((monday) => {
    const minutes = byWeek.get(monday) ?? 0;
    return {
      weekStart: monday,
      minutes,
      hours: minutes / 60,
      goalHours,
      met: goalMet(minutes, goalHours),
      complete: monday !== thisWeek,
    };
  });
}

/**
 * Every day of the same range, from the first week's Monday to `today`, with the minutes studied
 * (0 on a day without study): one cell each in a calendar heatmap.
 */
export function studyDays(profile: Profile, today: Day, weeks: number): StudyDay[] {
  const from = weekStarts(today, weeks)[0] ?? weekStart(today);
  const byDay = minutesByDay(profile.log, from, today);
  return daysFrom(from, today).map((day) => ({ day, minutes: byDay.get(day) ?? 0 }));
}

/** The last week that is over on `today`: the one before today's week. */
export function lastCompleteWeek(today: Day): Day {
  return addDays(weekStart(today), -7);
}

/** Minutes studied in the week starting on `monday`. */
export function minutesInWeek(profile: Profile, monday: Day): number {
  return minutesBetween(profile.log, monday, addDays(monday, 6));
}

/** Whether the last complete week fell short of the weekly goal; never, while there is no goal. */
export function behindGoal(profile: Profile, today: Day): boolean {
  const goalHours = profile.settings.weeklyGoalHours;
  if (goalHours === null) return false;
  return goalMet(minutesInWeek(profile, lastCompleteWeek(today)), goalHours) === false;
}
