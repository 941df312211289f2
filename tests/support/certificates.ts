import type { Certificate } from '../../shared/domain/profile';

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
