import type { PlanStepKind, PlanStepStatus } from '../../../../shared/domain/plan';
import { daysInWords } from '../../../../shared/domain/text';
import { UPCOMING_DAYS } from '../../../../shared/plan/reminders';
import { count } from './plural';

/** The plan towards the active target, and the learning log. */
export const plan = {
  heading: 'Your plan',
  lead: (target: string) => `Dated steps towards ${target}. Add one from any next step or finding, or write your own.`,
  empty: 'No steps yet. “Add to plan” on a next step or a finding turns it into a dated step here.',
  addStep: 'Add a step…',
  addToPlan: 'Add to plan',
  inPlan: 'In your plan',
  added: (title: string) => `Added to your plan: ${title}`,
  addFailed: 'The step could not be added to your plan; nothing was changed.',
  kinds: {
    learn: 'Learn',
    apply: 'Apply it',
    evidence: 'Show evidence',
    renew: 'Renew',
    'apply-for-roles': 'Apply for roles',
    custom: 'Step',
  } satisfies Record<PlanStepKind, string>,
  statuses: {
    todo: 'To do',
    doing: 'Doing',
    done: 'Done',
    dropped: 'Dropped',
  } satisfies Record<PlanStepStatus, string>,
  statusLabel: 'Status',
  due: (day: string) => `Due ${day}`,
  noDue: 'No due date',
  doneOn: (day: string) => `Done ${day}`,
  overdue: 'Overdue',
  dueSoon: 'Due soon',
  start: 'Start',
  markDone: 'Mark done',
  drop: 'Drop',
  reopen: 'Reopen',
  edit: 'Edit…',
  remove: 'Delete',
  logTime: 'Log time…',
  closes: (amount: number) => `Closes ${count(amount, 'finding')}:`,
  stillOpen: 'still open',
  closed: 'closed',
  serves: (names: string) => `For: ${names}`,
  form: {
    addTitle: 'Add a step to your plan',
    editTitle: 'Edit the step',
    title: 'What will you do?',
    kind: 'Kind of step',
    due: 'Due date',
    note: 'Note',
    save: 'Save the step',
    failed: 'The step could not be saved; what you typed is kept.',
  },
  upcoming: {
    label: 'Upcoming',
    missed: 'While Throughline was closed',
    next: `In the next ${daysInWords(UPCOMING_DAYS)}`,
    hide: 'Hide for now',
  },
  reminders: {
    heading: 'Reminders',
    notifications: 'Notify me on this computer when something is due (while Throughline is open)',
    weeklyNudge: 'On Mondays, remind me when last week fell short of my weekly goal',
  },
  heatmap: {
    label: (studied: number, days: number, longest: string) =>
      studied === 0
        ? `No study logged on any of the last ${days} days.`
        : `Studied on ${studied} of the last ${days} days; the longest day was ${longest}.`,
    day: (day: string, minutes: string) => `${day}: ${minutes}`,
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  chart: {
    label: (weeks: number, hours: string, met: number | null, complete: number) =>
      `Hours studied per week over the last ${weeks} weeks: ${hours} h in all` +
      (met === null ? '.' : `; the weekly goal was met in ${met} of ${complete} finished weeks.`),
    range: 'Show',
    months: (months: number) => `Last ${months} months`,
  },
  log: {
    heading: 'Learning log',
    lead: 'Log each sitting of study: the hours show whether you are keeping pace with your goal.',
    button: 'Log learning…',
    title: 'Log learning',
    date: 'Day',
    minutes: 'Minutes',
    what: 'What did you study?',
    certificate: 'For',
    none: 'Nothing in particular',
    percent: (title: string) => `How far through “${title}” are you now? (%)`,
    save: 'Log it',
    failed: 'The session could not be logged; what you typed is kept.',
    goal: 'Weekly goal (hours)',
    goalSave: 'Set goal',
    goalNone: 'No weekly goal set.',
    recent: 'Recent sessions',
    minutesText: (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} h`),
    nothing: 'Nothing logged yet.',
    removeSession: 'Delete session',
  },
};
