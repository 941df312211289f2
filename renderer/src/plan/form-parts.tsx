import { text } from '../i18n/text';

/** What went wrong (what was typed stays), then Cancel and the form's own save button. */
export function FormFooter(props: { problem: string | null; save: string; onCancel: () => void }) {
  return (
    <>
      {props.problem !== null && (
        <p className="editor-form__failure" role="alert">
          {props.problem}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.common.cancel}
        </button>
        <button type="submit" className="button">
          {props.save}
        </button>
      </div>
    </>
  );
}
