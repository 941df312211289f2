import {
  createPreferences,
  memoryPreferenceStore,
  type Preferences,
} from '../../electron/main/preferences/preferences';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLED_LICENCES, ESCO_ATTRIBUTION } from '../../shared/app-info';
import type { SaveReport } from '../../shared/profile/state';
import { APP_ORIGIN } from '../../electron/main/app-protocol';
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers, type DesktopServices } from '../../electron/main/ipc/handlers';
import { createImportEngine } from '../../electron/main/import/import-engine';
import type { WorkerLimits } from '../../electron/main/import/worker/run-import-worker';
import { testImportWorker } from './import-worker';
import { createSenderCheck } from '../../electron/main/ipc/sender';
import { loadTaxonomy } from '../../electron/main/taxonomy/load';
import { createTaxonomyService, type TaxonomyService } from '../../electron/main/taxonomy/service';
import {
  openProfileStore,
  PROFILE_FILE,
  type ProfileStore,
  type ProfileStoreOptions,
} from '../../electron/main/store/profile-store';

/** Native dialogs stand-in: tests queue the answers the user would give. */
export class ScriptedDesktop implements DesktopServices {
  readonly exportAnswers: Array<string | null> = [];
  readonly importAnswers: Array<string | null> = [];
  /** Files "picked" in the import dialog (CVs, LinkedIn exports, badges). */
  readonly sourceAnswers: Array<string | null> = [];
  /** Job posting files "picked" in the open dialog. */
  readonly postingAnswers: Array<string | null> = [];
  /** Where "saved" reports and resumes go. */
  readonly documentAnswers: Array<string | null> = [];
  readonly revealed: string[] = [];
  chooseExportFile() {
    return Promise.resolve(this.exportAnswers.shift() ?? null);
  }
  chooseImportFile() {
    return Promise.resolve(this.importAnswers.shift() ?? null);
  }
  chooseImportSource() {
    return Promise.resolve(this.sourceAnswers.shift() ?? null);
  }
  choosePostingFile() {
    return Promise.resolve(this.postingAnswers.shift() ?? null);
  }
  chooseDocumentFile() {
    return Promise.resolve(this.documentAnswers.shift() ?? null);
  }
  revealInFolder(folder: string) {
    this.revealed.push(folder);
  }
}

export const TAXONOMY_ASSET = path.resolve(import.meta.dirname, '../../assets/taxonomy/taxonomy.json.gz');
/** One taxonomy for every test main process in a test file: it is read-only, and loading takes a while. */
let sharedTaxonomy: TaxonomyService | undefined;
export function testTaxonomy(): TaxonomyService {
  sharedTaxonomy ??= createTaxonomyService(() => loadTaxonomy(TAXONOMY_ASSET));
  return sharedTaxonomy;
}

export interface TestMainProcess {
  dataFolder: string;
  profilePath: string;
  dispatch: Dispatch;
  store: Promise<ProfileStore>;
  desktop: ScriptedDesktop;
  internalErrors: unknown[];
  /** Printing needs a browser; the e2e harness lends Chromium's page.pdf, the app uses printToPDF. */
  usePdfPrinter(printer: (html: string) => Promise<Uint8Array>): void;
  /** What main pushes to the window as writes start and land (the app sends it over SAVE_REPORT_CHANNEL). */
  onSaveReport(listener: (report: SaveReport) => void): () => void;
}

/**
 * The real main-process handlers over a real store in a fresh temp folder, wired exactly as
 * electron/main/index.ts wires them, minus Electron itself.
 */
export function startTestMainProcess(
  options: {
    appOrigins?: string[];
    dataFolder?: string;
    store?: Partial<ProfileStoreOptions>;
    importLimits?: WorkerLimits;
    /** This computer's preferences; by default a fresh set held in memory. */
    preferences?: Preferences;
  } = {},
): TestMainProcess {
  const dataFolder = options.dataFolder ?? mkdtempSync(path.join(tmpdir(), 'throughline-test-'));
  const internalErrors: unknown[] = [];
  let printer: (html: string) => Promise<Uint8Array> = () =>
    Promise.reject(new Error('No PDF printer in this test: call usePdfPrinter first.'));
  const desktop = new ScriptedDesktop();
  const saveListeners = new Set<(report: SaveReport) => void>();
  const store = openProfileStore({
    dataFolder,
    ...options.store,
    onSaveStatus: (report) => {
      options.store?.onSaveStatus?.(report);
      for (const listener of saveListeners) listener(report);
    },
  });
  store.catch(() => undefined);
  const handlers = createHandlers({
    appInfo: () => ({
      name: 'Throughline',
      version: '0.0.0-test',
      dataFolder,
      attribution: ESCO_ATTRIBUTION,
      licences: BUNDLED_LICENCES,
    }),
    profiles: store,
    desktop,
    clock: () => new Date(),
    taxonomy: testTaxonomy(),
    newId: () => `id-${Math.random().toString(36).slice(2, 10)}`,
    importEngine: createImportEngine({
      taxonomy: testTaxonomy(),
      script: testImportWorker(),
      ...(options.importLimits === undefined ? {} : { limits: options.importLimits }),
    }),
    printPdf: (html) => printer(html),
    preferences: options.preferences ?? createPreferences(memoryPreferenceStore()),
  });
  const dispatch = createDispatcher({
    handlers,
    isTrustedSender: createSenderCheck(options.appOrigins ?? [APP_ORIGIN]),
    reportInternalError: (_channel, error) => internalErrors.push(error),
  });
  return {
    dataFolder,
    profilePath: path.join(dataFolder, PROFILE_FILE),
    dispatch,
    store,
    desktop,
    internalErrors,
    onSaveReport: (listener) => {
      saveListeners.add(listener);
      return () => void saveListeners.delete(listener);
    },
    usePdfPrinter: (next) => {
      printer = next;
    },
  };
}

export const APP_MAIN_FRAME = { frameUrl: `${APP_ORIGIN}/index.html`, isAppMainFrame: true } as const;
