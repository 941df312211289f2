import { useRef, type KeyboardEvent } from 'react';
import { text } from '../i18n/text';
import './target-view.css';

export type AppView = 'timeline' | 'target';
const VIEWS: ReadonlyArray<{ id: AppView; label: string }> = [
  { id: 'timeline', label: text.targets.viewTimeline },
  { id: 'target', label: text.targets.viewTarget },
];

/** The id of the region each view is shown in (App's `<main>` elements). */
export const viewRegionId = (view: AppView) => `${view}-view`;

/**
 * "Timeline | Target role": a tab list (arrow keys, Home and End move between the tabs, as the
 * ARIA pattern has it); each tab controls its view's region.
 */
export function ViewSwitch(props: { view: AppView; onChange: (view: AppView) => void }) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: VIEWS.length - 1 - index }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (index + step + VIEWS.length) % VIEWS.length;
    const view = VIEWS[next];
    if (view === undefined) return;
    props.onChange(view.id);
    tabs.current[next]?.focus();
  };
  return (
    <div className="view-switch" role="tablist" aria-label={text.targets.viewSwitchLabel}>
      {VIEWS.map((view, index) => (
        <button
          key={view.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`view-tab-${view.id}`}
          className="view-switch__tab"
          aria-selected={props.view === view.id}
          aria-controls={viewRegionId(view.id)}
          tabIndex={props.view === view.id ? 0 : -1}
          onClick={() => props.onChange(view.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {view.label}
        </button>
      ))}
    </div>
  );
}
