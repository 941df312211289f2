import { useCallback, useMemo, useState } from 'react';

/** The presets the toolbar offers, in its order; 'range' is whatever the user chose. */
export const CHOSEN_PRESETS = ['career', 'recent', 'next'] as const;
export type ChosenPreset = (typeof CHOSEN_PRESETS)[number];
export type ZoomPreset = ChosenPreset | 'range';
export interface TimeWindow {
  from: number;
  to: number;
}

/** The narrowest window: below half a year months stop reading as a career. */
export const MIN_SPAN_MONTHS = 6;
const RECENT_MONTHS = 60;
/** "Next 12 months": a month back, so today is not on the edge, and a year ahead. */
const AHEAD_MONTHS = 12;
const BEHIND_MONTHS = 1;

function clampTo(window: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = Math.min(Math.max(window.to - window.from, MIN_SPAN_MONTHS), extent.to - extent.from);
  const from = Math.min(Math.max(window.from, extent.from), extent.to - span);
  return { from, to: from + span };
}

/**
 * The visible stretch of time: the whole career, the last five years, the next twelve months, or a
 * range the user chose (brush, pan, a cluster or a finding to reveal). Presets follow the profile
 * as it grows. The year ahead can be looked at (and panned through) even when nothing is planned
 * that far, so what the window may show reaches past the career's extent by that much.
 */
export function useTimelineWindow(career: TimeWindow, now: number) {
  const reachTo = Math.max(career.to, Math.ceil(now) + AHEAD_MONTHS);
  const extent = useMemo(() => ({ from: career.from, to: reachTo }), [career.from, reachTo]);
  const [zoom, setZoom] = useState<{ preset: ZoomPreset; range: TimeWindow }>({
    preset: 'career',
    range: career,
  });

  const shown: TimeWindow =
    zoom.preset === 'career'
      ? career
      : zoom.preset === 'recent'
        ? clampTo({ from: Math.floor(now) - RECENT_MONTHS, to: Math.ceil(now) + 3 }, extent)
        : zoom.preset === 'next'
          ? clampTo({ from: now - BEHIND_MONTHS, to: now + AHEAD_MONTHS }, extent)
          : clampTo(zoom.range, extent);
  // The same numbers keep the same object, so the chart (and every item's x) is not recomputed.
  const window = useMemo(() => ({ from: shown.from, to: shown.to }), [shown.from, shown.to]);

  const showRange = useCallback((range: TimeWindow) => setZoom({ preset: 'range', range }), []);
  const showPreset = useCallback((preset: ChosenPreset) => setZoom((current) => ({ ...current, preset })), []);
  const pan = useCallback(
    (fraction: number) => {
      const shift = (window.to - window.from) * fraction;
      setZoom({ preset: 'range', range: clampTo({ from: window.from + shift, to: window.to + shift }, extent) });
    },
    [window.from, window.to, extent],
  );
  /** Brings a period into view, keeping the current zoom when it already fits. */
  const reveal = useCallback(
    (from: number, to: number) => {
      if (from >= window.from && to <= window.to) return;
      const span = Math.max(window.to - window.from, to - from + 4);
      const middle = (from + to) / 2;
      setZoom({ preset: 'range', range: clampTo({ from: middle - span / 2, to: middle + span / 2 }, extent) });
    },
    [window.from, window.to, extent],
  );

  return { window, preset: zoom.preset, showPreset, showRange, pan, reveal };
}
