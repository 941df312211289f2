import type { Certificate, Project, Role } from './profile';

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
    skills: [],
    hours: null,
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
    ...fields,
  };
}

export function newProject(fields: Partial<Project> & Pick<Project, 'id' | 'title' | 'start'>): Project {
  return {
    kind: 'personal',
    end: null,
    roleId: null,
    outcome: '',
    skills: [],
    highlights: [],
    evidence: [],
    ...fields,
  };
}
