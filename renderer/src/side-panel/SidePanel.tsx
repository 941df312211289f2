import type { Profile } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import { DetailsPanel } from '../editor/DetailsPanel';
import type { ProfileUpdate } from '../editor/types';
import { FindingsPanel } from '../findings/FindingsPanel';
import { text } from '../i18n/text';
import type { Selection } from '../selection/selection';

/** Findings and details share the side panel; until the profile has entries both explain what will appear. */
export function SidePanel(props: {
  hasEntries: boolean;
  profile: Profile | null;
  selection: Selection;
  update: ProfileUpdate;
  onSelect: (selection: Selection) => void;
  findings: readonly Finding[] | null;
  findingsRevision: number | null;
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
          {text.findings.heading}
        </h2>
        {props.hasEntries ? (
          <FindingsPanel
            findings={props.findings}
            revision={props.findingsRevision}
            failure={props.failure}
            onDismiss={props.onDismiss}
            onRestore={props.onRestore}
            canReveal={props.canReveal}
            onReveal={props.onReveal}
          />
        ) : (
          <p className="side-panel__empty">{text.findings.emptyProfile}</p>
        )}
      </section>
      <section className="side-panel__section" aria-labelledby="details-heading">
        <h2 id="details-heading" className="side-panel__heading">
          Details
        </h2>
        {props.profile === null ? (
          <p className="side-panel__empty">{text.editor.details.empty}</p>
        ) : (
          <DetailsPanel
            profile={props.profile}
            selection={props.selection}
            findings={props.findings}
            update={props.update}
            onSelect={props.onSelect}
          />
        )}
      </section>
    </aside>
  );
}
