import type { TimeWindow } from './useTimelineWindow';

const YEAR_STEPS = [1, 2, 5, 10, 20];
const MONTH_STEPS = [3, 6];
/** Room one tick label needs at the axis's size, with a gap: "Sep 2024", or "2024". */
const MONTH_LABEL_PX = 72;
const YEAR_LABEL_PX = 44;

/**
 * Tick months for a window: whole years when it spans years, quarters (or half-years) when it is
 * short, never more than fit the plot's width, so the axis can show them all without measuring.
 */
export function ticksFor(window: TimeWindow, plotWidth = 900): { months: number[]; yearly: boolean } {
  const span = window.to - window.from;
  const fits = (labelPx: number) => Math.max(2, Math.min(12, Math.floor(plotWidth / labelPx)));
  const monthStep = span <= 30 ? MONTH_STEPS.find((months) => span / months <= fits(MONTH_LABEL_PX)) : undefined;
  if (monthStep !== undefined) {
    const first = Math.ceil(window.from / monthStep) * monthStep;
    const months: number[] = [];
    for (let month = first; month <= window.to; month += monthStep) months.push(month);
    return { months, yearly: false };
  }
  const step = YEAR_STEPS.find((years) => span / (12 * years) <= fits(YEAR_LABEL_PX)) ?? 50;
  const firstYear = Math.ceil(window.from / 12 / step) * step;
  const months: number[] = [];
  for (let year = firstYear; year * 12 <= window.to; year += step) months.push(year * 12);
  return { months, yearly: true };
}
