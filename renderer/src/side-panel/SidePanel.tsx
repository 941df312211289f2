import type { Finding, LensResult } from '../../../shared/lens/result';
import { FindingsPanel } from '../findings/FindingsPanel';

/** Findings and details share the side panel; until the profile has entries both explain what will appear. */
export function SidePanel(props: {
  hasEntries: boolean;
  analysis: LensResult | null;
  analysisRevision: number | null;
  failure: string | null;
  onDismiss: (key: string, reason: string) => void;
  onRestore: (key: string) => void;
  canReveal: (finding: Finding) => boolean;
  onReveal: (finding: Finding) => void;
}) {
  return (
    <aside className="side-panel" aria-labelledby="findings-heading" tabIndex={0}>
      <section className="side-panel__section">
        <h2 id="findings-heading" className="side-panel__heading">
          What a recruiter would notice
        </h2>
        {props.hasEntries ? (
          <FindingsPanel
            analysis={props.analysis}
            revision={props.analysisRevision}
            failure={props.failure}
            onDismiss={props.onDismiss}
            onRestore={props.onRestore}
            canReveal={props.canReveal}
            onReveal={props.onReveal}
          />
        ) : (
          <p className="side-panel__empty">
            Nothing yet. Once your path has entries, each observation shows here with the reason it matters and the next
            step to take — for example a certificate not yet linked to any work, or a gap in the story.
          </p>
        )}
      </section>
      <section className="side-panel__section" aria-labelledby="details-heading">
        <h2 id="details-heading" className="side-panel__heading">
          Details
        </h2>
        <p className="side-panel__empty">Select an item on the timeline to see and edit it here.</p>
      </section>
    </aside>
  );
}
