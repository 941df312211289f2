const STEPS = [
  {
    title: 'Your roles and projects',
    text: 'Jobs, internships, freelance and volunteer work, and the projects inside or beside them.',
  },
  {
    title: 'Your certificates, linked to where you used them',
    text: 'A course counts most when it shows up in real work. Each certificate gets a line on how you applied it.',
  },
  {
    title: 'The role you are aiming for',
    text: 'Throughline then reads your path as a recruiter would: what is relevant, recent and applied, and what is missing.',
  },
] as const;

export function TimelineEmptyState(props: { loading: boolean; onTrySample: () => void; onImport: () => void }) {
  if (props.loading) {
    return (
      <div className="empty-state" aria-busy="true">
        <p className="empty-state__lead">Opening your profile…</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2 className="empty-state__title">Your career path starts here</h2>
      <p className="empty-state__lead">
        Everything you add is drawn on this timeline, in three lanes. Three things make the picture:
      </p>
      <ol className="empty-state__steps">
        {STEPS.map((step, index) => (
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
          Explore a sample profile
        </button>
        <button type="button" className="button button--quiet" onClick={props.onImport}>
          Import a profile…
        </button>
      </div>
      <p className="empty-state__privacy">Your profile stays on this computer. Throughline never goes online.</p>
    </div>
  );
}
