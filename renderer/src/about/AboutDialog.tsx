import { useBridgeQuery } from '../ipc/useBridgeQuery';
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
  const about = useBridgeQuery((api) => api.getAppInfo());
  if (about.status === 'failed') return <p role="alert">{about.error.message}</p>;
  if (about.status === 'loading') return <p className="muted">Loading…</p>;
  const info = about.value;
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
