import type { Certificate, Project, Role } from '../domain/profile';
import { compareText, isRole, keysOf, linkedEntities, type Context, type EntityKind } from './context';
import { monthIndex } from './months';
import type { SkillEvidence } from './result';
import type { TargetReading } from './target-reading';

const LEVEL_ORDER = { none: 0, planned: 1, certified: 2, applied: 3, 'applied-with-evidence': 4 } as const;

interface Holders {
  certificates: Certificate[];
  roles: Role[];
  projects: Project[];
}

/**
 * For each target skill, the strongest evidence behind it and the entities that give it. An entity
 * backs a target skill when it names it or a skill strongly related to it ("data analysis" backs
 * "data analytics"), as a reader would accept.
 */
export function skillEvidence(context: Context, reading: TargetReading): SkillEvidence[] {
  const { profile, now } = context;
  const holders: Holders[] = reading.skills.map(() => ({ certificates: [], roles: [], projects: [] }));
  const index = <T extends { id: string }>(entities: readonly T[], kind: EntityKind, into: (at: Holders) => T[]) => {
    for (const entity of entities) {
      const backed = new Set<number>();
      for (const key of keysOf(context, kind, entity.id)) for (const at of reading.evidenceFor(key)) backed.add(at);
      for (const at of backed) {
        const holder = holders[at];
        if (holder !== undefined) into(holder).push(entity);
      }
    }
  };
  index(profile.certificates, 'certificate', (holder) => holder.certificates);
  index(profile.roles, 'role', (holder) => holder.roles);
  index(profile.projects, 'project', (holder) => holder.projects);

  return reading.skills
    .map((entry, at): SkillEvidence => {
      const found = holders[at] ?? { certificates: [], roles: [], projects: [] };
      const earned = found.certificates.filter((certificate) => certificate.status.state === 'earned');
      // A certificate used somewhere carries its skills there, even when that role does not list them.
      const usedIn = earned.flatMap((certificate) => linkedEntities(certificate, context));
      const appliedRoles = new Set([...found.roles, ...usedIn.filter(isRole)].map((role) => role.id));
      const appliedProjects = new Map(
        [...found.projects, ...usedIn.filter((entity): entity is Project => !isRole(entity))].map((project) => [
          project.id,
          project,
        ]),
      );
      const withLink = [...appliedProjects.values()].some(
        (project) => project.evidence.length > 0 && monthIndex(project.start) <= now,
      );
      const level: SkillEvidence['level'] = withLink
        ? 'applied-with-evidence'
        : appliedRoles.size + appliedProjects.size > 0
          ? 'applied'
          : earned.length > 0
            ? 'certified'
            : found.certificates.length > 0
              ? 'planned'
              : 'none';
      return {
        skill: entry.label,
        conceptId: entry.key.startsWith('free:') ? null : entry.key,
        importance: entry.importance,
        level,
        certificates: found.certificates.map((certificate) => certificate.id).sort(),
        roles: [...appliedRoles].sort(),
        projects: [...appliedProjects.keys()].sort(),
      };
    })
    .sort((a, b) =>
      a.importance === b.importance
        ? LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareText(a.skill, b.skill)
        : a.importance === 'essential'
          ? -1
          : 1,
    );
}
