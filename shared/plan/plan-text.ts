import type { PartialDate } from '../domain/dates';
import { FULL_MONTH_NAMES } from '../domain/months';
import { count } from '../domain/text';
import type { Day } from '../domain/refs';
import type { Pace } from './pace';
import type { StepState } from './step-state';
import { parseDay } from './days';

/**
 * Every English sentence the plan's pure logic writes (pace, reminders, calendar events), in one
 * place, as the lens keeps its in shared/lens/wording.ts. The window's own words live in the i18n
 * catalogue; these are for the CLI, notifications and the exported calendar.
 */

/** "14 March 2027", read from the day itself (never through a Date, which could shift it). */
export function longDay(day: Day): string {
  const { year, month, day: date } = parseDay(day);
  return `${date} ${FULL_MONTH_NAMES[month - 1] ?? ''} ${year}`;
}

/** A partial date at its own precision: "on 14 March 2027", "in March 2027", "in 2027". */
function onPartial(date: PartialDate): string {
  if (date.length === 4) return `in ${date}`;
  if (date.length === 7) return `in ${FULL_MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
  return `on ${longDay(date)}`;
}

/** "2.5", "6": hours to one decimal, without a trailing ".0". */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

export const STEP_STATE_TEXT: Record<StepState, string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  upcoming: 'upcoming',
  undated: 'no date',
  done: 'done',
  dropped: 'dropped',
};

export function paceSentence(pace: Pace): string {
  switch (pace.kind) {
    case 'finished':
      return 'Finished.';
    case 'no-sessions':
      return 'Nothing logged on it in the last four weeks, so there is no pace to project yet.';
    case 'no-estimate':
      return 'Add its estimated hours to see when you would finish.';
    case 'on-track':
      return pace.deadline === null
        ? `At this pace you finish around ${longDay(pace.finish)}.`
        : `At this pace you finish around ${longDay(pace.finish)} — on track.`;
    case 'late':
      return `At this pace you finish around ${longDay(pace.finish)} — ${count(pace.weeksLate, 'week')} after ${
        pace.deadline.of === 'step' ? "the step's due date" : 'the expected issue date'
      }.`;
  }
}

export const REMINDER_TEXT = {
  expiry: (certificate: string, daysBefore: number, expires: PartialDate) => ({
    title: `“${certificate}” expires in ${count(daysBefore, 'day')}`,
    detail: `It expires ${onPartial(expires)}. Renew it before then, or plan a renewal step.`,
  }),
  stepDue: (step: string, target: string | null) => ({
    title: `Due: ${step}`,
    detail: target === null ? 'A step of your plan.' : `A step of your plan towards ${target}.`,
  }),
  targetDate: (target: string, date: PartialDate) => ({
    title: `Target date: ${target}`,
    detail: `You aimed to be ready for ${target} ${onPartial(date)}.`,
  }),
  weeklyGoal: (hours: number, goalHours: number) => ({
    title: 'Behind your weekly study goal',
    detail: `Last week: ${hoursText(hours)} of ${count(goalHours, 'hour')}.`,
  }),
};

export const CALENDAR_TEXT = {
  name: 'Throughline plan',
  stepDue: (step: string) => `Due: ${step}`,
  stepDescription: (target: string | null) =>
    target === null ? 'A step of your Throughline plan.' : `A step of your Throughline plan towards ${target}.`,
  targetDate: (target: string) => `Target date: ${target}`,
  expiry: (certificate: string) => `${certificate} expires`,
  renew: (certificate: string, expires: Day) => `Renew ${certificate} by ${longDay(expires)}`,
  renewDescription: (certificate: string, expires: PartialDate) =>
    `${certificate} expires ${onPartial(expires)}. Renewing takes time: start now.`,
};
