import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand, UndoRedoCommand } from '../../../shared/ipc/events';
import type { HeldProfile } from './edit-state';
import { bridge } from '../ipc/client';
import type { ProfileUpdate as Update } from './useProfile';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** What the last undo or redo did, said after it: "Undone: attached “SQL” to “Analyst”". */
export interface UndoNoticeContent {
  kind: 'undone' | 'redone';
  label: string;
  /** The revision the undo or redo made: any later edit moves it, and the notice is out of date. */
  revision: number;
}

export interface UndoRedo {
  /** The notice to show, or null once the next edit has made it out of date. */
  notice: UndoNoticeContent | null;
  undo: () => void;
  redo: () => void;
  /** Hides the notice (its time is up). */
  dismiss: () => void;
}

/**
 * Undo and Redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and the Edit menu): in a text field they undo the
 * typing, anywhere else the last profile edit, and then say which edit that was. In Electron the
 * menu's accelerators deliver the keys; in a plain browser (the e2e harness) the key presses are
 * handled here.
 */
export function useUndoRedo(update: Update, state: HeldProfile | null, revision: number): UndoRedo {
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const [notice, setNotice] = useState<UndoNoticeContent | null>(null);

  const step = useCallback(
    (command: UndoRedoCommand) => {
      const available = command === 'undo' ? latest.current?.undoLabel : latest.current?.redoLabel;
      if (available === null || available === undefined) return;
      void update(
        (api) => (command === 'undo' ? api.undo() : api.redo()),
        (answer) => {
          // Main's answer names the step just taken: after an undo it is the one Redo would bring back.
          const label = (command === 'undo' ? answer.redoLabel : answer.undoLabel) ?? available;
          setNotice({ kind: command === 'undo' ? 'undone' : 'redone', label, revision: answer.revision });
        },
      ).then((ok) => {
        if (!ok) setNotice(null);
      });
    },
    [update],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  const dismiss = useCallback(() => setNotice(null), []);

  useEffect(() => {
    const perform = (command: MenuCommand) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditable(document.activeElement)) {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to undo typing in a field on request; Chromium keeps supporting it
        document.execCommand(command);
        return;
      }
      step(command);
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
  }, [step]);

  // Only a later edit moves the revision past the notice's; until the undo's own state lands it is behind.
  const current = notice !== null && state !== null && revision <= notice.revision ? notice : null;
  return { notice: current, undo, redo, dismiss };
}
