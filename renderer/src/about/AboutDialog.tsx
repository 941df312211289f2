import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/app-info';
import { bridge } from '../ipc/client';
import { Dialog } from '../shell/Dialog';

/** Name, version, where the data lives and the attributions we owe, from main's `app.info`. */
export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="About Throughline">
      <AboutFacts />
    </Dialog>
  );
}

function AboutFacts() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
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
  }, []);

  if (problem !== null) return <p role="alert">{problem}</p>;
  if (info === null) return <p className="muted">Loading…</p>;
  return (
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
  );
}
