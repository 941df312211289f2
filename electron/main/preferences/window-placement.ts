import { MIN_WINDOW_SIZE, restoreWindowState, type Rect, type WindowState } from '../window-state';

/** The displays as Electron's `screen` reports them, injected so placement is tested under Node. */
export interface Displays {
  /** The work area of the primary display. */
  primary: Rect;
  /** The work area of the display the bounds overlap most, or the nearest one (`screen.getDisplayMatching`). */
  matching(bounds: Rect): Rect;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Where the window opens. Saved bounds are pulled wholly onto the display they match best: a
 * monitor may have been unplugged, or its resolution lowered, since they were saved, and a
 * window off every screen cannot be dragged back. Nothing saved: centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, displays: Displays): WindowState {
  if (saved === null) return restoreWindowState(undefined, [displays.primary]);
  const area = displays.matching(saved);
  const width = Math.round(clamp(saved.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width));
  const height = Math.round(clamp(saved.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height));
  return {
    x: Math.round(clamp(saved.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(saved.y, area.y, area.y + area.height - height)),
    width,
    height,
    maximized: saved.maximized,
  };
}
