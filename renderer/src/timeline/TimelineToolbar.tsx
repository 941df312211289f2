import { text } from '../i18n/text';
import { CHOSEN_PRESETS, type ChosenPreset, type ZoomPreset } from './useTimelineWindow';

const copy = text.timeline;

/** Zoom presets and panning; the brush under it chooses any other range. */
export function TimelineToolbar(props: {
  preset: ZoomPreset;
  onPreset: (preset: ChosenPreset) => void;
  onPan: (fraction: number) => void;
  /** Whether plan steps are drawn: their legend entries show only then. */
  plan: boolean;
  /** Whether awards are drawn: their legend entry shows only then. */
  awards: boolean;
}) {
  return (
    <div className="tl-toolbar">
      <div className="segmented" role="group" aria-label={copy.zoom.label}>
        {CHOSEN_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="segmented__button"
            aria-pressed={props.preset === preset}
            onClick={() => props.onPreset(preset)}
          >
            {copy.zoom[preset]}
          </button>
        ))}
        {props.preset === 'range' && (
          <span className="segmented__button segmented__button--static" aria-current="true">
            {copy.zoom.range}
          </span>
        )}
      </div>
      <div className="tl-toolbar__pan">
        <button type="button" className="chip-button" onClick={() => props.onPan(-0.5)}>
          ← {copy.zoom.earlier}
        </button>
        <button type="button" className="chip-button" onClick={() => props.onPan(0.5)}>
          {copy.zoom.later} →
        </button>
      </div>
      <TimelineLegend plan={props.plan} awards={props.awards} />
    </div>
  );
}

function TimelineLegend(props: { plan: boolean; awards: boolean }) {
  const legend = copy.legend;
  const entries = [
    ['earned', legend.earned],
    ['in-progress', legend.inProgress],
    ['planned', legend.planned],
    ['unapplied', legend.unapplied],
    ['stale', legend.stale],
    ['link', legend.link],
    ['gap', legend.gap],
  ] as const;
  const planEntries = [
    ['step', legend.step],
    ['overdue', legend.overdue],
  ] as const;
  const awardEntries = [['award', legend.award]] as const;
  return (
    <ul className="tl-legend" aria-label={legend.heading}>
      {[...entries, ...(props.awards ? awardEntries : []), ...(props.plan ? planEntries : [])].map(([look, label]) => (
        <li key={look} className="tl-legend__entry">
          <span className={`tl-legend__swatch tl-legend__swatch--${look}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
