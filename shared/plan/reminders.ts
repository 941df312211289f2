import { z } from 'zod';
import { activeTarget } from '../domain/entries';
import type { Profile } from '../domain/profile';
import { DaySchema, EntityRefSchema, type Day } from '../domain/refs';
import { addDays, daysFrom, isoWeekday, lastDayOf } from './days';
import { behindGoal, lastCompleteWeek, minutesInWeek } from './learning-log';
import { compareText } from '../taxonomy/text';
import { REMINDER_TEXT } from './plan-text';
import { isOpenStep } from './step-state';

/** Days before a certificate's expiry on which it is recalled. */
export const EXPIRY_NOTICE_DAYS = [90, 30, 7] as const;
/** How far ahead "upcoming" looks, today included. */
export const UPCOMING_DAYS = 14;

/** One expiry kind per notice day, so a notice day added above needs no kind written out here. */
export const ReminderKindSchema = z.enum([
  ...EXPIRY_NOTICE_DAYS.map((before) => `expiry-${before}` as const),
  'step-due',
  'target-date',
  'weekly-goal',
]);

export const ReminderSubjectSchema = z.union([
  EntityRefSchema,
  z.object({ kind: z.enum(['step', 'target']), id: z.string() }).strict(),
  /** The weekly nudge is about a week of the log, named by its Monday. */
  z.object({ kind: z.literal('week'), id: DaySchema }).strict(),
]);

export const ReminderSchema = z
  .object({
    /** Stable across runs (`expiry-90:<certificate id>`, `step-due:<step id>`…), so one can be set aside. */
    id: z.string(),
    day: DaySchema,
    kind: ReminderKindSchema,
    title: z.string(),
    detail: z.string(),
    subject: ReminderSubjectSchema,
  })
  .strict();
export type Reminder = z.infer<typeof ReminderSchema>;

/** This computer's reminder settings: OS notifications while the app runs, and the Monday nudge. */
export const ReminderSettingsSchema = z.object({ notifications: z.boolean(), weeklyNudge: z.boolean() }).strict();
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/** The Monday nudge is opt-in, a preference of this computer; notifications only decide how a reminder is shown. */
export type ReminderOptions = Pick<ReminderSettings, 'weeklyNudge'>;

function expiryReminders(profile: Profile): Reminder[] {
  return profile.certificates.flatMap((certificate) => {
    // Only a held certificate can lapse; a planned one's expiry is a guess about the future.
    if (certificate.expires === null || certificate.status.state !== 'earned') return [];
    const expires = certificate.expires;
    const lastValidDay = lastDayOf(expires);
    return EXPIRY_NOTICE_DAYS.map((before): Reminder => {
      const kind = `expiry-${before}` as const;
      return {
        id: `${kind}:${certificate.id}`,
        day: addDays(lastValidDay, -before),
        kind,
        ...REMINDER_TEXT.expiry(certificate.title, before, expires),
        subject: { kind: 'certificate', id: certificate.id },
      };
    });
  });
}

function stepReminders(profile: Profile): Reminder[] {
  return profile.plan.flatMap((step): Reminder[] => {
    if (step.due === null || !isOpenStep(step)) return [];
    const target = profile.targets.find((candidate) => candidate.id === step.targetId);
    return [
      {
        id: `step-due:${step.id}`,
        day: step.due,
        kind: 'step-due',
        ...REMINDER_TEXT.stepDue(step.title, target?.title ?? null),
        subject: { kind: 'step', id: step.id },
      },
    ];
  });
}

function targetReminders(profile: Profile): Reminder[] {
  // Only the target the person is working towards: the others are set aside for now.
  const target = activeTarget(profile);
  if (target === null || target.targetDate === null) return [];
  return [
    {
      id: `target-date:${target.id}`,
      day: lastDayOf(target.targetDate),
      kind: 'target-date',
      ...REMINDER_TEXT.targetDate(target.title, target.targetDate),
      subject: { kind: 'target', id: target.id },
    },
  ];
}

function weeklyNudges(profile: Profile, from: Day, to: Day): Reminder[] {
  const goalHours = profile.settings.weeklyGoalHours;
  if (goalHours === null) return [];
  return daysFrom(from, to)
    .filter((day) => isoWeekday(day) === 0 && behindGoal(profile, day))
    .map((monday) => {
      const week = lastCompleteWeek(monday);
      return {
        id: `weekly-goal:${week}`,
        day: monday,
        kind: 'weekly-goal',
        ...REMINDER_TEXT.weeklyGoal(minutesInWeek(profile, week) / 60, goalHours),
        subject: { kind: 'week', id: week },
      };
    });
}

const byDayThenId = (a: Reminder, b: Reminder): number => compareText(a.day, b.day) || compareText(a.id, b.id);

/**
 * Every reminder the plan implies that falls from `fromDay` to `toDay`, both included, in day
 * order. A weekly nudge judges the week before its Monday, so it is raised only on Mondays up to
 * `today`: a week still to come has not been logged yet, and would always look behind.
 */
export function remindersBetween(
  profile: Profile,
  fromDay: Day,
  toDay: Day,
  options: ReminderOptions & { today: Day },
): Reminder[] {
  const dated = [...expiryReminders(profile), ...stepReminders(profile), ...targetReminders(profile)].filter(
    (reminder) => reminder.day >= fromDay && reminder.day <= toDay,
  );
  const nudgesTo = toDay < options.today ? toDay : options.today;
  const nudges = options.weeklyNudge ? weeklyNudges(profile, fromDay, nudgesTo) : [];
  return [...dated, ...nudges].sort(byDayThenId);
}

export const DueRemindersSchema = z
  .object({
    /** Fell due after the app was last opened and before today: the person has not seen them. */
    missed: z.array(ReminderSchema),
    /** From today to `UPCOMING_DAYS` days ahead. */
    upcoming: z.array(ReminderSchema),
  })
  .strict();
export type DueReminders = z.infer<typeof DueRemindersSchema>;

/**
 * What to tell the person on opening the app: what fell due while it was closed, and what is
 * coming. With no record of a last opening (the first run), nothing counts as missed.
 */
export function upcomingAndMissed(
  profile: Profile,
  today: Day,
  lastOpenedDay: Day | null,
  options: ReminderOptions,
): DueReminders {
  const withToday = { ...options, today };
  // An empty range (opened yesterday or today) finds nothing.
  const missed =
    lastOpenedDay === null ? [] : remindersBetween(profile, addDays(lastOpenedDay, 1), addDays(today, -1), withToday);
  return { missed, upcoming: remindersBetween(profile, today, addDays(today, UPCOMING_DAYS), withToday) };
}
