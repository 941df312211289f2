import { usePlotArea, useYAxisScale } from 'recharts';
import { text } from '../i18n/text';
import type { Lane } from './model';

/** Lane names in the chart's left margin, level with the first row of each lane. */
export function LaneLabels(props: { lanes: readonly Lane[] }) {
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (y === undefined || plot === undefined) return null;
  return (
    <g className="tl-lane-labels" aria-hidden="true">
      {props.lanes.map((lane) => (
        <text key={lane.id} className="tl-lane-label" x={plot.x - 12} y={(y(lane.firstRow) ?? 0) + 19} textAnchor="end">
          {text.timeline.lanes[lane.id]}
        </text>
      ))}
    </g>
  );
}
