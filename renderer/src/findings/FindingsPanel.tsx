import { useState } from 'react';
import type { Finding } from '../../../shared/lens/result';
import { text } from '../i18n/text';

const copy = text.findings;
const GROUPS = [
  { severity: 'warning', title: copy.groups.warning },
  { severity: 'suggestion', title: copy.groups.suggestion },
  { severity: 'info', title: copy.groups.info },
] as const;

const PAGE = 20;

/** The lens's observations, most important first, each with its reason and next step. */
export function FindingsPanel(props: {
  findings: readonly Finding[] | null;
  revision: number | null;
  failure: string | null;
  onDismiss: (key: string, reason: string) => void;
  onRestore: (key: string) => void;
  canReveal: (finding: Finding) => boolean;
  onReveal: (finding: Finding) => void;
}) {
  const { findings } = props;
  // A long profile can carry thousands of findings; a page at a time keeps every edit quick to show.
  const [shown, setShown] = useState<Record<Finding['severity'], number>>({
    warning: PAGE,
    suggestion: PAGE,
    info: PAGE,
  });
  if (props.failure !== null) return <p role="alert">{props.failure}</p>;
  if (findings === null) return <p className="side-panel__empty">{copy.reading}</p>;
  const open = findings.filter((finding) => finding.dismissed === null);
  const dismissed = findings.filter((finding) => finding.dismissed !== null);
  return (
    <div className="findings" data-revision={props.revision ?? undefined}>
      {open.length === 0 && <p className="side-panel__empty">{copy.nothingStandsOut}</p>}
      {GROUPS.map(({ severity, title }) => {
        const group = open.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className="findings__group" aria-label={`${title} (${group.length})`}>
            <h3 className={`findings__heading findings__heading--${severity}`}>
              {title} <span className="muted">({group.length})</span>
            </h3>
            <ul className="findings__list">
              {group.slice(0, shown[severity]).map((finding) => (
                <FindingItem
                  key={finding.key}
                  finding={finding}
                  onDismiss={props.onDismiss}
                  onReveal={props.canReveal(finding) ? props.onReveal : null}
                />
              ))}
            </ul>
            {group.length > shown[severity] && (
              <button
                type="button"
                className="chip-button findings__more"
                onClick={() => setShown((current) => ({ ...current, [severity]: current[severity] + PAGE }))}
              >
                {copy.showMore(Math.min(PAGE, group.length - shown[severity]), group.length - shown[severity])}
              </button>
            )}
          </section>
        );
      })}
      {dismissed.length > 0 && (
        <details className="findings__dismissed">
          <summary>{copy.dismissed(dismissed.length)}</summary>
          <ul className="findings__list">
            {dismissed.map((finding) => (
              <li key={finding.key} className="finding finding--dismissed">
                <p className="finding__message">{finding.message}</p>
                <p className="finding__why">
                  {copy.yourReason} {finding.dismissed?.reason === '' ? copy.noReason : finding.dismissed?.reason}
                </p>
                <button type="button" className="chip-button" onClick={() => props.onRestore(finding.key)}>
                  {copy.restore}
                  <span className="visually-hidden">: {finding.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function FindingItem(props: {
  finding: Finding;
  onDismiss: (key: string, reason: string) => void;
  onReveal: ((finding: Finding) => void) | null;
}) {
  const { finding } = props;
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = `reason-${finding.key}`;
  return (
    <li className={`finding finding--${finding.severity}`}>
      {props.onReveal === null ? (
        <p className="finding__message">{finding.message}</p>
      ) : (
        <p className="finding__message">
          <button
            type="button"
            className="finding__reveal"
            aria-describedby={`${reasonId}-hint`}
            onClick={() => props.onReveal?.(finding)}
          >
            {finding.message}
          </button>
          <span id={`${reasonId}-hint`} className="visually-hidden">
            {copy.revealHint}
          </span>
        </p>
      )}
      <p className="finding__why">{finding.why}</p>
      <p className="finding__action">
        <span className="finding__label">{copy.nextStep}</span> {finding.action}
      </p>
      {dismissing ? (
        <form
          className="finding__dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            props.onDismiss(finding.key, reason.trim());
          }}
        >
          <label htmlFor={reasonId} className="field__label">
            {copy.whyAside}
          </label>
          <input
            id={reasonId}
            className="field__input"
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="finding__buttons">
            <button type="submit" className="chip-button">
              {copy.dismiss}
            </button>
            <button type="button" className="chip-button" onClick={() => setDismissing(false)}>
              {copy.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="chip-button" onClick={() => setDismissing(true)}>
          {copy.dismissOpen}
          <span className="visually-hidden"> {finding.message}</span>
        </button>
      )}
    </li>
  );
}
