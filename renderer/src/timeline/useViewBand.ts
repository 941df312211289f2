import { useEffect, useState, type RefObject } from 'react';
import { afterNextPaint } from './after-paint';

/** A stretch of the chart's height, in the chart's own pixels (0 is its top edge). */
export interface ViewBand {
  top: number;
  bottom: number;
}

/**
 * The part of the chart on screen, widened by `margin` above and below and rounded out to quarter
 * screens, so scrolling redraws the item layer a few times per screen, not on every event.
 * `chartTop` is the chart's top edge in the window.
 */
export function viewBand(chartTop: number, screen: number, margin: number): ViewBand {
  const step = Math.max(screen / 4, 1);
  return {
    top: Math.max(0, Math.floor((-chartTop - margin) / step) * step),
    bottom: Math.ceil((screen - chartTop + margin) / step) * step,
  };
}

/**
 * Exactly the part of the chart on screen, for the first drawing: rounding it out as `viewBand`
 * does would draw a few dozen rows nobody sees yet ahead of the first paint.
 */
export function onScreenBand(chartTop: number, screen: number): ViewBand {
  return { top: Math.max(0, -chartTop), bottom: Math.max(0, screen - chartTop) };
}

export function inBand(band: ViewBand, top: number, bottom: number): boolean {
  return bottom >= band.top && top <= band.bottom;
}

/**
 * The band of `element`'s chart worth drawing. The first drawing is of what is on screen when the
 * chart's top edge is at `openedTop`, where its box was last measured (measuring again would lay
 * the page out once more). Once that has been shown, half a screen either side of what is on
 * screen is drawn too, so what scrolls into view is there already.
 */
export function useViewBand(element: RefObject<SVGGElement | null>, drawn: boolean, openedTop: number): ViewBand {
  const [band, setBand] = useState(() => onScreenBand(openedTop, window.innerHeight));
  useEffect(() => {
    if (!drawn) return;
    const chart = element.current?.ownerSVGElement;
    if (chart === null || chart === undefined) return;
    const measure = () => {
      const box = chart.getBoundingClientRect();
      // A hidden chart (the other view is showing) has no box: what it last measured still holds.
      if (box.height === 0) return;
      const screen = window.innerHeight;
      const next = viewBand(box.top, screen, screen / 2);
      setBand((current) => (current.top === next.top && current.bottom === next.bottom ? current : next));
    };
    // The first screen is painted before anything around it is drawn.
    const cancelWidening = afterNextPaint(measure);
    // Scroll events do not bubble; on the document's capture phase every scrolling box is heard.
    document.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelWidening();
      document.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
    };
  }, [element, drawn]);
  return band;
}
