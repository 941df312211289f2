import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/app-info';
import { bridge } from '../ipc/client';

/** Name, version, where the data lives and the attributions we owe, from main's `app.info`. */
export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (!props.open) {
      if (element.open) element.close();
      return;
    }
    element.showModal();
    let current = true;
    void bridge()
      .getAppInfo()
      .then((result) => {
        if (!current) return;
        if (result.ok) setInfo(result.value);
        else setProblem(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [props.open]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="about-title" onClose={props.onClose}>
      <h2 id="about-title" className="dialog__title">
        About {info?.name ?? 'Throughline'}
      </h2>
      {problem !== null && <p role="alert">{problem}</p>}
      {info !== null && (
        <>
          <dl className="about-facts">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Your data</dt>
            <dd>
              <code>{info.dataFolder}</code>
            </dd>
          </dl>
          <p className="about-attribution">{info.attribution}</p>
          <h3 className="dialog__subtitle">Included work and licences</h3>
          <ul className="about-licences">
            {info.licences.map((entry) => (
              <li key={entry.name}>
                <strong>{entry.name}</strong> — {entry.licence}. <span className="muted">{entry.use}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" autoFocus onClick={props.onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
