import type { Certificate, Profile, Project, Role, EntityKind } from '../../../shared/domain/profile';

export type Entry =
  { kind: 'role'; entry: Role } | { kind: 'project'; entry: Project } | { kind: 'certificate'; entry: Certificate };

/** The entry a selection points at, or null when it is gone (deleted, undone). */
export function findEntry(profile: Profile, kind: EntityKind, id: string): Entry | null {
  if (kind === 'role') {
    const entry = profile.roles.find((role) => role.id === id);
    return entry === undefined ? null : { kind, entry };
  }
  if (kind === 'project') {
    const entry = profile.projects.find((project) => project.id === id);
    return entry === undefined ? null : { kind, entry };
  }
  const entry = profile.certificates.find((certificate) => certificate.id === id);
  return entry === undefined ? null : { kind, entry };
}

/** The title of a role or project a certificate links to (the id if it is missing). */
export function linkTargetTitle(profile: Profile, kind: 'role' | 'project', id: string): string {
  const list: ReadonlyArray<Role | Project> = kind === 'role' ? profile.roles : profile.projects;
  return list.find((entry) => entry.id === id)?.title ?? id;
}

/** Certificates linked to a role or project, each with the note on how it was used there. */
export function certificatesLinkedTo(
  profile: Profile,
  kind: 'role' | 'project',
  id: string,
): Array<{ certificate: Certificate; note: string }> {
  return profile.certificates.flatMap((certificate) => {
    const link = certificate.appliedIn.find((candidate) => candidate.kind === kind && candidate.id === id);
    return link === undefined ? [] : [{ certificate, note: link.note }];
  });
}
