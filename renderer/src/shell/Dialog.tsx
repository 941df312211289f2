import { useEffect, useId, useRef, type ReactNode } from 'react';
import { text } from '../i18n/text';

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and makes the rest
 * of the page inert, with no inline styles that the CSP would have to allow.
 */
export function Dialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  /** false when the content has its own way out (a form's Cancel). */
  closeButton?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      className={props.wide === true ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={props.onClose}
    >
      <h2 id={titleId} className="dialog__title">
        {props.title}
      </h2>
      {props.open && props.children}
      {props.closeButton !== false && (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={props.onClose}>
            {text.common.close}
          </button>
        </div>
      )}
    </dialog>
  );
}
