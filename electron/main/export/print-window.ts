import { BrowserWindow, session } from 'electron';
import { denyAllPermissions, hardenWebContents, type ExternalOpener } from '../security';
import { PRINT_PARTITION, printWindowOptions, type PrintWindow } from './print-report';

/** The print window is never seen or clicked, so no link in it may open anything. */
const OPENS_NOTHING: ExternalOpener = { openExternal: () => Promise.resolve() };

/**
 * The real window behind printReportToPdf. Kept apart so print-report.ts loads under Node
 * without Electron.
 */
export function createPrintWindow(): PrintWindow {
  const printSession = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(printSession);
  // The report is self-contained: any request other than its own data: URL is a bug or an attack.
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') });
  });
  const window = new BrowserWindow(printWindowOptions(printSession));
  hardenWebContents(window.webContents, OPENS_NOTHING);
  return window;
}
