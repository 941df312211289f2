import { kindNames } from './editor';
import { count } from './plural';

/** Certificates and degrees, each named as what it is: "3 certificates and 1 degree". */
function learning(certificates: number, degrees: number): string {
  if (degrees === 0) return count(certificates, 'certificate');
  if (certificates === 0) return count(degrees, 'degree');
  return `${count(certificates, 'certificate')} and ${count(degrees, 'degree')}`;
}

export const timeline = {
  heading: 'Career path',
  counts: (roles: number, projects: number, certificates: number, degrees: number, awards: number) =>
    [
      count(roles, 'role'),
      count(projects, 'project'),
      learning(certificates, degrees),
      ...(awards === 0 ? [] : [count(awards, 'award')]),
    ].join(' · '),
  lanes: { roles: 'Roles', projects: 'Projects', awards: 'Awards', learning: 'Learning', plan: 'Plan' },
  kinds: { ...kindNames, step: 'Plan step' },
  education: 'Education',
  today: 'Today',
  target: (title: string, date: string) => `Target: ${title}, ${date}`,
  step: {
    due: (date: string) => `due ${date}`,
    states: { overdue: 'overdue', 'due-soon': 'due soon', upcoming: '' },
    doing: 'under way',
    opens: 'Opens the plan in the Target role view',
  },
  chartLabel: 'Career path timeline',
  keyboardHelp:
    'Arrow keys move between items, left and right in time, up and down between lanes. Enter opens an item; Page Up and Page Down move through time; Escape clears the selection.',
  zoom: {
    label: 'Time shown',
    career: 'Whole career',
    recent: 'Last 5 years',
    next: 'Next 12 months',
    range: 'Chosen range',
    earlier: 'Earlier',
    later: 'Later',
    brush: 'Drag the handles to choose a range',
  },
  status: {
    planned: 'planned',
    'in-progress': (percent: number) => `in progress, ${percent}% done`,
    earned: 'earned',
  },
  current: 'now',
  undated: 'no date yet',
  plannedBar: 'planned',
  findings: (amount: number) => `${count(amount, 'thing')} a recruiter would notice`,
  noFindings: 'Nothing stands out',
  appliedIn: (amount: number) => (amount === 0 ? 'Not linked to any work yet' : `Applied in ${count(amount, 'place')}`),
  givenFor: (amount: number) =>
    amount === 0
      ? 'Not linked to the work it was given for'
      : `Given for ${count(amount, 'role or project', 'roles or projects')}`,
  looks: {
    hollow: 'not applied yet',
    faded: 'dated',
    offTarget: 'off target',
  },
  gap: (months: number) => `${months}-month gap`,
  gapLabel: (months: number, from: string, to: string) => `Unexplained gap of ${months} months, ${from} to ${to}`,
  clusterLabel: (certificates: number, degrees: number, from: string, to: string) =>
    `${learning(certificates, degrees)} between ${from} and ${to}. Press Enter to list them.`,
  clusterHeading: (certificates: number, degrees: number) => `${learning(certificates, degrees)} close together`,
  clusterZoom: 'Zoom in here',
  legend: {
    heading: 'Legend',
    earned: 'Earned',
    inProgress: 'In progress',
    planned: 'Planned',
    unapplied: 'Not applied',
    stale: 'Dated',
    link: 'Applied in',
    gap: 'Gap',
    step: 'Plan step',
    overdue: 'Overdue',
    award: 'Award',
  },
  hint: {
    title: 'Link your learning to your work',
    body: 'A certificate counts when it shows up in real work. Select a certificate, then use “Attach to a role or project” and say in one line how you used it.',
    dismiss: 'Got it',
    showMe: 'Show me',
  },
  empty: {
    loading: 'Opening your profile…',
    title: 'Your career path starts here',
    lead: 'Everything you add is drawn on this timeline, in three lanes. Three things make the picture:',
    steps: [
      {
        title: 'Your roles and projects',
        text: 'Jobs, internships, freelance and volunteer work, and the projects inside or beside them.',
      },
      {
        title: 'Your certificates, linked to where you used them',
        text: 'A course counts most when it shows up in real work. Each certificate gets a line on how you applied it.',
      },
      {
        title: 'The role you are aiming for',
        text: 'Throughline then reads your path as a recruiter would: what is relevant, recent and applied, and what is missing.',
      },
    ],
    sample: 'Explore a sample profile',
    import: 'Restore a Throughline backup…',
    importHistory: 'Import CV, LinkedIn or badges…',
    privacy: 'Your profile stays on this computer. Throughline never goes online.',
  },
};
