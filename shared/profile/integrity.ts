import { comparePartial } from '../domain/dates';
import type { EntityKind, Profile, WorkKind } from '../domain/profile';
import { refKey } from '../domain/refs';
import { isDatedAsDone } from '../plan/step-state';

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
    linkProblems(`Certificate “${certificate.title}”`, certificate.appliedIn, { roleIds, projectIds }, problems);
  }
  uniqueIds('award', profile.awards, problems);
  for (const award of profile.awards) {
    linkProblems(`Award “${award.title}”`, award.appliedIn, { roleIds, projectIds }, problems);
  }
  if (profile.activeTargetId !== null && !targetIds.has(profile.activeTargetId)) {
    problems.push(`The active target role (${profile.activeTargetId}) does not exist.`);
  }
  planProblems(profile, targetIds, problems);
  const dismissed = new Set<string>();
  for (const finding of profile.dismissedFindings) {
    if (dismissed.has(finding.key)) problems.push(`The finding ${finding.key} is dismissed twice.`);
    dismissed.add(finding.key);
  }
  return problems;
}

/** A certificate's or award's links name roles and projects that exist, each once. */
function linkProblems(
  owner: string,
  links: ReadonlyArray<{ kind: WorkKind; id: string }>,
  ids: { roleIds: ReadonlySet<string>; projectIds: ReadonlySet<string> },
  problems: string[],
): void {
  const seen = new Set<string>();
  for (const link of links) {
    const key = refKey(link);
    if (seen.has(key)) problems.push(`${owner} is linked to the same ${link.kind} twice.`);
    seen.add(key);
    const exists = link.kind === 'role' ? ids.roleIds.has(link.id) : ids.projectIds.has(link.id);
    if (!exists) problems.push(`${owner} is linked to a ${link.kind} that does not exist (${link.id}).`);
  }
}

/** Steps and sessions point at targets, entries and steps that exist, and a step is done exactly when dated. */
function planProblems(profile: Profile, targetIds: ReadonlySet<string>, problems: string[]): void {
  const exists: Record<EntityKind, Set<string>> = {
    role: new Set(profile.roles.map((role) => role.id)),
    project: new Set(profile.projects.map((project) => project.id)),
    certificate: new Set(profile.certificates.map((certificate) => certificate.id)),
    award: new Set(profile.awards.map((award) => award.id)),
  };
  const stepIds = uniqueIds('plan step', profile.plan, problems);
  uniqueIds('learning session', profile.log, problems);
  for (const step of profile.plan) {
    if (!targetIds.has(step.targetId)) {
      problems.push(`Plan step “${step.title}” belongs to a target role that does not exist (${step.targetId}).`);
    }
    for (const ref of step.serves) {
      if (!exists[ref.kind].has(ref.id)) {
        problems.push(`Plan step “${step.title}” names a ${ref.kind} that does not exist (${ref.id}).`);
      }
    }
    if (!isDatedAsDone(step)) {
      problems.push(`Plan step “${step.title}” must have the day it was done exactly when it is done.`);
    }
  }
  for (const session of profile.log) {
    if (session.certificateId !== null && !exists.certificate.has(session.certificateId)) {
      problems.push(
        `A learning session on ${session.date} names a certificate that does not exist (${session.certificateId}).`,
      );
    }
    if (session.stepId !== null && !stepIds.has(session.stepId)) {
      problems.push(`A learning session on ${session.date} names a plan step that does not exist (${session.stepId}).`);
    }
  }
}

function uniqueIds(kind: string, entities: ReadonlyArray<{ id: string }>, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const entity of entities) {
    if (ids.has(entity.id)) problems.push(`Two ${kind}s share the id ${entity.id}.`);
    ids.add(entity.id);
  }
  return ids;
}
