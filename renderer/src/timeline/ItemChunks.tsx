import { memo } from 'react';
import { describeBar, describeMarker } from './describe';
import { BarShape, MarkerShape } from './ItemShapes';
import type { ItemMarks } from './model';
import type { PlacedBar, PlacedMarker } from './placement';

interface ChunkProps<T> {
  selectedKey: string | null;
  tabbableKey: string | null;
  items: readonly T[];
}

function sameChunk<T>(before: ChunkProps<T>, after: ChunkProps<T>): boolean {
  return (
    before.selectedKey === after.selectedKey &&
    before.tabbableKey === after.tabbableKey &&
    before.items.length === after.items.length &&
    before.items.every((item, index) => item === after.items[index])
  );
}

/** What every item shows the same way: its key, marks, sentence, and whether it is selected or tabbable. */
function itemState(key: string, marks: ItemMarks, label: string, chunk: ChunkProps<unknown>) {
  const { severity, hollow, faded, offTarget } = marks;
  return {
    itemKey: key,
    severity,
    hollow,
    faded,
    offTarget,
    label,
    selected: key === chunk.selectedKey,
    tabbable: key === chunk.tabbableKey,
  };
}

export const BarChunk = memo(function BarChunk(props: ChunkProps<PlacedBar>) {
  return props.items.map((bar) => (
    <BarShape
      key={bar.key}
      kind={bar.item.kind}
      x={bar.x}
      y={bar.y}
      width={bar.width}
      height={bar.height}
      title={bar.item.title}
      planned={bar.item.planned}
      openEnded={bar.item.end === null}
      {...itemState(bar.key, bar.item.marks, describeBar(bar.item), props)}
    />
  ));
}, sameChunk);

export const MarkerChunk = memo(function MarkerChunk(props: ChunkProps<PlacedMarker>) {
  return props.items.map((marker) => (
    <MarkerShape
      key={marker.key}
      cx={marker.cx}
      cy={marker.cy}
      spanX={marker.spanX}
      status={marker.item.status}
      future={marker.item.future}
      percentDone={marker.item.percentDone}
      {...itemState(marker.key, marker.item.marks, describeMarker(marker.item), props)}
    />
  ));
}, sameChunk);
