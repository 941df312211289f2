import { useSyncExternalStore } from 'react';

export interface HoverInfo {
  key: string;
  /** Pixel position inside the chart's box, where the tooltip points. */
  x: number;
  y: number;
}

/**
 * The hovered or focused item lives outside React state, so moving the pointer re-renders the
 * tooltip alone and never the chart's thousands of items.
 */
export function createHoverStore() {
  let current: HoverInfo | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (next: HoverInfo | null) => {
      if (next?.key === current?.key && next?.x === current?.x) return;
      current = next;
      for (const listener of listeners) listener();
    },
    get: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type HoverStore = ReturnType<typeof createHoverStore>;

export function useHover(store: HoverStore): HoverInfo | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
