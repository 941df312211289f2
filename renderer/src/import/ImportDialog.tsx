import type { ImportPreview } from '../../../shared/import/plan';
import { text } from '../i18n/text';
import { Dialog } from '../shell/Dialog';
import { ImportPreviewList } from './ImportPreviewList';
import { awaitsTitle, isIncluded, type ChoiceSet, type PreviewChoices } from './preview-choices';
import type { ImportFlow, ImportSource } from './useImportFlow';
import './import.css';

const copy = text.importer;

/** The import, one step at a time: choose or drop a file, read, preview with choices, import, done. */
export function ImportDialog(props: {
  open: boolean;
  flow: ImportFlow;
  onStart: (source: ImportSource) => void;
  onCancelReading: () => void;
  onToggle: (set: ChoiceSet, ref: string) => void;
  onTitle: (ref: string, title: string) => void;
  onApply: () => void;
  onReset: () => void;
  onClose: () => void;
}) {
  const { flow } = props;
  const close = () => {
    props.onReset();
    props.onClose();
  };
  return (
    <Dialog open={props.open} onClose={close} title={copy.title} wide closeButton={false}>
      <div className="import-dialog" aria-busy={flow.step === 'reading' || flow.step === 'applying'}>
        {flow.step === 'start' && (
          <>
            <p className="muted">{copy.intro}</p>
            <div className="import-dialog__start">
              <button type="button" className="button" onClick={() => props.onStart({ kind: 'choose' })}>
                {copy.choose}
              </button>
              <span className="muted">{copy.dropHint}</span>
            </div>
          </>
        )}
        {flow.step === 'reading' && <ReadingProgress flow={flow} onCancel={props.onCancelReading} />}
        {flow.step === 'failed' && (
          <p className="import-dialog__error" role="alert">
            {flow.message}
          </p>
        )}
        {flow.step === 'done' && (
          <p className="import-dialog__done" role="status">
            {flow.imported === 0 ? copy.nothing : copy.done(flow.fileName, flow.imported)}
          </p>
        )}
        {(flow.step === 'preview' || flow.step === 'applying') && (
          <PreviewStep
            preview={flow.preview}
            choices={flow}
            applying={flow.step === 'applying'}
            onToggle={props.onToggle}
            onTitle={props.onTitle}
          />
        )}
        <div className="dialog__actions">
          {(flow.step === 'done' || flow.step === 'failed') && (
            <button type="button" className="button button--quiet" onClick={props.onReset}>
              {copy.another}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={close}>
            {flow.step === 'done' ? text.common.close : copy.cancel}
          </button>
          {(flow.step === 'preview' || flow.step === 'applying') && <ApplyButton flow={flow} onApply={props.onApply} />}
        </div>
      </div>
    </Dialog>
  );
}

/** While a file is read (in main's worker), with a way to stop it: a huge file should not hold the user. */
function ReadingProgress({ flow, onCancel }: { flow: Extract<ImportFlow, { step: 'reading' }>; onCancel: () => void }) {
  const { progress } = flow;
  const stop = (
    <button type="button" className="button button--quiet" onClick={onCancel}>
      {copy.stopReading}
    </button>
  );
  if (progress.phase === 'idle') {
    return (
      <div className="import-dialog__progress" role="status">
        <p>{copy.starting}</p>
        {stop}
      </div>
    );
  }
  return (
    <div className="import-dialog__progress" role="status">
      <p>{copy.progress(progress)}</p>
      <progress max={progress.total || 1} value={progress.done} aria-label={copy.progress(progress)} />
      {stop}
    </div>
  );
}

function PreviewStep(props: {
  preview: ImportPreview;
  choices: PreviewChoices;
  applying: boolean;
  onToggle: (set: ChoiceSet, ref: string) => void;
  onTitle: (ref: string, title: string) => void;
}) {
  const { preview } = props;
  // The plan counts an entry waiting for a title as skipped; the person sees it as waiting for them.
  const waiting = preview.items.filter(awaitsTitle).length;
  const counts = { ...preview.counts, skip: preview.counts.skip - waiting };
  return (
    <>
      <p className="import-dialog__summary">
        <strong>{copy.summary(preview.fileName, preview.format)}</strong>
        <span className="muted"> — {copy.counts(counts, waiting)}</span>
      </p>
      {preview.problems.length > 0 && (
        <details className="import-dialog__file-problems">
          <summary>{copy.fileProblems(preview.problems.length)}</summary>
          <ul>
            {preview.problems.map((problem, index) => (
              <li key={index}>
                <span className="muted">{problem.place}:</span> {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ImportPreviewList
        preview={preview}
        choices={props.choices}
        onToggle={props.onToggle}
        onTitle={props.onTitle}
        disabled={props.applying}
      />
    </>
  );
}

function ApplyButton(props: { flow: Extract<ImportFlow, { step: 'preview' | 'applying' }>; onApply: () => void }) {
  const { flow } = props;
  if (flow.step === 'applying') {
    return (
      <button type="button" className="button" disabled>
        {copy.applying}
      </button>
    );
  }
  const amount = flow.preview.items.filter((item) => isIncluded(item, flow)).length;
  return (
    <button type="button" className="button" disabled={amount === 0} onClick={props.onApply}>
      {copy.apply(amount)}
    </button>
  );
}
