import type { Award, Certificate, Profile, Project, Role, TargetRole } from './profile';

/**
 * Entries holding nothing but what the caller names: the one place a reader (importers, the
 * sample) or a test gets every other field's empty value, so a new field is added here once.
 */
export function newCertificate(fields: Partial<Certificate> & Pick<Certificate, 'id' | 'title'>): Certificate {
  return {
    learning: 'certificate',
    provider: '',
    status: { state: 'earned' },
    started: null,
    issued: null,
    expires: null,
    credentialId: '',
    credentialUrl: null,
    providerUrl: null,
    skills: [],
    hours: null,
    courses: [],
    score: '',
    description: '',
    kindOverride: null,
    credential: null,
    appliedIn: [],
    ...fields,
  };
}

export function newRole(fields: Partial<Role> & Pick<Role, 'id' | 'title' | 'start'>): Role {
  return {
    organization: '',
    location: '',
    summary: '',
    kind: 'job',
    end: null,
    field: '',
    skills: [],
    highlights: [],
    url: null,
    organizationDescription: '',
    ...fields,
  };
}

export function newProject(fields: Partial<Project> & Pick<Project, 'id' | 'title' | 'start'>): Project {
  return {
    kind: 'personal',
    end: null,
    roleId: null,
    organization: '',
    roles: [],
    outcome: '',
    skills: [],
    highlights: [],
    evidence: [],
    ...fields,
  };
}

export function newAward(fields: Partial<Award> & Pick<Award, 'id' | 'title'>): Award {
  return { awarder: '', date: null, summary: '', appliedIn: [], ...fields };
}

/** Roles and projects share their dated shape; only a project belongs to a role. */
export const isRole = (entity: Role | Project): entity is Role => !('roleId' in entity);

/** The target the person is working towards, or null when none is chosen (or the chosen one is gone). */
export function activeTarget(profile: Profile): TargetRole | null {
  return profile.targets.find((target) => target.id === profile.activeTargetId) ?? null;
}
