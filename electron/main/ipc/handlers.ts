import { createPlanHandlers } from './plan-handlers';
import type { Preferences } from '../preferences/preferences';
import type { AppInfo } from '../../../shared/app-info';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { createExportHandlers, type DocumentKind } from '../export/export-handlers';
import type { ImportEngine } from '../import/import-engine';
import { createImportHandlers } from '../import/import-handlers';
import type { ProfileStore } from '../store/profile-store';
import type { TaxonomyService } from '../taxonomy/service';
import { profileAnswers } from './answers';
import { createLensHandlers, createLensReadings } from './lens-handlers';
import { createPostingHandlers } from './posting-handlers';
import { createPostingFitHandlers } from './posting-fit-handlers';
import { createProfileHandlers } from './profile-handlers';
import { createTaxonomyHandlers } from './taxonomy-handlers';

/** The native pieces handlers need (file dialogs, the file manager), injected so tests run under Node. */
export interface DesktopServices {
  chooseExportFile(suggestedName: string): Promise<string | null>;
  chooseImportFile(): Promise<string | null>;
  /** A CV, LinkedIn export or badge to import (not a Throughline backup). */
  chooseImportSource(): Promise<string | null>;
  /** A job posting to read (.txt, .md, .html or a JSON Resume job file). */
  choosePostingFile(): Promise<string | null>;
  chooseDocumentFile(suggestedName: string, kind: DocumentKind): Promise<string | null>;
  revealInFolder(folder: string): void;
}

export interface HandlerServices {
  appInfo: () => AppInfo;
  /** Rejects with a typed AppError when the profile could not be opened. */
  profiles: Promise<ProfileStore>;
  desktop: DesktopServices;
  clock: () => Date;
  taxonomy: TaxonomyService;
  newId: () => string;
  /** Reads and plans imported files in a bounded worker. */
  importEngine: ImportEngine;
  printPdf: (html: string) => Promise<Uint8Array>;
  /** This computer's preferences: the reminders' settings and the day the app was last opened. */
  preferences: Preferences;
}

/**
 * Every channel's handler, composed here from one map per area: profile (and its backups),
 * taxonomy, lens, import and export. Plain functions over injected services, so tests call them
 * under Node without Electron.
 */
export function createHandlers(services: HandlerServices): IpcHandlers {
  const store = () => services.profiles;
  const taxonomy = () => services.taxonomy.ready();
  // One window holds one profile: what it was last sent lets an edit answer with a change.
  const answers = profileAnswers();
  const lens = createLensReadings({ store, taxonomy, clock: services.clock });

  const imports = createImportHandlers({
    store,
    engine: services.importEngine,
    chooseSource: () => services.desktop.chooseImportSource(),
    newId: services.newId,
  });

  const exportDocument = createExportHandlers({
    reading: async (targetId) => {
      const { profile, now } = await lens.current();
      return { profile, now, analysis: (await lens.analysisOf(targetId)).result };
    },
    chooseDocumentFile: (name, kind) => services.desktop.chooseDocumentFile(name, kind),
    printPdf: services.printPdf,
  });

  return {
    'app.info': () => services.appInfo(),
    ...createPlanHandlers({ store, preferences: services.preferences, clock: services.clock }),
    ...createProfileHandlers({
      store,
      answers,
      withFindings: lens.withFindings,
      chooseExportFile: (name) => services.desktop.chooseExportFile(name),
      chooseImportFile: () => services.desktop.chooseImportFile(),
      revealInFolder: (folder) => services.desktop.revealInFolder(folder),
      clock: services.clock,
    }),
    'import.choose': () => imports.choose(),
    'import.previewDropped': ({ fileName, bytes }) => imports.previewDropped(fileName, bytes),
    'import.cancel': () => imports.cancel(),
    'import.progress': () => imports.progress(),
    'import.apply': async ({ token, choice, since, findingsSince }) => {
      const state = await imports.apply(token, choice);
      const known = since === undefined ? null : (await store()).changeSince(since);
      return lens.withFindings(answers.since(since, state, known), findingsSince);
    },
    'import.discard': ({ token }) => imports.discard(token),
    'export.document': (request) => exportDocument(request),
    ...createTaxonomyHandlers({ taxonomy, newId: services.newId }),
    ...createLensHandlers(lens),
    ...createPostingHandlers({ taxonomy, choosePostingFile: () => services.desktop.choosePostingFile() }),
    ...createPostingFitHandlers(lens),
  };
}
