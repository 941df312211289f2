import type { ReactNode } from 'react';
import { text } from '../i18n/text';
import { Dialog } from '../shell/Dialog';

/** A titled modal question with Cancel and one confirming button (never window.confirm). */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={props.open} onClose={props.onCancel} title={props.title} closeButton={false}>
      <div className="editor-confirm">{props.children}</div>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.editor.confirmDelete.cancel}
        </button>
        <button type="button" className="button button--danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
