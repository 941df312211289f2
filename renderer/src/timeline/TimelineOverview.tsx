import { memo, useMemo } from 'react';
import { Area, AreaChart, Brush, ResponsiveContainer, XAxis } from 'recharts';
import { text } from '../i18n/text';
import { formatMonthIndex } from '../i18n/locale';
import type { TimelineModel } from './model';
import type { TimeWindow } from './useTimelineWindow';

/** How much was going on each month of the career: the outline the brush is dragged over. */
function activityByMonth(model: TimelineModel): { month: number; active: number }[] {
  const from = model.extent.from;
  const months = model.extent.to - from + 1;
  const change = new Array<number>(months + 1).fill(0);
  const add = (start: number, end: number) => {
    const first = Math.max(0, Math.floor(start - from));
    const last = Math.min(months, Math.ceil(end - from));
    change[first] = (change[first] ?? 0) + 1;
    change[last] = (change[last] ?? 0) - 1;
  };
  for (const bar of model.bars) add(bar.from, bar.to);
  for (const marker of model.markers) add(marker.at, marker.at + 1);
  let running = 0;
  return Array.from({ length: months }, (_, index) => {
    running += change[index] ?? 0;
    return { month: from + index, active: running };
  });
}

/**
 * The whole career in miniature with a recharts brush: dragging its handles zooms, dragging the
 * band pans. Its indexes are months from the start of the career.
 */
export function TimelineOverview(props: {
  model: TimelineModel;
  window: TimeWindow;
  onChange: (window: TimeWindow) => void;
}) {
  const activity = useMemo(() => activityByMonth(props.model), [props.model]);
  // Most edits leave the outline as it was: the same numbers keep the same data, and the chart is skipped.
  const outline = activity.map((month) => month.active).join();
  const first = props.model.extent.from;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- outline and first stand for the data
  const data = useMemo(() => activity, [outline, first]);
  return <OverviewChart data={data} window={props.window} onChange={props.onChange} />;
}

const OverviewChart = memo(function OverviewChart(props: {
  data: { month: number; active: number }[];
  window: TimeWindow;
  onChange: (window: TimeWindow) => void;
}) {
  const { data } = props;
  const last = data.length - 1;
  const start = data[0]?.month ?? 0;
  const clampIndex = (month: number) => Math.min(Math.max(Math.round(month - start), 0), last);
  return (
    <div className="tl-overview" role="group" aria-label={text.timeline.zoom.brush}>
      <ResponsiveContainer width="100%" height={64} minWidth={320}>
        <AreaChart data={data} margin={{ top: 4, right: 24, bottom: 0, left: 96 }} accessibilityLayer={false}>
          <XAxis dataKey="month" hide />
          <Area
            dataKey="active"
            type="step"
            className="tl-overview__area"
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
          <Brush
            dataKey="month"
            height={26}
            travellerWidth={10}
            startIndex={clampIndex(props.window.from)}
            endIndex={clampIndex(props.window.to)}
            tickFormatter={(month: number) => formatMonthIndex(month)}
            className="tl-brush"
            onChange={(range) => {
              const start = data[range.startIndex]?.month;
              const end = data[range.endIndex]?.month;
              if (start !== undefined && end !== undefined && end > start) props.onChange({ from: start, to: end });
            }}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
});
