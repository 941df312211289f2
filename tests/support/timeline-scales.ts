import type { Scales } from '../../renderer/src/timeline/placement';

/** Where the test plots begin: January 2020, as a month index. */
export const PLOT_START = 2020 * 12;

/** 10 px a month from PLOT_START, rows 30 px high, the plot `right` px wide. */
export function testScales(right: number): Scales {
  return {
    x: (month) => (month - PLOT_START) * 10,
    rowTop: (row) => row * 30,
    rowHeight: 30,
    left: 0,
    right,
  };
}
