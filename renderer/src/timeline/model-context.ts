import { createContext, useContext } from 'react';
import type { TimelineModel } from './model';

/**
 * The items reach the layer through context rather than the chart's props: an edit then
 * re-renders the layer alone, and recharts' frame (axes, lanes, gaps) only when it changes.
 */
export const TimelineModelContext = createContext<TimelineModel | null>(null);

export function useTimelineModel(): TimelineModel {
  const model = useContext(TimelineModelContext);
  if (model === null) throw new Error('The item layer is drawn inside a TimelineModelContext.');
  return model;
}
