import { useId, useState } from 'react';
import type { TargetRole } from '../../../shared/domain/profile';
import type { ReportKind } from '../../../shared/export/document-kind';
import type { RequestOf } from '../../../shared/ipc/contract';
import { text } from '../i18n/text';
import { ask } from '../ipc/client';
import { Dialog } from '../shell/Dialog';
import './export.css';

const copy = text.exporter;

// Distributes over the request's union, so each kind keeps its own fields (only reports take `report`).
type WithoutTarget<Request> = Request extends unknown ? Omit<Request, 'targetId'> : never;

/** What one button exports: the request without the target, which the dialog's select supplies. */
type Choice = WithoutTarget<RequestOf<'export.document'>>;

/** Offered only for a target made from a job posting: the letter is written to that posting. */
const COVER_LETTER: Choice = { kind: 'cover-letter' };

/** The recruiter's report comes first: it is the one to send, and the default. */
const GROUPS: ReadonlyArray<{
  report: ReportKind;
  words: { heading: string; hint: string };
  choices: readonly Choice[];
}> = [
  {
    report: 'recruiter',
    words: copy.recruiter,
    choices: [{ kind: 'pdf', report: 'recruiter' }, { kind: 'markdown', report: 'recruiter' }, { kind: 'json-resume' }],
  },
  {
    report: 'review',
    words: copy.review,
    choices: [{ kind: 'pdf', report: 'review' }, { kind: 'markdown', report: 'review' }, { kind: 'calendar' }],
  },
];

type Status = { state: 'idle' } | { state: 'working'; choice: Choice } | { state: 'done' | 'failed'; message: string };

/** The report for a recruiter, the person's own review and a JSON Resume, for one target; main writes the file where the user says. */
export function ExportDialog(props: {
  open: boolean;
  onClose: () => void;
  targets: readonly TargetRole[];
  activeTargetId: string | null;
}) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={copy.title}>
      <ExportChoices targets={props.targets} activeTargetId={props.activeTargetId} />
    </Dialog>
  );
}

function ExportChoices(props: { targets: readonly TargetRole[]; activeTargetId: string | null }) {
  const [targetId, setTargetId] = useState(props.activeTargetId ?? props.targets[0]?.id ?? '');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const headingId = useId();

  const save = async (choice: Choice) => {
    setStatus({ state: 'working', choice });
    const request: RequestOf<'export.document'> = { ...choice, targetId };
    const answer = await ask((api) => api.exportDocument(request), copy.failed);
    if (!answer.ok) setStatus({ state: 'failed', message: answer.error.message });
    else if (answer.value.status === 'saved') setStatus({ state: 'done', message: copy.saved(answer.value.file) });
    else setStatus({ state: 'idle' });
  };

  if (props.targets.length === 0) return <p className="muted">{copy.noTargets}</p>;
  const chosen = props.targets.find((target) => target.id === targetId) ?? null;
  const posting = chosen?.posting ?? null;
  const tailored =
    chosen === null || posting === null
      ? null
      : text.posting.tailoredTo(text.posting.at(chosen.title, posting.company));
  return (
    <div className="export-dialog">
      <label className="field">
        <span className="field__label">{copy.target}</span>
        <select className="field__input" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
          {props.targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.title}
            </option>
          ))}
        </select>
      </label>
      {GROUPS.map((group) => (
        <div
          key={group.report}
          role="group"
          aria-labelledby={`${headingId}-${group.report}`}
          aria-describedby={`${headingId}-${group.report}-hint`}
          className={`export-dialog__group export-dialog__group--${group.report}`}
        >
          <h3 id={`${headingId}-${group.report}`} className="export-dialog__heading">
            {group.words.heading}
          </h3>
          <p id={`${headingId}-${group.report}-hint`} className="muted export-dialog__hint">
            {group.words.hint}
            {group.report === 'recruiter' && tailored !== null && ` ${tailored}`}
          </p>
          <div className="export-dialog__buttons">
            {(group.report === 'recruiter' && posting !== null ? [...group.choices, COVER_LETTER] : group.choices).map(
              (choice) => (
                <button
                  key={choice.kind}
                  type="button"
                  className="button button--quiet"
                  disabled={status.state === 'working'}
                  onClick={() => void save(choice)}
                >
                  {status.state === 'working' && status.choice === choice
                    ? copy.working
                    : choice.kind === 'cover-letter'
                      ? text.posting.coverLetter
                      : copy.kinds[choice.kind]}
                </button>
              ),
            )}
          </div>
          {group.report === 'recruiter' && posting === null && (
            <p className="muted export-dialog__hint">{text.posting.noCoverLetter}</p>
          )}
        </div>
      ))}
      {(status.state === 'done' || status.state === 'failed') && (
        <p className={`export-dialog__status export-dialog__status--${status.state}`} role="status">
          {status.message}
        </p>
      )}
      <p className="muted export-dialog__note">{copy.backupNote}</p>
    </div>
  );
}
