import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { APP_ORIGIN, serveAppRequest } from '../../electron/main/app-protocol';
import { ipcContract } from '../../shared/ipc/contract';
import { BRIDGE_KEY } from '../../shared/ipc/bridge-key';
import type { TestMainProcess } from './main-process';

/** Chromium cannot load app:// here, so the same files are served from this made-up origin. */
export const E2E_ORIGIN = 'http://throughline.test';
const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
const INVOKE_BINDING = '__throughlineInvoke';
/** Answers shorter than this are sent as plain JSON text; longer ones gzipped (see below). */
const PLAIN_ANSWER_CHARS = 64 * 1024;
/** Marks a Uint8Array field of a request, sent as base64 through the JSON binding. */
const BYTES_KEY = '__throughlineBytes';

/** The request as Electron's IPC would deliver it: base64 fields back to Uint8Array. */
function withBytes(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]: [string, unknown]) => {
      const encoded =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[BYTES_KEY] : undefined;
      return [key, typeof encoded === 'string' ? new Uint8Array(Buffer.from(encoded, 'base64')) : value];
    }),
  );
}

/** Where the page's stand-in preload listens for main's save reports. */
const SAVE_REPORT_HOOK = '__throughlineSaveReport';
/**
 * Serves out/renderer through the real app:// handler (so the same CSP headers apply) and
 * stands in for the preload: `window.throughline` gets one method per contract channel, each
 * calling the real dispatcher with the sending frame, over a real store in a temp folder.
 */
export async function installApp(page: Page, main: TestMainProcess): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run bundle` before the e2e tests.');
  }
  await page.route(`${E2E_ORIGIN}/**`, async (route) => {
    const appUrl = route.request().url().replace(E2E_ORIGIN, APP_ORIGIN);
    const response = await serveAppRequest(rendererDir, appUrl);
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  // Large answers cross as gzipped JSON in base64. Electron's IPC hands the renderer a structured clone;
  // Playwright's binding pushes text through the DevTools protocol, which on the large profile
  // (2 MB of profile and analysis per edit) took 250 ms of a 330 ms edit — the bench would
  // otherwise measure the harness. Compressed, the same bytes cross in a few milliseconds.
  // Main prints reports with Electron's printToPDF; here Chromium's page.pdf prints the same HTML.
  main.usePdfPrinter(async (html) => {
    const printing = await page.context().newPage();
    try {
      await printing.setContent(html);
      return await printing.pdf({ format: 'A4', printBackground: true });
    } finally {
      await printing.close();
    }
  });
  await page.exposeBinding(INVOKE_BINDING, async ({ frame, page: source }, channel: string, payload: unknown) => {
    const answer = await main.dispatch(
      channel,
      { frameUrl: frame.url(), isAppMainFrame: frame === source.mainFrame() },
      withBytes(payload),
    );
    const text = JSON.stringify(answer);
    // Small answers (an edit's change) cross as they are: decompressing takes the page several tasks.
    return text.length < PLAIN_ANSWER_CHARS ? `j${text}` : `z${gzipSync(text, { level: 1 }).toString('base64')}`;
  });
  // Main's pushes reach the page as Electron's would: each report handed to the bridge's listeners.
  main.onSaveReport((report) => {
    void page
      .evaluate(
        ({ key, sent }) => (window as unknown as Record<string, ((report: unknown) => void) | undefined>)[key]?.(sent),
        { key: SAVE_REPORT_HOOK, sent: report },
      )
      .catch(() => undefined);
  });
  const methods = Object.entries(ipcContract).map(([channel, spec]) => [spec.method, channel] as const);
  await page.addInitScript(
    ({ bindingName, bridgeKey, methodChannels, bytesKey, saveReportHook }) => {
      const globals = window as unknown as Record<string, unknown>;
      const send = globals[bindingName] as (channel: string, payload: unknown) => Promise<string>;
      // Electron's IPC carries a Uint8Array as it is; the binding carries JSON, so bytes cross as base64.
      const toBase64 = (bytes: Uint8Array) => {
        let binary = '';
        for (let at = 0; at < bytes.length; at += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
        return btoa(binary);
      };
      const withBase64 = (payload: unknown): unknown =>
        typeof payload === 'object' && payload !== null && !Array.isArray(payload)
          ? Object.fromEntries(
              Object.entries(payload).map(([key, value]) => [
                key,
                value instanceof Uint8Array ? { [bytesKey]: toBase64(value) } : value,
              ]),
            )
          : payload;
      const invoke = async (channel: string, payload: unknown): Promise<unknown> => {
        const answer = await send(channel, withBase64(payload));
        if (answer.startsWith('j')) return JSON.parse(answer.slice(1)) as unknown;
        const encoded = answer.slice(1);
        // Chromium 140+ decodes base64 natively; the loop is for older browsers.
        const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
        const bytes =
          native === undefined
            ? Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))
            : native.call(Uint8Array, encoded);
        // Inflated by the browser's own zlib, fed from memory: every step is a microtask, so the
        // answer is not queued behind the app's start-up tasks (a Blob's stream would be), and
        // native code inflates 860 KB in about half the time fflate's cold JavaScript takes.
        const inflated = new ReadableStream<BufferSource>({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        })
          .pipeThrough(new DecompressionStream('gzip'))
          .getReader();
        const decoder = new TextDecoder();
        let text = '';
        for (let part = await inflated.read(); !part.done; part = await inflated.read())
          text += decoder.decode(part.value, { stream: true });
        text += decoder.decode();
        return JSON.parse(text) as unknown;
      };
      const saveListeners = new Set<(report: unknown) => void>();
      const api = {
        ...Object.fromEntries(
          methodChannels.map(([method, channel]) => [method, (request: unknown = {}) => invoke(channel, request)]),
        ),
        // The harness has no application menu; key presses reach the page directly instead.
        onMenuCommand: () => () => undefined,
        onSaveReport: (listener: (report: unknown) => void) => {
          saveListeners.add(listener);
          return () => void saveListeners.delete(listener);
        },
      };
      Object.defineProperty(window, saveReportHook, {
        value: (report: unknown) => {
          for (const listener of saveListeners) listener(report);
        },
      });
      Object.defineProperty(window, bridgeKey, { value: Object.freeze(api), enumerable: true });
    },
    {
      bindingName: INVOKE_BINDING,
      bridgeKey: BRIDGE_KEY,
      methodChannels: methods,
      bytesKey: BYTES_KEY,
      saveReportHook: SAVE_REPORT_HOOK,
    },
  );
}
