import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../../renderer/src/timeline/chunks';
import { inBand, onScreenBand, viewBand } from '../../../renderer/src/timeline/useViewBand';

const SCREEN = 900;

describe('the band of the chart worth drawing', () => {
  it('is first exactly what is on screen when the chart opens below the page heading', () => {
    // The chart's top edge 314 px down a 900 px window: 586 px of it show.
    expect(onScreenBand(314, SCREEN)).toEqual({ top: 0, bottom: 586 });
    // Opened scrolled 2,000 px into the chart (a finding revealed a row far down).
    expect(onScreenBand(-2000, SCREEN)).toEqual({ top: 2000, bottom: 2900 });
  });

  it('reaches half a screen past both edges of what is shown once the user scrolls', () => {
    // Scrolled 2,000 px into the chart: it shows from 2,000 to 2,900, and is drawn from 1,350 to 3,375.
    expect(viewBand(-2000, SCREEN, SCREEN / 2)).toEqual({ top: 1350, bottom: 3375 });
  });

  it('moves only in quarter screens, so scrolling a few pixels redraws nothing', () => {
    expect(viewBand(-2000, SCREEN, SCREEN / 2)).toEqual(viewBand(-2010, SCREEN, SCREEN / 2));
    expect(viewBand(-2000, SCREEN, SCREEN / 2)).not.toEqual(viewBand(-2300, SCREEN, SCREEN / 2));
  });

  it('holds a run that reaches into it from either side', () => {
    const band = { top: 1000, bottom: 2000 };
    expect(inBand(band, 900, 1001)).toBe(true);
    expect(inBand(band, 1999, 2100)).toBe(true);
    expect(inBand(band, 2001, 2100)).toBe(false);
    expect(inBand(band, 0, 999)).toBe(false);
  });
});

describe('runs of items', () => {
  const item = (key: string, top: number) => ({ key, top });
  const extent = (entry: { top: number }) => [entry.top, entry.top + 20] as const;

  it('are taken from top to bottom, whatever order the items come in, and know the rows they cover', () => {
    const items = Array.from({ length: 130 }, (_, index) => item(`bar:${index}`, ((index * 37) % 130) * 30));
    const chunks = chunksOf(items, extent);
    expect(chunks.map((chunk) => chunk.items.length)).toEqual([64, 64, 2]);
    expect(chunks.map((chunk) => [chunk.top, chunk.bottom])).toEqual([
      [0, 63 * 30 + 20],
      [64 * 30, 127 * 30 + 20],
      [128 * 30, 129 * 30 + 20],
    ]);
  });

  it('keep items at the same height in the order they were placed', () => {
    const chunks = chunksOf([item('b', 40), item('a', 0), item('c', 40)], extent);
    expect(chunks[0]?.items.map((entry) => entry.key)).toEqual(['a', 'b', 'c']);
  });
});
