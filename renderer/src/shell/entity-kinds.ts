import type { EntityKind, Profile } from '../../../shared/domain/profile';

type Lists = Pick<Profile, 'roles' | 'projects' | 'certificates'>;

function sameIds(before: ReadonlyArray<{ id: string }>, after: ReadonlyArray<{ id: string }>): boolean {
  return (
    before === after || (before.length === after.length && after.every((entry, at) => entry.id === before[at]?.id))
  );
}

/**
 * What each drawn id is, for findings about one (targets and the whole profile are not on the
 * timeline). The same map for as long as the same entries exist: an edit that changes an entry
 * but adds or removes none leaves everything that depends on it (the findings cards) as it was.
 */
export function createKindsTracker(): (profile: Lists | undefined) => ReadonlyMap<string, EntityKind> {
  let last: { lists: Lists; kinds: Map<string, EntityKind> } | null = null;
  return (profile) => {
    const lists = profile ?? { roles: [], projects: [], certificates: [] };
    if (
      last !== null &&
      sameIds(last.lists.roles, lists.roles) &&
      sameIds(last.lists.projects, lists.projects) &&
      sameIds(last.lists.certificates, lists.certificates)
    )
      return last.kinds;
    const kinds = new Map<string, EntityKind>();
    for (const role of lists.roles) kinds.set(role.id, 'role');
    for (const project of lists.projects) kinds.set(project.id, 'project');
    for (const certificate of lists.certificates) kinds.set(certificate.id, 'certificate');
    last = { lists, kinds };
    return kinds;
  };
}
