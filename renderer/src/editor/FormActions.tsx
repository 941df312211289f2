import { text } from '../i18n/text';
import type { EntryFormTarget } from './entry-form-target';

/** Cancel and save at the foot of a form, kept in view while the form scrolls. */
export function FormActions(props: { mode: EntryFormTarget['mode']; saving: boolean; onCancel: () => void }) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--quiet" onClick={props.onCancel}>
        {text.common.cancel}
      </button>
      <button type="submit" className="button" disabled={props.saving}>
        {props.saving ? text.editor.saving : text.editor.saveButton[props.mode]}
      </button>
    </div>
  );
}
