import { newCertificate, newRole } from '../../shared/domain/entries';
import type { Certificate, Role } from '../../shared/domain/profile';

/** Skill references by label alone, as a person types them. */
export const skillsNamed = (...labels: string[]) => labels.map((label) => ({ label, conceptId: null }));

/** An earned course holding nothing but what a test names: no skills, links, dates beyond its issue. */
export const courseOf = (fields: Partial<Certificate> & Pick<Certificate, 'id' | 'title' | 'issued'>): Certificate =>
  newCertificate({ provider: 'Coursera', ...fields });

/** A current job holding nothing but what a test names. */
export const roleOf = (fields: Partial<Role> & Pick<Role, 'id' | 'title' | 'start'>): Role => newRole(fields);
