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
 * be left undrawn (see useViewBand.ts). `extent` is an item's top and bottom in the chart. Items
 * share a few dozen tops (one per row), so they are gathered by top rather than sorted: this runs
 * on every edit that moves an item.
 */
export function chunksOf<T>(items: readonly T[], extent: (item: T) => readonly [number, number]): Array<Chunk<T>> {
  const byTop = new Map<number, Array<{ item: T; bottom: number }>>();
  for (const item of items) {
    const [top, bottom] = extent(item);
    let level = byTop.get(top);
    if (level === undefined) byTop.set(top, (level = []));
    level.push({ item, bottom });
  }
  const chunks: Array<Chunk<T>> = [];
  let run: Chunk<T> | undefined;
  for (const top of [...byTop.keys()].sort((a, b) => a - b)) {
    for (const { item, bottom } of byTop.get(top) ?? []) {
      if (run === undefined || run.items.length === CHUNK) {
        run = { items: [], top, bottom };
        chunks.push(run);
      }
      run.items.push(item);
      run.bottom = Math.max(run.bottom, bottom);
    }
  }
  return chunks;
}

/** The key when one of `items` has it, else null: a run redraws only for a change it holds. */
export function within(items: ReadonlyArray<{ key: string }>, key: string | null): string | null {
  return key !== null && items.some((item) => item.key === key) ? key : null;
}
