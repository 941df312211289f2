import { BrowserWindow, session } from 'electron';
import { denyAllPermissions, hardenWebContents, type ExternalOpener } from '../security';
import { PRINT_PARTITION, printWindowOptions, type PrintWindow } from './print-report';

/** The print window is never seen or clicked, so no link in it may open anything. */
const OPENS_NOTHING: ExternalOpener = { openExternal: () => Promise.resolve() };

/**
 * The real window behind printReportToPdf. Kept apart so print-report.ts loads under Node
 * without Electron.
 *
 * Why a data: URL in a window of its own rather than the app's window or app:// page:
 * - the app's CSP (shared/csp.ts) is a response header of app:// files and allows no inline
 *   style, which the self-contained report needs; the report document carries its own stricter
 *   meta CSP instead (default-src 'none', inline style only, no script);
 * - the guards in security.ts stop navigations the page starts (will-navigate, window.open);
 *   loadURL from main is not one of them, and the print window gets the same guards, so the
 *   report cannot navigate or open anything once loaded;
 * - an in-memory partition keeps the report away from the default session, where the app://
 *   handler, storage and permission answers live, and leaves nothing on disk.
 */
export function createPrintWindow(): PrintWindow {
  const printSession = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(printSession);
  // The report is self-contained: any request other than its own data: URL is a bug or an attack.
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') });
  });
  // The options (sandbox, contextIsolation, JavaScript off) are set and unit-tested in printWindowOptions;
  // the window is never shown, so nothing can be middle-clicked in it.
  const window = new BrowserWindow(printWindowOptions(printSession)); // eng-disable SANDBOX_JS_CHECK CONTEXT_ISOLATION_JS_CHECK AUXCLICK_JS_CHECK: set in printWindowOptions, hidden window with JavaScript off
  hardenWebContents(window.webContents, OPENS_NOTHING);
  return window;
}
