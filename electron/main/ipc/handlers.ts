import type { AppInfo } from '../../../shared/app-info';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { ProfileStore } from '../store/profile-store';

/** The native pieces handlers need (file dialogs, the file manager), injected so tests run under Node. */
export interface DesktopServices {
  chooseExportFile(suggestedName: string): Promise<string | null>;
  chooseImportFile(): Promise<string | null>;
  revealInFolder(folder: string): void;
}

export interface HandlerServices {
  appInfo: () => AppInfo;
  /** Rejects with a typed AppError when the profile could not be opened. */
  profiles: Promise<ProfileStore>;
  desktop: DesktopServices;
  clock: () => Date;
}

/** Plain functions over injected services, so tests call them under Node without Electron. */
export function createHandlers(services: HandlerServices): IpcHandlers {
  const store = () => services.profiles;
  return {
    'app.info': () => services.appInfo(),
    'profile.get': async () => (await store()).state(),
    'profile.execute': async ({ command }) => (await store()).execute(command),
    'profile.undo': async () => (await store()).undo(),
    'profile.redo': async () => (await store()).redo(),
    'profile.dismissNotice': async ({ id }) => (await store()).dismissNotice(id),
    'profile.export': async () => {
      const profiles = await store();
      const file = await services.desktop.chooseExportFile(
        `throughline-profile-${services.clock().toISOString().slice(0, 10)}.json`,
      );
      if (file === null) return { status: 'cancelled' as const };
      await profiles.exportTo(file);
      return { status: 'saved' as const, file };
    },
    'profile.import': async () => {
      const profiles = await store();
      const file = await services.desktop.chooseImportFile();
      if (file === null) return { status: 'cancelled' as const };
      return { status: 'imported' as const, state: await profiles.importFrom(file) };
    },
    'backups.list': async () => {
      const profiles = await store();
      return { folder: profiles.backups.folder, backups: await profiles.backups.list() };
    },
    'backups.restore': async ({ id }) => (await store()).restoreBackup(id),
    'backups.reveal': async () => {
      const { folder } = (await store()).backups;
      services.desktop.revealInFolder(folder);
      return { folder };
    },
  };
}
