import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events';
import type { ProfileState } from '../../../shared/profile/state';
import { bridge } from '../ipc/client';
import type { ProfileUpdate as Update } from './useProfile';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Undo and Redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and the Edit menu): in a text field they undo the
 * typing, anywhere else the last profile edit. In Electron the menu's accelerators deliver the
 * keys; in a plain browser (the e2e harness) the key presses are handled here.
 */
export function useUndoRedo(update: Update, state: ProfileState | null): void {
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    const perform = (command: MenuCommand) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditable(document.activeElement)) {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to undo typing in a field on request; Chromium keeps supporting it
        document.execCommand(command);
        return;
      }
      const available = command === 'undo' ? latest.current?.undoLabel : latest.current?.redoLabel;
      if (available === null || available === undefined) return;
      void update((api) => (command === 'undo' ? api.undo() : api.redo()));
    };
    const unsubscribe = bridge().onMenuCommand(perform);
    const menuDeliversKeys = navigator.userAgent.includes('Electron');
    const onKey = (event: KeyboardEvent) => {
      if (
        menuDeliversKeys ||
        !(event.metaKey || event.ctrlKey) ||
        event.key.toLowerCase() !== 'z' ||
        isEditable(event.target)
      )
        return;
      event.preventDefault();
      perform(event.shiftKey ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [update]);
}
