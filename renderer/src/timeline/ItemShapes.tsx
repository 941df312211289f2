import { memo } from 'react';
import type { Certificate, WorkKind } from '../../../shared/domain/profile';
import type { Severity } from '../../../shared/lens/result';
import type { StepItem } from './model';
import { AWARD_R, CLUSTER_R, MARKER_R } from './placement';

/**
 * Props every focusable item shares. Only the one item Tab reaches (`tabbable`) carries a focus
 * ring: keyboard focus can be nowhere else, and thousands of hidden rings cost a first draw. Primitives only — the finding marks arrive spread out, not as
 * an object — so memo skips every item an edit did not touch.
 */
interface ItemState {
  itemKey: string;
  label: string;
  selected: boolean;
  tabbable: boolean;
  severity: Severity | null;
  hollow: boolean;
  faded: boolean;
  offTarget: boolean;
}

function itemClass(base: string, state: ItemState, extra: string[] = []): string {
  return [
    'tl-item',
    base,
    state.hollow ? 'tl-item--hollow' : '',
    state.faded ? 'tl-item--faded' : '',
    state.offTarget ? 'tl-item--off-target' : '',
    state.selected ? 'tl-item--selected' : '',
    ...extra,
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function Badge(props: { x: number; y: number; severity: Severity | null }) {
  const { severity } = props;
  if (severity === null || severity === 'info') return null;
  return (
    <g className={`tl-badge tl-badge--${severity}`} aria-hidden="true">
      <circle cx={props.x} cy={props.y} r={6} />
      <text x={props.x} y={props.y + 3.5} textAnchor="middle">
        !
      </text>
    </g>
  );
}

export const BarShape = memo(function BarShape(
  props: ItemState & {
    kind: WorkKind;
    x: number;
    y: number;
    width: number;
    height: number;
    title: string;
    planned: boolean;
    openEnded: boolean;
  },
) {
  const { x, y, width, height } = props;
  // Roughly 6.5 px per character at the label's size; a bar too short for a word shows none.
  const room = Math.floor((width - 12) / 6.5);
  const title = room < 4 ? '' : props.title.length <= room ? props.title : `${props.title.slice(0, room - 1)}…`;
  return (
    <g
      className={itemClass(`tl-bar tl-bar--${props.kind}`, props, [
        props.planned ? 'tl-item--planned' : '',
        props.openEnded ? 'tl-bar--open' : '',
      ])}
      data-key={props.itemKey}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-pressed={props.selected}
    >
      {props.tabbable && (
        <rect className="tl-item__ring" x={x - 3} y={y - 3} width={width + 6} height={height + 6} rx={7} />
      )}
      <rect className="tl-bar__body" x={x} y={y} width={width} height={height} rx={5} />
      {title !== '' && (
        <text className="tl-bar__label" x={x + 7} y={y + height / 2 + 4}>
          {title}
        </text>
      )}
      <Badge x={x + width - 2} y={y} severity={props.severity} />
    </g>
  );
});

const SPAN_HEIGHT = 10;

export const MarkerShape = memo(function MarkerShape(
  props: ItemState & {
    cx: number;
    cy: number;
    /** Where the years of study begin: a span up to the marker. null draws the marker alone. */
    spanX: number | null;
    status: Certificate['status']['state'];
    future: boolean;
    percentDone: number;
  },
) {
  const { cx, cy, spanX } = props;
  const fillHeight = (2 * MARKER_R * props.percentDone) / 100;
  const spanLeft = spanX === null ? cx : Math.min(spanX, cx);
  return (
    <g
      className={itemClass(`tl-marker tl-marker--${props.status}`, props, [
        spanX === null ? '' : 'tl-marker--span',
        props.future ? 'tl-marker--future' : '',
      ])}
      data-key={props.itemKey}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-pressed={props.selected}
    >
      {props.tabbable &&
        (spanX === null ? (
          <circle className="tl-item__ring" cx={cx} cy={cy} r={MARKER_R + 4} />
        ) : (
          <rect
            className="tl-item__ring"
            x={spanLeft - 4}
            y={cy - MARKER_R - 4}
            width={cx - spanLeft + 2 * MARKER_R + 8}
            height={2 * MARKER_R + 8}
            rx={MARKER_R + 4}
          />
        ))}
      {spanX !== null && (
        // The years of study, ending at the marker of the degree or course itself.
        <rect
          className="tl-marker__span"
          x={spanLeft}
          y={cy - SPAN_HEIGHT / 2}
          width={Math.max(0, cx - spanLeft)}
          height={SPAN_HEIGHT}
          rx={SPAN_HEIGHT / 2}
        />
      )}
      <circle className="tl-marker__body" cx={cx} cy={cy} r={MARKER_R} />
      {props.status === 'in-progress' && (
        // Part-filled from the bottom by the share done: progress reads without a legend.
        <rect
          className="tl-marker__progress"
          x={cx - MARKER_R + 1.5}
          y={cy + MARKER_R - 1.5 - Math.max(0, fillHeight - 3)}
          width={2 * MARKER_R - 3}
          height={Math.max(0, fillHeight - 3)}
          rx={2}
        />
      )}
      <Badge x={cx + MARKER_R} y={cy - MARKER_R} severity={props.severity} />
    </g>
  );
});

export const ClusterShape = memo(function ClusterShape(
  props: Pick<ItemState, 'itemKey' | 'label' | 'selected' | 'tabbable' | 'severity'> & {
    cx: number;
    cy: number;
    amount: number;
  },
) {
  const { cx, cy } = props;
  return (
    <g
      className={['tl-item', 'tl-cluster', props.selected ? 'tl-item--selected' : ''].join(' ')}
      data-key={props.itemKey}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-haspopup="dialog"
      aria-pressed={props.selected}
    >
      {props.tabbable && <circle className="tl-item__ring" cx={cx} cy={cy} r={17} />}
      <circle className="tl-cluster__body" cx={cx} cy={cy} r={CLUSTER_R} />
      <text className="tl-cluster__count" x={cx} y={cy + 4} textAnchor="middle">
        {props.amount}
      </text>
      {props.severity !== null && props.severity !== 'info' && (
        <circle className={`tl-cluster__flag tl-badge--${props.severity}`} cx={cx + 10} cy={cy - 10} r={4} />
      )}
    </g>
  );
});

/** A step's diamond is this far from its centre to each corner: as wide as a marker, a different shape. */
const STEP_R = MARKER_R + 1.5;

/**
 * A plan step: a dashed diamond at its due day, in the warning colour when overdue. A plain button,
 * not a toggle: pressing it opens the plan rather than selecting the step.
 */
export const StepShape = memo(function StepShape(props: {
  itemKey: string;
  label: string;
  tabbable: boolean;
  cx: number;
  cy: number;
  state: StepItem['state'];
  doing: boolean;
}) {
  const { cx, cy } = props;
  const diamond = `M${cx},${cy - STEP_R} L${cx + STEP_R},${cy} L${cx},${cy + STEP_R} L${cx - STEP_R},${cy} Z`;
  return (
    <g
      className={['tl-item', 'tl-step', `tl-step--${props.state}`, props.doing ? 'tl-step--doing' : ''].join(' ')}
      data-key={props.itemKey}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
    >
      {props.tabbable && <circle className="tl-item__ring" cx={cx} cy={cy} r={STEP_R + 4} />}
      <path className="tl-step__body" d={diamond} />
      {props.state === 'overdue' && (
        <text className="tl-step__flag" x={cx} y={cy + 3.5} textAnchor="middle" aria-hidden="true">
          !
        </text>
      )}
    </g>
  );
});

/** A five-pointed star's outline around a centre: an award reads as recognition, not as learning's dot. */
function starPath(cx: number, cy: number): string {
  const inner = AWARD_R * 0.45;
  const points: string[] = [];
  for (let point = 0; point < 10; point += 1) {
    const radius = point % 2 === 0 ? AWARD_R : inner;
    const angle = (Math.PI / 5) * point - Math.PI / 2;
    points.push(
      `${Math.round((cx + radius * Math.cos(angle)) * 10) / 10},${Math.round((cy + radius * Math.sin(angle)) * 10) / 10}`,
    );
  }
  return `M${points.join(' L')} Z`;
}

/** An award: a star at its date in the awards lane; selected like any entry. */
export const AwardShape = memo(function AwardShape(
  props: Pick<ItemState, 'itemKey' | 'label' | 'selected' | 'tabbable'> & { cx: number; cy: number; linked: boolean },
) {
  const { cx, cy } = props;
  return (
    <g
      className={[
        'tl-item',
        'tl-award',
        props.linked ? '' : 'tl-award--unlinked',
        props.selected ? 'tl-item--selected' : '',
      ]
        .filter((part) => part !== '')
        .join(' ')}
      data-key={props.itemKey}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-pressed={props.selected}
    >
      {props.tabbable && <circle className="tl-item__ring" cx={cx} cy={cy} r={AWARD_R + 4} />}
      {/* Selected, a halo: a thick outline would swallow the star's thin points. */}
      {props.selected && <circle className="tl-award__halo" cx={cx} cy={cy} r={AWARD_R + 2} />}
      <path className="tl-award__body" d={starPath(cx, cy)} />
    </g>
  );
});

/**
 * Markers' and steps' short titles, apart from them so each button's box stays the shape itself;
 * a caption carries its item's key, so pointing at or pressing it acts on the item.
 */
export const Captions = memo(function Captions(props: {
  markers: ReadonlyArray<{ key: string; cx: number; cy: number; caption: string; tone?: 'warning' }>;
  selectedKey: string | null;
}) {
  return (
    <g className="tl-captions" aria-hidden="true">
      {props.markers.map((marker) =>
        marker.caption === '' ? null : (
          <text
            key={marker.key}
            data-key={marker.key}
            className={[
              'tl-caption',
              marker.key === props.selectedKey ? 'tl-caption--selected' : '',
              marker.tone === undefined ? '' : `tl-caption--${marker.tone}`,
            ]
              .filter((part) => part !== '')
              .join(' ')}
            x={marker.cx + MARKER_R + 6}
            y={marker.cy + 4}
          >
            {marker.caption}
          </text>
        ),
      )}
    </g>
  );
});

/** Every connector of one style as one path (see ItemLayer); empty when there are none. */
export const ConnectorPath = memo(function ConnectorPath(props: {
  kind: 'plain' | 'intent' | 'award' | 'highlighted';
  path: string;
}) {
  if (props.path === '') return null;
  return (
    <path
      className={props.kind === 'plain' ? 'tl-connector' : `tl-connector tl-connector--${props.kind}`}
      d={props.path}
    />
  );
});
