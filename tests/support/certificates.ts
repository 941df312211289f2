import { newCertificate, newRole } from '../../shared/domain/entries';
import { emptyProfile, type Certificate, type Profile, type Role, type TargetRole } from '../../shared/domain/profile';

/** Skill references by label alone, as a person types them. */
export const skillsNamed = (...labels: string[]) => labels.map((label) => ({ label, conceptId: null }));

/** An earned course holding nothing but what a test names: no skills, links, dates beyond its issue. */
export const courseOf = (fields: Partial<Certificate> & Pick<Certificate, 'id' | 'title' | 'issued'>): Certificate =>
  newCertificate({ provider: 'Coursera', ...fields });

/** A current job holding nothing but what a test names. */
export const roleOf = (fields: Partial<Role> & Pick<Role, 'id' | 'title' | 'start'>): Role => newRole(fields);

/** A target role 't1' whose skills, by label, are all essential. */
export function targetOf(title: string, core: string[]): TargetRole {
  return {
    id: 't1',
    title,
    occupationId: null,
    skills: core.map((label) => ({ skill: { label, conceptId: null }, importance: 'essential' as const })),
    paceOverride: null,
    targetDate: null,
    posting: null,
  };
}

/** An empty profile with the parts a test names, read against its first target. */
export const profileOf = (parts: Partial<Profile>): Profile => ({
  ...emptyProfile(),
  ...parts,
  activeTargetId: parts.targets?.[0]?.id ?? null,
});
