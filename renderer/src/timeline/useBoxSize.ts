import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BoxSize {
  width: number;
  height: number;
  /** The `layoutKey` the box had when measured: a size is stale while the key has moved on. */
  layoutKey: string;
  /** The box's top edge in the window when this size was taken (kept while the size holds). */
  top: number;
}

/**
 * The box's inner size, measured before the browser paints: when a profile arrives and the chart's
 * height follows its rows, the first drawing of thousands of items already has the right size
 * (a ResizeObserver alone reports a frame later, and everything would be drawn twice).
 * `layoutKey` names what sets the box's size from the outside (its min and max height).
 */
export function useBoxSize(box: RefObject<HTMLElement | null>, layoutKey: string): BoxSize | null {
  const [size, setSize] = useState<BoxSize | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      // Hidden (the target view is showing), the box has no size; drawing the chart at none would
      // place every item twice, on the way out and on the way back.
      if (width === 0 && height === 0) return;
      setSize((previous) =>
        previous?.width === width && previous.height === height && previous.layoutKey === layoutKey
          ? previous
          : { width, height, layoutKey, top: element.getBoundingClientRect().top },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, layoutKey]);
  return size;
}
