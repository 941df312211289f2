import { ABOUT_LINKS } from '../../../shared/app-info';
import { useBridgeQuery } from '../ipc/useBridgeQuery';
import { text } from '../i18n/text';
import { Dialog } from './Dialog';

const copy = text.about;

/** Name, version, where the data lives and the attributions we owe, from main's `app.info`. */
export function AboutDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={copy.title}>
      <AboutFacts />
    </Dialog>
  );
}

function AboutFacts() {
  const about = useBridgeQuery((api) => api.getAppInfo());
  if (about.status === 'failed') return <p role="alert">{about.error.message}</p>;
  if (about.status === 'loading') return <p className="muted">{copy.loading}</p>;
  const info = about.value;
  return (
    <>
      <dl className="about-facts">
        <dt>{copy.version}</dt>
        <dd>{info.version}</dd>
        <dt>{copy.data}</dt>
        <dd>
          <code>{info.dataFolder}</code>
        </dd>
      </dl>
      <p className="about-attribution">{info.attribution}</p>
      <h3 className="dialog__subtitle">{copy.licences}</h3>
      <ul className="about-licences">
        {info.licences.map((entry) => (
          <li key={entry.name}>
            <strong>{entry.name}</strong> — {entry.licence}. <span className="muted">{entry.use}</span>
          </li>
        ))}
      </ul>
      <h3 className="dialog__subtitle">{copy.links}</h3>
      <ul className="about-licences">
        {ABOUT_LINKS.map((link) => (
          <li key={link.url}>
            {/* Main opens these in the browser without asking (electron/main/outbound). */}
            <a href={link.url} target="_blank" rel="noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
