import { z } from 'zod';
import { comparePartial, type PartialDate } from '../domain/dates';
import type { PlanStep } from '../domain/plan';
import type { Certificate, Profile, Project, Role } from '../domain/profile';
import { DaySchema, type Day } from '../domain/refs';
import { monthIndex } from '../domain/months';
import { count } from '../domain/text';
import { newCertificate, newProject } from '../domain/entries';
import { buildContext } from '../lens/context';
import { coreBacked, countLevels, EvidenceLevelSchema } from '../lens/evidence-level';
import { sameInputs } from '../lens/memo';
import type { SkillEvidence } from '../lens/result';
import { skillEvidence } from '../lens/skill-evidence';
import type { LensTaxonomy } from '../lens/taxonomy-port';
import { compareText } from '../taxonomy/text';
import { daysInMonth, formatDay, targetLastDay } from './days';
import { isOpenStatus } from './step-state';

/** How ready the person was (or would be) for a target on one day: their core skills by evidence level. */
export const ReadinessSchema = z
  .object({
    day: DaySchema,
    /** The target's core (essential) skills. */
    core: z.number().int().min(0),
    /** Core skills at each evidence level; they add up to `core`. */
    counts: z.record(EvidenceLevelSchema, z.number().int().min(0)),
    /** Core skills a role or project backs: what a recruiter trusts most. */
    backedByWork: z.number().int().min(0),
    /** A point the open plan steps would reach, not one the record shows. */
    projected: z.boolean(),
  })
  .strict();
export type Readiness = z.infer<typeof ReadinessSchema>;

/** Readiness for one target, from the first entry to today and on to the target date. */
export const ReadinessReportSchema = z
  .object({
    targetId: z.string(),
    title: z.string(),
    history: z.array(ReadinessSchema),
    projected: z.array(ReadinessSchema),
    line: z.string(),
  })
  .strict();
export type ReadinessReport = z.infer<typeof ReadinessReportSchema>;

// ---------------------------------------------------------------------------------------------
// Days. Plan dates are calendar days; these few helpers stay off Date, which is an instant.

/** The day `months` calendar months after `day`, on `dayOfMonth` (its own by default) or the month's last day. */
function monthsAfter(day: Day, months: number, dayOfMonth = Number(day.slice(8, 10))): Day {
  const index = monthIndex(day) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDay({ year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) });
}

/** The first day a partial date covers: "2020" is 1 January 2020. */
function firstDayOf(date: PartialDate): Day {
  if (date.length === 4) return `${date}-01-01`;
  return date.length === 7 ? `${date}-01` : date;
}

/** Whether a dated fact had happened by `day`, at the precision it was written in ("2020-05" by 2020-05-01). */
const byDay = (date: PartialDate, day: Day) => comparePartial(date, day) <= 0;

// ---------------------------------------------------------------------------------------------
// The profile as it stood on a day.

/**
 * One copy per entity, kept while the entity is: the same entity read as of many days is then the
 * same object on each, so the lens's caches (by identity) hold across the dates of a history.
 */
function keptCopies<T extends object>(make: (entity: T) => T): (entity: T) => T {
  const copies = new WeakMap<T, T>();
  return (entity) => {
    let copy = copies.get(entity);
    if (copy === undefined) {
      copy = make(entity);
      copies.set(entity, copy);
    }
    return copy;
  };
}
const ongoingRole = keptCopies<Role>((role) => ({ ...role, end: null }));
const ongoingProject = keptCopies<Project>((project) => ({ ...project, end: null }));
/** How far along it was then is unknown. */
const inProgress = keptCopies<Certificate>((certificate) => ({
  ...certificate,
  status: { state: 'in-progress', percentDone: 0 },
}));

function roleAsOf(role: Role, day: Day): Role | null {
  if (!byDay(role.start, day)) return null;
  return role.end !== null && !byDay(role.end, day) ? ongoingRole(role) : role;
}

function projectAsOf(project: Project, day: Day): Project | null {
  if (!byDay(project.start, day)) return null;
  return project.end !== null && !byDay(project.end, day) ? ongoingProject(project) : project;
}

/**
 * Earned once issued, in progress since started. Learning still planned or in progress counts
 * from its start; one with no start date cannot be placed before today (the plan may be a week
 * old), so it is left out of the past, as is an earned certificate with neither date.
 */
function certificateAsOf(certificate: Certificate, day: Day): Certificate | null {
  const { status, issued, started } = certificate;
  if (status.state === 'earned' && issued !== null && byDay(issued, day)) return certificate;
  if (started === null || !byDay(started, day)) return null;
  if (status.state === 'planned' || (status.state === 'in-progress' && status.percentDone === 0)) return certificate;
  return inProgress(certificate);
}

/** The entities as of the day, or the list itself when none differs, so unchanged lists keep their identity. */
function listAsOf<T>(list: T[], asOf: (entity: T) => T | null): T[] {
  const kept: T[] = [];
  let changed = false;
  for (const entity of list) {
    const then = asOf(entity);
    if (then !== entity) changed = true;
    if (then !== null) kept.push(then);
  }
  return changed ? kept : list;
}

/**
 * The profile as it stood on `day`: roles and projects that had started (an end after the day
 * reads as current then), certificates earned by then, learning begun but not finished as in
 * progress, nothing from later. The learning log stops at the day; targets, settings and the plan
 * are as recorded (no step says when it was made, and readiness does not read them). On and after
 * `today`, when given, the profile is as recorded: that is the present the lens reads. Unchanged
 * entities and lists stay the same objects.
 */
export function profileAsOf(profile: Profile, day: Day, today?: Day): Profile {
  if (today !== undefined && day >= today) return profile;
  const roles = listAsOf(profile.roles, (role) => roleAsOf(role, day));
  const projects = listAsOf(profile.projects, (project) => projectAsOf(project, day));
  const certificates = listAsOf(profile.certificates, (certificate) => certificateAsOf(certificate, day));
  const log = listAsOf(profile.log, (session) => (session.date <= day ? session : null));
  if (
    roles === profile.roles &&
    projects === profile.projects &&
    certificates === profile.certificates &&
    log === profile.log
  )
    return profile;
  return { ...profile, roles, projects, certificates, log };
}

/** The earliest day the profile records anything began: a role, a project, or learning. */
export function firstEntryDay(profile: Profile): Day | null {
  const dates: PartialDate[] = [
    ...profile.roles.map((role) => role.start),
    ...profile.projects.map((project) => project.start),
    ...profile.certificates.flatMap((certificate) =>
      [certificate.started, certificate.status.state === 'earned' ? certificate.issued : null].filter(
        (date): date is PartialDate => date !== null,
      ),
    ),
  ];
  const days = dates.map(firstDayOf).sort();
  return days[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Readiness, read with the lens's own evidence.

/**
 * The lens's evidence per target skill, and nothing else of an analysis: the context and the
 * evidence are the same calls `analyze` makes, so the levels are the lens's exactly, without
 * reading each certificate, the findings, next steps or stories.
 */
function evidenceOf(profile: Profile, taxonomy: LensTaxonomy, targetId: string, day: Day): SkillEvidence[] {
  const context = buildContext(profile, taxonomy, { now: day, targetId });
  return context.reading === null ? [] : skillEvidence(context, context.reading);
}

function tally(evidence: readonly SkillEvidence[], day: Day, projected: boolean): Readiness {
  const { backed, total } = coreBacked(evidence);
  return {
    day,
    core: total,
    counts: countLevels(evidence, 'essential'),
    backedByWork: backed,
    projected,
  };
}

function readinessOf(
  profile: Profile,
  taxonomy: LensTaxonomy,
  targetId: string,
  day: Day,
  projected: boolean,
): Readiness {
  return tally(evidenceOf(profile, taxonomy, targetId, day), day, projected);
}

/**
 * Readiness for a target as of a day (see profileAsOf for `today`). A target the profile does not
 * hold has no core skills, as the lens reads it.
 */
export function readinessAt(
  profile: Profile,
  taxonomy: LensTaxonomy,
  targetId: string,
  day: Day,
  today?: Day,
): Readiness {
  return readinessOf(profileAsOf(profile, day, today), taxonomy, targetId, day, false);
}

/**
 * Readiness on each of `days` (returned in that order). Read oldest first, each day's lists reuse
 * the day before's objects when they hold the same entities, so the lens's caches hold across
 * days; a day whose lists are all the day before's reads as it did. With `today` the last days
 * read the profile as it is, which also leaves the lens's caches holding the present profile.
 */
export function readinessHistory(
  profile: Profile,
  taxonomy: LensTaxonomy,
  targetId: string,
  days: readonly Day[],
  today?: Day,
): Readiness[] {
  const readings = new Map<Day, Readiness>();
  let last: Reading | null = null;
  for (const day of [...new Set(days)].sort()) {
    last = readDay({ profile, taxonomy, targetId, today }, day, last);
    readings.set(day, last.readiness);
  }
  return days.map((day) => readings.get(day) ?? readinessAt(profile, taxonomy, targetId, day, today));
}

interface Reading {
  profile: Profile;
  readiness: Readiness;
}

function readDay(
  asked: { profile: Profile; taxonomy: LensTaxonomy; targetId: string; today: Day | undefined },
  day: Day,
  last: Reading | null,
): Reading {
  const { profile, taxonomy, targetId, today } = asked;
  if (today !== undefined && day >= today)
    return { profile, readiness: readinessOf(profile, taxonomy, targetId, day, false) };
  const then = sharingLists(profileAsOf(profile, day), last?.profile);
  // Before today every project in the lists has started by the day, so the day itself changes nothing.
  if (last !== null && sameLists(then, last.profile)) return { profile: then, readiness: { ...last.readiness, day } };
  return { profile: then, readiness: readinessOf(then, taxonomy, targetId, day, false) };
}

const sameLists = (a: Profile, b: Profile) =>
  a.roles === b.roles && a.projects === b.projects && a.certificates === b.certificates;

/** The profile, with each list replaced by the earlier profile's when it holds the same entities. */
function sharingLists(profile: Profile, earlier: Profile | undefined): Profile {
  if (earlier === undefined) return profile;
  const roles = sameInputs(profile.roles, earlier.roles) ? earlier.roles : profile.roles;
  const projects = sameInputs(profile.projects, earlier.projects) ? earlier.projects : profile.projects;
  const certificates = sameInputs(profile.certificates, earlier.certificates)
    ? earlier.certificates
    : profile.certificates;
  return { ...profile, roles, projects, certificates };
}

/**
 * One day a month from `fromDay` (on its day of the month, or the month's last day when shorter)
 * up to and including `toDay`; just `toDay` when `fromDay` is not before it.
 */
export function monthlyDays(fromDay: Day, toDay: Day): Day[] {
  const days: Day[] = [];
  const dayOfMonth = Number(fromDay.slice(8, 10));
  for (let step = 0, day = fromDay; day < toDay; step += 1, day = monthsAfter(fromDay, step, dayOfMonth))
    days.push(day);
  days.push(toDay);
  return days;
}

// ---------------------------------------------------------------------------------------------
// Where the open plan steps would lead.

const PROJECTION_MONTHS = 12;

/** Until the target date, or a year on when there is none or it has passed. */
function projectionEnd(targetDate: PartialDate | null, today: Day): Day {
  const end = targetDate === null ? null : targetLastDay(targetDate);
  return end !== null && end > today ? end : monthsAfter(today, PROJECTION_MONTHS);
}

/** The id of what stands in for a step in the projected profile; no real entity's id starts so. */
const standInId = (step: PlanStep) => `plan-step:${step.id}`;

/** What a learn step leaves: its skills, certified. */
function learnedCertificate(step: PlanStep, on: Day): Certificate {
  return newCertificate({ id: standInId(step), title: step.title, issued: on, skills: step.skills });
}

/** What an apply or evidence step leaves: its skills, used in a piece of work. */
function appliedProject(step: PlanStep, on: Day): Project {
  return newProject({
    id: standInId(step),
    title: step.title,
    start: on,
    end: on,
    skills: step.skills,
  });
}

/** The profile's lists as the steps done so far would leave them; certificates by id, in order. */
interface Projection {
  certificates: Map<string, Certificate>;
  projects: Project[];
}

/** A learn step earns its skills and the learning it serves. */
function learn(projection: Projection, step: PlanStep, on: Day): void {
  projection.certificates.set(standInId(step), learnedCertificate(step, on));
  for (const ref of step.serves) {
    const served = ref.kind === 'certificate' ? projection.certificates.get(ref.id) : undefined;
    if (served !== undefined && served.status.state !== 'earned')
      projection.certificates.set(ref.id, { ...served, status: { state: 'earned' }, issued: on });
  }
}

/**
 * An apply or evidence step uses its skills in work, and the certificates it serves in that work
 * and in the roles and projects it names: the lens then reads them as applied wherever it counts
 * a link (an earned certificate's).
 */
function apply(projection: Projection, step: PlanStep, on: Day): void {
  const project = appliedProject(step, on);
  projection.projects.push(project);
  const work = [
    { kind: 'project' as const, id: project.id },
    ...step.serves.flatMap((ref) =>
      ref.kind === 'role' || ref.kind === 'project' ? [{ kind: ref.kind, id: ref.id }] : [],
    ),
  ];
  for (const ref of step.serves) {
    const served = ref.kind === 'certificate' ? projection.certificates.get(ref.id) : undefined;
    if (served === undefined) continue;
    const links = work.filter((link) => !served.appliedIn.some((had) => had.kind === link.kind && had.id === link.id));
    projection.certificates.set(ref.id, {
      ...served,
      appliedIn: [...served.appliedIn, ...links.map((link) => ({ ...link, note: step.title }))],
    });
  }
}

function takeStep(projection: Projection, step: PlanStep, on: Day): void {
  if (step.kind === 'learn') learn(projection, step, on);
  else if (step.kind === 'apply' || step.kind === 'evidence') apply(projection, step, on);
}

/**
 * Readiness on each day an open plan step of the target falls due, from today to the target date
 * (a year on without one): a learn step's skills count as certified from its due date, an apply or
 * evidence step's as applied; other steps change nothing. An overdue step counts from today; one
 * with no due date, or due after the end, cannot be placed. Read through the lens like the rest.
 */
export function projectedReadiness(
  profile: Profile,
  taxonomy: LensTaxonomy,
  targetId: string,
  today: Day,
): Readiness[] {
  const target = profile.targets.find((candidate) => candidate.id === targetId);
  const end = projectionEnd(target?.targetDate ?? null, today);
  const steps = profile.plan
    .flatMap((step) =>
      step.targetId === targetId && isOpenStatus(step.status) && step.due !== null
        ? [{ step, on: step.due < today ? today : step.due }]
        : [],
    )
    .filter(({ on }) => on <= end)
    .sort((a, b) => compareText(a.on, b.on));
  const projection: Projection = {
    certificates: new Map(profile.certificates.map((certificate) => [certificate.id, certificate])),
    projects: [...profile.projects],
  };
  const points: Readiness[] = [];
  steps.forEach(({ step, on }, at) => {
    takeStep(projection, step, on);
    // One point per day: the steps due together are all taken first.
    if (steps[at + 1]?.on === on) return;
    const then = {
      ...profile,
      certificates: [...projection.certificates.values()],
      projects: [...projection.projects],
    };
    points.push(readinessOf(then, taxonomy, targetId, on, true));
  });
  return points;
}

// ---------------------------------------------------------------------------------------------
// Words and the whole report.

/** The one sentence on readiness, e.g. "Data analyst: 5 of 9 core skills backed by work". */
export function readinessLine(readiness: Pick<Readiness, 'core' | 'backedByWork'>, targetTitle: string): string {
  if (readiness.core === 0) return `${targetTitle}: no core skills named yet`;
  return `${targetTitle}: ${String(readiness.backedByWork)} of ${count(readiness.core, 'core skill')} backed by work`;
}

/** Today only (the header's line), or the whole history and where the plan leads (the chart). */
export const ReadinessScopeSchema = z.enum(['now', 'over-time']);
export type ReadinessScope = z.infer<typeof ReadinessScopeSchema>;

/**
 * The most points a history holds: five years month by month. A longer career is read every few
 * months (each point is a reading of the profile as it stood), so thirty years cost what five do.
 */
export const HISTORY_POINTS = 60;

/** Every k-th day so at most `most` remain, the last (today) always among them. */
function spaced(days: readonly Day[], most: number): Day[] {
  const every = Math.ceil(days.length / most);
  return days.filter((_, index) => index % every === 0 || index === days.length - 1);
}

/**
 * Readiness for a target (the active one by default) month by month from the first entry to
 * `today`, then where its open plan steps would lead; null when there is no such target.
 */
export function readinessReport(
  profile: Profile,
  taxonomy: LensTaxonomy,
  today: Day,
  targetId?: string,
  scope: ReadinessScope = 'over-time',
): ReadinessReport | null {
  const id = targetId ?? profile.activeTargetId;
  const target = profile.targets.find((candidate) => candidate.id === id);
  if (target === undefined) return null;
  if (scope === 'now') {
    // The header's one line, read after every edit: one reading of today, no history, no projection.
    const now = readinessAt(profile, taxonomy, target.id, today, today);
    return {
      targetId: target.id,
      title: target.title,
      history: [now],
      projected: [],
      line: readinessLine(now, target.title),
    };
  }
  // The projection first: the history ends on the profile as it is, which the lens's caches then keep for the next edit.
  const projected = projectedReadiness(profile, taxonomy, target.id, today);
  const days = spaced(monthlyDays(firstEntryDay(profile) ?? today, today), HISTORY_POINTS);
  const history = readinessHistory(profile, taxonomy, target.id, days, today);
  const now = history[history.length - 1] ?? readinessAt(profile, taxonomy, target.id, today, today);
  return { targetId: target.id, title: target.title, history, projected, line: readinessLine(now, target.title) };
}
