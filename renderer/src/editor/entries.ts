import type { Award, Certificate, Profile, Project, Role, EntityKind, WorkKind } from '../../../shared/domain/profile';

export type Entry =
  | { kind: 'role'; entry: Role }
  | { kind: 'project'; entry: Project }
  | { kind: 'certificate'; entry: Certificate }
  | { kind: 'award'; entry: Award };

/** The entry a selection points at, or null when it is gone (deleted, undone). */
export function findEntry(profile: Profile, kind: EntityKind, id: string): Entry | null {
  switch (kind) {
    case 'role': {
      const entry = profile.roles.find((role) => role.id === id);
      return entry === undefined ? null : { kind, entry };
    }
    case 'project': {
      const entry = profile.projects.find((project) => project.id === id);
      return entry === undefined ? null : { kind, entry };
    }
    case 'certificate': {
      const entry = profile.certificates.find((certificate) => certificate.id === id);
      return entry === undefined ? null : { kind, entry };
    }
    case 'award': {
      const entry = profile.awards.find((award) => award.id === id);
      return entry === undefined ? null : { kind, entry };
    }
  }
}

/** The title of a role or project a certificate links to (the id if it is missing). */
export function linkTargetTitle(profile: Profile, kind: WorkKind, id: string): string {
  const list: ReadonlyArray<Role | Project> = kind === 'role' ? profile.roles : profile.projects;
  return list.find((entry) => entry.id === id)?.title ?? id;
}

/** Certificates or awards linked to a role or project, each with the note on the link. */
function linkedTo<T extends Certificate | Award>(
  list: readonly T[],
  kind: WorkKind,
  id: string,
): Array<{ entry: T; note: string }> {
  return list.flatMap((entry) => {
    const link = entry.appliedIn.find((candidate) => candidate.kind === kind && candidate.id === id);
    return link === undefined ? [] : [{ entry, note: link.note }];
  });
}

/** Certificates linked to a role or project, each with the note on how it was used there. */
export function certificatesLinkedTo(
  profile: Profile,
  kind: WorkKind,
  id: string,
): Array<{ certificate: Certificate; note: string }> {
  return linkedTo(profile.certificates, kind, id).map(({ entry, note }) => ({ certificate: entry, note }));
}

/** Awards given for a role or project, each with the note on what it was given for. */
export function awardsLinkedTo(profile: Profile, kind: WorkKind, id: string): Array<{ award: Award; note: string }> {
  return linkedTo(profile.awards, kind, id).map(({ entry, note }) => ({ award: entry, note }));
}
