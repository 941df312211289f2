import type { Severity } from '../../../shared/lens/result';
import { text } from '../i18n/text';
import { awardWhen, learningKindOf, periodOf, statusOf, stepWhen, whenOf } from './describe';
import { useHover, type HoverStore } from './hover';
import type { AwardItem, BarItem, MarkerItem, StepItem } from './model';

export interface TooltipSource {
  item: (key: string) => BarItem | MarkerItem | StepItem | AwardItem | undefined;
  findings: (id: string) => readonly { message: string; severity: Severity }[];
  /** The notes on the links from a certificate or award, by its item key. */
  notes: (sourceKey: string) => readonly string[];
}

/** The hovered or focused item in a few lines; items carry the same words for screen readers. */
export function TimelineTooltip(props: { hover: HoverStore; source: TooltipSource }) {
  const hover = useHover(props.hover);
  const item = hover === null ? undefined : props.source.item(hover.key);
  if (hover === null || item === undefined) return null;
  const copy = text.timeline;
  if (item.kind === 'step') {
    return (
      <div className="tl-tooltip" aria-hidden="true" style={{ left: hover.x, top: hover.y }}>
        <p className="tl-tooltip__kind">{copy.kinds.step}</p>
        <p className="tl-tooltip__title">{item.title}</p>
        <p
          className={item.state === 'overdue' ? 'tl-tooltip__finding tl-tooltip__finding--warning' : 'tl-tooltip__line'}
        >
          {stepWhen(item)}
        </p>
        <p className="tl-tooltip__line">{copy.step.opens}</p>
      </div>
    );
  }
  if (item.kind === 'award') {
    const notes = props.source.notes(hover.key).filter((note) => note !== '');
    return (
      <div className="tl-tooltip" aria-hidden="true" style={{ left: hover.x, top: hover.y }}>
        <p className="tl-tooltip__kind">{copy.kinds.award}</p>
        <p className="tl-tooltip__title">{item.title}</p>
        {item.detail !== '' && <p className="tl-tooltip__line">{item.detail}</p>}
        <p className="tl-tooltip__line">{awardWhen(item)}</p>
        <p className="tl-tooltip__line">{copy.givenFor(item.links)}</p>
        {notes.slice(0, 2).map((note) => (
          <p key={note} className="tl-tooltip__note">
            “{note}”
          </p>
        ))}
      </div>
    );
  }
  const when = item.kind === 'certificate' ? `${whenOf(item)} · ${statusOf(item)}` : periodOf(item);
  const findings = props.source.findings(item.id);
  const notes = item.kind === 'certificate' ? props.source.notes(hover.key) : [];
  return (
    <div className="tl-tooltip" aria-hidden="true" style={{ left: hover.x, top: hover.y }}>
      <p className="tl-tooltip__kind">{item.kind === 'certificate' ? learningKindOf(item) : copy.kinds[item.kind]}</p>
      <p className="tl-tooltip__title">{item.title}</p>
      {item.detail !== '' && item.kind !== 'project' && <p className="tl-tooltip__line">{item.detail}</p>}
      <p className="tl-tooltip__line">{when}</p>
      {item.kind === 'certificate' && <p className="tl-tooltip__line">{copy.appliedIn(notes.length)}</p>}
      {notes
        .filter((note) => note !== '')
        .slice(0, 2)
        .map((note) => (
          <p key={note} className="tl-tooltip__note">
            “{note}”
          </p>
        ))}
      {findings.slice(0, 2).map((finding) => (
        <p key={finding.message} className={`tl-tooltip__finding tl-tooltip__finding--${finding.severity}`}>
          {finding.message}
        </p>
      ))}
      {findings.length > 2 && <p className="tl-tooltip__line">{copy.findings(findings.length)}</p>}
    </div>
  );
}
