import {
  LEARNING_ROWS,
  stepKey,
  type AwardItem,
  type BarItem,
  type Connector,
  type Lane,
  type MarkerItem,
  type StepItem,
  type TimelineModel,
} from './model';
import { refKey } from '../../../shared/domain/refs';

/** Markers closer than this share a bucket; a bucket with more markers than rows becomes a cluster. */
export const CLUSTER_BUCKET_PX = 26;
const BAR_MAX_PX = 26;

export interface PlacedBar {
  key: string;
  item: BarItem;
  x: number;
  width: number;
  y: number;
  height: number;
}

export interface PlacedMarker {
  key: string;
  item: MarkerItem;
  cx: number;
  cy: number;
  /** Where the years of study begin, for learning with a start; null for a point in time. */
  spanX: number | null;
  /** The short title as it fits before the next thing in its row; empty where nothing would. */
  caption: string;
  /** The room the caption has, in pixels: a new title is fitted to it without placing the lane again. */
  room: number;
}

/** An award in its lane, at its date. */
export interface PlacedAward {
  key: string;
  item: AwardItem;
  cx: number;
  cy: number;
  /** The title as it fits before the next award (and the plot's edge); empty where nothing would. */
  caption: string;
}

/** A plan step in the plan lane, at its due day. */
export interface PlacedStep {
  key: string;
  item: StepItem;
  cx: number;
  cy: number;
  /** The title as it fits before the next step (and the plot's edge); empty where nothing would. */
  caption: string;
}

export interface PlacedCluster {
  key: string;
  items: MarkerItem[];
  cx: number;
  cy: number;
  from: number;
  to: number;
}

export interface PlacedConnector {
  key: string;
  connector: Connector;
  path: string;
  /** The two ends, for highlighting when either is selected. */
  ends: [string, string];
  /** What the path was drawn between (and past), so an unmoved link is kept. */
  from: { key: string; cx: number; cy: number };
  to: PlacedBar;
  blocked: ReadonlyArray<readonly [number, number]>;
}

/** A node the keyboard can land on, in the lane and at the place it is drawn. */
export interface NavNode {
  key: string;
  lane: number;
  x: number;
}

export interface Placement {
  bars: PlacedBar[];
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  awards: PlacedAward[];
  steps: PlacedStep[];
  connectors: PlacedConnector[];
  nav: NavNode[];
  rowHeight: number;
  /** What it was placed from, so the next placement can keep what has not moved. */
  source: {
    model: TimelineModel;
    scales: Scales;
    bars: BarPart;
    learning: LearningPart;
    awards: PlacedAward[];
    steps: PlacedStep[];
  };
}

export interface Scales {
  x: (month: number) => number;
  /** Pixel y of a row's top edge. */
  rowTop: (row: number) => number;
  rowHeight: number;
  left: number;
  right: number;
}

const LANE_OF = { role: 0, project: 1, award: 2, certificate: 3, step: 4 } as const;
/** The lowest lane the keyboard can move down to: the plan, when there is one. */
const LAST_LANE = LANE_OF.step;

interface BarPart {
  bars: PlacedBar[];
  byKey: Map<string, PlacedBar>;
  /** Where project boxes stand, for links to roles to pass them. */
  blocked: Array<[left: number, right: number]>;
}

interface LearningPart {
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  /** Where each certificate is drawn: its marker, or the cluster holding it. */
  anchorOf: Map<string, { key: string; cx: number; cy: number }>;
}

/**
 * Pixels for everything inside the visible window: bars in their rows, markers staggered across
 * the learning rows, dense markers clustered, connectors from each certificate to where it was used.
 * Learning with a start (a degree's years of study) is a span ending at its marker: it is never
 * folded into a cluster, and takes the lowest free learning row, so the point markers, which sit
 * mid-lane, rarely land on it.
 *
 * Given the last placement at the same scales, each part whose items are the same list as before
 * (the model keeps them so across an edit that did not touch them) comes back as it was, and
 * every placed item that did not move is the same object: the layer redraws what changed.
 */
export function placeItems(model: TimelineModel, scales: Scales, previous: Placement | null = null): Placement {
  const last = previous?.source.scales === scales ? previous.source : null;
  const sameRows = last !== null && last.model.rowCount === model.rowCount;
  const bars = sameRows && last.model.bars === model.bars ? last.bars : placeBars(model.bars, scales, last?.bars.byKey);
  const learningLane = laneOf(model, 'learning');
  const sameLearningLane = sameRows && sameLane(laneOf(last.model, 'learning'), learningLane);
  const learning =
    sameLearningLane && last.model.markers === model.markers
      ? last.learning
      : sameLearningLane && sameSpots(last.model.markers, model.markers)
        ? withItems(last.learning, last.model.markers, model.markers)
        : placeLearning(model, scales, last?.learning);
  const steps =
    sameRows && last.model.steps === model.steps
      ? last.steps
      : placeSteps(model.steps, scales, last === null ? undefined : last.steps);
  const awards =
    sameRows && last.model.awards === model.awards
      ? last.awards
      : placeAwards(model.awards, scales, last === null ? undefined : last.awards);
  const moved = previous === null || bars !== last?.bars || learning !== last.learning || awards !== last.awards;
  const connectors =
    !moved && last.model.connectors === model.connectors
      ? previous.connectors
      : placeConnectors(
          model,
          scales,
          bars,
          { learning: learning.anchorOf, awards },
          last?.bars === undefined ? undefined : previous?.connectors,
        );
  const nav =
    !moved && steps === last.steps
      ? previous.nav
      : [
          ...bars.bars.map((bar) => ({ key: bar.key, lane: LANE_OF[bar.item.kind], x: bar.x })),
          ...awards.map((award) => ({ key: award.key, lane: LANE_OF.award, x: award.cx })),
          ...learning.markers.map((marker) => ({ key: marker.key, lane: LANE_OF.certificate, x: marker.cx })),
          ...learning.clusters.map((cluster) => ({ key: cluster.key, lane: LANE_OF.certificate, x: cluster.cx })),
          ...steps.map((step) => ({ key: step.key, lane: LANE_OF.step, x: step.cx })),
        ].sort((a, b) => a.lane - b.lane || a.x - b.x);
  return {
    bars: bars.bars,
    markers: learning.markers,
    clusters: learning.clusters,
    awards,
    steps,
    connectors,
    nav,
    rowHeight: scales.rowHeight,
    source: { model, scales, bars, learning, awards, steps },
  };
}

function laneOf(model: TimelineModel, id: Lane['id']): Lane | undefined {
  return model.lanes.find((lane) => lane.id === id);
}

/** placeItems that remembers its last placement, for the layer that places on every edit. */
export function createPlacer(): (model: TimelineModel, scales: Scales) => Placement {
  let last: Placement | null = null;
  return (model, scales) => (last = placeItems(model, scales, last));
}

function sameLane(a: Lane | undefined, b: Lane | undefined): boolean {
  return a?.firstRow === b?.firstRow && a?.rows === b?.rows;
}

function placeBars(items: readonly BarItem[], scales: Scales, before?: ReadonlyMap<string, PlacedBar>): BarPart {
  const { x, rowTop, rowHeight, left, right } = scales;
  const height = Math.min(BAR_MAX_PX, Math.round(rowHeight * 0.64));
  const bars: PlacedBar[] = [];
  const byKey = new Map<string, PlacedBar>();
  for (const item of items) {
    const x1 = x(item.from);
    const x2 = x(item.to);
    if (x2 < left || x1 > right) continue;
    const key = refKey(item);
    const placed = {
      key,
      item,
      x: x1,
      width: Math.max(3, x2 - x1),
      y: rowTop(item.row) + (rowHeight - height) / 2,
      height,
    };
    const kept = before?.get(key);
    const bar =
      kept !== undefined &&
      kept.item === item &&
      kept.x === placed.x &&
      kept.width === placed.width &&
      kept.y === placed.y &&
      kept.height === placed.height
        ? kept
        : placed;
    bars.push(bar);
    byKey.set(key, bar);
  }
  return { bars, byKey, blocked: blockedSpans(bars.filter((bar) => bar.item.kind === 'project')) };
}

/**
 * Whether every marker stands where it stood: an edit to a certificate's title, provider, skills or
 * links leaves the learning lane's layout as it was (a caption is fitted to the room it had).
 */
function sameSpots(before: readonly MarkerItem[], after: readonly MarkerItem[]): boolean {
  if (before.length !== after.length) return false;
  return after.every((item, index) => {
    const was = before[index];
    return was === item || (was !== undefined && was.id === item.id && was.at === item.at && was.from === item.from);
  });
}

/** The same layout with the edited items in it: only their markers (and clusters) are new objects. */
function withItems(part: LearningPart, before: readonly MarkerItem[], after: readonly MarkerItem[]): LearningPart {
  const swapped = new Map<MarkerItem, MarkerItem>();
  after.forEach((item, index) => {
    const was = before[index];
    if (was !== undefined && was !== item) swapped.set(was, item);
  });
  if (swapped.size === 0) return part;
  const markers = part.markers.map((marker) => {
    const item = swapped.get(marker.item);
    return item === undefined ? marker : { ...marker, item, caption: fitted(item.shortTitle, marker.room) };
  });
  const clusters = part.clusters.map((cluster) =>
    cluster.items.some((item) => swapped.has(item))
      ? { ...cluster, items: cluster.items.map((item) => swapped.get(item) ?? item) }
      : cluster,
  );
  const anchorOf = new Map(part.anchorOf);
  markers.forEach((marker, index) => {
    if (marker !== part.markers[index]) anchorOf.set(marker.item.id, marker);
  });
  clusters.forEach((cluster, index) => {
    if (cluster !== part.clusters[index]) for (const item of cluster.items) anchorOf.set(item.id, cluster);
  });
  return { markers, clusters, anchorOf };
}

function placeLearning(model: TimelineModel, scales: Scales, before?: LearningPart): LearningPart {
  const { x, rowTop, rowHeight, left, right } = scales;
  const learning = laneOf(model, 'learning');
  const learningTop = learning === undefined ? 0 : learning.firstRow;
  const learningRows = learning === undefined ? 1 : Math.min(LEARNING_ROWS, learning.rows);
  const buckets = new Map<number, MarkerItem[]>();
  const spanned: MarkerItem[] = [];
  for (const item of model.markers) {
    const cx = x(item.at);
    const startX = item.from === null ? cx : x(item.from);
    if (cx < left - CLUSTER_BUCKET_PX || startX > right + CLUSTER_BUCKET_PX) continue;
    if (item.from !== null) {
      spanned.push(item);
      continue;
    }
    const bucket = Math.floor(cx / CLUSTER_BUCKET_PX);
    const members = buckets.get(bucket);
    if (members === undefined) buckets.set(bucket, [item]);
    else members.push(item);
  }
  const markers: PlacedMarker[] = [];
  const clusters: PlacedCluster[] = [];
  const rowCenter = (row: number) => rowTop(learningTop + row) + rowHeight / 2;
  for (const { item, row } of spanRows(spanned, learningRows)) {
    markers.push({
      key: refKey(item),
      item,
      cx: x(item.at),
      cy: rowCenter(row),
      spanX: x(item.from ?? item.at),
      caption: '',
      room: 0,
    });
  }
  for (const [bucket, members] of buckets) {
    if (members.length > learningRows) {
      clusters.push({
        key: `cluster:${bucket}`,
        items: members,
        cx: members.reduce((sum, item) => sum + x(item.at), 0) / members.length,
        cy: rowCenter((learningRows - 1) / 2),
        from: Math.min(...members.map((item) => item.at)),
        to: Math.max(...members.map((item) => item.at)),
      });
      continue;
    }
    // A lone marker sits mid-lane; a few close together fan out around the middle.
    const firstRow = (learningRows - members.length) / 2;
    members.forEach((item, index) => {
      markers.push({
        key: refKey(item),
        item,
        cx: x(item.at),
        cy: rowCenter(firstRow + index),
        spanX: null,
        caption: '',
        room: 0,
      });
    });
  }
  captionMarkers(markers, clusters, right);

  const shared = {
    markers: sharedList(before?.markers, markers, sameMarker),
    clusters: sharedList(before?.clusters, clusters, sameCluster),
  };
  const anchorOf = new Map<string, { key: string; cx: number; cy: number }>();
  for (const marker of shared.markers) anchorOf.set(marker.item.id, marker);
  for (const cluster of shared.clusters) for (const item of cluster.items) anchorOf.set(item.id, cluster);
  return { ...shared, anchorOf };
}

/**
 * Steps at their due days, mid-row in the plan lane, each captioned with the room there is before
 * the next one. A plan holds a few dozen steps at most, so they are placed whole whenever their
 * list changes; an unmoved step keeps its object, so only what changed is redrawn.
 */
function placeSteps(items: readonly StepItem[], scales: Scales, before?: readonly PlacedStep[]): PlacedStep[] {
  const { x, rowTop, rowHeight, left, right } = scales;
  const shown = items.filter((item) => {
    const cx = x(item.at);
    return cx >= left - MARKER_R && cx <= right + MARKER_R;
  });
  const placed = shown.map((item, index): PlacedStep => {
    const cx = x(item.at);
    const next = shown[index + 1];
    const nextLeft = next === undefined ? right : x(next.at) - MARKER_R;
    const room = Math.min(Math.min(nextLeft - CAPTION_GAP, right) - (cx + MARKER_R + CAPTION_GAP), CAPTION_MAX_PX);
    return {
      key: stepKey(item.id),
      item,
      cx,
      cy: rowTop(item.row) + rowHeight / 2,
      caption: fitted(item.title, room),
    };
  });
  return sharedList(before, placed, sameStep);
}

/**
 * Awards at their dates, mid-row in their lane. Two close together are set apart by up to two
 * widths, so neither hides the other; denser ones overlap at their dates (a profile holds a few).
 * Captioned with the room before the next one; an unmoved award keeps its object.
 */
function placeAwards(items: readonly AwardItem[], scales: Scales, before?: readonly PlacedAward[]): PlacedAward[] {
  const { x, rowTop, rowHeight, left, right } = scales;
  const spacing = 2 * AWARD_R + 3;
  const spots: Array<{ item: AwardItem; cx: number }> = [];
  let last = -Infinity;
  for (const item of items) {
    const at = x(item.at);
    if (at < left - AWARD_R || at > right + AWARD_R) continue;
    const nudged = Math.max(at, last + spacing);
    const cx = nudged - at <= 2 * spacing ? nudged : at;
    spots.push({ item, cx });
    last = cx;
  }
  const placed = spots.map(({ item, cx }, index): PlacedAward => {
    const next = spots[index + 1];
    const nextLeft = next === undefined ? right : next.cx - AWARD_R;
    const room = Math.min(Math.min(nextLeft - CAPTION_GAP, right) - (cx + MARKER_R + CAPTION_GAP), CAPTION_MAX_PX);
    return {
      key: refKey(item),
      item,
      cx,
      cy: rowTop(item.row) + rowHeight / 2,
      caption: fitted(item.title, room),
    };
  });
  return sharedList(before, placed, sameAward);
}

/** Where each certificate and award is drawn, by id: the ends links start from. */
interface Anchors {
  learning: ReadonlyMap<string, { key: string; cx: number; cy: number }>;
  awards: readonly PlacedAward[];
}

function placeConnectors(
  model: TimelineModel,
  scales: Scales,
  bars: BarPart,
  anchors: Anchors,
  before: readonly PlacedConnector[] | undefined,
): PlacedConnector[] {
  const projects = laneOf(model, 'projects');
  const projectsBottom = scales.rowTop(projects === undefined ? 0 : projects.firstRow + projects.rows);
  const awardAnchors = new Map(anchors.awards.map((award) => [award.item.id, award]));
  // A link whose two ends did not move is the same link (a link to a role also needs the
  // project boxes it passes to stand where they stood).
  const kept = new Map(before?.map((placed) => [placed.key, placed]));
  const connectors: PlacedConnector[] = [];
  let changed = before === undefined;
  for (const connector of model.connectors) {
    const from =
      connector.source.kind === 'award'
        ? awardAnchors.get(connector.source.id)
        : anchors.learning.get(connector.source.id);
    const bar = bars.byKey.get(connector.toKey);
    if (from === undefined || bar === undefined) continue;
    const last = kept.get(connector.key);
    const placed =
      last !== undefined &&
      samePoint(last.from, from) &&
      sameBox(last.to, bar) &&
      last.connector.intent === connector.intent &&
      (bar.item.kind !== 'role' || last.blocked === bars.blocked)
        ? last
        : {
            key: connector.key,
            connector,
            path:
              bar.item.kind === 'role'
                ? roleConnectorPath(from, bar, bars.blocked, projectsBottom)
                : curve(from, clampX(from.cx, bar), bar.y + bar.height),
            ends: [from.key, bar.key] satisfies [string, string],
            from,
            to: bar,
            blocked: bars.blocked,
          };
    if (placed !== before?.[connectors.length]) changed = true;
    connectors.push(placed);
  }
  return changed || before === undefined || before.length !== connectors.length
    ? connectors
    : (before as PlacedConnector[]);
}

const samePoint = (a: { key: string; cx: number; cy: number }, b: { key: string; cx: number; cy: number }) =>
  a.key === b.key && a.cx === b.cx && a.cy === b.cy;

const sameBox = (a: PlacedBar, b: PlacedBar) =>
  a === b || (a.key === b.key && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

const sameMarker = (a: PlacedMarker, b: PlacedMarker) =>
  a.item === b.item && a.cx === b.cx && a.cy === b.cy && a.spanX === b.spanX && a.caption === b.caption;

const sameAward = (a: PlacedAward, b: PlacedAward) =>
  a.item === b.item && a.cx === b.cx && a.cy === b.cy && a.caption === b.caption;

const sameStep = (a: PlacedStep, b: PlacedStep) =>
  a.item === b.item && a.cx === b.cx && a.cy === b.cy && a.caption === b.caption;

const sameCluster = (a: PlacedCluster, b: PlacedCluster) =>
  a.cx === b.cx &&
  a.cy === b.cy &&
  a.from === b.from &&
  a.to === b.to &&
  a.items.length === b.items.length &&
  a.items.every((item, index) => item === b.items[index]);

/**
 * The new list with each entry that equals the last one under its key swapped for that one, and
 * the last list itself when nothing differs: downstream memos compare by identity.
 */
function sharedList<T extends { key: string }>(
  before: readonly T[] | undefined,
  after: T[],
  same: (a: T, b: T) => boolean,
): T[] {
  if (before === undefined) return after;
  const byKey = new Map(before.map((entry) => [entry.key, entry]));
  let changed = before.length !== after.length;
  const shared = after.map((entry, index) => {
    const kept = byKey.get(entry.key);
    const result = kept !== undefined && same(kept, entry) ? kept : entry;
    if (result !== before[index]) changed = true;
    return result;
  });
  return changed ? shared : (before as T[]);
}

/**
 * Rows for spans, from the bottom of the learning lane up: each takes the lowest row free at its
 * start, or, when every row is taken, the one that frees up first.
 */
function spanRows(items: readonly MarkerItem[], rows: number): Array<{ item: MarkerItem; row: number }> {
  const rowEnds: number[] = Array.from({ length: rows }, () => -Infinity);
  return [...items]
    .sort((a, b) => (a.from ?? a.at) - (b.from ?? b.at) || a.at - b.at)
    .map((item) => {
      const start = item.from ?? item.at;
      let row = rows - 1;
      while (row > 0 && (rowEnds[row] ?? -Infinity) > start) row -= 1;
      if ((rowEnds[row] ?? -Infinity) > start) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = item.at;
      return { item, row };
    });
}

export const MARKER_R = 7;
/** An award's star reaches this far from its centre: a little past a marker, as its points are thin. */
export const AWARD_R = 8.5;
export const CLUSTER_R = 13;
/** The caption's font (11 px) averages about this much per character. */
const CAPTION_CHAR_PX = 6.2;
const CAPTION_GAP = 6;
const CAPTION_MAX_PX = 170;

/**
 * Each marker's short title where there is room before the next marker, span or cluster in its
 * row (and the plot's edge), cut with an ellipsis; none where not even a word would fit.
 */
function captionMarkers(markers: PlacedMarker[], clusters: readonly PlacedCluster[], right: number): void {
  const rows = new Map<number, Array<{ left: number; marker: PlacedMarker | null }>>();
  const add = (cy: number, left: number, marker: PlacedMarker | null) => {
    const row = Math.round(cy);
    const list = rows.get(row);
    if (list === undefined) rows.set(row, [{ left, marker }]);
    else list.push({ left, marker });
  };
  for (const marker of markers) add(marker.cy, Math.min(marker.spanX ?? marker.cx, marker.cx) - MARKER_R, marker);
  for (const cluster of clusters) add(cluster.cy, cluster.cx - CLUSTER_R, null);
  for (const list of rows.values()) {
    list.sort((a, b) => a.left - b.left);
    list.forEach(({ marker }, index) => {
      if (marker === null) return;
      const start = marker.cx + MARKER_R + CAPTION_GAP;
      const next = list[index + 1]?.left ?? right;
      const room = Math.min(next - CAPTION_GAP, right) - start;
      marker.room = Math.min(room, CAPTION_MAX_PX);
      marker.caption = fitted(marker.item.shortTitle, marker.room);
    });
  }
}

function fitted(title: string, room: number): string {
  const chars = Math.floor(room / CAPTION_CHAR_PX);
  // Fewer letters than this name nothing: "Goo…" is noise, not a caption.
  if (chars < 7) return '';
  return title.length <= chars ? title : `${title.slice(0, chars - 1).trimEnd()}…`;
}

const END_RING = 2.5;
/** How far a link to a role keeps from the side of a project box it passes. */
const PROJECT_CLEARANCE = 5;

const clampX = (x: number, bar: PlacedBar) => Math.min(Math.max(x, bar.x + 2), bar.x + bar.width - 2);

/** From a marker up to a bar's lower edge, ending in a small ring so the link visibly ends there. */
function curve(from: { cx: number; cy: number }, toX: number, toY: number): string {
  const middle = (from.cy + toY) / 2;
  return `M${r(from.cx)},${r(from.cy)} C${r(from.cx)},${r(middle)} ${r(toX)},${r(middle)} ${r(toX)},${r(toY)}${ring(toX, toY)}`;
}

function ring(x: number, y: number): string {
  return `M${r(x - END_RING)},${r(y)} a${END_RING},${END_RING} 0 1,0 ${END_RING * 2},0 a${END_RING},${END_RING} 0 1,0 ${-END_RING * 2},0`;
}

/**
 * A link to a role crosses the projects lane. It turns within the learning lane and goes straight
 * up where no project box stands, so it never reads as ending at a project it passes; when the
 * role's whole length is covered by projects it goes behind them (bars are drawn on top) to its ring.
 */
function roleConnectorPath(
  from: { cx: number; cy: number },
  role: PlacedBar,
  blocked: ReadonlyArray<readonly [number, number]>,
  projectsBottom: number,
): string {
  const toY = role.y + role.height;
  const toX = clearOf(clampX(from.cx, role), role, blocked);
  if (from.cy <= projectsBottom) return curve(from, toX, toY);
  const turn = from.cy - Math.min(from.cy - projectsBottom, 24);
  const middle = (from.cy + turn) / 2;
  return (
    `M${r(from.cx)},${r(from.cy)} C${r(from.cx)},${r(middle)} ${r(toX)},${r(middle)} ${r(toX)},${r(turn)}` +
    ` L${r(toX)},${r(toY)}${ring(toX, toY)}`
  );
}

/**
 * Where the project boxes stand across the lane, widened by the clearance and merged into
 * disjoint spans sorted by x: built once per placement, so each link finds its way in log time
 * (a large profile draws a thousand links past five hundred projects).
 */
function blockedSpans(projects: readonly PlacedBar[]): Array<[left: number, right: number]> {
  const spans = projects
    .map((bar): [number, number] => [bar.x - PROJECT_CLEARANCE, bar.x + bar.width + PROJECT_CLEARANCE])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The x nearest to `x` along the role where no project box stands; `x` itself when there is none. */
function clearOf(x: number, role: PlacedBar, blocked: ReadonlyArray<readonly [number, number]>): number {
  // The last span starting before x; x is blocked only if that span reaches past it.
  let low = 0;
  let high = blocked.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((blocked[middle]?.[0] ?? Infinity) < x) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const span = blocked[found];
  if (span === undefined || span[1] <= x) return x;
  // A merged span's edges are clear by construction; the nearer one that lies along the role wins.
  const along = [span[0], span[1]].filter((edge) => edge >= role.x + 2 && edge <= role.x + role.width - 2);
  return along.reduce((best, edge) => (Math.abs(edge - x) < Math.abs(best - x) ? edge : best), along[0] ?? x);
}

/** One decimal is finer than a pixel; rounding is much cheaper than toFixed over thousands of paths. */
function r(value: number): number {
  return Math.round(value * 10) / 10;
}

export type NavMove = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/**
 * Where the arrow keys go: along a lane in time order, or to the nearest item in time in the lane
 * above or below (skipping empty lanes). Returns the current key when there is nowhere to go.
 */
export function navigate(nav: readonly NavNode[], currentKey: string | null, move: NavMove): string | null {
  if (nav.length === 0) return null;
  const current = nav.find((node) => node.key === currentKey);
  if (current === undefined) return nav[0]?.key ?? null;
  const lane = nav.filter((node) => node.lane === current.lane);
  const index = lane.indexOf(current);
  switch (move) {
    case 'next':
      return (lane[index + 1] ?? current).key;
    case 'previous':
      return (lane[index - 1] ?? current).key;
    case 'first':
      return (lane[0] ?? current).key;
    case 'last':
      return (lane[lane.length - 1] ?? current).key;
    case 'up':
    case 'down': {
      const step = move === 'up' ? -1 : 1;
      for (let target = current.lane + step; target >= 0 && target <= LAST_LANE; target += step) {
        const candidates = nav.filter((node) => node.lane === target);
        if (candidates.length === 0) continue;
        return candidates.reduce((best, node) =>
          Math.abs(node.x - current.x) < Math.abs(best.x - current.x) ? node : best,
        ).key;
      }
      return current.key;
    }
  }
}
