import { useId, useState, type SyntheticEvent } from 'react';
import { MAX_POSTING_CHARS, type PostingSource } from '../../../shared/posting/posting';
import { formatNumber } from '../i18n/locale';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import type { ReadPosting } from './PostingDialog';

const copy = text.posting;

type Draft = { text: string; origin: PostingSource['origin'] };

/** The posting's text: pasted, or opened from a file; read on this computer when the user asks. */
export function PostingTextForm(props: {
  value: Draft;
  onChange: (value: Draft) => void;
  onRead: (read: ReadPosting) => void;
  onCancel: () => void;
}) {
  const ids = { text: useId(), hint: useId(), problem: useId() };
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'opening' | null>(null);
  const { value } = props;

  const open = async () => {
    setBusy('opening');
    const answer = await ask((api) => api.openPosting({}));
    setBusy(null);
    if (!answer.ok) setProblem(copy.notOpened(answer.error.message));
    else if (answer.value.status === 'opened') {
      setProblem(null);
      props.onChange({ text: answer.value.text, origin: { kind: 'file', fileName: answer.value.fileName } });
    }
  };

  const read = async (event: SyntheticEvent) => {
    event.preventDefault();
    const posting = value.text;
    const refused =
      posting.trim() === ''
        ? copy.empty
        : posting.length > MAX_POSTING_CHARS
          ? copy.tooLong(formatNumber(posting.length), formatNumber(MAX_POSTING_CHARS))
          : null;
    setProblem(refused);
    if (refused !== null) return;
    setBusy('reading');
    const answer = await ask((api) => api.extractPosting({ text: posting }));
    setBusy(null);
    if (answer.ok) props.onRead({ text: posting, origin: value.origin, extraction: answer.value });
    else setProblem(copy.notRead(answer.error.message));
  };

  return (
    <form className="posting-form" onSubmit={(event) => void read(event)}>
      <div className="field">
        <label htmlFor={ids.text} className="field__label">
          {copy.textLabel}
        </label>
        <p id={ids.hint} className="muted posting-form__hint">
          {copy.textHint}
        </p>
        <textarea
          id={ids.text}
          className="field__input posting-form__text"
          rows={14}
          autoFocus
          spellCheck={false}
          placeholder={copy.textPlaceholder}
          value={value.text}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? ids.hint : `${ids.hint} ${ids.problem}`}
          onChange={(event) => {
            const typed = event.target.value;
            // Emptied and written again, it is no longer the opened file.
            props.onChange({ text: typed, origin: typed === '' ? { kind: 'pasted' } : value.origin });
          }}
        />
        {value.origin.kind === 'file' && (
          <p className="muted posting-form__origin">{copy.openedFrom(value.origin.fileName)}</p>
        )}
      </div>
      {problem !== null && (
        <p id={ids.problem} className="editor-form__failure" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--quiet posting-form__open"
          disabled={busy !== null}
          onClick={() => void open()}
        >
          {busy === 'opening' ? copy.opening : copy.openFile}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {text.common.cancel}
        </button>
        <button type="submit" className="button" disabled={busy !== null}>
          {busy === 'reading' ? copy.reading : copy.read}
        </button>
      </div>
    </form>
  );
}
