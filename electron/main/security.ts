import type {
  Event,
  HandlerDetails,
  Session,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebPreferences,
} from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** The renderer runs as untrusted web content: no Node, its own JS world, Chromium's sandbox. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // On Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries from Google:
    // a network request from an app that promises none. See also keepSpellcheckerOffline.
    spellcheck: false,
  };
}

type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL'
>;

/**
 * Where the dictionary downloader is pointed, in case anything turns the spellchecker back on: a
 * path of the app's own protocol, which answers 404 (or, in a session without the handler, fails)
 * without leaving the machine.
 */
export const NO_DICTIONARY_URL = `${APP_ORIGIN}/no-spellcheck-dictionaries/`;

/**
 * Turns a session's spellchecker off, with no language to fetch a dictionary for and no server to
 * fetch it from: `spellcheck: false` covers the windows, this covers the session itself (Electron
 * fetches the dictionaries from a Google CDN: https://www.electronjs.org/docs/latest/tutorial/spellchecker).
 * The last two calls are no-ops on macOS,
 * where the system spellchecker needs no download.
 */
export function keepSpellcheckerOffline(session: SpellcheckSession): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
}

/** Links may leave the app only as http(s) to a real host, without embedded credentials. */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0;
}

/** Electron's `shell`, or anything that stands in for it (the checked outbound links, a test's fake). */
export interface ExternalOpener {
  /** Resolves with what became of the link, if the opener says; the guards here only wait for it. */
  openExternal(url: string): Promise<unknown>;
}

export type HardenableContents = Pick<WebContents, 'id' | 'on' | 'once' | 'setWindowOpenHandler'>;

/** Where each guarded webContents sends its links, by webContents id. */
const linkOpeners = new Map<number, ExternalOpener>();

/**
 * The app is a single page: it never navigates and never opens windows. A link the user clicks
 * to an http(s) site goes to `shell` instead, which decides whether it may open.
 *
 * The guards are installed once per webContents: the global `web-contents-created` guard comes
 * first, and a later call (the main window's, the print window's) only changes where that
 * webContents' links go, so no link is ever handled twice.
 */
export function hardenWebContents(contents: HardenableContents, shell: ExternalOpener): void {
  const { id } = contents;
  const guarded = linkOpeners.has(id);
  linkOpeners.set(id, shell);
  if (guarded) return;
  contents.once('destroyed', () => linkOpeners.delete(id));
  const openOutside = (url: string) => {
    const opener = linkOpeners.get(id);
    if (opener === undefined || !isSafeExternalUrl(url)) return;
    void opener.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK: reached only by http(s) URLs that passed isSafeExternalUrl just above
  };
  // Electron emits will-navigate only when will-frame-navigate was let through, so this one
  // stops subframes alone and leaves the main frame's links to will-navigate below.
  contents.on('will-frame-navigate', (event: Event<WebContentsWillFrameNavigateEventParams>) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-navigate', (event: Event<WebContentsWillNavigateEventParams>) => {
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event: Event) => event.preventDefault());
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    openOutside(details.url);
    return { action: 'deny' };
  });
}

/**
 * Guards every webContents the app will ever create (windows, DevTools, any added later) the
 * moment it exists, before it can load anything; their links go through `shell`.
 */
export function guardEveryWebContents(
  app: { on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): unknown },
  shell: ExternalOpener,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so all are refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
