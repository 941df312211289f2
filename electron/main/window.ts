import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { hardenWebContents, secureWebPreferences, type ExternalOpener } from './security';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/** Electron's pieces the window needs, injected so tests can build the window under Node. */
export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  shell: ExternalOpener;
  preloadPath: string;
  entryUrl: string;
  iconPath: string | undefined;
  backgroundColor: string;
  state: WindowState;
  saveState: (state: WindowState) => void;
}

const SAVE_DELAY_MS = 500;

export function mainWindowOptions(deps: MainWindowDeps): BrowserWindowConstructorOptions {
  const { x, y, width, height } = deps.state;
  return {
    x,
    y,
    width,
    height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Throughline',
    // Shown on ready-to-show, so the user never sees an unpainted white frame.
    show: false,
    backgroundColor: deps.backgroundColor,
    ...(deps.iconPath === undefined ? {} : { icon: deps.iconPath }),
    webPreferences: secureWebPreferences(deps.preloadPath),
  };
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new deps.BrowserWindow(mainWindowOptions(deps));
  hardenWebContents(window.webContents, deps.shell);
  if (deps.state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberBounds(window, deps.saveState);
  void window.loadURL(deps.entryUrl);
  return window;
}

/** Saves the restored (not maximized) bounds shortly after each move or resize, and on close. */
function rememberBounds(window: BrowserWindow, save: (state: WindowState) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    const bounds: Rectangle = window.getNormalBounds();
    save({ ...bounds, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  window.on('resized', saveSoon);
  window.on('moved', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}
