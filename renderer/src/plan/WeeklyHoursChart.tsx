import { Bar, BarChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { WeekHours } from '../../../shared/plan/learning-log';
import { formatNumber, formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';

const copy = text.plan.chart;

/** Hours per week against the goal; the same figures in words for screen readers. */
export function WeeklyHoursChart(props: { weeks: readonly WeekHours[]; goal: number | null }) {
  const data = props.weeks.map((week) => ({
    week: formatPartialDate(week.weekStart),
    hours: Math.round(week.hours * 10) / 10,
    met: week.met,
  }));
  const complete = props.weeks.filter((week) => week.complete);
  const met = complete.filter((week) => week.met === true).length;
  const total = props.weeks.reduce((sum, week) => sum + week.hours, 0);
  const label = copy.label(
    props.weeks.length,
    formatNumber(Math.round(total * 10) / 10),
    props.goal === null ? null : met,
    complete.length,
  );
  return (
    <figure className="weekly-hours">
      <div className="weekly-hours__plot" role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={160}>
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <XAxis dataKey="week" tickLine={false} axisLine={false} minTickGap={24} className="weekly-hours__axis" />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} className="weekly-hours__axis" />
            <Bar dataKey="hours" className="weekly-hours__bar" isAnimationActive={false} />
            {props.goal !== null && (
              <ReferenceLine
                y={props.goal}
                className="weekly-hours__goal"
                strokeDasharray="4 3"
                ifOverflow="extendDomain"
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="weekly-hours__caption">{label}</figcaption>
    </figure>
  );
}
