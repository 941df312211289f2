/** Readiness over time: the target view's chart and the header's one line. */
export const readiness = {
  heading: 'Readiness over time',
  lead: (target: string) =>
    `The core skills ${target} needs, by the strongest evidence behind each, month by month since your first entry.`,
  today: 'Today',
  projected: 'With your plan (projected)',
  axis: 'Core skills',
  loading: 'Reading how your readiness has moved…',
  failed: (message: string) => `Readiness could not be read: ${message}`,
  /** The chart's opening words for screen readers; the sentences below follow. */
  label: (target: string, from: string) => `Core skills for ${target} by evidence level, from ${from} to today.`,
  /** "1 applied, 1 planned only": today's counts, as the stacked bands show them. */
  levels: (parts: string) => `(${parts})`,
  then: (month: string, backed: number, core: number) => `In ${month}: ${backed} of ${core} backed by work.`,
  now: (line: string, levels: string) => `Today, ${line} ${levels}.`,
  byTarget: (month: string, backed: number, core: number) =>
    `By ${month}, with the plan: ${backed} of ${core} backed by work.`,
  /** Worded without "due date": the plot's name must not match the step form's field of that name. */
  noProjection: 'Put a date on a step in your plan to see where the plan would take you.',
  /** Instead of a chart with nothing to trace yet. */
  tooShort: (line: string) => `${line}. The chart begins once your record spans more than a month.`,
  noCore: (target: string) =>
    `${target} names no core skills yet. Mark the skills it needs as essential to follow your readiness over time.`,
  header: {
    /** Said in full to screen readers and in the tooltip; the visible line drops the target's name beside it. */
    full: (line: string) => `Readiness: ${line}`,
  },
};
