import type { Certificate, FieldPace, Project, Role } from '../domain/profile';
import type { Severity, SkillEvidence } from '../lens/result';
import { ESCO_ATTRIBUTION } from '../app-info';
import { EVIDENCE_LEVEL_NAMES } from '../lens/evidence-level';
import { count } from '../domain/text';

/** The kinds of role by name; the app's editor names them the same way. */
export const ROLE_KIND_NAMES = {
  job: 'Job',
  internship: 'Internship',
  freelance: 'Freelance',
  volunteer: 'Volunteer',
  study: 'Study',
  caring: 'Caring',
  travel: 'Travel',
  'career-break': 'Career break',
} satisfies Record<Role['kind'], string>;

/**
 * What can stand behind a skill, work before learning: a recruiter trusts use over a course, so
 * the report's "Behind it" column and the target view both list it in this order.
 */
export const EVIDENCE_KINDS = ['roles', 'projects', 'certificates'] as const satisfies ReadonlyArray<
  keyof SkillEvidence
>;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Each kind of evidence by name, as the report and the target view head it. */
export const EVIDENCE_KIND_NAMES = {
  roles: 'Roles',
  projects: 'Projects',
  certificates: 'Certificates',
} as const satisfies Record<EvidenceKind, string>;

/** How fast a field moves, as a phrase within a line; the target view starts its line with it, capitalised. */
export const FIELD_PACE_NAMES = {
  fast: 'fast-moving field',
  normal: 'field of normal pace',
  slow: 'slow-moving field',
} satisfies Record<FieldPace, string>;

/**
 * Every word the exported reports show, Markdown and HTML alike, in one place. The words both
 * reports share sit at the top level; `recruiter` speaks about the person to a reader, in a
 * neutral voice that leads with what is there; `review` speaks to the person about their profile.
 */
export const REPORT_TEXT = {
  preparedOn: (date: string) => `Prepared ${date}`,
  summary: (roles: number, projects: number, learning: number) =>
    [
      count(roles, 'role'),
      count(projects, 'project'),
      count(learning, 'certificate or course', 'certificates and courses'),
    ].join(' · '),

  timelineHeading: 'Career path',
  timelineFigureLabel: (target: string) => `Timeline of roles, projects and learning, read for ${target}`,
  lanes: { role: 'Roles', project: 'Projects', certificate: 'Learning' },
  legend: {
    role: 'Role',
    project: 'Project',
    earned: 'Earned',
    intent: 'Planned or in progress',
    link: 'Used in',
    today: 'Today',
  },
  timelineEmpty: 'No roles, projects or learning yet.',
  entryKind: {
    role: ROLE_KIND_NAMES,
    project: {
      work: 'Work project',
      personal: 'Personal project',
      freelance: 'Freelance project',
      internship: 'Internship project',
      'open-source': 'Open-source project',
      coursework: 'Coursework',
      publication: 'Publication',
    } satisfies Record<Project['kind'], string>,
    certificate: { certificate: 'Certificate', education: 'Education' } satisfies Record<
      Certificate['learning'],
      string
    >,
  },
  present: 'present',
  pathDetailHeading: 'Career path in detail',
  pathDetailLead: 'In date order, with the learning used in each role and project and how.',
  evidence: 'Evidence:',
  pageCounter: { page: 'Page', of: 'of' },
  period: (from: string, to: string) => `${from} – ${to}`,
  undated: 'no date',
  status: {
    earned: (date: string | null) => (date === null ? 'Earned' : `Earned ${date}`),
    planned: (date: string | null) => (date === null ? 'Planned' : `Planned for ${date}`),
    inProgress: (percent: number, date: string | null) =>
      date === null ? `In progress, ${percent}% done` : `In progress, ${percent}% done, expected ${date}`,
  },
  partOf: (role: string) => `Part of ${role}`,
  outcome: 'Outcome:',
  usedIn: 'Used in',
  learningUsedHere: 'Learning used here:',

  essentialSkills: 'Core skills',
  optionalSkills: 'Secondary skills',
  noSkills: 'None.',
  skillColumns: { skill: 'Skill', evidence: 'Evidence', behind: 'Behind it' },

  footer: `Made offline with Throughline. ${ESCO_ATTRIBUTION}`,

  /** The report the person sends: what is there, never what is missing or what to do about it. */
  recruiter: {
    documentTitle: (target: string) => `${target} — career report`,
    kicker: 'Career report',
    lead: (target: string) =>
      `Career path, certificates and the evidence behind each skill, for the role of ${target}.`,
    /** A report tailored to a job posting names it in its title and heading. */
    posting: {
      name: (title: string, company: string | null) => (company === null ? title : `${title} at ${company}`),
      documentTitle: (name: string) => `${name} — career report`,
      lead: (name: string) =>
        `Career path, certificates and the evidence behind each skill, for the ${name} job posting.`,
      workHeading: 'Work that shows what the posting asks for',
      workLead: 'Roles and projects, those showing most of the posting’s skills first.',
      shows: 'Shows:',
    },
    certificatesHeading: 'Certificates',
    certificatesLead: (target: string) => `Selected for ${target}, with where each was put to use.`,
    covers: 'Covers:',
    storiesHeading: 'From learning to results',
    storiesLead: 'What was learned, where it was applied, and what came of it.',
    skillsHeading: (target: string) => `Skills for ${target}`,
    skillsLead: 'Each skill with the work and learning behind it, strongest first.',
    /** No `none`: a skill with nothing behind it is not listed to a recruiter (see buildRecruiterReport). */
    level: {
      planned: 'Learning planned',
      declared: 'Language spoken (declared)',
      certified: 'Certified',
      applied: 'Applied in work',
      'applied-with-evidence': 'Applied, with evidence',
    } satisfies Record<Exclude<SkillEvidence['level'], 'none'>, string>,
  },

  /** The person's own reading of the profile: findings, next steps and gaps, never meant to be sent. */
  review: {
    documentTitle: (target: string) => `${target} — my review (not for sending)`,
    kicker: 'Throughline · my review',
    notForSending:
      'For you, not for sending. The report for a recruiter is exported on its own and shows none of this page.',
    lead: (target: string) => `How a recruiter hiring for ${target} would read your profile, and what to do next.`,
    targetDate: (date: string) => `Target date: ${date}`,
    pace: FIELD_PACE_NAMES,
    modes: { entryLevel: 'Read as entry-level', careerChanger: 'Read as a career change' },

    nextStepsHeading: 'Next steps',
    nextStepsLead: 'The few changes that would most change a reader’s view, most telling first.',
    nextStepsEmpty: 'Nothing to change for this target right now.',

    findingsHeading: 'What a recruiter would notice',
    notScore: 'Not a score: a set of observations, each with the reason it matters and the next step to take.',
    findingsEmpty: 'Nothing stands out for this target.',
    severity: { warning: 'Worth fixing', suggestion: 'Worth a look', info: 'Good to know' } satisfies Record<
      Severity,
      string
    >,
    severityTag: { warning: 'Fix', suggestion: 'Look', info: 'Note' } satisfies Record<Severity, string>,
    why: 'Why it matters:',
    nextStep: 'Next step:',
    dismissedHeading: (amount: number) => `Set aside by you (${amount})`,
    dismissedReason: (reason: string) => (reason === '' ? 'No reason given.' : `Your reason: ${reason}`),

    shownFirstHeading: 'What the recruiter report shows first',
    shownFirstEmpty: 'No earned certificate serves this target yet, so the recruiter report lists none.',
    background: (amount: number) =>
      `${count(amount, 'more certificate', 'more certificates')} kept as background (in the career path only)`,

    skillsHeading: (target: string) => `Skills for ${target}, gaps included`,
    skillsLead: (backed: number, total: number) =>
      total === 0
        ? 'This target lists no core skills yet.'
        : `${backed} of ${count(total, 'core skill')} backed by a role or project.`,
    skillsRecruiterNote: 'The recruiter report lists only the skills with something behind them.',
    level: EVIDENCE_LEVEL_NAMES,
    noEvidence: 'Nothing in the profile covers it yet.',
  },
};
