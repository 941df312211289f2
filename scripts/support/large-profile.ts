import { newCertificate, newProject, newRole } from '../../shared/domain/entries';
import {
  emptyProfile,
  type Certificate,
  type Profile,
  type Project,
  type Role,
  type TargetRole,
} from '../../shared/domain/profile';

const SKILLS = [
  'SQL',
  'Python',
  'data visualisation',
  'Tableau',
  'Power BI',
  'stakeholder management',
  'user research',
  'agile project management',
  'Scrum',
  'A/B testing',
  'search engine optimisation',
  'Google Analytics 4',
  'copywriting',
  'customer service',
  'Salesforce',
  'project management',
  'communication',
  'leadership',
  'time management',
  'Figma',
  'JavaScript',
  'React',
  'Docker',
  'Kubernetes',
  'AWS',
  'machine learning',
  'statistics',
  'Excel',
  'budgeting',
  'negotiation',
];
const PROVIDERS = [
  'Coursera',
  'Google',
  'Microsoft',
  'AWS',
  'edX',
  'Udemy',
  'LinkedIn Learning',
  'PMI',
  'Scrum.org',
  'Local Academy',
];

/** A small seeded generator, so every run benchmarks the same profile. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function month(index: number): string {
  const year = 1996 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The benchmark profile: 200 roles, 500 projects, 1,000 certificates and 3 targets over thirty
 * years, with certificates linked to the roles and projects around their dates. `scale`
 * multiplies every count (for the "10× the profile" checks of later benches).
 */
export function largeProfile(scale = 1): Profile {
  const random = seeded(42 * scale);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const skills = (count: number) => Array.from({ length: count }, () => ({ label: pick(SKILLS), conceptId: null }));
  const span = 360;

  const roles: Role[] = Array.from({ length: 200 * scale }, (_, index) => {
    const start = Math.floor((index / (200 * scale)) * (span - 24));
    const current = index === 200 * scale - 1;
    // The fields keep their order: each draw advances the seeded generator, so reordering them changes the profile.
    return newRole({
      id: `role-${index}`,
      title: `${pick(['Analyst', 'Coordinator', 'Specialist', 'Lead', 'Manager', 'Associate'])} ${index}`,
      organization: `Organisation ${index % 37}`,
      kind: pick(['job', 'job', 'job', 'internship', 'freelance', 'volunteer'] as const),
      start: month(start),
      end: current ? null : month(start + 6 + Math.floor(random() * 30)),
      field: pick(['Customer service', 'Marketing', 'Software', 'Finance', 'Operations']),
      skills: skills(4),
      highlights: [`Delivered outcome ${index}`, `Improved a process by ${Math.floor(random() * 40)}%`],
    });
  });
  const projects: Project[] = Array.from({ length: 500 * scale }, (_, index) => {
    const role = random() < 0.6 ? pick(roles) : null;
    const start = role === null ? Math.floor(random() * (span - 6)) : Number(role.start.slice(0, 4)) * 12 - 1996 * 12;
    return newProject({
      id: `project-${index}`,
      title: `Project ${index}`,
      kind: role === null ? pick(['personal', 'open-source', 'coursework', 'freelance'] as const) : 'work',
      start: month(Math.max(0, start)),
      end: month(Math.max(0, start) + 1 + Math.floor(random() * 8)),
      roleId: role?.id ?? null,
      skills: skills(3),
      outcome: `Outcome of project ${index}`,
      evidence: random() < 0.3 ? [{ kind: 'url', label: 'Write-up', url: `https://example.org/p/${index}` }] : [],
    });
  });
  const certificates: Certificate[] = Array.from({ length: 1000 * scale }, (_, index) => {
    const links = Math.floor(random() * 3);
    const appliedIn = Array.from({ length: links }, (_, link) =>
      link % 2 === 0
        ? { kind: 'role' as const, id: pick(roles).id }
        : { kind: 'project' as const, id: pick(projects).id },
    ).filter(
      (link, position, all) => all.findIndex((other) => other.kind === link.kind && other.id === link.id) === position,
    );
    return newCertificate({
      id: `cert-${index}`,
      title: `${pick(SKILLS)} certificate ${index}`,
      provider: pick(PROVIDERS),
      status: random() < 0.9 ? { state: 'earned' } : { state: 'in-progress', percentDone: Math.floor(random() * 100) },
      issued: month(Math.floor(random() * span)),
      expires: random() < 0.2 ? month(Math.floor(random() * (span + 48))) : null,
      credentialId: random() < 0.5 ? `ID-${index}` : '',
      credentialUrl: random() < 0.4 ? `https://credentials.example.org/${index}` : null,
      skills: skills(3),
      hours: Math.floor(random() * 60),
      description: random() < 0.1 ? 'Master the field with guaranteed results.' : `What course ${index} covered.`,
      appliedIn: appliedIn.map((link) => ({ ...link, note: `Used it in ${link.id}` })),
    });
  });
  const targets: TargetRole[] = ['Data Analyst', 'Product Manager', 'Marketing Analyst'].map((title, index) => ({
    id: `target-${index}`,
    title,
    occupationId: null,
    skills: Array.from({ length: 15 }, (_, skill) => ({
      skill: { label: SKILLS[(index * 7 + skill) % SKILLS.length]!, conceptId: null },
      importance: skill < 10 ? ('essential' as const) : ('optional' as const),
    })),
    paceOverride: null,
    targetDate: '2027-06',
    posting: null,
  }));
  return { ...emptyProfile(), roles, projects, certificates, targets, activeTargetId: 'target-0' };
}
