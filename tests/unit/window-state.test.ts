import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreWindowState } from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoring the window', () => {
  it('reopens where it was closed', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 700, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
  });

  it('reopens on a second display that is still connected', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [laptop, external])).toEqual(saved);
  });

  it('comes back to the primary display when the saved one was unplugged', () => {
    const state = restoreWindowState({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, [laptop]);
    expect(state.x).toBeGreaterThanOrEqual(0);
    expect(state.x + state.width).toBeLessThanOrEqual(laptop.width);
    expect(state.y + state.height).toBeLessThanOrEqual(laptop.height);
  });

  it('shrinks a saved size larger than the screen it opens on', () => {
    const state = restoreWindowState({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop]);
    expect(state.width).toBe(laptop.width);
    expect(state.height).toBe(laptop.height);
  });

  it.each([undefined, null, 'garbage', { x: 'a' }, { x: 1, y: 2, width: -5, height: 10, maximized: false }])(
    'falls back to a centred default for saved state %j',
    (saved) => {
      const state = restoreWindowState(saved, [laptop]);
      expect(state).toMatchObject({
        width: DEFAULT_WINDOW_SIZE.width,
        height: DEFAULT_WINDOW_SIZE.height,
        maximized: false,
      });
      expect(state.x).toBe(Math.round((laptop.width - DEFAULT_WINDOW_SIZE.width) / 2));
    },
  );
});
