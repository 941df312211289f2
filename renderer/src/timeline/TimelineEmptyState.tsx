import { text } from '../i18n/text';

const copy = text.timeline.empty;

export function TimelineEmptyState(props: {
  loading: boolean;
  onTrySample: () => void;
  onImport: () => void;
  onImportHistory: () => void;
}) {
  if (props.loading) {
    return (
      <div className="empty-state" aria-busy="true">
        <p className="empty-state__lead">{copy.loading}</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2 className="empty-state__title">{copy.title}</h2>
      <p className="empty-state__lead">{copy.lead}</p>
      <ol className="empty-state__steps">
        {copy.steps.map((step, index) => (
          <li key={step.title} className="empty-state__step">
            <span className="empty-state__number" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <h3 className="empty-state__step-title">{step.title}</h3>
              <p className="empty-state__step-text">{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <div className="empty-state__actions">
        <button type="button" className="button" onClick={props.onTrySample}>
          {copy.sample}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onImportHistory}>
          {copy.importHistory}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onImport}>
          {copy.import}
        </button>
      </div>
      <p className="empty-state__privacy">{copy.privacy}</p>
    </div>
  );
}
