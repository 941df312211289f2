import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels } from '../../../shared/ipc/contract';
import type { Dispatch } from './dispatch';
import type { SenderInfo } from './sender';

/** Reads who sent a message: only the main frame of the app's own window counts as the app. */
export function senderInfoOf(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  appContents: WebContents | null,
): SenderInfo {
  const frame = event.senderFrame;
  if (frame === null || appContents === null) return { frameUrl: null, isAppMainFrame: false };
  return {
    frameUrl: frame.url,
    isAppMainFrame: event.sender === appContents && frame === appContents.mainFrame,
  };
}

/** One `ipcMain.handle` per contract channel, all through the same dispatcher. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  getAppContents: () => WebContents | null,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(channel, senderInfoOf(event, getAppContents()), payload),
    );
  }
}
