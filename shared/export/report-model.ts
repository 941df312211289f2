import type { PartialDate } from '../domain/dates';
import type { Certificate, Importance, Profile, Project, Role, WorkKind } from '../domain/profile';
import { monthIndex, readableDate, readableMonth } from '../domain/months';
import { compareText } from '../taxonomy/text';
import { isRole } from '../domain/entries';
import { refKey } from '../domain/refs';
import { coreBacked, evidenceRank } from '../lens/evidence-level';
import { SeveritySchema, type Finding, type LensResult, type Severity, type SkillEvidence } from '../lens/result';
import type { ReportKind } from './document-kind';
import { workShowingSkills } from './posting-evidence';
import { EVIDENCE_KIND_NAMES, EVIDENCE_KINDS, REPORT_TEXT } from './report-text';

/** A certificate used in a role or project, seen from that role or project. */
export interface UsedLearning {
  certificateId: string;
  title: string;
  note: string;
}

export interface RoleEntry extends Pick<
  Role,
  'id' | 'title' | 'organization' | 'location' | 'start' | 'end' | 'summary' | 'highlights'
> {
  lane: 'role';
  kindLabel: string;
  period: string;
  learning: UsedLearning[];
}

export interface ProjectEntry extends Pick<
  Project,
  'id' | 'title' | 'start' | 'end' | 'roleId' | 'outcome' | 'highlights'
> {
  lane: 'project';
  kindLabel: string;
  period: string;
  roleTitle: string | null;
  evidence: Array<{ label: string; target: string }>;
  learning: UsedLearning[];
}

/** A link from a certificate to the role or project where it was used, with the person's "how". */
export interface LearningLink {
  kind: WorkKind;
  id: string;
  title: string;
  note: string;
}

export interface LearningEntry {
  lane: 'certificate';
  id: string;
  title: string;
  provider: string;
  kindLabel: string;
  /** Issued once earned, expected while planned or in progress. */
  date: PartialDate | null;
  /** Planned or in progress: the lens reads it as intent, not evidence. */
  intent: boolean;
  statusLabel: string;
  appliedIn: LearningLink[];
}

export type TimelineEntry = RoleEntry | ProjectEntry | LearningEntry;

export type ReportFinding = Pick<Finding, 'key' | 'code' | 'message' | 'why' | 'action'>;

export interface FindingGroup {
  severity: Severity;
  label: string;
  findings: ReportFinding[];
}

export interface ReportSkill {
  label: string;
  importance: Importance;
  level: SkillEvidence['level'];
  levelLabel: string;
  certificates: string[];
  roles: string[];
  projects: string[];
}

/** What stands behind a skill, by kind in EVIDENCE_KINDS' order, leaving out the empty kinds. */
export function evidenceBehind(skill: ReportSkill): Array<readonly [label: string, titles: readonly string[]]> {
  return EVIDENCE_KINDS.filter((kind) => skill[kind].length > 0).map(
    (kind) => [EVIDENCE_KIND_NAMES[kind], skill[kind]] as const,
  );
}

/** A role or project that shows what a job posting asks for, and the posting's skills it shows. */
export interface PostingWork {
  lane: WorkKind;
  id: string;
  title: string;
  /** The organisation of a role, or the role a project was part of; '' when neither is known. */
  context: string;
  period: string;
  shows: string[];
}

/** The job posting a report is tailored to: its title and company, and the work that shows what it asks. */
export interface ReportPosting {
  title: string;
  company: string | null;
  /** Roles and projects showing the most of the posting's core skills first. */
  work: PostingWork[];
}

interface ReportBase {
  /** The day the report was made, as YYYY-MM-DD, and as a reader sees it. */
  now: string;
  preparedOn: string;
}

/**
 * The report a recruiter reads: the career path, the certificates chosen for the target with where
 * each was used, the story lines and the evidence per skill. It carries no finding, next step,
 * dismissal or gap, so no renderer can print one by mistake.
 */
export interface RecruiterReport extends ReportBase {
  report: 'recruiter';
  target: { id: string; title: string };
  /**
   * The posting, for a target made from one: the report then leads with the curated certificates
   * and the work that shows the posting's skills, and its heading names the posting. null otherwise.
   */
  posting: ReportPosting | null;
  summary: string;
  /** Roles, projects and learning in date order; undated learning last. */
  timeline: TimelineEntry[];
  certificates: Array<{
    certificateId: string;
    title: string;
    provider: string;
    status: string;
    /** The target skills it covers, strongest first. */
    covers: string[];
    usedIn: LearningLink[];
  }>;
  stories: Array<{ certificateId: string; title: string; line: string }>;
  /** Only skills with something behind them, strongest evidence first. */
  skills: { essential: ReportSkill[]; optional: ReportSkill[] };
}

/** The person's own review: what a reader would notice, what to do next, and every gap. Not for sending. */
export interface ReviewReport extends ReportBase {
  report: 'review';
  target: { id: string; title: string; targetDate: string | null; pace: string | null; modes: string[] };
  nextSteps: Array<{ key: string; text: string; why: string }>;
  findings: FindingGroup[];
  dismissed: Array<ReportFinding & { reason: string }>;
  /** What the recruiter report leads with, and the lens's reason for each. */
  curated: Array<{ certificateId: string; title: string; reason: string }>;
  background: Array<{ certificateId: string; title: string }>;
  skills: { essential: ReportSkill[]; optional: ReportSkill[]; essentialBacked: number };
}

export type ReportModel = RecruiterReport | ReviewReport;

const SEVERITIES: readonly Severity[] = SeveritySchema.options;
const LANE_ORDER = { role: 0, project: 1, certificate: 2 } as const;

/** "26 Nov 2026": the same on every machine, so two exports of one day read alike. */
export const readableDay = (date: string): string => readableDate(date);

/** "Mar 2021 – present": how the report and the cover letter date a role or project. */
export const readablePeriod = ({ start, end }: { start: PartialDate; end: PartialDate | null }): string =>
  REPORT_TEXT.period(readableMonth(start), end === null ? REPORT_TEXT.present : readableMonth(end));

function statusOf(certificate: Certificate): string {
  const date = certificate.issued === null ? null : readableMonth(certificate.issued);
  switch (certificate.status.state) {
    case 'earned':
      return REPORT_TEXT.status.earned(date);
    case 'planned':
      return REPORT_TEXT.status.planned(date);
    case 'in-progress':
      return REPORT_TEXT.status.inProgress(certificate.status.percentDone, date);
  }
}

function timelineOf(profile: Profile): TimelineEntry[] {
  const roles = new Map(profile.roles.map((role) => [role.id, role]));
  const projects = new Map(profile.projects.map((project) => [project.id, project]));
  const usedIn = new Map<string, UsedLearning[]>();
  for (const certificate of profile.certificates) {
    for (const link of certificate.appliedIn) {
      const key = refKey(link);
      usedIn.set(key, [
        ...(usedIn.get(key) ?? []),
        { certificateId: certificate.id, title: certificate.title, note: link.note.trim() },
      ]);
    }
  }
  const learningOf = (kind: WorkKind, id: string) => usedIn.get(refKey({ kind, id })) ?? [];

  const roleEntry = (role: Role): RoleEntry => ({
    lane: 'role',
    id: role.id,
    title: role.title,
    organization: role.organization,
    location: role.location,
    kindLabel: REPORT_TEXT.entryKind.role[role.kind],
    start: role.start,
    end: role.end,
    period: readablePeriod(role),
    summary: role.summary.trim(),
    highlights: role.highlights.filter((line) => line.trim() !== ''),
    learning: learningOf('role', role.id),
  });
  const projectEntry = (project: Project): ProjectEntry => ({
    lane: 'project',
    id: project.id,
    title: project.title,
    kindLabel: REPORT_TEXT.entryKind.project[project.kind],
    start: project.start,
    end: project.end,
    period: readablePeriod(project),
    roleId: project.roleId,
    roleTitle: project.roleId === null ? null : (roles.get(project.roleId)?.title ?? null),
    outcome: project.outcome.trim(),
    highlights: project.highlights.filter((line) => line.trim() !== ''),
    evidence: project.evidence.map((link) => ({
      label: link.label.trim() === '' ? (link.kind === 'url' ? link.url : link.path) : link.label,
      target: link.kind === 'url' ? link.url : link.path,
    })),
    learning: learningOf('project', project.id),
  });
  const learningEntry = (certificate: Certificate): LearningEntry => ({
    lane: 'certificate',
    id: certificate.id,
    title: certificate.title,
    provider: certificate.provider,
    kindLabel: REPORT_TEXT.entryKind.certificate[certificate.learning],
    date: certificate.issued,
    intent: certificate.status.state !== 'earned',
    statusLabel: statusOf(certificate),
    // A link to an entity that no longer exists says nothing to a reader, so it is left out.
    appliedIn: certificate.appliedIn.flatMap((link) => {
      const entity = link.kind === 'role' ? roles.get(link.id) : projects.get(link.id);
      return entity === undefined
        ? []
        : [{ kind: link.kind, id: link.id, title: entity.title, note: link.note.trim() }];
    }),
  });

  const entries: TimelineEntry[] = [
    ...profile.roles.map(roleEntry),
    ...profile.projects.map(projectEntry),
    ...profile.certificates.map(learningEntry),
  ];
  const startOf = (entry: TimelineEntry) => {
    const date = entry.lane === 'certificate' ? entry.date : entry.start;
    return date === null ? Number.POSITIVE_INFINITY : monthIndex(date);
  };
  return entries.sort(
    (a, b) =>
      startOf(a) - startOf(b) ||
      LANE_ORDER[a.lane] - LANE_ORDER[b.lane] ||
      compareText(a.title, b.title) ||
      compareText(a.id, b.id),
  );
}

/** The target and the analysis made for it, checked to belong together. */
function readingFor(profile: Profile, analysis: LensResult, targetId: string) {
  const target = profile.targets.find((candidate) => candidate.id === targetId);
  if (target === undefined) throw new Error(`No target role with id ${targetId}.`);
  if (analysis.targetId !== targetId) {
    throw new Error(`The analysis was made for ${analysis.targetId ?? 'no target'}, not for ${targetId}.`);
  }
  const titleOf = new Map<string, string>([
    ...profile.roles.map((role) => [role.id, role.title] as const),
    ...profile.projects.map((project) => [project.id, project.title] as const),
    ...profile.certificates.map((certificate) => [certificate.id, certificate.title] as const),
  ]);
  const titles = (ids: readonly string[]) => ids.flatMap((id) => titleOf.get(id) ?? []);
  const skill = (evidence: SkillEvidence, levelLabel: string): ReportSkill => ({
    label: evidence.skill,
    importance: evidence.importance,
    level: evidence.level,
    levelLabel,
    certificates: titles(evidence.certificates),
    roles: titles(evidence.roles),
    projects: titles(evidence.projects),
  });
  return {
    target,
    certificates: new Map(profile.certificates.map((certificate) => [certificate.id, certificate])),
    titleOf,
    skill,
  };
}

/** What a report tailored to a posting adds: the posting, and the work that shows its skills, best first. */
function postingOf(profile: Profile, analysis: LensResult, title: string, company: string | null): ReportPosting {
  const roleTitles = new Map(profile.roles.map((role) => [role.id, role.title]));
  return {
    title,
    company,
    work: workShowingSkills(profile, analysis.skillEvidence).map((showing): PostingWork => {
      const { entity } = showing;
      const context = isRole(entity)
        ? entity.organization.trim()
        : entity.roleId === null
          ? ''
          : (roleTitles.get(entity.roleId) ?? '');
      return {
        lane: showing.kind,
        id: entity.id,
        title: entity.title,
        context,
        period: readablePeriod(entity),
        shows: showing.shows,
      };
    }),
  };
}

/**
 * The report a recruiter reads for one target: the timeline, the curated certificates with the
 * roles and projects each was used in (and the person's note on how), the story lines and the
 * evidence per core and secondary skill. Pure and deterministic for a given `now` (YYYY-MM-DD).
 *
 * Skills with nothing behind them are left out rather than listed as gaps: the person sends this
 * report, the recruiter knows the role's requirements from their own posting, and a row reading
 * "no evidence" would only advertise what the review already tells the person to work on. Planned
 * or in-progress learning stays (as "Learning planned"): the timeline shows that course anyway,
 * and it is a true statement of intent, not a gap. Rows run strongest evidence first, in the lens's
 * order of importance within a level.
 *
 * @throws Error when the target does not exist or `analysis` was made for another target: a report
 * mixing two readings would tell the reader something the lens never said.
 */
export function buildRecruiterReport(
  profile: Profile,
  analysis: LensResult,
  targetId: string,
  now: string,
): RecruiterReport {
  const { target, certificates, titleOf, skill } = readingFor(profile, analysis, targetId);
  const timeline = timelineOf(profile);
  const usedInOf = new Map(
    timeline.flatMap((entry) => (entry.lane === 'certificate' ? [[entry.id, entry.appliedIn] as const] : [])),
  );
  const coversOf = new Map(analysis.assessments.map((assessment) => [assessment.certificateId, assessment.serves]));
  const backed = analysis.skillEvidence
    .flatMap((evidence) => {
      const { level } = evidence;
      return level === 'none' ? [] : [skill(evidence, REPORT_TEXT.recruiter.level[level])];
    })
    // A stable sort: within one level the lens's order (what a reader checks first) stays.
    .sort((a, b) => evidenceRank(b.level) - evidenceRank(a.level));

  return {
    report: 'recruiter',
    now,
    preparedOn: readableDay(now),
    target: { id: target.id, title: target.title },
    posting: target.posting === null ? null : postingOf(profile, analysis, target.title, target.posting.company),
    summary: REPORT_TEXT.summary(profile.roles.length, profile.projects.length, profile.certificates.length),
    timeline,
    certificates: analysis.curated.flatMap((entry) => {
      const certificate = certificates.get(entry.certificateId);
      if (certificate === undefined) return [];
      return [
        {
          certificateId: certificate.id,
          title: certificate.title,
          provider: certificate.provider,
          status: statusOf(certificate),
          covers: coversOf.get(certificate.id) ?? [],
          usedIn: usedInOf.get(certificate.id) ?? [],
        },
      ];
    }),
    stories: analysis.stories.flatMap((story) => {
      const title = titleOf.get(story.certificateId);
      return title === undefined ? [] : [{ certificateId: story.certificateId, title, line: story.line }];
    }),
    skills: {
      essential: backed.filter((entry) => entry.importance === 'essential'),
      optional: backed.filter((entry) => entry.importance === 'optional'),
    },
  };
}

/**
 * The person's own review for one target: the lens's ranked next steps, its active findings by
 * severity with their reasons, the findings set aside and why, what the recruiter report leads
 * with, and the evidence per skill with every gap. Pure and deterministic for a given `now`.
 *
 * @throws Error when the target does not exist or `analysis` was made for another target.
 */
export function buildReviewReport(profile: Profile, analysis: LensResult, targetId: string, now: string): ReviewReport {
  const { target, certificates, skill } = readingFor(profile, analysis, targetId);
  const text = REPORT_TEXT.review;
  const toFinding = (finding: LensResult['findings'][number]): ReportFinding => ({
    key: finding.key,
    code: finding.code,
    message: finding.message,
    why: finding.why,
    action: finding.action,
  });
  const active = analysis.findings.filter((finding) => finding.dismissed === null);
  const skills = analysis.skillEvidence.map((evidence) => skill(evidence, text.level[evidence.level]));
  const essential = skills.filter((entry) => entry.importance === 'essential');

  return {
    report: 'review',
    now,
    preparedOn: readableDay(now),
    target: {
      id: target.id,
      title: target.title,
      targetDate: target.targetDate === null ? null : readableMonth(target.targetDate),
      pace: analysis.pace === null ? null : text.pace[analysis.pace],
      modes: [
        ...(analysis.modes.entryLevel ? [text.modes.entryLevel] : []),
        ...(analysis.modes.careerChanger ? [text.modes.careerChanger] : []),
      ],
    },
    nextSteps: analysis.nextSteps.map((step) => ({ key: step.key, text: step.text, why: step.why })),
    findings: SEVERITIES.flatMap((severity) => {
      const findings = active.filter((finding) => finding.severity === severity).map(toFinding);
      return findings.length === 0 ? [] : [{ severity, label: text.severity[severity], findings }];
    }),
    dismissed: analysis.findings.flatMap((finding) =>
      finding.dismissed === null ? [] : [{ ...toFinding(finding), reason: finding.dismissed.reason }],
    ),
    curated: analysis.curated.flatMap((entry) => {
      const certificate = certificates.get(entry.certificateId);
      return certificate === undefined
        ? []
        : [{ certificateId: certificate.id, title: certificate.title, reason: entry.reason }];
    }),
    background: analysis.background.flatMap((id) => {
      const certificate = certificates.get(id);
      return certificate === undefined ? [] : [{ certificateId: id, title: certificate.title }];
    }),
    skills: {
      essential,
      optional: skills.filter((entry) => entry.importance === 'optional'),
      essentialBacked: coreBacked(skills).backed,
    },
  };
}

/** The report of the given kind; see buildRecruiterReport and buildReviewReport. */
export function buildReportModel(
  profile: Profile,
  analysis: LensResult,
  targetId: string,
  now: string,
  report: ReportKind,
): ReportModel {
  return report === 'recruiter'
    ? buildRecruiterReport(profile, analysis, targetId, now)
    : buildReviewReport(profile, analysis, targetId, now);
}
