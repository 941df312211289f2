import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_DATA_URL_LENGTH,
  printReportToPdf,
  printWindowOptions,
  reportDataUrl,
  type PrintToPdfOptions,
  type PrintWindow,
} from '../../../electron/main/export/print-report';
import { renderReportHtml } from '../../../shared/export/report-html';
import { PERSONA_NAMES } from '../../support/personas';
import { personaProfile, reportCase } from './report-fixtures';

const PDF = Buffer.from('%PDF-1.4 fake');

function fakeWindow(overrides: { load?: () => Promise<void>; print?: () => Promise<Buffer> } = {}) {
  const window = {
    loadURL: vi.fn<(url: string) => Promise<void>>(overrides.load ?? (() => Promise.resolve())),
    webContents: {
      printToPDF: vi.fn<(options: PrintToPdfOptions) => Promise<Buffer>>(
        overrides.print ?? (() => Promise.resolve(PDF)),
      ),
    },
    destroy: vi.fn(),
  } satisfies PrintWindow;
  return window;
}

describe('printReportToPdf', () => {
  it('loads the HTML as a base64 data: URL, prints A4 with backgrounds, and destroys the window', async () => {
    const window = fakeWindow();
    const html = '<!doctype html><p>Café — “quoted”</p>';
    await expect(printReportToPdf(html, { createWindow: () => window })).resolves.toBe(PDF);
    const url = window.loadURL.mock.calls[0]?.[0] ?? '';
    expect(url.startsWith('data:text/html;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:text/html;base64,'.length), 'base64').toString('utf8')).toBe(html);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when printing fails', async () => {
    const window = fakeWindow({ print: () => Promise.reject(new Error('printer on fire')) });
    await expect(printReportToPdf('<p></p>', { createWindow: () => window })).rejects.toThrow('printer on fire');
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the window when loading fails, without printing', async () => {
    const window = fakeWindow({ load: () => Promise.reject(new Error('ERR_ABORTED')) });
    await expect(printReportToPdf('<p></p>', { createWindow: () => window })).rejects.toThrow('ERR_ABORTED');
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('gives up on a window that never finishes loading', async () => {
    const window = fakeWindow({ load: () => new Promise<void>(() => undefined) });
    await expect(printReportToPdf('<p></p>', { createWindow: () => window, timeoutMs: 20 })).rejects.toThrow(
      'took too long',
    );
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('refuses a report too large for a data: URL before opening any window', async () => {
    const createWindow = vi.fn(() => fakeWindow());
    await expect(printReportToPdf('x'.repeat(MAX_DATA_URL_LENGTH), { createWindow })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(createWindow).not.toHaveBeenCalled();
  });
});

describe('the reports as printed', () => {
  it.each(PERSONA_NAMES)(
    'both reports fit in one data: URL, and the window loads the one asked for (%s)',
    async (name) => {
      const { recruiter, review } = reportCase(personaProfile(name));
      for (const model of [recruiter, review]) {
        const html = renderReportHtml(model);
        expect(reportDataUrl(html).length).toBeLessThan(MAX_DATA_URL_LENGTH / 4);
        const window = fakeWindow();
        await printReportToPdf(html, { createWindow: () => window });
        expect(window.loadURL).toHaveBeenCalledWith(reportDataUrl(html));
      }
    },
  );
});

describe('printWindowOptions', () => {
  it('is hidden, sandboxed, isolated, without preload or JavaScript, in its own session', () => {
    const printSession = { id: 'print' } as unknown as Session;
    const options = printWindowOptions(printSession);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});
