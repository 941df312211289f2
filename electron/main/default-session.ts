import type { OnBeforeRequestListenerDetails, Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** What the default session may load besides the app's own files. */
export interface RequestAllowance {
  /** The origin of `electron-vite dev`'s server (its page and its hot-reload socket), in development only. */
  devServerOrigin: string | null;
  /** DevTools' own pages and extensions (devtools://, chrome-extension://), in development only. */
  devTools: boolean;
}

/**
 * The packaged app loads only app://throughline/ and never DevTools: the menu offers DevTools in
 * development alone, and a packaged app has no reason to reach anything else. An unpackaged app
 * (npm run dev, the Electron test suite) may also talk to the dev server and let DevTools work,
 * since its developer opened them on purpose; it still reaches no other host.
 */
export function requestAllowance(options: { isPackaged: boolean; devServerUrl: string | undefined }): RequestAllowance {
  if (options.isPackaged) return { devServerOrigin: null, devTools: false };
  return {
    devServerOrigin: options.devServerUrl === undefined ? null : new URL(options.devServerUrl).origin,
    devTools: true,
  };
}

/** Hot reload talks to the dev server over a WebSocket on the same host and port as its page. */
function asPageOrigin(url: URL): string {
  const protocol = url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol;
  return `${protocol}//${url.host}`;
}

/**
 * Whether the default session may make this request. The app's own files only, plus data: and
 * blob: URLs, which carry bytes the page already holds and so reach no network; everything else
 * (http, https, ws, file, ftp, another app:// host…) is cancelled.
 */
export function isAllowedRequest(candidate: string, allowance: RequestAllowance): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (allowance.devTools && (url.protocol === 'devtools:' || url.protocol === 'chrome-extension:')) return true;
  return allowance.devServerOrigin !== null && asPageOrigin(url) === allowance.devServerOrigin;
}

/**
 * Cancels every request of the session that isAllowedRequest refuses: the app promises to work
 * offline, and a compromised page could otherwise send data out with a fetch, an image or a form.
 */
export function allowOnlyAppRequests(session: Pick<Session, 'webRequest'>, allowance: RequestAllowance): void {
  session.webRequest.onBeforeRequest((details: OnBeforeRequestListenerDetails, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, allowance) });
  });
}
