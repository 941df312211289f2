import { useId } from 'react';
import { Area, AreaChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PartialDate } from '../../../shared/domain/dates';
import type { Profile, TargetRole } from '../../../shared/domain/profile';
import type { Day } from '../../../shared/domain/refs';
import type { EvidenceLevel } from '../../../shared/lens/evidence-level';
import { monthIndex, monthLabel } from '../../../shared/domain/months';
import { daysBetween, targetLastDay } from '../../../shared/plan/days';
import type { Readiness, ReadinessReport } from '../../../shared/plan/readiness';
import { formatNumber, formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';
import { EvidenceLegend } from '../targets/EvidenceChart';
import { LEVELS } from '../targets/evidence-levels';
import { useReadiness } from './useReadiness';
import './readiness.css';

const copy = text.readiness;
const EPOCH: Day = '1970-01-01';

/** Days since 1970: a numeric, proportional time axis (months of 28 and 31 days keep their widths). */
const dayNumber = (day: Day) => daysBetween(EPOCH, day);

const month = (day: Day) => formatPartialDate(day.slice(0, 7));

type HistoryKey = `h:${EvidenceLevel}`;
type ProjectedKey = `p:${EvidenceLevel}`;
/** One point in time; the history's bands read the `h:` counts, the projection's the `p:` ones. */
type Row = { x: number } & Partial<Record<HistoryKey | ProjectedKey, number>>;

function historyRow(point: Readiness): Row {
  const row: Row = { x: dayNumber(point.day) };
  for (const level of LEVELS) row[`h:${level}`] = point.counts[level];
  return row;
}

function projectedRow(point: Readiness, day: Day = point.day, row: Row = { x: dayNumber(day) }): Row {
  for (const level of LEVELS) row[`p:${level}`] = point.counts[level];
  return row;
}

interface Shape {
  rows: Row[];
  today: number;
  /** The last point the projection reaches, held to the target date when that comes later. */
  end: { point: Readiness; day: Day } | null;
}

/**
 * The rows the chart draws. The projection starts on today's row (so its bands continue from the
 * history's last point) and, when the target date is later than its last step, holds that last
 * point until the target date: that is what the plan brings by then.
 */
function shapeOf(report: ReadinessReport, targetDate: PartialDate | null): Shape {
  const rows = report.history.map(historyRow);
  const now = report.history[report.history.length - 1];
  const today = now === undefined ? 0 : dayNumber(now.day);
  const last = report.projected[report.projected.length - 1];
  if (now === undefined || last === undefined) return { rows, today, end: null };
  const lastRow = rows[rows.length - 1];
  if (lastRow !== undefined) projectedRow(now, now.day, lastRow);
  rows.push(...report.projected.map((point) => projectedRow(point)));
  const targetEnd = targetDate === null ? null : targetLastDay(targetDate);
  if (targetEnd !== null && targetEnd > last.day) {
    rows.push(projectedRow(last, targetEnd));
    return { rows, today, end: { point: last, day: targetEnd } };
  }
  return { rows, today, end: { point: last, day: last.day } };
}

/** First-of-month ticks, every `step` months (January of every `step / 12` years from a year on). */
function ticksOf(from: Day, to: Day): { ticks: number[]; yearly: boolean } {
  const span = monthIndex(to) - monthIndex(from);
  // About six month labels ("Sep 2027") or eight years: they stay apart at the narrowest card width.
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((months) => span / months <= (months < 12 ? 6 : 8)) ?? 240;
  const ticks: number[] = [];
  for (let at = monthIndex(from); at <= monthIndex(to); at += 1) {
    if (at % step !== 0) continue;
    const day: Day = `${monthLabel(at)}-01`;
    if (day >= from && day <= to) ticks.push(dayNumber(day));
  }
  return { ticks, yearly: step >= 12 };
}

/** Day number back to a label: a year alone when the ticks are yearly. */
function tickLabel(value: number, yearly: boolean): string {
  const date = new Date(value * 86_400_000);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return formatPartialDate(yearly ? year : `${year}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
}

/** "1 applied, 1 planned only": the levels that hold any core skill, weakest first. */
function levelParts(point: Readiness): string {
  return LEVELS.filter((level) => point.counts[level] > 0)
    .map((level) => `${formatNumber(point.counts[level])} ${text.targets.level[level].toLowerCase()}`)
    .join(', ');
}

/** The chart's figures as sentences: where it started, today, and what the plan would bring. */
function sentencesOf(report: ReadinessReport, shape: Shape, targetDate: PartialDate | null): string[] {
  const first = report.history[0];
  const now = report.history[report.history.length - 1];
  if (first === undefined || now === undefined) return [report.line];
  const sentences = [
    copy.then(month(first.day), first.backedByWork, first.core),
    copy.now(report.line, copy.levels(levelParts(now))),
  ];
  if (shape.end === null) return [...sentences, copy.noProjection];
  // Named as the person wrote the target date ("Sep 2027"); without one, the month the projection reaches.
  const when =
    targetDate !== null && targetLastDay(targetDate) === shape.end.day ? targetDate : shape.end.day.slice(0, 7);
  return [...sentences, copy.byTarget(formatPartialDate(when), shape.end.point.backedByWork, shape.end.point.core)];
}

/**
 * The target's core skills by evidence level, month by month from the first entry to today,
 * stacked weakest to strongest in the evidence chart's colours, and on to the target date as the
 * dated plan steps would leave them (lighter, dashed). Time runs on a numeric axis, so every
 * month has its own width. Screen readers get the same figures as sentences.
 */
function ReadinessPlot(props: { report: ReadinessReport; targetDate: PartialDate | null }) {
  const { report } = props;
  const shape = shapeOf(report, props.targetDate);
  const first = report.history[0]?.day ?? EPOCH;
  const last = shape.end?.day ?? report.history[report.history.length - 1]?.day ?? first;
  const { ticks, yearly } = ticksOf(first, last);
  const core = report.history[0]?.core ?? 0;
  const sentences = sentencesOf(report, shape, props.targetDate);
  const label = `${copy.label(report.title, month(first))} ${sentences.join(' ')}`;
  return (
    <figure className="readiness-chart">
      <div className="readiness-chart__plot" role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={200}>
          <AreaChart data={shape.rows} accessibilityLayer={false} margin={{ top: 22, right: 28, bottom: 0, left: 0 }}>
            <XAxis
              type="number"
              dataKey="x"
              domain={[dayNumber(first), dayNumber(last)]}
              ticks={ticks}
              tickFormatter={(value: number) => tickLabel(value, yearly)}
              tickLine={false}
              className="readiness-chart__axis"
            />
            <YAxis
              type="number"
              domain={[0, core]}
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              width={32}
              tickFormatter={(value: number) => formatNumber(value)}
              className="readiness-chart__axis"
            />
            {LEVELS.map((level) => (
              <Area
                key={`h:${level}`}
                dataKey={`h:${level}`}
                stackId="history"
                // Counts change on the day something happens, not gradually between two months.
                type="stepAfter"
                className={`readiness-chart__band readiness-chart__band--${level}`}
                isAnimationActive={false}
              />
            ))}
            {shape.end !== null &&
              LEVELS.map((level) => (
                <Area
                  key={`p:${level}`}
                  dataKey={`p:${level}`}
                  stackId="projected"
                  type="stepAfter"
                  strokeDasharray="4 3"
                  className={`readiness-chart__band readiness-chart__band--projected readiness-chart__band--${level}`}
                  isAnimationActive={false}
                />
              ))}
            <ReferenceLine
              x={shape.today}
              className="readiness-chart__today"
              // recharts writes the label's fill inline (grey), which a class cannot override.
              label={{
                value: copy.today,
                position: 'top',
                className: 'readiness-chart__today-label',
                fill: 'var(--text)',
              }}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="readiness-chart__caption">
        <EvidenceLegend declared={[...report.history, ...report.projected].some((point) => point.counts.declared > 0)}>
          {shape.end !== null && (
            <li className="evidence-legend__item">
              <span className="readiness-chart__projected-swatch" aria-hidden="true" />
              {copy.projected}
            </li>
          )}
        </EvidenceLegend>
        <p className="readiness-chart__sentences">{sentences.join(' ')}</p>
      </figcaption>
    </figure>
  );
}

/** What the card says in place of a chart: nothing read yet, a failure, or too little to trace. */
function shortSentence(report: ReadinessReport): string | null {
  const core = report.history[0]?.core ?? 0;
  if (core === 0) return copy.noCore(report.title);
  // One month of record and no dated plan: a chart would be a sliver.
  if (report.history.length <= 2 && report.projected.length === 0) return copy.tooShort(report.line);
  return null;
}

function ReadinessBody(props: { report: ReadinessReport; targetDate: PartialDate | null }) {
  const short = shortSentence(props.report);
  return short === null ? <ReadinessPlot {...props} /> : <p className="readiness-card__short">{short}</p>;
}

/**
 * "Readiness over time": the card above the plan. `profile` is there to re-read the report: it
 * is a new object on every revision, and the plan section does not hold the revision itself.
 */
export function ReadinessChart(props: { target: TargetRole; profile: Profile }) {
  const state = useReadiness(props.target.id, props.profile);
  const headingId = useId();
  return (
    <section className="tv-card readiness-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="tv-card__heading">
        {copy.heading}
      </h3>
      <p className="tv-card__lead">{copy.lead(props.target.title)}</p>
      {state.status === 'loading' && <p className="muted">{copy.loading}</p>}
      {state.status === 'failed' && <p className="readiness-card__error">{copy.failed(state.error.message)}</p>}
      {state.status === 'ready' && state.report !== null && (
        <ReadinessBody report={state.report} targetDate={props.target.targetDate} />
      )}
    </section>
  );
}
