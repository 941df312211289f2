import type { App, BrowserWindow } from 'electron';

/**
 * One running Throughline per user: a second launch hands over to the first, which comes to
 * the front, and then exits. Two writers on one profile file would lose edits.
 * Returns false when this process is the second instance and must quit.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  getWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
