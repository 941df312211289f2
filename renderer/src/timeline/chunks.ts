/**
 * Items are drawn in runs of this many, each run memoized on its items by identity: an edit that
 * moved one item redraws one run, not a component check for each of the large profile's 1,700.
 */
const CHUNK = 64;

/** A run of items and the stretch of the chart's height they cover. */
export interface Chunk<T> {
  items: T[];
  top: number;
  bottom: number;
}

/**
 * Runs of items taken from top to bottom, so each covers a few rows and the runs off screen can
 * be left undrawn (see useViewBand.ts). `extent` is an item's top and bottom in the chart.
 */
export function chunksOf<T>(items: readonly T[], extent: (item: T) => readonly [number, number]): Array<Chunk<T>> {
  const sorted = items
    .map((item) => ({ item, extent: extent(item) }))
    .sort((one, other) => one.extent[0] - other.extent[0]);
  const chunks: Array<Chunk<T>> = [];
  for (let start = 0; start < sorted.length; start += CHUNK) {
    const run = sorted.slice(start, start + CHUNK);
    chunks.push({
      items: run.map((entry) => entry.item),
      top: Math.min(...run.map((entry) => entry.extent[0])),
      bottom: Math.max(...run.map((entry) => entry.extent[1])),
    });
  }
  return chunks;
}

/** The key when one of `items` has it, else null: a run redraws only for a change it holds. */
export function within(items: ReadonlyArray<{ key: string }>, key: string | null): string | null {
  return key !== null && items.some((item) => item.key === key) ? key : null;
}
