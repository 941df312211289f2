import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  DefaultZIndexes,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import { text } from '../i18n/text';
import { formatMonthIndex, formatPartialDate, formatYear } from '../i18n/locale';
import { ItemLayer, type ItemLayerProps } from './ItemLayer';
import { LaneLabels } from './LaneLabels';
import type { TimelineModel } from './model';
import type { BoxSize } from './useBoxSize';
import { ticksFor } from './ticks';

export const ROW_PX = 34;
/** Rows grow into a tall window up to this, so a short career does not sit in a strip. */
const ROW_MAX_PX = 60;
const ITEM_LAYER_Z = DefaultZIndexes.scatter + 100;
const MARGIN = { top: 34, right: 24, bottom: 24, left: 96 };
const MIN_WIDTH = 320;
/** The target label's bold 11 px averages about this much per character. */
const LABEL_CHAR_PX = 6.6;

/**
 * The recharts frame — time axis, grid, lane bands, gap areas, today — with the item layer inside
 * it. Nothing here animates: a timeline that moves after every edit reads as unstable.
 */
/** The chart's height range for a number of rows: the box between them is set by the window. */
export function chartHeights(rows: number): { min: number; max: number } {
  const margins = MARGIN.top + MARGIN.bottom;
  return { min: rows * ROW_PX + margins, max: rows * ROW_MAX_PX + margins };
}

/** The parts of the model the frame draws; kept stable across edits that leave them alone. */
export type TimelineFrame = Pick<TimelineModel, 'lanes' | 'gaps' | 'rowCount' | 'now' | 'target'>;

export const TimelineChart = memo(function TimelineChart(
  props: Omit<ItemLayerProps, 'chartTop'> & { frame: TimelineFrame; size: BoxSize },
) {
  const { frame: model, window } = props;
  const width = Math.max(props.size.width, MIN_WIDTH);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const ticks = useMemo(() => ticksFor(window, plotWidth), [window, plotWidth]);
  // Two points pin the axis to the window; the items themselves are not recharts data.
  const frameData = useMemo(() => [{ month: window.from }, { month: window.to }], [window]);
  const targetLabel = useMemo(() => {
    const target = model.target;
    if (target === null) return null;
    const label = text.timeline.target(target.title, formatPartialDate(target.date));
    // Right of the line where the plot has room for it (nothing is drawn past the target as a
    // rule), else left of it, over whatever leads up to the date.
    const x = ((target.at - window.from) / (window.to - window.from)) * plotWidth;
    const fitsRight = plotWidth - x >= label.length * LABEL_CHAR_PX + 12;
    return { at: target.at, text: label, position: fitsRight ? 'insideTopLeft' : 'insideTopRight' } as const;
  }, [model.target, window, plotWidth]);
  return (
    <ComposedChart width={width} height={props.size.height} data={frameData} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical horizontal={false} verticalValues={ticks.months} className="tl-grid" />
      <XAxis
        dataKey="month"
        type="number"
        orientation="top"
        domain={[window.from, window.to]}
        allowDataOverflow
        ticks={ticks.months}
        // The ticks are chosen to fit (ticksFor); recharts need not measure every label to thin them.
        interval={0}
        tickFormatter={(month: number) => (ticks.yearly ? formatYear(month) : formatMonthIndex(month))}
        className="tl-axis"
        tickLine={false}
      />
      <YAxis type="number" domain={[0, model.rowCount]} reversed hide allowDataOverflow />
      {model.lanes.map((lane, index) => (
        <ReferenceArea
          key={lane.id}
          y1={lane.firstRow}
          y2={lane.firstRow + lane.rows}
          className={`tl-lane tl-lane--${index % 2 === 0 ? 'even' : 'odd'}`}
          ifOverflow="hidden"
        />
      ))}
      {model.gaps.map((gap) => (
        <ReferenceArea
          key={gap.key}
          x1={gap.from}
          x2={gap.to}
          className={gap.periodKey === props.selectedKey ? 'tl-gap tl-gap--selected' : 'tl-gap'}
          ifOverflow="hidden"
          label={{ value: text.timeline.gap(gap.months), position: 'insideBottom', className: 'tl-gap__label' }}
        />
      ))}
      <ReferenceLine
        x={model.now}
        className="tl-today"
        ifOverflow="hidden"
        label={{ value: text.timeline.today, position: 'bottom', className: 'tl-today__label' }}
      />
      {targetLabel !== null && (
        // Labelled at the top of the plot: Today's label sits below it, and the two dates are often
        // close enough for labels side by side to collide.
        <ReferenceLine
          x={targetLabel.at}
          className="tl-target"
          ifOverflow="hidden"
          label={{
            value: targetLabel.text,
            position: targetLabel.position,
            className: 'tl-target__label',
            // recharts writes its grey into the label's style, which a stylesheet cannot override.
            fill: 'var(--target)',
          }}
        />
      )}
      <LaneLabels lanes={model.lanes} />
      {/* Above every recharts layer (lanes, gaps, today, axes): items are what the user points at. */}
      <ZIndexLayer zIndex={ITEM_LAYER_Z}>
        <ItemLayer
          window={window}
          sizeIsCurrent={props.sizeIsCurrent}
          selectedKey={props.selectedKey}
          hover={props.hover}
          onActivate={props.onActivate}
          onOpenCluster={props.onOpenCluster}
          onClear={props.onClear}
          onPan={props.onPan}
          onDrawn={props.onDrawn}
          pinnedKey={props.pinnedKey}
          chartTop={props.size.top}
        />
      </ZIndexLayer>
    </ComposedChart>
  );
});
