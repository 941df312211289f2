import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { AppError } from '../app-error';

/** The options this module prints with; a subset of Electron's PrintToPDFOptions. */
export interface PrintToPdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
}

/** What printing needs of a BrowserWindow, so the logic runs under Node with a fake window. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPdfOptions): Promise<Buffer> };
  destroy(): void;
}

export interface PrintReportDeps {
  createWindow: () => PrintWindow;
  /** How long loading and printing may take together before the window is given up. */
  timeoutMs?: number;
}

/**
 * Its own in-memory session (no `persist:` prefix): nothing is written to disk, and the app's
 * app:// handler, storage and permissions of the default session are out of the report's reach.
 */
export const PRINT_PARTITION = 'throughline-report-print';

/**
 * Chromium refuses URLs longer than 2 MiB (its kMaxURLChars), and a data: URL longer than that
 * loads as a blank page rather than failing: https://github.com/electron/electron/issues/18093.
 */
export const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024;

const DEFAULT_TIMEOUT_MS = 30_000;

/** The report as a data: URL: loaded without a file on disk and without touching the app's protocol. */
export function reportDataUrl(html: string): string {
  return `data:text/html;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/**
 * A hidden window that only ever shows the report: sandboxed, isolated, no preload (so no bridge
 * to main), JavaScript off (the report has no script, and a stray one could not run), in its own
 * session. Navigation and new windows are denied by the factory (hardenWebContents).
 */
export function printWindowOptions(printSession: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: the layout width the print stylesheet is written for.
    width: 794,
    height: 1123,
    webPreferences: {
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('INTERNAL', 'Printing the report took too long.')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Prints the report's HTML to an A4 PDF in a fresh hidden window, and destroys the window
 * whatever happens (a failed load, a failed print, a timeout).
 *
 * @throws AppError PAYLOAD_TOO_LARGE when the report is too large for a data: URL.
 */
export async function printReportToPdf(html: string, deps: PrintReportDeps): Promise<Buffer> {
  const url = reportDataUrl(html);
  if (url.length > MAX_DATA_URL_LENGTH) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'The report is too large to print as one PDF; export it as HTML instead.');
  }
  const window = deps.createWindow();
  try {
    return await withTimeout(
      window.loadURL(url).then(() => window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })),
      deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  } finally {
    window.destroy();
  }
}
