import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { refKey } from '../../../shared/domain/refs';
import { severityRank, type Severity } from '../../../shared/lens/result';
import type { HoverStore } from './hover';
import { BarChunk, MarkerChunk } from './ItemChunks';
import { chunksOf, within, type Chunk } from './chunks';
import { AwardShape, Captions, ClusterShape, ConnectorPath, StepShape } from './ItemShapes';
import { describeAward, describeCluster, describeStep } from './describe';
import { useTimelineModel } from './model-context';
import { createPlacer, navigate, type NavMove, type Placement, type PlacedCluster, type Scales } from './placement';
import type { TimeWindow } from './useTimelineWindow';
import { inBand, useViewBand } from './useViewBand';

const KEY_MOVES: Partial<Record<string, NavMove>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};
/** Half the tooltip's widest box (see .tl-tooltip). */
const TOOLTIP_HALF_WIDTH = 160;

export interface ItemLayerProps {
  /** The months shown; the scales are trusted once they map exactly this range onto the plot. */
  window: TimeWindow;
  /**
   * false for the one render in which new rows have set a new chart height that is not measured
   * yet: the items stay as they were, then are placed once, at the final size, before the paint.
   */
  sizeIsCurrent: boolean;
  selectedKey: string | null;
  hover: HoverStore;
  onActivate: (key: string) => void;
  onOpenCluster: (cluster: PlacedCluster) => void;
  onClear: () => void;
  onPan: (fraction: number) => void;
  /** Told after a commit that holds the items, so what is less urgent can wait for their first paint. */
  onDrawn: () => void;
  /** An item drawn even when it is off screen: the one a finding asked to show, so it can be scrolled to. */
  pinnedKey: string | null;
  /** Where the chart's top edge was in the window when its size was taken: the first drawing is of what is on screen from there. */
  chartTop: number;
}

function settled(pixel: number | undefined, expected: number): boolean {
  return pixel !== undefined && Math.abs(pixel - expected) < 0.5;
}

function keyOf(event: SyntheticEvent): string | null {
  const target = event.target instanceof Element ? event.target.closest('[data-key]') : null;
  return target?.getAttribute('data-key') ?? null;
}

/**
 * Every bar, marker and connector, drawn inside the recharts frame with its scales. Items are
 * memoized one by one, so an edit redraws what changed; one listener serves the whole layer.
 */
export function ItemLayer(props: ItemLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const layer = useRef<SVGGElement>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const moveFocus = useRef(false);

  const model = useTimelineModel();
  const { window, sizeIsCurrent } = props;
  // One scales object while the frame stays put, so a placement can tell an edit from a zoom.
  const scales = useMemo((): Scales | null => {
    if (!sizeIsCurrent || x === undefined || y === undefined || plot === undefined) return null;
    // While recharts sets the chart up, its scales pass through provisional domains and sizes;
    // drawing thousands of items for each would be wasted. Draw once they match this window.
    if (!settled(x(window.from), plot.x) || !settled(x(window.to), plot.x + plot.width)) return null;
    if (!settled(y(0), plot.y) || !settled(y(model.rowCount), plot.y + plot.height)) return null;
    const top = y(0) ?? 0;
    const rowHeight = (y(1) ?? top + 30) - top;
    return {
      x: (month) => x(month) ?? 0,
      rowTop: (row) => top + row * rowHeight,
      rowHeight,
      left: plot.x,
      right: plot.x + plot.width,
    };
  }, [x, y, plot, window, sizeIsCurrent, model.rowCount]);
  const [placer] = useState(createPlacer);
  const fresh = useMemo(() => (scales === null ? null : placer(model, scales)), [placer, model, scales]);
  // Kept as state derived while rendering (as React's docs describe), so the stale render reuses it.
  const [kept, setKept] = useState<Placement | null>(null);
  if (sizeIsCurrent && fresh !== kept) setKept(fresh);
  const placement = sizeIsCurrent ? fresh : kept;

  const selected = props.selectedKey;
  // One path per style rather than one element per connector: a thousand lines that nobody points
  // at cost a thousand DOM nodes on every first draw otherwise.
  const connectors = placement?.connectors;
  const connectorPaths = useMemo(() => {
    const paths = { plain: '', intent: '', award: '', highlighted: '' };
    for (const placed of connectors ?? []) {
      const highlighted = selected !== null && (placed.ends[0] === selected || placed.ends[1] === selected);
      const kind = highlighted
        ? 'highlighted'
        : placed.connector.source.kind === 'award'
          ? 'award'
          : placed.connector.intent
            ? 'intent'
            : 'plain';
      paths[kind] += placed.path;
    }
    return paths;
  }, [connectors, selected]);

  const clusters = placement?.clusters;
  const clusterByKey = useMemo(() => new Map((clusters ?? []).map((cluster) => [cluster.key, cluster])), [clusters]);
  const barChunks = useMemo(
    () => chunksOf(placement?.bars ?? [], (bar) => [bar.y, bar.y + bar.height]),
    [placement?.bars],
  );
  const rowHeight = placement?.rowHeight ?? 0;
  const markerChunks = useMemo(
    () => chunksOf(placement?.markers ?? [], (marker) => [marker.cy - rowHeight / 2, marker.cy + rowHeight / 2]),
    [placement?.markers, rowHeight],
  );
  const steps = placement?.steps;
  // Overdue steps' captions take the warning colour, as their diamonds do.
  const stepCaptions = useMemo(
    () => (steps ?? []).map((step) => (step.item.state === 'overdue' ? { ...step, tone: 'warning' as const } : step)),
    [steps],
  );
  const present = useMemo(() => new Set(placement?.nav.map((node) => node.key)), [placement?.nav]);

  const { onDrawn } = props;
  const drawn = placement !== null;
  useEffect(() => {
    if (drawn) onDrawn();
  }, [drawn, onDrawn]);
  const band = useViewBand(layer, drawn, props.chartTop);

  useEffect(() => {
    if (!moveFocus.current || focusedKey === null) return;
    moveFocus.current = false;
    const element = layer.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(focusedKey)}"]`);
    element?.focus();
  }, [focusedKey, placement]);

  if (placement === null || plot === undefined) return null;
  const tabbableKey =
    focusedKey !== null && present.has(focusedKey)
      ? focusedKey
      : props.selectedKey !== null && present.has(props.selectedKey)
        ? props.selectedKey
        : (placement.nav[0]?.key ?? null);

  // Runs off screen are not drawn (a long career has thousands of items below the fold), except
  // one holding the selection, the item a finding asks to show, or the tabbable item (the one the
  // arrow keys have moved to, when they have).
  const pinned = [selected, tabbableKey, props.pinnedKey];
  const shown = <T extends { key: string }>(chunks: ReadonlyArray<Chunk<T>>) =>
    chunks.flatMap((chunk, index) =>
      inBand(band, chunk.top, chunk.bottom) || pinned.some((key) => within(chunk.items, key) !== null)
        ? [{ chunk, index }]
        : [],
    );
  const shownBars = shown(barChunks);
  const shownMarkers = shown(markerChunks);

  const activate = (key: string) => {
    const cluster = clusterByKey.get(key);
    if (cluster !== undefined) props.onOpenCluster(cluster);
    else props.onActivate(key);
  };
  const showHover = (event: SyntheticEvent) => {
    const key = keyOf(event);
    if (key === null) return;
    const element = event.target instanceof Element ? event.target.closest('[data-key]') : null;
    const box = element?.getBoundingClientRect();
    const frame = layer.current?.ownerSVGElement?.getBoundingClientRect();
    if (box === undefined || frame === undefined) return;
    // Kept far enough from both edges for the tooltip, which is centred on this point, to fit.
    const x = Math.min(
      Math.max(box.left + box.width / 2 - frame.left, TOOLTIP_HALF_WIDTH),
      frame.width - TOOLTIP_HALF_WIDTH,
    );
    props.hover.set({ key, x, y: box.top - frame.top });
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const current = keyOf(event);
    const move = KEY_MOVES[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = navigate(placement.nav, current, move);
      if (next !== null) {
        moveFocus.current = true;
        setFocusedKey(next);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && current !== null) {
      event.preventDefault();
      activate(current);
    } else if (event.key === 'Escape') {
      props.onClear();
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      props.onPan(event.key === 'PageUp' ? -0.5 : 0.5);
    }
  };

  return (
    <g
      ref={layer}
      className="tl-layer"
      // Read by tests and the bench: how many entities are placed (those on screen are drawn), and
      // whether the connectors are in.
      data-items={
        placement.bars.length +
        placement.markers.length +
        placement.awards.length +
        placement.steps.length +
        placement.clusters.reduce((sum, cluster) => sum + cluster.items.length, 0)
      }
      data-connectors={placement.connectors.length}
      clipPath="url(#timeline-plot-clip)"
      onClick={(event) => {
        const key = keyOf(event);
        if (key !== null) {
          setFocusedKey(key);
          activate(key);
        }
      }}
      onKeyDown={onKeyDown}
      onPointerOver={showHover}
      onFocus={(event) => {
        const key = keyOf(event);
        if (key !== null) setFocusedKey(key);
        showHover(event);
      }}
      onPointerLeave={() => props.hover.set(null)}
      onBlur={() => props.hover.set(null)}
    >
      <defs>
        <clipPath id="timeline-plot-clip">
          <rect x={plot.x} y={plot.y - 20} width={plot.width} height={plot.height + 40} />
        </clipPath>
      </defs>
      <g className="tl-connectors" aria-hidden="true">
        <ConnectorPath kind="plain" path={connectorPaths.plain} />
        <ConnectorPath kind="intent" path={connectorPaths.intent} />
        <ConnectorPath kind="award" path={connectorPaths.award} />
        <ConnectorPath kind="highlighted" path={connectorPaths.highlighted} />
      </g>
      {shownBars.map(({ chunk, index }) => (
        <BarChunk
          key={index}
          items={chunk.items}
          selectedKey={within(chunk.items, selected)}
          tabbableKey={within(chunk.items, tabbableKey)}
        />
      ))}
      {shownMarkers.map(({ chunk, index }) => (
        <MarkerChunk
          key={index}
          items={chunk.items}
          selectedKey={within(chunk.items, selected)}
          tabbableKey={within(chunk.items, tabbableKey)}
        />
      ))}
      {shownMarkers.map(({ chunk, index }) => (
        <Captions key={index} markers={chunk.items} selectedKey={within(chunk.items, selected)} />
      ))}
      {placement.awards.map((award) => (
        <AwardShape
          key={award.key}
          itemKey={award.key}
          label={describeAward(award.item)}
          selected={award.key === selected}
          tabbable={award.key === tabbableKey}
          cx={award.cx}
          cy={award.cy}
          linked={award.item.links > 0}
        />
      ))}
      <Captions markers={placement.awards} selectedKey={selected} />
      {placement.steps.map((step) => (
        <StepShape
          key={step.key}
          itemKey={step.key}
          label={describeStep(step.item)}
          tabbable={step.key === tabbableKey}
          cx={step.cx}
          cy={step.cy}
          state={step.item.state}
          doing={step.item.status === 'doing'}
        />
      ))}
      <Captions markers={stepCaptions} selectedKey={null} />
      {placement.clusters.map((cluster) => (
        <ClusterShape
          key={cluster.key}
          itemKey={cluster.key}
          cx={cluster.cx}
          cy={cluster.cy}
          amount={cluster.items.length}
          severity={strongest(cluster)}
          label={clusterLabel(cluster)}
          selected={cluster.items.some((item) => refKey({ kind: 'certificate', id: item.id }) === selected)}
          tabbable={cluster.key === tabbableKey}
        />
      ))}
    </g>
  );
}

// A cluster an edit did not touch is the same object (placement.ts): its sentence is kept with it.
const clusterLabels = new WeakMap<PlacedCluster, string>();
function clusterLabel(cluster: PlacedCluster): string {
  let label = clusterLabels.get(cluster);
  if (label === undefined) {
    label = describeCluster(cluster.items, cluster.from, cluster.to);
    clusterLabels.set(cluster, label);
  }
  return label;
}

function strongest(cluster: PlacedCluster): Severity | null {
  let best: Severity | null = null;
  for (const item of cluster.items) {
    const severity = item.marks.severity;
    if (severity !== null && (best === null || severityRank(severity) < severityRank(best))) best = severity;
  }
  return best;
}
