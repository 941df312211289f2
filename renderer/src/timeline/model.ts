import type { PartialDate } from '../../../shared/domain/dates';
import type { PlanStep } from '../../../shared/domain/plan';
import type { Award, Certificate, EntityKind, Profile, Project, Role, WorkKind } from '../../../shared/domain/profile';
import { refKey, type Day } from '../../../shared/domain/refs';
import { severityRank, type Finding, type FindingCode, type Severity } from '../../../shared/lens/result';
import { endMonthIndex, monthIndex } from '../../../shared/domain/months';
import { lastDayOf, localDay } from '../../../shared/plan/days';
import { isOpenStatus, stepState, type OpenStepStatus, type StepState } from '../../../shared/plan/step-state';
import { isRole } from '../../../shared/domain/entries';
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
  kind: WorkKind;
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
  learning: Certificate['learning'];
  started: PartialDate | null;
  issued: PartialDate | null;
  /** Where the marker sits: the issue (or expected) date, today while undated. */
  at: number;
  /** When the study began, for a span drawn up to the marker; null draws the marker alone. */
  from: number | null;
  status: Certificate['status']['state'];
  /** Not earned yet and expected after today: intent, drawn dashed like a planned role. */
  future: boolean;
  percentDone: number;
  /** How many roles and projects it is linked to. */
  links: number;
  marks: ItemMarks;
}

/**
 * Recognition given for work (a prize, an honour), in a lane of its own under the projects, linked
 * to the roles and projects it was given for as learning is to where it was used.
 */
export interface AwardItem {
  kind: 'award';
  id: string;
  title: string;
  /** Who gave it. */
  detail: string;
  date: PartialDate | null;
  /** Its date; undated, the end of the latest work it was given for (today when that goes on, or none is linked). */
  at: number;
  row: number;
  /** How many roles and projects it is linked to. */
  links: number;
}

/** An open, dated step of the active target's plan: a dashed marker in the plan lane at its due day. */
export interface StepItem {
  kind: 'step';
  id: string;
  title: string;
  due: Day;
  /** Months since year 0, on the same scale as today (see dayPosition). */
  at: number;
  /** Done and dropped steps are not drawn, and undated ones have nowhere to stand. */
  state: Exclude<StepState, 'done' | 'dropped' | 'undated'>;
  status: OpenStepStatus;
  row: number;
}

// No entity kind is called step, so these keys never meet a refKey.
const STEP_KEY_PREFIX = 'step:';

/** What a step goes by on the timeline: its placed key, and its key in the tooltip's index. */
export function stepKey(id: string): string {
  return `${STEP_KEY_PREFIX}${id}`;
}

export function isStepKey(key: string): boolean {
  return key.startsWith(STEP_KEY_PREFIX);
}

/** The active target's date: a vertical line across the chart, like today's. */
export interface TargetMark {
  id: string;
  title: string;
  date: PartialDate;
  /** The last day the date covers: "by Sep 2027" means up to its end. */
  at: number;
}

/**
 * A day as months since year 0, written the way the model places today (the day of the month
 * over 31), so a step due today stands exactly on the Today line.
 */
export function dayPosition(day: Day): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return year * 12 + month - 1 + Number(day.slice(8, 10)) / 31;
}

interface PlanEntry {
  targetId: string;
  row: number;
  today: Day;
  items: StepItem[];
}

/**
 * Steps by the step object, and the drawable list by the plan list it came from: an edit that
 * leaves the plan alone keeps its list (shared/profile/delta.ts), so the steps cost one look-up,
 * and an edit to one step builds one item.
 */
export interface PlanCache {
  steps: WeakMap<PlanStep, { row: number; today: Day; item: StepItem }>;
  lists: WeakMap<readonly PlanStep[], PlanEntry>;
  targets: WeakMap<object, TargetMark | null>;
}

export function createPlanCache(): PlanCache {
  return { steps: new WeakMap(), lists: new WeakMap(), targets: new WeakMap() };
}

function stepItem(step: PlanStep, due: Day, today: Day, row: number): StepItem | null {
  const state = stepState(step, today);
  if (state !== 'overdue' && state !== 'due-soon' && state !== 'upcoming') return null;
  if (!isOpenStatus(step.status)) return null;
  return { kind: 'step', id: step.id, title: step.title, due, at: dayPosition(due), state, status: step.status, row };
}

/** The active target's open dated steps, by due day; the same list as last time when nothing moved. */
export function planSteps(cache: PlanCache, profile: Profile, today: Day, row: number): StepItem[] {
  const targetId = profile.activeTargetId;
  if (targetId === null || profile.plan.length === 0) return [];
  const kept = cache.lists.get(profile.plan);
  if (kept?.targetId === targetId && kept.row === row && kept.today === today) return kept.items;
  const items: StepItem[] = [];
  for (const step of profile.plan) {
    if (step.targetId !== targetId || step.due === null || !isOpenStatus(step.status)) continue;
    const cached = cache.steps.get(step);
    if (cached?.row === row && cached.today === today) {
      items.push(cached.item);
      continue;
    }
    const item = stepItem(step, step.due, today, row);
    if (item === null) continue;
    cache.steps.set(step, { row, today, item });
    items.push(item);
  }
  items.sort((a, b) => a.at - b.at);
  cache.lists.set(profile.plan, { targetId, row, today, items });
  return items;
}

/** The active target's date mark, or null when it has none; kept by the target object. */
export function targetMark(cache: PlanCache, profile: Profile): TargetMark | null {
  const target = profile.targets.find((entry) => entry.id === profile.activeTargetId);
  if (target === undefined) return null;
  if (cache.targets.has(target)) return cache.targets.get(target) ?? null;
  const mark =
    target.targetDate === null
      ? null
      : { id: target.id, title: target.title, date: target.targetDate, at: dayPosition(lastDayOf(target.targetDate)) };
  cache.targets.set(target, mark);
  return mark;
}

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
  /** The certificate or award the link is from. */
  source: { kind: Exclude<EntityKind, WorkKind>; id: string };
  /** The key its marker is drawn under (refKey). */
  sourceKey: string;
  to: { kind: WorkKind; id: string };
  /** The key the linked bar is drawn under (refKey). */
  toKey: string;
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
  id: 'roles' | 'projects' | 'awards' | 'learning' | 'plan';
  firstRow: number;
  rows: number;
}

export interface TimelineModel {
  lanes: Lane[];
  bars: BarItem[];
  markers: MarkerItem[];
  /** Awards by date, in a lane of their own between projects and learning (none: no lane). */
  awards: AwardItem[];
  /** The active target's open dated steps, in a lane of their own below learning (none: no lane). */
  steps: StepItem[];
  /** The active target's date, drawn as a line like today's. */
  target: TargetMark | null;
  connectors: Connector[];
  gaps: GapBand[];
  rowCount: number;
  /** The whole career and the plan ahead, padded: what "whole career" zooms to. */
  extent: { from: number; to: number };
  now: number;
}

/** Certificates share this many rows; denser learning clusters (see layer/placeMarkers). */
export const LEARNING_ROWS = 3;

const NO_MARKS: ItemMarks = { severity: null, hollow: false, faded: false, offTarget: false, findings: 0 };
const HOLLOW: ReadonlySet<FindingCode> = new Set(['CERT_UNAPPLIED']);
const FADED: ReadonlySet<FindingCode> = new Set(['CERT_STALE', 'CERT_EXPIRED']);

function marksBySubject(findings: readonly Finding[]): Map<string, ItemMarks> {
  // Each subject's marks are a fresh object, built up in place: this runs on every edit.
  const marks = new Map<string, ItemMarks>();
  for (const finding of findings) {
    if (finding.dismissed !== null || typeof finding.subject !== 'string') continue;
    let current = marks.get(finding.subject);
    if (current === undefined) {
      current = { ...NO_MARKS };
      marks.set(finding.subject, current);
    }
    if (current.severity === null || severityRank(finding.severity) < severityRank(current.severity))
      current.severity = finding.severity;
    current.hollow ||= HOLLOW.has(finding.code);
    current.faded ||= FADED.has(finding.code);
    current.offTarget ||= finding.code === 'CERT_OFF_TARGET';
    current.findings += 1;
  }
  return marks;
}

function sameMarks(a: ItemMarks, b: ItemMarks): boolean {
  return (
    a.severity === b.severity &&
    a.hollow === b.hollow &&
    a.faded === b.faded &&
    a.offTarget === b.offTarget &&
    a.findings === b.findings
  );
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

type Dated = Role | Project;
interface Packed<T extends Dated> {
  now: number;
  rows: number;
  entries: Array<{ row: number; from: number; to: number; entity: T }>;
}

/**
 * What the last builds worked out, by the object it came from. An edit replaces the entities it
 * touched and the lists holding them (shared/profile/delta.ts keeps every other list as it was),
 * so after an edit to a certificate the bars' rows come back as they were, and every item the
 * edit did not touch comes back as the same object: its label and its memoized shape are not
 * worked out again, and whole lists of them compare by identity further on.
 */
export interface ModelCache {
  items: WeakMap<object, { row: number; now: number; marks: ItemMarks; item: BarItem | MarkerItem }>;
  packed: WeakMap<readonly Dated[], Packed<Dated>>;
  links: WeakMap<Certificate | Award, Connector[]>;
  awards: WeakMap<Award, AwardItem>;
  plan: PlanCache;
  last: TimelineModel | null;
}

export function createModelCache(): ModelCache {
  return {
    items: new WeakMap(),
    packed: new WeakMap(),
    links: new WeakMap(),
    awards: new WeakMap(),
    plan: createPlanCache(),
    last: null,
  };
}

function reuse<T extends BarItem | MarkerItem>(
  cache: ModelCache,
  entity: object,
  place: { row: number; now: number; marks: ItemMarks },
  build: () => T,
): T {
  const cached = cache.items.get(entity);
  if (cached?.row === place.row && cached.now === place.now && sameMarks(cached.marks, place.marks))
    return cached.item as T;
  const item = build();
  cache.items.set(entity, { ...place, item });
  return item;
}

function packed<T extends Dated>(cache: ModelCache, entities: T[], now: number): Packed<T> {
  const kept = cache.packed.get(entities) as Packed<T> | undefined;
  if (kept?.now === now) return kept;
  const entries = packRows(entities.map((entity) => ({ ...period(entity.start, entity.end, now), entity }))).map(
    ({ row, item }) => ({ row, ...item }),
  );
  const result = { now, rows: Math.max(1, ...entries.map((entry) => entry.row + 1)), entries };
  cache.packed.set(entities, result);
  return result;
}

function linksOf(cache: ModelCache, source: Certificate | Award, kind: Connector['source']['kind']): Connector[] {
  let links = cache.links.get(source);
  if (links === undefined) {
    const sourceKey = refKey({ kind, id: source.id });
    // Recognition is given for work done: only learning still under way is intent.
    const intent = 'status' in source && source.status.state !== 'earned';
    links = source.appliedIn.map((link) => ({
      key: `${sourceKey}>${refKey(link)}`,
      source: { kind, id: source.id },
      sourceKey,
      to: { kind: link.kind, id: link.id },
      toKey: refKey(link),
      note: link.note,
      intent,
    }));
    cache.links.set(source, links);
  }
  return links;
}

/**
 * Where an award stands: its date, or undated, the end of the latest work it was given for (never
 * past today), or today when it is linked to nothing drawn.
 */
function awardAt(award: Award, now: number, barsByKey: () => ReadonlyMap<string, BarItem>): number {
  if (award.date !== null) return monthIndex(award.date) + 0.5;
  let latest = -Infinity;
  for (const link of award.appliedIn) {
    const bar = barsByKey().get(refKey(link));
    if (bar !== undefined) latest = Math.max(latest, bar.to - 0.5);
  }
  return latest === -Infinity ? now : Math.min(latest, now);
}

function awardItems(cache: ModelCache, awards: readonly Award[], bars: readonly BarItem[], now: number, row: number) {
  let byKey: Map<string, BarItem> | null = null;
  const barsByKey = () => (byKey ??= new Map(bars.map((bar) => [refKey(bar), bar])));
  const items = awards.map((award) => {
    const at = awardAt(award, now, barsByKey);
    const kept = cache.awards.get(award);
    if (kept?.at === at && kept.row === row) return kept;
    const item: AwardItem = {
      kind: 'award',
      id: award.id,
      title: award.title,
      detail: award.awarder,
      date: award.date,
      at,
      row,
      links: award.appliedIn.length,
    };
    cache.awards.set(award, item);
    return item;
  });
  return items.sort((a, b) => a.at - b.at);
}

/** The last list when it holds the same items in the same order: what it feeds need not be redone. */
function sameOr<T>(last: T[] | undefined, next: T[]): T[] {
  if (last === undefined || last.length !== next.length) return next;
  for (let index = 0; index < next.length; index += 1) if (last[index] !== next[index]) return next;
  return last;
}

function barOf(entity: Dated, span: { from: number; to: number; row: number }, now: number, marks: ItemMarks): BarItem {
  const common = { id: entity.id, title: entity.title, start: entity.start, end: entity.end, ...span, marks };
  const planned = span.from > now;
  return isRole(entity)
    ? { kind: 'role', detail: entity.organization, planned, ...common }
    : { kind: 'project', detail: entity.outcome, planned, ...common };
}

function markerOf(certificate: Certificate, now: number, marks: ItemMarks): MarkerItem {
  // Undated learning is a plan for now: it sits at today.
  const at = certificate.issued === null ? now : monthIndex(certificate.issued) + 0.5;
  return {
    kind: 'certificate',
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
    future: certificate.status.state !== 'earned' && at > now,
    percentDone: certificate.status.state === 'in-progress' ? certificate.status.percentDone : 0,
    links: certificate.appliedIn.length,
    marks,
  };
}

/**
 * Everything the timeline draws, in months, from the profile and the lens's reading of it. Linear
 * in the profile at worst; on an edit, mostly look-ups in `cache`. Pixels are worked out later, per zoom.
 */
export function buildTimelineModel(
  profile: Profile,
  findings: readonly Finding[] | null,
  nowDate: Date,
  cache: ModelCache = createModelCache(),
): TimelineModel {
  // The local day, as the plan's steps are placed, so a step due today stands on the Today line.
  const today = localDay(nowDate);
  const now = dayPosition(today);
  const marks = findings === null ? new Map<string, ItemMarks>() : marksBySubject(findings);
  const markOf = (id: string) => marks.get(id) ?? NO_MARKS;

  const roles = packed(cache, profile.roles, now);
  const projects = packed(cache, profile.projects, now);
  const awardRows = profile.awards.length > 0 ? 1 : 0;
  const awardRow = roles.rows + projects.rows;
  const learningRows = Math.min(LEARNING_ROWS, Math.max(1, profile.certificates.length));
  const learningRow = awardRow + awardRows;
  const planRow = learningRow + learningRows;
  const steps = planSteps(cache.plan, profile, today, planRow);
  const lanes: Lane[] = [
    { id: 'roles', firstRow: 0, rows: roles.rows },
    { id: 'projects', firstRow: roles.rows, rows: projects.rows },
    ...(awardRows > 0 ? [{ id: 'awards' as const, firstRow: awardRow, rows: awardRows }] : []),
    { id: 'learning', firstRow: learningRow, rows: learningRows },
  ];
  if (steps.length > 0) lanes.push({ id: 'plan', firstRow: planRow, rows: 1 });
  const target = targetMark(cache.plan, profile);

  const bars: BarItem[] = [];
  for (const [lane, firstRow] of [
    [roles, 0],
    [projects, roles.rows],
  ] as const) {
    for (const { row, from, to, entity } of lane.entries) {
      const place = { row: firstRow + row, now, marks: markOf(entity.id) };
      bars.push(reuse(cache, entity, place, () => barOf(entity, { from, to, row: place.row }, now, place.marks)));
    }
  }

  const markers: MarkerItem[] = profile.certificates
    .map((certificate) => {
      const place = { row: 0, now, marks: markOf(certificate.id) };
      return reuse(cache, certificate, place, () => markerOf(certificate, now, place.marks));
    })
    .sort((a, b) => a.at - b.at);

  const awards = awardItems(cache, profile.awards, bars, now, awardRow);

  const connectors = profile.certificates.flatMap((certificate) => linksOf(cache, certificate, 'certificate'));
  for (const award of profile.awards) connectors.push(...linksOf(cache, award, 'award'));

  const gaps: GapBand[] = (findings ?? []).flatMap((finding) => {
    const subject = finding.subject;
    if (finding.code !== 'PROFILE_TIMELINE_GAP' || finding.dismissed !== null) return [];
    if (subject === null || typeof subject === 'string') return [];
    const from = monthIndex(subject.from);
    const to = monthIndex(subject.to) + 1;
    return [{ key: finding.key, periodKey: periodKey(subject.from, subject.to), from, to, months: to - from }];
  });

  let earliest = Infinity;
  let latest = now;
  for (const bar of bars) {
    earliest = Math.min(earliest, bar.from);
    latest = Math.max(latest, bar.to);
  }
  for (const marker of markers) {
    earliest = Math.min(earliest, marker.from ?? marker.at);
    latest = Math.max(latest, marker.at);
  }
  for (const award of awards) {
    earliest = Math.min(earliest, award.at);
    latest = Math.max(latest, award.at);
  }
  // Steps are sorted by due day, and the plan reaches its target: the ends are enough.
  const firstStep = steps[0];
  const lastStep = steps.at(-1);
  if (firstStep !== undefined) earliest = Math.min(earliest, firstStep.at);
  if (lastStep !== undefined) latest = Math.max(latest, lastStep.at);
  if (target !== null) latest = Math.max(latest, target.at);
  if (earliest === Infinity) earliest = now - 48;
  const last = cache.last;
  const model: TimelineModel = {
    lanes,
    bars: sameOr(last?.bars, bars),
    markers: sameOr(last?.markers, markers),
    awards: sameOr(last?.awards, awards),
    steps: sameOr(last?.steps, steps),
    target,
    connectors: sameOr(last?.connectors, connectors),
    gaps,
    rowCount: planRow + (steps.length > 0 ? 1 : 0),
    extent: { from: Math.floor(earliest) - 3, to: Math.ceil(latest) + 6 },
    now,
  };
  cache.last = model;
  return model;
}
