import type { TimeWindow } from './useTimelineWindow';

const YEAR_STEPS = [1, 2, 5, 10, 20];

/** Tick months for a window: whole years when it spans years, quarters when it is short. */
export function ticksFor(window: TimeWindow, maxTicks = 12): { months: number[]; yearly: boolean } {
  const span = window.to - window.from;
  if (span <= 30) {
    const first = Math.ceil(window.from / 3) * 3;
    const months: number[] = [];
    for (let month = first; month <= window.to; month += 3) months.push(month);
    return { months, yearly: false };
  }
  const step = YEAR_STEPS.find((years) => span / (12 * years) <= maxTicks) ?? 50;
  const firstYear = Math.ceil(window.from / 12 / step) * step;
  const months: number[] = [];
  for (let year = firstYear; year * 12 <= window.to; year += step) months.push(year * 12);
  return { months, yearly: true };
}
