import type {
  Event,
  HandlerDetails,
  Session,
  WebContents,
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

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The app is a single page: it never navigates and never opens windows. A link the user
 * clicks to an http(s) site goes to the default browser instead.
 */
export function hardenWebContents(contents: HardenableContents, shell: ExternalOpener): void {
  const openOutside = (url: string) => {
    if (!isSafeExternalUrl(url)) return;
    void shell.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK: reached only by http(s) URLs that passed isSafeExternalUrl just above
  };
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

/** Camera, microphone, notifications, geolocation…: the app needs none, so all are refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
