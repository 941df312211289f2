import { useEffect, useRef } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import type { Finding, NextStep } from '../../../shared/lens/result';
import { DetailsPanel } from '../editor/DetailsPanel';
import type { ProfileUpdate } from '../profile/useProfile';
import { FindingsPanel } from '../findings/FindingsPanel';
import { text } from '../i18n/text';
import { selectionKey, type Selection } from './selection';

/** Findings and details share the side panel; until the profile has entries both explain what will appear. */
export function SidePanel(props: {
  hasEntries: boolean;
  profile: Profile | null;
  selection: Selection;
  update: ProfileUpdate;
  onSelect: (selection: Selection) => void;
  findings: readonly Finding[] | null;
  nextSteps: readonly NextStep[];
  findingsRevision: number | null;
  failure: string | null;
  onDismiss: (key: string, reason: string) => void;
  onRestore: (key: string) => void;
  canReveal: (item: Pick<Finding, 'subject'>) => boolean;
  onReveal: (item: Pick<Finding, 'subject'>) => void;
}) {
  const panel = useRef<HTMLElement>(null);
  const selected = selectionKey(props.selection);
  useEffect(() => {
    if (selected !== null) panel.current?.scrollTo({ top: 0 });
  }, [selected]);
  const findings = (
    <section className="side-panel__section">
      <h2 id="findings-heading" className="side-panel__heading">
        {text.findings.heading}
      </h2>
      {props.hasEntries ? (
        <FindingsPanel
          findings={props.findings}
          nextSteps={props.nextSteps}
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
  );
  const details = (
    <section className="side-panel__section" aria-labelledby="details-heading">
      <h2 id="details-heading" className="side-panel__heading">
        {text.editor.details.heading}
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
  );
  return (
    <aside ref={panel} className="side-panel" aria-labelledby="findings-heading" tabIndex={0}>
      {/* A selection puts its details first: they answer what the user just pointed at. */}
      {props.selection === null ? findings : details}
      {props.selection === null ? details : findings}
    </aside>
  );
}
