import type { Certificate, Role } from '../../shared/domain/profile';

/** Skill references by label alone, as a person types them. */
export const skillsNamed = (...labels: string[]) => labels.map((label) => ({ label, conceptId: null }));

/** An earned course holding nothing but what a test names: no skills, links, dates beyond its issue. */
export function courseOf(fields: Partial<Certificate> & Pick<Certificate, 'id' | 'title' | 'issued'>): Certificate {
  return {
    provider: 'Coursera',
    learning: 'certificate',
    status: { state: 'earned' },
    started: null,
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

/** A current job holding nothing but what a test names. */
export function roleOf(fields: Partial<Role> & Pick<Role, 'id' | 'title' | 'start'>): Role {
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
