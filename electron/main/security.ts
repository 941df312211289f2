import type {
  Event,
  HandlerDetails,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WebPreferences,
} from 'electron';

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
    spellcheck: true,
  };
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

export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
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
