import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../electron/main/single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    requestSingleInstanceLock: () => gotLock,
    on: (event: string, listener: () => void) => listeners.set(event, listener),
  };
}

describe('single instance', () => {
  it('tells a second instance to quit', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.listeners.size).toBe(0);
  });

  it('brings the first window to the front when a second launch hands over', () => {
    const app = fakeApp(true);
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app as never, () => window as never)).toBe(true);
    app.listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
