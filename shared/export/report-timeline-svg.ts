import { endMonthIndex, monthIndex } from '../domain/months';
import { refKey } from '../domain/refs';
import { escapeHtml } from './report-escape';
import type { LearningEntry, ProjectEntry, RoleEntry, TimelineEntry } from './report-model';
import { REPORT_FONT, REPORT_PALETTE as C } from './report-palette';
import { REPORT_TEXT } from './report-text';

/** Drawing units; the SVG scales to the page width, so these only fix the proportions. */
const WIDTH = 720;
const LANE_LABEL_WIDTH = 84;
const CHART_LEFT = LANE_LABEL_WIDTH + 6;
const CHART_RIGHT = WIDTH - 10;
const AXIS_HEIGHT = 22;
const LANE_PADDING = 5;
const BAR_ROW = 27;
const MARKER_ROW = 21;
const BAR_HEIGHT = 8;
const FONT_SIZE = 10;
/** A sans-serif character is about this wide at FONT_SIZE: enough to keep labels from colliding. */
const CHAR_WIDTH = 5.6;
const LABEL_GAP = 8;
const MAX_LABEL = 38;
const LEGEND_HEIGHT = 26;

const round = (value: number) => Number(value.toFixed(1));

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_LABEL ? flat : `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

interface Scale {
  from: number;
  to: number;
  x: (month: number) => number;
}

/** Whole years around everything drawn and today, so ticks fall on year starts. */
function scaleFor(entries: readonly TimelineEntry[], now: number): Scale {
  const months = [now];
  for (const entry of entries) {
    if (entry.lane === 'certificate') {
      if (entry.date !== null) months.push(monthIndex(entry.date));
    } else {
      months.push(monthIndex(entry.start), entry.end === null ? now : endMonthIndex(entry.end));
    }
  }
  const from = Math.floor(Math.min(...months) / 12) * 12;
  const to = (Math.floor(Math.max(...months) / 12) + 1) * 12;
  return { from, to, x: (month) => CHART_LEFT + ((month - from) / (to - from)) * (CHART_RIGHT - CHART_LEFT) };
}

interface Placed<T> {
  entry: T;
  row: number;
  left: number;
  right: number;
  label: string;
  labelX: number;
  anchor: 'start' | 'end';
}

/**
 * Greedy row packing: each item takes the first row where both its mark (bar or dot) and its label
 * clear the row's previous ones, so back-to-back roles share a row when their labels allow.
 * Items arrive in date order, so rows fill left to right and the result is stable.
 */
function pack<T>(items: Array<{ entry: T; left: number; right: number; title: string; beside: boolean }>): Placed<T>[] {
  const rows: Array<{ markEnd: number; labelEnd: number }> = [];
  return items.map(({ entry, left, right, title, beside }) => {
    const label = clip(title);
    const labelWidth = label.length * CHAR_WIDTH;
    // Back-to-back periods touch, so each bar stops short of its last month's edge (see `right`).
    // A bar carries its label above its start; a dot carries it beside, flipped left at the edge.
    let labelX = beside ? right + 4 : left;
    let anchor: 'start' | 'end' = 'start';
    if (labelX + labelWidth > CHART_RIGHT) {
      if (beside) {
        labelX = left - 4;
        anchor = 'end';
      } else labelX = Math.max(CHART_LEFT, CHART_RIGHT - labelWidth);
    }
    const labelLeft = anchor === 'end' ? labelX - labelWidth : labelX;
    const labelRight = anchor === 'end' ? labelX : labelX + labelWidth;
    // A dot's label sits on the dot's own line, so it must clear the previous mark as well.
    const fits = (row: { markEnd: number; labelEnd: number }) =>
      row.markEnd + 1 <= Math.min(left, beside ? labelLeft : left) && row.labelEnd + LABEL_GAP <= labelLeft;
    let row = rows.findIndex(fits);
    const extent = {
      markEnd: beside ? Math.max(right, labelRight) : right,
      labelEnd: Math.max(labelRight, beside ? right : 0),
    };
    if (row === -1) row = rows.push(extent) - 1;
    else rows[row] = extent;
    return { entry, row, left, right, label, labelX, anchor };
  });
}

const text = (x: number, y: number, content: string, extra = '') =>
  `<text x="${round(x)}" y="${round(y)}"${extra}>${escapeHtml(content)}</text>`;

/** Where a role or project bar ended up, so connectors can reach it. */
interface BarSpot {
  left: number;
  right: number;
  bottom: number;
}

/**
 * A static SVG picture of the timeline: lanes for roles, projects and learning, bars for periods,
 * dots for certificates (hollow while planned or in progress), dashed connectors from each
 * certificate to the roles and projects it was used in, and year ticks. Pure string building: no
 * DOM, no script, every user string escaped.
 */
export function renderTimelineSvg(entries: readonly TimelineEntry[], now: string, title: string): string {
  const nowMonth = monthIndex(now.slice(0, 7));
  const scale = scaleFor(entries, nowMonth);
  const barItems = <T extends RoleEntry | ProjectEntry>(lane: T['lane']) =>
    entries
      .filter((entry): entry is T => entry.lane === lane)
      .map((entry) => {
        const left = scale.x(monthIndex(entry.start));
        // A current role or project runs up to the today line, not to the end of this month.
        const right = entry.end === null ? scale.x(nowMonth + 0.5) : scale.x(endMonthIndex(entry.end) + 1) - 1.5;
        return { entry, left, right: Math.max(right, left + 3), title: entry.title, beside: false };
      });
  const roles = pack(barItems<RoleEntry>('role'));
  const projects = pack(barItems<ProjectEntry>('project'));
  const learning = pack(
    entries
      .filter((entry): entry is LearningEntry => entry.lane === 'certificate' && entry.date !== null)
      .map((entry) => {
        const centre = scale.x(monthIndex(entry.date ?? now) + 0.5);
        return { entry, left: centre - 4, right: centre + 4, title: entry.title, beside: true };
      }),
  );

  const rowsOf = (placed: readonly Placed<unknown>[]) => Math.max(1, ...placed.map((item) => item.row + 1));
  let y = AXIS_HEIGHT;
  const lanes = [
    { name: REPORT_TEXT.lanes.role, height: rowsOf(roles) * BAR_ROW },
    { name: REPORT_TEXT.lanes.project, height: rowsOf(projects) * BAR_ROW },
    { name: REPORT_TEXT.lanes.certificate, height: rowsOf(learning) * MARKER_ROW },
  ].map((lane) => {
    const top = y;
    y += lane.height + LANE_PADDING * 2;
    return { ...lane, top, bottom: y };
  });
  const chartBottom = y;
  const height = chartBottom + LEGEND_HEIGHT;

  const parts: string[] = [];
  // Lane bands and names.
  lanes.forEach((lane, index) => {
    if (index % 2 === 0) {
      parts.push(
        `<rect x="0" y="${round(lane.top)}" width="${WIDTH}" height="${round(lane.bottom - lane.top)}" fill="${C.band}"/>`,
      );
    }
    parts.push(text(4, lane.top + LANE_PADDING + 12, lane.name, ` font-weight="600" fill="${C.text}"`));
  });
  // Year ticks and grid.
  const years = (scale.to - scale.from) / 12;
  const step = years <= 12 ? 1 : years <= 24 ? 2 : 5;
  for (let month = scale.from; month <= scale.to; month += 12 * step) {
    const x = scale.x(month);
    parts.push(
      `<line x1="${round(x)}" y1="${AXIS_HEIGHT - 4}" x2="${round(x)}" y2="${round(chartBottom)}" stroke="${C.grid}" stroke-width="0.8"/>`,
    );
    if (month < scale.to) parts.push(text(x + 3, AXIS_HEIGHT - 7, String(month / 12), ` fill="${C.muted}"`));
  }
  parts.push(
    `<line x1="${CHART_LEFT}" y1="${AXIS_HEIGHT}" x2="${CHART_RIGHT}" y2="${AXIS_HEIGHT}" stroke="${C.border}" stroke-width="0.8"/>`,
  );

  const spots = new Map<string, BarSpot>();
  const bars: string[] = [];
  const drawBars = (placed: readonly Placed<RoleEntry | ProjectEntry>[], laneTop: number) => {
    for (const item of placed) {
      const rowTop = laneTop + LANE_PADDING + item.row * BAR_ROW;
      const barY = rowTop + 15;
      const width = item.right - item.left;
      const isRole = item.entry.lane === 'role';
      spots.set(refKey({ kind: item.entry.lane, id: item.entry.id }), {
        left: item.left,
        right: item.right,
        bottom: barY + BAR_HEIGHT,
      });
      bars.push(
        `<g><title>${escapeHtml(`${item.entry.title} · ${item.entry.period}`)}</title>` +
          `<rect x="${round(item.left)}" y="${round(barY)}" width="${round(width)}" height="${BAR_HEIGHT}" rx="2"` +
          (isRole ? ` fill="${C.role}"/>` : ` fill="${C.projectFill}" stroke="${C.project}" stroke-width="1"/>`) +
          text(item.labelX, rowTop + 11, item.label, ` fill="${C.text}"`) +
          `</g>`,
      );
    }
  };
  drawBars(roles, lanes[0]?.top ?? 0);
  drawBars(projects, lanes[1]?.top ?? 0);

  const learningTop = lanes[2]?.top ?? 0;
  const connectors: string[] = [];
  const markers: string[] = [];
  for (const item of learning) {
    const cy = learningTop + LANE_PADDING + item.row * MARKER_ROW + 10;
    const cx = (item.left + item.right) / 2;
    for (const link of item.entry.appliedIn) {
      const spot = spots.get(refKey(link));
      if (spot === undefined) continue;
      const tx = Math.min(Math.max(cx, spot.left + 1), spot.right - 1);
      connectors.push(
        `<path d="M${round(cx)} ${round(cy - 4)} L${round(tx)} ${round(spot.bottom + 1)}" stroke="${C.link}" stroke-width="0.9" stroke-dasharray="2.5 2" fill="none"/>` +
          `<circle cx="${round(tx)}" cy="${round(spot.bottom + 1)}" r="1.6" fill="${C.link}"/>`,
      );
    }
    markers.push(
      `<g><title>${escapeHtml(`${item.entry.title} · ${item.entry.statusLabel}`)}</title>` +
        `<circle cx="${round(cx)}" cy="${round(cy)}" r="3.6"` +
        (item.entry.intent
          ? ` fill="${C.paper}" stroke="${C.learning}" stroke-width="1.4"/>`
          : ` fill="${C.learning}"/>`) +
        text(item.labelX, cy + 3, item.label, ` fill="${C.text}"${item.anchor === 'end' ? ' text-anchor="end"' : ''}`) +
        `</g>`,
    );
  }

  const todayX = scale.x(nowMonth + 0.5);
  const today = `<line x1="${round(todayX)}" y1="${AXIS_HEIGHT}" x2="${round(todayX)}" y2="${round(chartBottom)}" stroke="${C.target}" stroke-width="1" stroke-dasharray="4 2"/>`;

  const legendY = chartBottom + 17;
  const keys: Array<[string, string]> = [
    [`<rect x="0" y="-7" width="18" height="${BAR_HEIGHT}" rx="2" fill="${C.role}"/>`, REPORT_TEXT.legend.role],
    [
      `<rect x="0" y="-7" width="18" height="${BAR_HEIGHT}" rx="2" fill="${C.projectFill}" stroke="${C.project}"/>`,
      REPORT_TEXT.legend.project,
    ],
    [`<circle cx="9" cy="-3" r="3.6" fill="${C.learning}"/>`, REPORT_TEXT.legend.earned],
    [
      `<circle cx="9" cy="-3" r="3.6" fill="${C.paper}" stroke="${C.learning}" stroke-width="1.4"/>`,
      REPORT_TEXT.legend.intent,
    ],
    [`<path d="M0 -3 h18" stroke="${C.link}" stroke-width="0.9" stroke-dasharray="2.5 2"/>`, REPORT_TEXT.legend.link],
    [`<path d="M0 -3 h18" stroke="${C.target}" stroke-width="1" stroke-dasharray="4 2"/>`, REPORT_TEXT.legend.today],
  ];
  let keyX = CHART_LEFT;
  const legend = keys.map(([symbol, label]) => {
    const key = `<g transform="translate(${round(keyX)} ${round(legendY)})">${symbol}${text(23, 0, label, ` fill="${C.muted}"`)}</g>`;
    keyX += 23 + label.length * CHAR_WIDTH + 16;
    return key;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${WIDTH} ${round(height)}" width="100%" role="img" aria-labelledby="timeline-title" font-family="${escapeHtml(REPORT_FONT)}" font-size="${FONT_SIZE}">`,
    `<title id="timeline-title">${escapeHtml(title)}</title>`,
    ...parts,
    ...connectors,
    ...bars,
    ...markers,
    today,
    ...legend,
    '</svg>',
  ].join('');
}
