import type { Certificate, Profile, Role } from '../domain/profile';
import { normalizeText } from '../taxonomy/text';
import { LENS_CONFIG } from './config';
import { isApplied } from './evidence-level';
import { endOf, keysOf, listOf, type Add, type Context } from './context';
import { rememberRecent, rememberWhile, sameInputs } from './memo';
import { isFreeKey } from './skills';
import { monthIndex, monthLabel, readableMonth } from '../domain/months';
import type { CertificateAssessment, SkillEvidence } from './result';

const WORK_KINDS = new Set<Role['kind']>(['job', 'internship', 'freelance']);

/** Months of work, overlapping roles counted once, each month counted whole as the gap months are. */
export function workMonths(roles: readonly Role[], now: number): number {
  const spans = roles
    .filter((role) => WORK_KINDS.has(role.kind))
    .map((role) => [monthIndex(role.start), Math.max(monthIndex(role.start), endOf(role, now))] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach + 1) + 1;
    reach = end;
  }
  return total;
}

/**
 * Outside the current field: the current roles' titles do not name the target's occupation (or one
 * of its unit group), and the core skills of the occupations they name (a role's own skills when
 * its title names none) relate to too few of the target's core skills.
 */
export function isCareerChange(context: Context): boolean {
  return careerChange(context.profile.roles, context.keysOf.role, context.reading, context.skills, context.now);
}

const careerChange = rememberRecent(
  (
    roles: readonly Role[],
    roleKeysById: ReadonlyMap<string, string[]>,
    reading: Context['reading'],
    skills: Context['skills'],
    now: number,
  ): boolean => {
    if (reading === null) return false;
    const core = reading.skills.filter((entry) => entry.importance === 'essential' && !isFreeKey(entry.key));
    const working = roles.filter((role) => WORK_KINDS.has(role.kind));
    if (core.length === 0 || working.length === 0) return false;
    const latestEnd = Math.max(...working.map((role) => endOf(role, now)));
    const current = working.filter((role) => endOf(role, now) >= latestEnd - 12);
    const targetTitle = normalizeText(reading.target.title);
    if (current.some((role) => normalizeText(role.title) === targetTitle)) return false;
    const aimed = skills.occupationForTitle(reading.target.title);
    const aimedId = aimed?.conceptId ?? reading.target.occupationId;
    const roleKeys = new Set<string>();
    for (const role of current) {
      const named = skills.occupationForTitle(role.title);
      if (named !== null) {
        const sameUnit = aimed !== null && named.isco !== '' && named.isco.slice(0, 4) === aimed.isco.slice(0, 4);
        if (named.conceptId === aimedId || sameUnit) return false;
        // The field is what the job is: a store supervisor who runs a few SQL queries is still in retail.
        for (const key of named.core) roleKeys.add(key);
      } else {
        for (const key of roleKeysById.get(role.id) ?? []) if (!isFreeKey(key)) roleKeys.add(key);
      }
    }
    const { partial } = LENS_CONFIG.relatedness;
    const covered = core.filter(
      (entry) => roleKeys.has(entry.key) || [...roleKeys].some((key) => skills.relatedness(key, entry.key) >= partial),
    ).length;
    return covered / core.length < LENS_CONFIG.careerChangeOverlap;
  },
);

export interface Modes {
  entryLevel: boolean;
  careerChanger: boolean;
  experienceMonths: number;
}

export function profileFindings(
  context: Context,
  assessments: ReadonlyArray<Omit<CertificateAssessment, 'coherent'>>,
  evidence: readonly SkillEvidence[],
  mode: Modes,
  add: Add,
): void {
  const { profile, target } = context;
  if (mode.entryLevel) add('PROFILE_ENTRY_LEVEL', null, { months: mode.experienceMonths });
  if (mode.careerChanger && target !== null) add('PROFILE_CAREER_CHANGE', target.id, { target: target.title });

  const earned = assessments.filter((entry) => !entry.intent && entry.learning === 'certificate');
  const unapplied = earned.filter((entry) => entry.application === 'none').length;
  const { collector } = LENS_CONFIG;
  const share = mode.entryLevel ? collector.unappliedShare.entryLevel : collector.unappliedShare.standard;
  if (
    (earned.length >= collector.minEarned && unapplied / earned.length > share) ||
    earned.length > collector.tooMany
  ) {
    add('PROFILE_CREDENTIAL_COLLECTOR', null, { earned: earned.length, unapplied });
  }

  if (target !== null) {
    const core = evidence.filter((entry) => entry.importance === 'essential');
    const none = core.filter((entry) => entry.level === 'none' || entry.level === 'planned');
    if (none.length > 0) {
      add('PROFILE_TARGET_SKILL_UNEVIDENCED', target.id, {
        count: none.length,
        target: target.title,
        // A course still in progress is not evidence yet, but saying "nothing" would ignore it.
        skills: listOf(
          none.map((entry) => (entry.level === 'planned' ? `${entry.skill} (learning in progress)` : entry.skill)),
        ),
      });
    }
    const certifiedOnly = evidence.filter((entry) => entry.level === 'certified');
    if (certifiedOnly.length > 0) {
      add('PROFILE_SKILL_CERTIFIED_NOT_APPLIED', target.id, {
        count: certifiedOnly.length,
        target: target.title,
        skills: listOf(certifiedOnly.map((entry) => entry.skill)),
      });
    }
    if (mode.careerChanger && !bridged(assessments))
      add('PROFILE_TRANSITION_UNSUPPORTED', target.id, { target: target.title });
  }

  for (const gap of gaps(profile, context.now)) {
    add(
      'PROFILE_TIMELINE_GAP',
      { from: monthLabel(gap.from), to: monthLabel(gap.to) },
      {
        from: readableMonth(monthLabel(gap.from)),
        to: readableMonth(monthLabel(gap.to)),
        months: gap.to - gap.from + 1,
      },
    );
  }

  const scattered = learningGroups(profile, context);
  const { scattered: rule } = LENS_CONFIG;
  if (scattered.certificates >= rule.minCertificates && scattered.largest / scattered.certificates < rule.dominantShare)
    add('PROFILE_SCATTERED_LEARNING', null, { certificates: scattered.certificates, groups: scattered.groups });
}

/** A move is bridged when learning that serves the target was followed by work that used it. */
export function bridged(assessments: ReadonlyArray<Omit<CertificateAssessment, 'coherent'>>): boolean {
  return assessments.some((entry) => !entry.intent && entry.relevance !== 'none' && isApplied(entry.application));
}

/**
 * Stretches longer than the gap threshold covered by nothing, from the start of the story: the
 * first role, project or education. Learning before that (a lone course years before the first
 * job) is part of the story but opens no gap; years of study are covered from their start.
 */
export function gaps(profile: Profile, now: number): Array<{ from: number; to: number }> {
  const last = keptGaps.find(
    (entry) =>
      entry.now === now &&
      entry.roles === profile.roles &&
      entry.projects === profile.projects &&
      sameDates(entry.certificates, profile.certificates),
  );
  if (last !== undefined) {
    // The newest list, so the next edit's comparison mostly meets the same objects.
    last.certificates = profile.certificates;
    return last.gaps;
  }
  const found = findGaps(profile, now);
  keptGaps.keep({
    now,
    roles: profile.roles,
    projects: profile.projects,
    certificates: profile.certificates,
    gaps: found,
  });
  return found;
}

/** The last gaps found, kept while no date they are read from has moved (most edits move none). */
const keptGaps = rememberWhile<{
  now: number;
  roles: Profile['roles'];
  projects: Profile['projects'];
  certificates: Profile['certificates'];
  gaps: Array<{ from: number; to: number }>;
}>();

function sameDates(before: Profile['certificates'], after: Profile['certificates']): boolean {
  if (before.length !== after.length) return false;
  return after.every((is, index) => {
    const was = before[index];
    return (
      was === is ||
      (was !== undefined &&
        was.status.state === is.status.state &&
        was.issued === is.issued &&
        was.started === is.started &&
        was.hours === is.hours &&
        was.learning === is.learning)
    );
  });
}

function findGaps(profile: Profile, now: number): Array<{ from: number; to: number }> {
  const learning = profile.certificates.flatMap((certificate) => {
    if (certificate.status.state === 'planned') return [];
    const issued = certificate.issued === null ? null : Math.min(now, monthIndex(certificate.issued));
    const started = certificate.started === null ? null : monthIndex(certificate.started);
    if (started !== null) return [[started, issued ?? now, certificate.learning === 'education'] as const];
    if (issued === null) return [];
    const before =
      certificate.hours === null
        ? LENS_CONFIG.learningMonthsBeforeIssue
        : Math.min(
            LENS_CONFIG.learningMonthsBeforeIssue,
            Math.ceil(certificate.hours / LENS_CONFIG.learningHoursPerMonth) - 1,
          );
    return [[issued - Math.max(0, before), issued, certificate.learning === 'education'] as const];
  });
  const anchors = [
    ...profile.roles.map((role) => monthIndex(role.start)),
    ...profile.projects.map((project) => monthIndex(project.start)),
    ...learning.filter(([, , education]) => education).map(([start]) => start),
  ];
  const storyStart = anchors.length === 0 ? -Infinity : Math.min(...anchors);
  const spans = [
    ...profile.roles.map((role) => [monthIndex(role.start), endOf(role, now)] as const),
    ...profile.projects.map((project) => [monthIndex(project.start), endOf(project, now)] as const),
    ...learning.filter(([, end]) => end >= storyStart).map(([start, end]) => [start, end] as const),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const found: Array<{ from: number; to: number }> = [];
  let reach: number | null = null;
  for (const [start, end] of spans) {
    if (reach !== null && start - reach - 1 > LENS_CONFIG.gapMonths) found.push({ from: reach + 1, to: start - 1 });
    reach = reach === null ? end : Math.max(reach, end);
  }
  if (reach !== null && now - reach > LENS_CONFIG.gapMonths) found.push({ from: reach + 1, to: now });
  return found;
}

/** Courses with at least one skill that is not soft: soft skills cut across every direction; degrees are not courses. */
function hardLearning(profile: Profile, context: Context) {
  return profile.certificates.filter((certificate) => {
    if (certificate.learning === 'education') return false;
    const keys = keysOf(context, 'certificate', certificate.id);
    return keys.length > 0 && !keys.every((key) => context.skills.isSoft(key));
  });
}

/** Certificates grouped by related skills (union-find): how many groups, and how big the largest. */
type LearningGroups = { certificates: number; groups: number; largest: number };
/** The last groups worked out, kept while the keys map and the certificates read are the same. */
const lastGroups = rememberWhile<{ keys: ReadonlyMap<string, string[]>; ids: string[]; groups: LearningGroups }>();

function learningGroups(profile: Profile, context: Context): LearningGroups {
  const certificates = hardLearning(profile, context);
  const keys = context.keysOf.certificate;
  const ids = certificates.map((certificate) => certificate.id);
  // The keys map is kept across edits that change no skills, so an edit to a description or a
  // link finds the same map and the same certificates, and the groups cannot have moved.
  const last = lastGroups.find((entry) => entry.keys === keys && sameInputs(entry.ids, ids));
  const groups = last?.groups ?? groupsOf(certificates, context);
  if (last === undefined) lastGroups.keep({ keys, ids, groups });
  return groups;
}

/** Certificates joined when their skills share a neighbourhood: how scattered the learning is. */
function groupsOf(certificates: readonly Certificate[], context: Context): LearningGroups {
  const { skills } = context;
  const parent = certificates.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const owner = new Map<string, number>();
  certificates.forEach((certificate, index) => {
    for (const key of keysOf(context, 'certificate', certificate.id)) {
      for (const neighbour of skills.neighbourhood(key)) {
        const other = owner.get(neighbour);
        if (other === undefined) owner.set(neighbour, index);
        else if (other !== index) parent[find(index)] = find(other);
      }
    }
  });
  const sizes = new Map<number, number>();
  certificates.forEach((_, index) => sizes.set(find(index), (sizes.get(find(index)) ?? 0) + 1));
  return { certificates: certificates.length, groups: sizes.size, largest: Math.max(0, ...sizes.values()) };
}
