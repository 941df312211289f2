import { newRole } from '../../shared/domain/entries';
import { emptyProfile, type Profile, type Role } from '../../shared/domain/profile';
import { apply, type Command } from '../../shared/profile/commands';

function role(index: number): Role {
  return newRole({
    id: `role-${index}`,
    title: `Role ${index}`,
    organization: 'Acme',
    start: '2020-01',
    field: 'Software',
  });
}

/**
 * The deterministic edit that produces revision n from revision n − 1 (starting from an empty
 * profile), so a test can rebuild exactly what any revision must contain.
 */
export function editForRevision(revision: number): Command {
  if (revision % 5 === 1) return { type: 'role.add', role: role(revision) };
  const target = revision - ((revision - 1) % 5);
  return { type: 'role.update', role: { ...role(target), highlights: [`edit ${revision}`] } };
}

export function profileAtRevision(revision: number): Profile {
  let profile = emptyProfile();
  for (let next = 1; next <= revision; next += 1) {
    const result = apply(profile, editForRevision(next));
    if (!result.ok) throw new Error(result.message);
    profile = result.profile;
  }
  return profile;
}
