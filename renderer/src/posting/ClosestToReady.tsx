import { useId } from 'react';
import { text } from '../i18n/text';
import type { ProfileUpdate } from '../profile/useProfile';
import { usePostingFit } from './usePostingFit';

const copy = text.posting;

/**
 * The saved postings ranked by how much of what each requires the person's work already backs:
 * the list to read when choosing which one to apply for first. Choosing a row makes it the active
 * target, so the view below shows its gaps.
 */
export function ClosestToReady(props: { revision: number; activeTargetId: string | null; update: ProfileUpdate }) {
  const headingId = useId();
  const reading = usePostingFit(props.revision);
  if (reading.status === 'ready' && reading.postings.length === 0) return null;
  return (
    <section className="tv-card closest" aria-labelledby={headingId} aria-busy={reading.status === 'loading'}>
      <h2 id={headingId} className="tv-card__heading">
        {copy.closestHeading}
      </h2>
      <p className="tv-card__lead">{copy.closestLead}</p>
      {reading.status === 'loading' && <p className="muted">{copy.closestLoading}</p>}
      {reading.status === 'failed' && (
        <p className="target-panel__problem" role="alert">
          {copy.closestFailed(reading.error.message)}
        </p>
      )}
      {reading.status === 'ready' && (
        <ol className="closest__list">
          {reading.postings.map((fit) => {
            const active = fit.targetId === props.activeTargetId;
            const name = copy.at(fit.title, fit.company);
            return (
              <li key={fit.targetId} className={active ? 'closest__row closest__row--active' : 'closest__row'}>
                <button
                  type="button"
                  className="closest__choose"
                  aria-current={active ? 'true' : undefined}
                  onClick={() =>
                    void props.update((api) =>
                      api.executeCommand({ command: { type: 'target.setActive', id: fit.targetId } }),
                    )
                  }
                >
                  <span className="closest__name">
                    {name}
                    {active && <span className="muted"> {copy.active}</span>}
                  </span>
                  <span className="closest__figure">{copy.backed(fit.essentialBacked, fit.essentialTotal)}</span>
                  <span className="closest__bar" aria-hidden="true">
                    <svg viewBox="0 0 100 6" preserveAspectRatio="none" focusable="false">
                      <rect className="closest__track" x="0" y="0" width="100" height="6" rx="3" />
                      <rect className="closest__fill" x="0" y="0" width={fit.share * 100} height="6" rx="3" />
                    </svg>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
