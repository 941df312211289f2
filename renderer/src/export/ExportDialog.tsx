import { useState } from 'react';
import type { TargetRole } from '../../../shared/domain/profile';
import { text } from '../i18n/text';
import { bridge } from '../ipc/client';
import { Dialog } from '../shell/Dialog';
import './export.css';

const copy = text.exporter;
const KINDS = ['pdf', 'markdown', 'json-resume'] as const;
type Kind = (typeof KINDS)[number];

type Status = { state: 'idle' } | { state: 'working'; kind: Kind } | { state: 'done' | 'failed'; message: string };

/** Report (PDF, Markdown) and JSON Resume for one target; main writes the file where the user says. */
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

  const save = async (kind: Kind) => {
    setStatus({ state: 'working', kind });
    const answer = await bridge().exportDocument({ kind, targetId });
    if (!answer.ok) setStatus({ state: 'failed', message: answer.error.message });
    else if (answer.value.status === 'saved') setStatus({ state: 'done', message: copy.saved(answer.value.file) });
    else setStatus({ state: 'idle' });
  };

  if (props.targets.length === 0) return <p className="muted">{copy.noTargets}</p>;
  return (
    <div className="export-dialog">
      <p className="muted">{copy.intro}</p>
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
      <ul className="export-dialog__kinds">
        {KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button button--quiet"
              disabled={status.state === 'working'}
              onClick={() => void save(kind)}
            >
              {status.state === 'working' && status.kind === kind ? copy.working : copy.kinds[kind].label}
            </button>
            <span className="muted">{copy.kinds[kind].hint}</span>
          </li>
        ))}
      </ul>
      {(status.state === 'done' || status.state === 'failed') && (
        <p className={`export-dialog__status export-dialog__status--${status.state}`} role="status">
          {status.message}
        </p>
      )}
      <p className="muted export-dialog__note">{copy.backupNote}</p>
    </div>
  );
}
