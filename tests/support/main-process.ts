import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { BUNDLED_LICENCES, ESCO_ATTRIBUTION } from '../../shared/app-info';
import { APP_ORIGIN } from '../../electron/main/app-protocol';
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createSenderCheck } from '../../electron/main/ipc/sender';
import { createProfileStore } from '../../electron/main/store/profile-store';

export interface TestMainProcess {
  dataFolder: string;
  profilePath: string;
  dispatch: Dispatch;
  internalErrors: unknown[];
}

/**
 * The real main-process handlers over a real conf store in a fresh temp folder, wired exactly
 * as electron/main/index.ts wires them, minus Electron itself.
 */
export function startTestMainProcess(options: { appOrigins?: string[]; dataFolder?: string } = {}): TestMainProcess {
  const dataFolder = options.dataFolder ?? mkdtempSync(path.join(tmpdir(), 'throughline-test-'));
  const backing = new Conf<Record<string, unknown>>({
    cwd: dataFolder,
    configName: 'profile',
    projectName: 'throughline',
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
  const internalErrors: unknown[] = [];
  const handlers = createHandlers({
    appInfo: () => ({
      name: 'Throughline',
      version: '0.0.0-test',
      dataFolder,
      attribution: ESCO_ATTRIBUTION,
      licences: BUNDLED_LICENCES,
    }),
    profiles: createProfileStore(backing),
  });
  const dispatch = createDispatcher({
    handlers,
    isTrustedSender: createSenderCheck(options.appOrigins ?? [APP_ORIGIN]),
    reportInternalError: (_channel, error) => internalErrors.push(error),
  });
  return { dataFolder, profilePath: backing.path, dispatch, internalErrors };
}

export const APP_MAIN_FRAME = { frameUrl: `${APP_ORIGIN}/index.html`, isAppMainFrame: true } as const;
