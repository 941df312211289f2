import { comparePartial } from '../domain/dates';
import type { Profile } from '../domain/profile';

/**
 * Every way a profile can point at something that is not there. An empty list means the profile
 * may be stored; the store never keeps a dangling link.
 */
export function integrityProblems(profile: Profile): string[] {
  const problems: string[] = [];
  const roleIds = uniqueIds('role', profile.roles, problems);
  const projectIds = uniqueIds('project', profile.projects, problems);
  uniqueIds('certificate', profile.certificates, problems);
  const targetIds = uniqueIds('target role', profile.targets, problems);
  uniqueIds('provider', profile.providers.custom, problems);

  for (const project of profile.projects) {
    if (project.roleId !== null && !roleIds.has(project.roleId)) {
      problems.push(`Project “${project.title}” belongs to a role that does not exist (${project.roleId}).`);
    }
  }
  for (const certificate of profile.certificates) {
    if (
      certificate.started !== null &&
      certificate.issued !== null &&
      comparePartial(certificate.started, certificate.issued) > 0
    ) {
      problems.push(
        `Certificate “${certificate.title}” starts (${certificate.started}) after its issue date (${certificate.issued}); the start must not be after the issue date.`,
      );
    }
    const seen = new Set<string>();
    for (const link of certificate.appliedIn) {
      const key = `${link.kind}:${link.id}`;
      if (seen.has(key)) problems.push(`Certificate “${certificate.title}” is linked to the same ${link.kind} twice.`);
      seen.add(key);
      const exists = link.kind === 'role' ? roleIds.has(link.id) : projectIds.has(link.id);
      if (!exists) {
        problems.push(
          `Certificate “${certificate.title}” is linked to a ${link.kind} that does not exist (${link.id}).`,
        );
      }
    }
  }
  if (profile.activeTargetId !== null && !targetIds.has(profile.activeTargetId)) {
    problems.push(`The active target role (${profile.activeTargetId}) does not exist.`);
  }
  const dismissed = new Set<string>();
  for (const finding of profile.dismissedFindings) {
    if (dismissed.has(finding.key)) problems.push(`The finding ${finding.key} is dismissed twice.`);
    dismissed.add(finding.key);
  }
  return problems;
}

function uniqueIds(kind: string, entities: ReadonlyArray<{ id: string }>, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const entity of entities) {
    if (ids.has(entity.id)) problems.push(`Two ${kind}s share the id ${entity.id}.`);
    ids.add(entity.id);
  }
  return ids;
}
