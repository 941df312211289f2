import type { AppInfo } from '../../../shared/app-info';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import type { ProfileStore } from '../store/profile-store';

export interface HandlerServices {
  appInfo: () => AppInfo;
  profiles: ProfileStore;
}

/** Plain functions over injected services, so tests call them under Node without Electron. */
export function createHandlers(services: HandlerServices): IpcHandlers {
  return {
    'app.info': () => services.appInfo(),
    'profile.get': () => services.profiles.read(),
  };
}
