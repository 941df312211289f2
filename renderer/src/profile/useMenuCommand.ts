import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events';
import { bridge } from '../ipc/client';

/** Runs `action` when the application menu sends `command` (File › Import, for instance). */
export function useMenuCommand(command: MenuCommand, action: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    return bridge().onMenuCommand((sent) => {
      if (sent === command) action();
    });
  }, [command, action, enabled]);
}
