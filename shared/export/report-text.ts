import type { Certificate, Project, Role } from '../domain/profile';
import type { Severity, SkillEvidence } from '../lens/result';
import { ESCO_ATTRIBUTION } from '../app-info';

const pluralRules = new Intl.PluralRules('en');

/** "1 role", "3 roles": the report is written in English, so the plural rule is English too. */
export function count(amount: number, singular: string, pluralForm = `${singular}s`): string {
  return `${amount} ${pluralRules.select(amount) === 'one' ? singular : pluralForm}`;
}

/** Every word the exported report shows, Markdown and HTML alike, in one place. */
export const REPORT_TEXT = {
  documentTitle: (target: string) => `${target} — career report`,
  kicker: 'Throughline · career report',
  preparedOn: (date: string) => `Prepared ${date}`,
  targetLine: (target: string) => `Read as a recruiter hiring for ${target} would read it.`,
  targetDate: (date: string) => `Target date: ${date}`,
  pace: { fast: 'fast-moving field', normal: 'field of normal pace', slow: 'slow-moving field' },
  modes: { entryLevel: 'Read as entry-level', careerChanger: 'Read as a career change' },
  summary: (roles: number, projects: number, learning: number) =>
    [
      count(roles, 'role'),
      count(projects, 'project'),
      count(learning, 'certificate or course', 'certificates and courses'),
    ].join(' · '),
  notScore: 'Not a score: a set of observations, each with the reason it matters and the next step to take.',

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
    role: {
      job: 'Job',
      internship: 'Internship',
      freelance: 'Freelance',
      volunteer: 'Volunteer',
      study: 'Study',
      caring: 'Caring',
      travel: 'Travel',
      'career-break': 'Career break',
    } satisfies Record<Role['kind'], string>,
    project: {
      work: 'Work project',
      personal: 'Personal project',
      freelance: 'Freelance project',
      internship: 'Internship project',
      'open-source': 'Open-source project',
      coursework: 'Coursework',
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
  notUsedYet: 'Not linked to any role or project yet.',
  noNote: 'no note on how',
  learningUsedHere: 'Learning used here:',

  findingsHeading: 'What a recruiter would notice',
  findingsEmpty: 'Nothing stands out for this target.',
  severity: { warning: 'Worth fixing', suggestion: 'Worth a look', info: 'Good to know' } satisfies Record<
    Severity,
    string
  >,
  severityTag: { warning: 'Fix', suggestion: 'Look', info: 'Note' } satisfies Record<Severity, string>,
  findingsCount: (amount: number) => count(amount, 'finding'),
  why: 'Why it matters:',
  nextStep: 'Next step:',
  dismissedHeading: (amount: number) => `Set aside by you (${amount})`,
  dismissedReason: (reason: string) => (reason === '' ? 'No reason given.' : `Your reason: ${reason}`),

  curatedHeading: 'Certificates to show first',
  curatedLead: 'The few a recruiter should see for this role, and why.',
  curatedEmpty: 'No earned certificates yet.',
  background: (amount: number) => `${count(amount, 'more certificate', 'more certificates')} kept as background`,
  storyLabel: 'Interview story:',

  storiesHeading: 'Interview stories',
  storiesLead: 'Learned → applied in → outcome: one line per certificate to tell in an interview.',
  storiesEmpty: 'No story lines yet: link a certificate to the work where you used it.',

  skillsHeading: (target: string) => `Skills for ${target}`,
  skillsLead: (backed: number, total: number) =>
    total === 0
      ? 'This target lists no essential skills yet.'
      : `${backed} of ${count(total, 'essential skill')} backed by a role or project.`,
  essentialSkills: 'Essential skills',
  optionalSkills: 'Optional skills',
  noSkills: 'None.',
  skillColumns: { skill: 'Skill', evidence: 'Evidence', behind: 'Behind it' },
  level: {
    none: 'No evidence',
    planned: 'Planned only',
    certified: 'Certified only',
    applied: 'Applied',
    'applied-with-evidence': 'Applied, with evidence',
  } satisfies Record<SkillEvidence['level'], string>,
  evidenceCertificates: 'Certificates',
  evidenceRoles: 'Roles',
  evidenceProjects: 'Projects',
  noEvidence: 'Nothing in the profile covers it yet.',

  footer: `Made offline with Throughline. ${ESCO_ATTRIBUTION}`,
};
