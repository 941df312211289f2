import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newCertificate, newRole } from '../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../shared/domain/profile';

/** A small but complete career changer's profile, valid against schema v1. */
export function sampleProfile(): Profile {
  return {
    ...emptyProfile(),
    roles: [
      newRole({
        id: 'role-support',
        title: 'Customer Support Lead',
        organization: 'Northwind Software',
        start: '2019-03',
        field: 'Customer service',
        skills: [{ label: 'customer service', conceptId: null }],
        highlights: ['Cut first-response time from 9 to 3 hours'],
      }),
    ],
    certificates: [
      newCertificate({
        id: 'cert-ux',
        title: 'User Research Fundamentals',
        provider: 'Interaction Design Foundation',
        issued: '2024-05',
        skills: [{ label: 'user research', conceptId: null }],
        hours: 20,
        appliedIn: [
          { kind: 'role', id: 'role-support', note: 'Ran five customer interviews for the help-centre redesign' },
        ],
      }),
    ],
  };
}

/** Writes a profile file the way the store keeps it, so a test can start from saved data. */
export function seedProfileFile(dataFolder: string, profile: Profile, revision = 1): string {
  const file = path.join(dataFolder, 'profile.json');
  writeFileSync(file, JSON.stringify({ revision, profile }, null, '\t'), { mode: 0o600 });
  return file;
}
