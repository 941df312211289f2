import type { StudyDay } from '../../../shared/plan/learning-log';
import { formatPartialDate } from '../i18n/locale';
import { text } from '../i18n/text';

const copy = text.plan.heatmap;
const CELL = 12;
const GAP = 2;
const LABEL_WIDTH = 28;
/** Minutes at which a day's shade steps up: a short sitting, a solid one, a long one. */
const SHADES = [1, 30, 60, 120] as const;

function shadeOf(minutes: number): number {
  let shade = 0;
  SHADES.forEach((from, index) => {
    if (minutes >= from) shade = index + 1;
  });
  return shade;
}

/**
 * Study days as a calendar: a column per week, Monday at the top, darker for longer sittings.
 * The days run from a Monday (learning-log.ts starts the range on one), so each column is a week.
 */
export function StudyHeatmap(props: { days: readonly StudyDay[] }) {
  const studied = props.days.filter((day) => day.minutes > 0);
  const longest = Math.max(0, ...studied.map((day) => day.minutes));
  const weeks = Math.ceil(props.days.length / 7);
  const label = copy.label(studied.length, props.days.length, text.plan.log.minutesText(longest));
  return (
    <figure className="study-heatmap">
      <svg
        role="img"
        aria-label={label}
        width={LABEL_WIDTH + weeks * (CELL + GAP)}
        height={7 * (CELL + GAP)}
        className="study-heatmap__grid"
      >
        {copy.weekdays.map((name, row) =>
          row % 2 === 0 ? (
            <text key={name} x={0} y={row * (CELL + GAP) + CELL - 2} className="study-heatmap__weekday">
              {name}
            </text>
          ) : null,
        )}
        {props.days.map((day, index) => (
          <rect
            key={day.day}
            x={LABEL_WIDTH + Math.floor(index / 7) * (CELL + GAP)}
            y={(index % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={`study-heatmap__day study-heatmap__day--${shadeOf(day.minutes)}`}
          >
            <title>{copy.day(formatPartialDate(day.day), text.plan.log.minutesText(day.minutes))}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="weekly-hours__caption">{label}</figcaption>
    </figure>
  );
}
