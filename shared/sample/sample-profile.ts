import { newCertificate, newProject, newRole } from '../domain/entries';
import type { Profile } from '../domain/profile';
import { emptyProfile } from '../domain/profile';

/** Every entity of the sample carries this prefix, which is how it is recognised and removed. */
export const SAMPLE_PREFIX = 'sample-';

const skills = (...labels: string[]) => labels.map((label) => ({ label, conceptId: null }));

/**
 * Maya, a retail shift supervisor moving into data analysis: some learning applied, some not,
 * a gap, a stale spreadsheet course and an inflated claim — enough for the lens to show what it does.
 */
export function sampleProfile(): Profile {
  return {
    ...emptyProfile(),
    roles: [
      newRole({
        id: 'sample-role-sales',
        title: 'Sales associate',
        organization: 'Riverside Outfitters',
        start: '2016-09',
        end: '2019-04',
        field: 'Retail',
        skills: skills('customer service', 'sell products'),
        highlights: ['Top seller in the store three quarters running'],
      }),
      newRole({
        id: 'sample-role-supervisor',
        title: 'Shift supervisor',
        organization: 'Riverside Outfitters',
        start: '2020-03',
        field: 'Retail',
        skills: skills('manage staff', 'manage inventory', 'use spreadsheets software'),
        highlights: ['Cut weekend stock-outs by a quarter with a reorder sheet'],
      }),
    ],
    projects: [
      newProject({
        id: 'sample-project-stock',
        title: 'Stock-out analysis for the store',
        kind: 'work',
        start: '2025-02',
        end: '2025-06',
        roleId: 'sample-role-supervisor',
        skills: skills('SQL', 'data analytics', 'Tableau'),
        outcome: 'Weekend stock-outs down 25%; the area manager adopted the report',
        evidence: [{ kind: 'url', label: 'Write-up', url: 'https://example.org/maya/stock-outs' }],
      }),
    ],
    certificates: [
      newCertificate({
        id: 'sample-cert-gda',
        title: 'Google Data Analytics Professional Certificate',
        provider: 'Google',
        issued: '2024-11',
        skills: skills('data analytics', 'SQL', 'Tableau'),
        hours: 180,
        appliedIn: [
          { kind: 'project', id: 'sample-project-stock', note: 'Queried two years of till data to find the gaps' },
        ],
      }),
      newCertificate({
        id: 'sample-cert-python',
        title: 'Python for Everybody',
        provider: 'Coursera',
        issued: '2025-09',
        skills: skills('Python (computer programming)'),
        hours: 60,
      }),
      newCertificate({
        id: 'sample-cert-excel',
        title: 'Excel Wizard: Master Every Formula',
        provider: 'QuickSkills Online',
        issued: '2017-05',
        skills: skills('Microsoft Excel'),
        hours: 8,
        description: 'Become an expert in Excel in one weekend.',
      }),
      newCertificate({
        id: 'sample-cert-stats',
        title: 'Statistics with Python',
        provider: 'Coursera',
        status: { state: 'in-progress', percentDone: 40 },
        started: '2026-05',
        issued: '2026-12',
        skills: skills('statistics'),
      }),
    ],
    targets: [
      {
        id: 'sample-target-analyst',
        title: 'Data analyst',
        occupationId: null,
        skills: [
          ...skills('SQL', 'data analytics', 'statistics', 'Tableau').map((skill) => ({
            skill,
            importance: 'essential' as const,
          })),
          ...skills('Python (computer programming)').map((skill) => ({ skill, importance: 'optional' as const })),
        ],
        paceOverride: null,
        targetDate: '2027-06',
        posting: null,
      },
    ],
    activeTargetId: 'sample-target-analyst',
  };
}

/** True when any part of the profile came from the sample. */
export function hasSample(profile: Profile): boolean {
  // Asked on every render of the window: the lists are walked in place, not copied into one.
  const fromSample = (entity: { id: string }) => entity.id.startsWith(SAMPLE_PREFIX);
  return [profile.roles, profile.projects, profile.certificates, profile.targets].some((list) => list.some(fromSample));
}

/** The profile without the sample's entities (and without links or an active target pointing at them). */
export function withoutSample(profile: Profile): Profile {
  const keep = <T extends { id: string }>(list: readonly T[]) =>
    list.filter((entity) => !entity.id.startsWith(SAMPLE_PREFIX));
  return {
    ...profile,
    roles: keep(profile.roles),
    projects: keep(profile.projects).map((project) =>
      project.roleId?.startsWith(SAMPLE_PREFIX) === true ? { ...project, roleId: null } : project,
    ),
    certificates: keep(profile.certificates).map((certificate) => ({
      ...certificate,
      appliedIn: certificate.appliedIn.filter((link) => !link.id.startsWith(SAMPLE_PREFIX)),
    })),
    targets: keep(profile.targets),
    activeTargetId: profile.activeTargetId?.startsWith(SAMPLE_PREFIX) === true ? null : profile.activeTargetId,
    dismissedFindings: profile.dismissedFindings.filter((finding) => !finding.key.includes(`:${SAMPLE_PREFIX}`)),
  };
}
