import { useEffect, useState } from 'react';
import { text } from '../i18n/text';
import type { UndoRedo } from './useUndoRedo';
import './undo-notice.css';

/** Long enough to read a two-title label and reach the button; the pointer or focus on it holds it. */
const NOTICE_MS = 8000;

/**
 * Says which edit an undo or redo took back or brought again, with the button that reverses it.
 * The live region stays in the page while empty, so screen readers announce each notice as it
 * fills; nothing here takes focus.
 */
export function UndoNotice(props: UndoRedo) {
  const { notice, dismiss } = props;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (notice === null || held) return;
    const timer = setTimeout(dismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, dismiss]);

  const words = text.shell.undoNotice;
  return (
    <div
      className="undo-notice-region"
      role="status"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      {notice !== null && (
        <div className="undo-notice">
          <p className="undo-notice__text">
            {notice.kind === 'undone' ? words.undone(notice.label) : words.redone(notice.label)}
          </p>
          {/* The same button element for both words, so focus stays on it from Redo to Undo and back. */}
          <button
            type="button"
            className="button button--quiet undo-notice__action"
            onClick={notice.kind === 'undone' ? props.redo : props.undo}
          >
            {notice.kind === 'undone' ? words.redo : words.undo}
          </button>
        </div>
      )}
    </div>
  );
}
