import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/window';
import {
  denyAllPermissions,
  guardEveryWebContents,
  hardenWebContents,
  type HardenableContents,
  isSafeExternalUrl,
  keepSpellcheckerOffline,
  NO_DICTIONARY_URL,
  secureWebPreferences,
} from '../../electron/main/security';
import type { WindowState } from '../../electron/main/window-state';

type Listener = (...args: unknown[]) => unknown;

let nextContentsId = 1;

/** A webContents as the guards see it: its id, its events and its window-open handler. */
class FakeContents {
  readonly id = nextContentsId++;
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | undefined;
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** Records what the window code asks of Electron, so the real creation path runs under Node. */
class FakeBrowserWindow {
  static last: FakeBrowserWindow | undefined;
  readonly listeners = new Map<string, Listener[]>();
  loadedUrl: string | undefined;
  maximized = false;
  readonly webContents = new FakeContents();
  get windowOpenHandler() {
    return this.webContents.windowOpenHandler;
  }

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.last = this;
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  once(event: string, listener: Listener) {
    this.on(event, listener);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  show() {}
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
  emitContents(event: string, ...args: unknown[]) {
    this.webContents.emit(event, ...args);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

function openWindow(state: Partial<WindowState> = {}) {
  const openExternal = vi.fn((url: string) => (url === '' ? Promise.reject(new Error('empty')) : Promise.resolve()));
  const saved: WindowState[] = [];
  createMainWindow({
    BrowserWindow: FakeBrowserWindow as unknown as typeof BrowserWindow,
    shell: { openExternal },
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://throughline/index.html',
    iconPath: undefined,
    backgroundColor: '#000000',
    state: { x: 0, y: 0, width: 1200, height: 800, maximized: false, ...state },
    saveState: (next) => saved.push(next),
  });
  const window = FakeBrowserWindow.last;
  if (window === undefined) throw new Error('no window was created');
  return { window, openExternal, saved };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.options.show).toBe(false);
  });

  it('keeps the spellchecker off, so Chromium downloads no dictionary', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences?.spellcheck).toBe(false);
    expect(secureWebPreferences('/preload.cjs').spellcheck).toBe(false);
  });

  it('loads the app from its own protocol, never from the network', () => {
    const { window } = openWindow();
    expect(window.loadedUrl).toBe('app://throughline/index.html');
  });

  it('cancels every navigation and sends only http(s) links the user clicked to the browser', () => {
    const { window, openExternal } = openWindow();
    const toSite = navigationEvent('https://www.example.org/course');
    window.emitContents('will-navigate', toSite);
    expect(toSite.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.example.org/course');

    openExternal.mockClear();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:pw@example.org/',
    ]) {
      const event = navigationEvent(url);
      window.emitContents('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, opening safe links outside instead', () => {
    const { window, openExternal } = openWindow();
    expect(window.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(window.windowOpenHandler?.({ url: 'file:///tmp/x.html' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses webviews and redirects', () => {
    const { window } = openWindow();
    for (const event of ['will-attach-webview', 'will-redirect']) {
      const attempt = navigationEvent('https://example.org/');
      window.emitContents(event, attempt);
      expect(attempt.preventDefault).toHaveBeenCalled();
    }
  });

  it('reopens maximized when it was closed maximized, and saves its bounds on close', () => {
    const { window, saved } = openWindow({ maximized: true });
    expect(window.maximized).toBe(true);
    window.emit('close');
    expect(saved.at(-1)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });
});

/** The fake stands in for Electron's overloaded `on` and `once`, which no plain class can match. */
const asContents = (contents: FakeContents) => contents as unknown as HardenableContents;

/** An `app` that hands out webContents the way Electron does: `web-contents-created` first. */
function guardedApp(shell = { openExternal: vi.fn(() => Promise.resolve()) }) {
  let created: Listener | undefined;
  guardEveryWebContents(
    {
      on: (_event, listener) => {
        created = listener as Listener;
      },
    },
    shell,
  );
  const createContents = () => {
    const contents = new FakeContents();
    created?.({ preventDefault: vi.fn() }, contents);
    return contents;
  };
  return { createContents, openExternal: shell.openExternal };
}

describe('every webContents, created by anyone', () => {
  it('may not navigate, redirect or attach a webview, and its links go through the outbound check', () => {
    const { createContents, openExternal } = guardedApp();
    const contents = createContents();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const attempt = navigationEvent('https://example.org/');
      contents.emit(event, attempt);
      expect(attempt.preventDefault).toHaveBeenCalled();
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('opens no window: a window.open goes to the outbound check, a file: one nowhere', () => {
    const { createContents, openExternal } = guardedApp();
    const contents = createContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/a']]);
  });

  it('stops a subframe from navigating, and leaves the main frame to will-navigate', () => {
    const { createContents } = guardedApp();
    const contents = createContents();
    const inFrame = { ...navigationEvent('https://example.org/'), isMainFrame: false };
    contents.emit('will-frame-navigate', inFrame);
    expect(inFrame.preventDefault).toHaveBeenCalled();
    // Preventing it here would keep Electron from emitting will-navigate, where links open.
    const inPage = { ...navigationEvent('https://example.org/'), isMainFrame: true };
    contents.emit('will-frame-navigate', inPage);
    expect(inPage.preventDefault).not.toHaveBeenCalled();
  });

  it('guards a window once: a link it follows opens once, even when the window guards itself too', () => {
    const { createContents, openExternal } = guardedApp();
    const contents = createContents();
    hardenWebContents(asContents(contents), { openExternal });
    expect(contents.listeners.get('will-navigate')).toHaveLength(1);
    contents.emit('will-navigate', navigationEvent('https://example.org/'));
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('lets the print window say its links go nowhere', () => {
    const { createContents, openExternal } = guardedApp();
    const contents = createContents();
    const nowhere = vi.fn(() => Promise.resolve());
    hardenWebContents(asContents(contents), { openExternal: nowhere });
    contents.emit('will-navigate', navigationEvent('https://example.org/'));
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/b' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(nowhere).toHaveBeenCalledTimes(2);
  });

  it('forgets a webContents once it is destroyed', () => {
    const { createContents, openExternal } = guardedApp();
    const contents = createContents();
    contents.emit('destroyed');
    contents.emit('will-navigate', navigationEvent('https://example.org/'));
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('the spellchecker of a session', () => {
  it('is off, with no language to fetch and a dictionary server that is not on the network', () => {
    const calls: string[] = [];
    keepSpellcheckerOffline({
      setSpellCheckerEnabled: (enable) => calls.push(`enabled ${String(enable)}`),
      setSpellCheckerLanguages: (languages) => calls.push(`languages [${languages.join(',')}]`),
      setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`dictionaries ${url}`),
    });
    expect(calls).toEqual(['enabled false', 'languages []', `dictionaries ${NO_DICTIONARY_URL}`]);
    const server = new URL(NO_DICTIONARY_URL);
    expect(server.protocol).toBe('app:');
    // The downloader appends a file name, so the base must end with a slash.
    expect(server.pathname.endsWith('/')).toBe(true);
  });
});

describe('permissions and external links', () => {
  it('denies every permission request and check', () => {
    let requestHandler: Listener | undefined;
    let checkHandler: Listener | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler as Listener;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler as Listener;
      },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler?.({}, permission, 'app://throughline', {})).toBe(false);
    }
  });

  it.each([
    ['https://example.org/path?q=1', true],
    ['http://example.org', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https://user:secret@example.org', false],
    ['not a url', false],
    ['vbscript:msgbox', false],
  ])('treats %s as safe to open externally: %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
