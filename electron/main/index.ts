import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import Store from 'electron-store';
import { BUNDLED_LICENCES, ESCO_ATTRIBUTION } from '../../shared/app-info';
import { MENU_COMMAND_CHANNEL, SAVE_REPORT_CHANNEL } from '../../shared/ipc/events';
import { AppError } from './app-error';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, serveAppRequest } from './app-protocol';
import { allowOnlyAppRequests, requestAllowance } from './default-session';
import { createDispatcher } from './ipc/dispatch';
import { DOCUMENT_FILTERS, DOCUMENT_TITLES } from './export/document-filters';
import { printReportToPdf } from './export/print-report';
import { createPrintWindow } from './export/print-window';
import { createImportEngine } from './import/import-engine';
import { IMPORTABLE_EXTENSIONS } from './import/source-files';
import { IMPORT_FORMAT_NAMES } from '../../shared/import/draft';
import { POSTING_EXTENSIONS } from './posting/posting-file';
import { bundledWorkerScript } from './import/worker/worker-script';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { createSenderCheck } from './ipc/sender';
import { buildMenuTemplate } from './menu';
import {
  LEGACY_WINDOW_STATE_FILE,
  legacyWindowState,
  openPreferences,
  PREFERENCES_NAME,
  preferenceStoreOptions,
  type Preferences,
} from './preferences/preferences';
import type { PreferenceValues } from './preferences/schema';
import { placeWindow } from './preferences/window-placement';
import { knownUrlSource } from './outbound/known-urls';
import { confirmLinkWith, createOutboundLinks, type OutboundLinks } from './outbound/outbound-links';
import { denyAllPermissions, guardEveryWebContents, keepSpellcheckerOffline } from './security';
import { claimSingleInstance } from './single-instance';
import { openProfileStore, type ProfileStore } from './store/profile-store';
import { loadTaxonomy } from './taxonomy/load';
import { createTaxonomyService } from './taxonomy/service';
import { createMainWindow } from './window';
import { startReminderNotifications } from './plan/notifier';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const taxonomyAsset = path.join(here, '../../assets/taxonomy/taxonomy.json.gz');
/** Loaded in the background once the window is up; calls that need it wait for it. */
const taxonomy = createTaxonomyService(() => loadTaxonomy(taxonomyAsset));
/** Set by `electron-vite dev` only; a packaged app always loads its own files. */
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

let mainWindow: BrowserWindow | null = null;

// Lets the Electron test suite (and a portable install) keep its data in a folder of its own.
const dataFolderOverride = process.env['THROUGHLINE_DATA_DIR'];
if (dataFolderOverride !== undefined && dataFolderOverride !== '') app.setPath('userData', dataFolderOverride);

// Must precede `ready`: app:// behaves like https (secure context, fetch, CSP) instead of file://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Every session, the default one and any made later (the print window's), fetches no dictionary.
app.on('session-created', keepSpellcheckerOffline);

if (!claimSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}

/**
 * The preferences of this computer (window, theme, reminders) in `preferences.json`, through
 * electron-store; the profile has its own writer (store/). If the file cannot be opened at all,
 * the app starts on defaults kept in memory.
 */
function loadPreferences(): Preferences {
  const legacy = legacyWindowState(path.join(app.getPath('userData'), LEGACY_WINDOW_STATE_FILE));
  return openPreferences(
    () => new Store<PreferenceValues>({ name: PREFERENCES_NAME, ...preferenceStoreOptions(legacy) }),
    (error) => console.error('[preferences] could not be opened; defaults are used this session', error),
  );
}

/** Quitting waits for the last edits to reach the disk; if they cannot, the user decides. */
function flushBeforeQuit(profiles: Promise<ProfileStore>): void {
  let settled = false;
  // A second quit while the first still waits for the disk waits with it (one close, one dialog).
  let quitting = false;
  app.on('before-quit', (event) => {
    if (settled) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void profiles
      .then((store) => store.close())
      .then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof AppError) || error.code !== 'STORE_WRITE_FAILED') return true;
          const choice = dialog.showMessageBoxSync({
            type: 'warning',
            message: 'Your latest changes could not be saved.',
            detail: error.message,
            buttons: ['Keep Throughline open', 'Quit without saving them'],
            defaultId: 0,
            cancelId: 0,
          });
          return choice === 1;
        },
      )
      .then((quit) => {
        quitting = false;
        if (!quit) return;
        settled = true;
        app.quit();
      });
  });
}

/** The Windows toast names the app by this id; without it, notifications from an installed app do not show. */
const APP_USER_MODEL_ID = 'app.throughline.desktop';

/**
 * OS notifications for what is due today, while the app runs (the Upcoming panel covers what fell
 * due while it was closed). Clicking one brings the window forward.
 */
function showRemindersWhileRunning(profiles: Promise<ProfileStore>, preferences: Preferences): void {
  if (!Notification.isSupported()) return;
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const check = startReminderNotifications({
    profile: () => profiles.then((store) => store.state().profile).catch(() => null),
    preferences,
    clock: () => new Date(),
    notify: (reminder) => {
      const notification = new Notification({ title: reminder.title, body: reminder.detail });
      notification.on('click', () => {
        mainWindow?.show();
        mainWindow?.focus();
      });
      notification.show();
    },
    setInterval: (run, ms) => setInterval(run, ms),
  });
  void check();
}

function start(): void {
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    credits: ESCO_ATTRIBUTION,
    copyright: ESCO_ATTRIBUTION,
  });
  denyAllPermissions(session.defaultSession);
  keepSpellcheckerOffline(session.defaultSession);
  // The app works offline: its page may load app:// alone (and, unpackaged, the dev server and DevTools).
  allowOnlyAppRequests(session.defaultSession, requestAllowance({ isPackaged: app.isPackaged, devServerUrl }));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));

  const preferences = loadPreferences();
  nativeTheme.themeSource = preferences.get('theme');

  // Each write's start and landing is pushed to the window, which shows "Saved" without asking.
  const profiles = openProfileStore({
    dataFolder: app.getPath('userData'),
    onSaveStatus: (report) => mainWindow?.webContents.send(SAVE_REPORT_CHANNEL, report),
  });
  // A store that cannot open is reported through every profile call, so nothing is unhandled here.
  profiles.catch(() => undefined);
  flushBeforeQuit(profiles);
  const outbound = createOutboundLinks({
    opener: shell,
    confirm: confirmLinkWith((options) =>
      mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options),
    ),
    knownUrls: knownUrlSource(() => profiles.then((store) => store.state().profile)),
  });
  // Before any window exists, so every webContents is guarded from its first moment.
  guardEveryWebContents(app, outbound);
  const handlers = createHandlers({
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      dataFolder: app.getPath('userData'),
      attribution: ESCO_ATTRIBUTION,
      licences: BUNDLED_LICENCES,
    }),
    profiles,
    taxonomy,
    newId: randomUUID,
    clock: () => new Date(),
    desktop: {
      chooseExportFile: async (suggestedName) => {
        const result = await dialog.showSaveDialog({
          title: 'Export profile',
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'Throughline profile', extensions: ['json'] }],
        });
        return result.canceled || result.filePath === '' ? null : result.filePath;
      },
      chooseImportFile: async () => {
        const result = await dialog.showOpenDialog({
          title: 'Import profile',
          properties: ['openFile'],
          filters: [{ name: 'Throughline profile', extensions: ['json'] }],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseImportSource: async () => {
        const result = await dialog.showOpenDialog({
          title: 'Import a CV, LinkedIn export or badge',
          properties: ['openFile'],
          filters: [
            { name: Object.values(IMPORT_FORMAT_NAMES).join(', '), extensions: IMPORTABLE_EXTENSIONS },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      choosePostingFile: async () => {
        const result = await dialog.showOpenDialog({
          title: 'Open a job posting',
          properties: ['openFile'],
          filters: [
            { name: 'Job posting (text, Markdown, web page or JSON Resume job)', extensions: [...POSTING_EXTENSIONS] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseDocumentFile: async (suggestedName, kind) => {
        const result = await dialog.showSaveDialog({
          title: DOCUMENT_TITLES[kind],
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [DOCUMENT_FILTERS[kind]],
        });
        return result.canceled || result.filePath === '' ? null : result.filePath;
      },
      revealInFolder: (folder) => void shell.openPath(folder),
    },
    // Imported files are read in a worker thread beside this file (see README: untrusted files).
    importEngine: createImportEngine({ taxonomy, script: bundledWorkerScript(here) }),
    printPdf: (html) => printReportToPdf(html, { createWindow: createPrintWindow }),
    preferences,
  });
  showRemindersWhileRunning(profiles, preferences);
  const appOrigins = devServerUrl === undefined ? [APP_ORIGIN] : [APP_ORIGIN, new URL(devServerUrl).origin];
  const dispatch = createDispatcher({
    handlers,
    isTrustedSender: createSenderCheck(appOrigins),
    reportInternalError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
  });
  registerIpc(ipcMain, dispatch, () => mainWindow?.webContents ?? null);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.getName(),
        isDevelopment: devServerUrl !== undefined,
        onShowAbout: () => app.showAboutPanel(),
        onOpenDataFolder: () => void shell.openPath(app.getPath('userData')),
        onUndoRedo: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
        onImport: () => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'import'),
        onExport: () => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'export'),
        onEditPerson: () => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'person'),
      }),
    ),
  );

  openMainWindow(outbound, preferences);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(outbound, preferences);
  });
}

function openMainWindow(outbound: OutboundLinks, preferences: Preferences): void {
  mainWindow = createMainWindow({
    BrowserWindow,
    shell: outbound,
    preloadPath,
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    iconPath: process.platform === 'linux' ? path.join(here, '../../assets/icons/512x512.png') : undefined,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14161a' : '#f6f5f2',
    // Never off-screen: the saved bounds are pulled onto the display they match best.
    state: placeWindow(preferences.get('window'), {
      primary: screen.getPrimaryDisplay().workArea,
      matching: (bounds) => screen.getDisplayMatching(bounds).workArea,
    }),
    // Saved shortly after each move or resize (window.ts); a refused or failed save costs only the position.
    saveState: (bounds) => {
      try {
        preferences.set('window', bounds);
      } catch (error) {
        console.error('[preferences] the window position was not saved', error);
      }
    },
  });
  mainWindow.once('ready-to-show', () => setTimeout(() => taxonomy.warmUp(), 200));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
