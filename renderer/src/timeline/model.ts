import type { PartialDate } from '../../../shared/domain/dates';
import type { Profile, EntityKind } from '../../../shared/domain/profile';
import type { Finding, FindingCode, Severity } from '../../../shared/lens/result';
import { endMonthIndex, monthIndex } from '../../../shared/domain/months';
import { periodKey } from '../shell/selection';

/** How the lens's findings show on an item: the strongest open severity, and the look it asks for. */
export interface ItemMarks {
  severity: Severity | null;
  /** Certified but never applied: drawn hollow. */
  hollow: boolean;
  /** Stale or expired: drawn faded. */
  faded: boolean;
  /** Off the active target: drawn muted. */
  offTarget: boolean;
  findings: number;
}

export interface BarItem {
  kind: 'role' | 'project';
  id: string;
  title: string;
  detail: string;
  start: PartialDate;
  end: PartialDate | null;
  /** Months since year 0; `to` is exclusive (a role ending in May covers all of May). */
  from: number;
  to: number;
  /** Starts after today: a plan, drawn dashed. */
  planned: boolean;
  row: number;
  marks: ItemMarks;
}

export interface MarkerItem {
  kind: 'certificate';
  id: string;
  title: string;
  /** The title without the words every certificate shares, for a caption where there is room. */
  shortTitle: string;
  detail: string;
  learning: 'certificate' | 'education';
  started: PartialDate | null;
  issued: PartialDate | null;
  /** Where the marker sits: the issue (or expected) date, today while undated. */
  at: number;
  /** When the study began, for a span drawn up to the marker; null draws the marker alone. */
  from: number | null;
  status: 'planned' | 'in-progress' | 'earned';
  percentDone: number;
  marks: ItemMarks;
}

export type TimelineItem = BarItem | MarkerItem;

/** "Professional Certificate" and the like say what every marker is; the name is what tells one apart. */
const SHARED_ENDING =
  /\s*[-–:(]?\s*(professional certificate|certificate|certification|specialization|specialisation|course|programme|program|nanodegree)\)?$/i;
const VENDOR_PREFIX = /^[\w .&-]{2,30} certified\s*:\s*/i;

export function shortTitleOf(title: string): string {
  const trimmed = title.trim();
  const short = trimmed.replace(VENDOR_PREFIX, '').replace(SHARED_ENDING, '').trim();
  return short.length >= 3 ? short : trimmed;
}

export interface Connector {
  key: string;
  certificateId: string;
  to: { kind: 'role' | 'project'; id: string };
  note: string;
  /** From planned or in-progress learning: intent, drawn dashed. */
  intent: boolean;
}

export interface GapBand {
  key: string;
  /** The key a selected period is drawn under (selection.ts). */
  periodKey: string;
  from: number;
  to: number;
  months: number;
}

export interface Lane {
  id: 'roles' | 'projects' | 'learning';
  firstRow: number;
  rows: number;
}

export interface TimelineModel {
  lanes: Lane[];
  bars: BarItem[];
  markers: MarkerItem[];
  connectors: Connector[];
  gaps: GapBand[];
  rowCount: number;
  /** The whole career, padded: what "whole career" zooms to. */
  extent: { from: number; to: number };
  now: number;
}

/** Certificates share this many rows; denser learning clusters (see layer/placeMarkers). */
export const LEARNING_ROWS = 3;

const NO_MARKS: ItemMarks = { severity: null, hollow: false, faded: false, offTarget: false, findings: 0 };
const SEVERITY_RANK: Record<Severity, number> = { warning: 3, suggestion: 2, info: 1 };
const HOLLOW: ReadonlySet<FindingCode> = new Set(['CERT_UNAPPLIED']);
const FADED: ReadonlySet<FindingCode> = new Set(['CERT_STALE', 'CERT_EXPIRED']);

function marksBySubject(findings: readonly Finding[]): Map<string, ItemMarks> {
  const marks = new Map<string, ItemMarks>();
  for (const finding of findings) {
    if (finding.dismissed !== null || typeof finding.subject !== 'string') continue;
    const current = marks.get(finding.subject) ?? NO_MARKS;
    const stronger =
      current.severity === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current.severity]
        ? finding.severity
        : current.severity;
    marks.set(finding.subject, {
      severity: stronger,
      hollow: current.hollow || HOLLOW.has(finding.code),
      faded: current.faded || FADED.has(finding.code),
      offTarget: current.offTarget || finding.code === 'CERT_OFF_TARGET',
      findings: current.findings + 1,
    });
  }
  return marks;
}

/** Greedy interval packing: each bar takes the first row free at its start. */
function packRows<T extends { from: number; to: number }>(items: readonly T[]): { row: number; item: T }[] {
  const rowEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end <= item.from);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = item.to;
      return { row, item };
    });
}

function period(start: PartialDate, end: PartialDate | null, now: number): { from: number; to: number } {
  const from = monthIndex(start);
  const to = end === null ? Math.max(now, from + 1) : Math.max(endMonthIndex(end) + 1, from + 1);
  return { from, to };
}

/**
 * Everything the timeline draws, in months, from the profile and the lens's reading of it. Pure and
 * linear in the profile, so it reruns on every edit; pixels are worked out later, per zoom.
 */
/**
 * Items from the previous build, by the entity they were drawn from. An edit replaces the entities
 * it touched; every other item comes back as the same object, so its label and its memoized shape
 * are not worked out again.
 */
export type ModelCache = WeakMap<object, { key: string; item: BarItem | MarkerItem }>;

function reuse<T extends BarItem | MarkerItem>(cache: ModelCache, entity: object, key: string, build: () => T): T {
  const cached = cache.get(entity);
  if (cached?.key === key) return cached.item as T;
  const item = build();
  cache.set(entity, { key, item });
  return item;
}

function marksKey(marks: ItemMarks): string {
  return `${marks.severity ?? ''}|${marks.hollow}|${marks.faded}|${marks.offTarget}|${marks.findings}`;
}

export function buildTimelineModel(
  profile: Profile,
  findings: readonly Finding[] | null,
  nowDate: Date,
  cache: ModelCache = new WeakMap(),
): TimelineModel {
  const now = nowDate.getUTCFullYear() * 12 + nowDate.getUTCMonth() + nowDate.getUTCDate() / 31;
  const marks = findings === null ? new Map<string, ItemMarks>() : marksBySubject(findings);
  const markOf = (id: string) => marks.get(id) ?? NO_MARKS;

  const roleBars = packRows(profile.roles.map((role) => ({ ...period(role.start, role.end, now), role })));
  const projectBars = packRows(
    profile.projects.map((project) => ({ ...period(project.start, project.end, now), project })),
  );
  const roleRows = Math.max(1, ...roleBars.map((entry) => entry.row + 1));
  const projectRows = Math.max(1, ...projectBars.map((entry) => entry.row + 1));
  const learningRows = Math.min(LEARNING_ROWS, Math.max(1, profile.certificates.length));
  const lanes: Lane[] = [
    { id: 'roles', firstRow: 0, rows: roleRows },
    { id: 'projects', firstRow: roleRows, rows: projectRows },
    { id: 'learning', firstRow: roleRows + projectRows, rows: learningRows },
  ];

  const bars: BarItem[] = [
    ...roleBars.map(({ row, item: { from, to, role } }) => {
      const itemMarks = markOf(role.id);
      return reuse(cache, role, `${row}|${now}|${marksKey(itemMarks)}`, () => ({
        kind: 'role' as const,
        id: role.id,
        title: role.title,
        detail: role.organization,
        start: role.start,
        end: role.end,
        from,
        to,
        planned: from > now,
        row,
        marks: itemMarks,
      }));
    }),
    ...projectBars.map(({ row, item: { from, to, project } }) => {
      const itemMarks = markOf(project.id);
      return reuse(cache, project, `${roleRows + row}|${now}|${marksKey(itemMarks)}`, () => ({
        kind: 'project' as const,
        id: project.id,
        title: project.title,
        detail: project.outcome,
        start: project.start,
        end: project.end,
        from,
        to,
        planned: from > now,
        row: roleRows + row,
        marks: itemMarks,
      }));
    }),
  ];

  const markers: MarkerItem[] = profile.certificates
    .map((certificate) => {
      const itemMarks = markOf(certificate.id);
      return reuse(cache, certificate, `${now}|${marksKey(itemMarks)}`, () => {
        // Undated learning is a plan for now: it sits at today.
        const at = certificate.issued === null ? now : monthIndex(certificate.issued) + 0.5;
        return {
          kind: 'certificate' as const,
          id: certificate.id,
          title: certificate.title,
          shortTitle: shortTitleOf(certificate.title),
          detail: certificate.provider,
          learning: certificate.learning,
          started: certificate.started,
          issued: certificate.issued,
          at,
          // A start after today with no issue date yet still ends at the marker, never past it.
          from: certificate.started === null ? null : Math.min(monthIndex(certificate.started), at),
          status: certificate.status.state,
          percentDone: certificate.status.state === 'in-progress' ? certificate.status.percentDone : 0,
          marks: itemMarks,
        };
      });
    })
    .sort((a, b) => a.at - b.at);

  const connectors: Connector[] = profile.certificates.flatMap((certificate) =>
    certificate.appliedIn.map((link) => ({
      key: `${certificate.id}>${link.kind}:${link.id}`,
      certificateId: certificate.id,
      to: { kind: link.kind, id: link.id },
      note: link.note,
      intent: certificate.status.state !== 'earned',
    })),
  );

  const gaps: GapBand[] = (findings ?? []).flatMap((finding) => {
    const subject = finding.subject;
    if (finding.code !== 'PROFILE_TIMELINE_GAP' || finding.dismissed !== null) return [];
    if (subject === null || typeof subject === 'string') return [];
    const from = monthIndex(subject.from);
    const to = monthIndex(subject.to) + 1;
    return [{ key: finding.key, periodKey: periodKey(subject.from, subject.to), from, to, months: to - from }];
  });

  const starts = [...bars.map((bar) => bar.from), ...markers.map((marker) => marker.from ?? marker.at)];
  const ends = [...bars.map((bar) => bar.to), ...markers.map((marker) => marker.at)];
  const earliest = starts.length === 0 ? now - 48 : Math.min(...starts);
  const latest = Math.max(now, ...ends);
  return {
    lanes,
    bars,
    markers,
    connectors,
    gaps,
    rowCount: roleRows + projectRows + learningRows,
    extent: { from: Math.floor(earliest) - 3, to: Math.ceil(latest) + 6 },
    now,
  };
}

export function itemKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}
