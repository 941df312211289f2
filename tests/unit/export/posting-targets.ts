import type { Importance, Profile, TargetRole } from '../../../shared/domain/profile';
import { isLifePeriod } from '../../../shared/domain/profile';

/** A skill no persona names and no taxonomy knows: nothing can back it. */
export const UNBACKED_SKILL = 'underwater basket weaving';

export interface PostingTargetSpec {
  id: string;
  title: string;
  company: string | null;
  essential: readonly string[];
  optional?: readonly string[];
}

/** A target's skill named only by its label, with no concept behind it. */
export function labelledSkill(label: string, importance: Importance): TargetRole['skills'][number] {
  return { skill: { label, conceptId: null }, importance };
}

/** A target saved from a job posting, asking for the given skills by label. */
export function postingTarget(spec: PostingTargetSpec): TargetRole {
  return {
    id: spec.id,
    title: spec.title,
    occupationId: null,
    skills: [
      ...spec.essential.map((label) => labelledSkill(label, 'essential')),
      ...(spec.optional ?? []).map((label) => labelledSkill(label, 'optional')),
    ],
    paceOverride: null,
    targetDate: null,
    posting: {
      text: `${spec.title}\n${spec.company ?? ''}\n\nRequirements:\n${spec.essential.map((label) => `- ${label}`).join('\n')}`,
      company: spec.company,
      origin: { kind: 'pasted' },
      savedOn: '2026-11-20',
    },
  };
}

/** The skills a persona's work (roles that are work, and projects) names, in profile order. */
export function workSkills(profile: Profile): string[] {
  const labels = [
    ...profile.roles.filter((role) => !isLifePeriod(role.kind)).flatMap((role) => role.skills),
    ...profile.projects.flatMap((project) => project.skills),
  ].map((skill) => skill.label);
  return [...new Set(labels)];
}

/** Skills only a certificate names: learning that no role or project shows. */
export function learningOnlySkills(profile: Profile): string[] {
  const work = new Set(workSkills(profile).map((label) => label.toLowerCase()));
  const labels = profile.certificates
    .flatMap((certificate) => certificate.skills)
    .map((skill) => skill.label)
    .filter((label) => !work.has(label.toLowerCase()));
  return [...new Set(labels)];
}

/**
 * The persona with one more target, made from a posting that asks for two skills its work shows,
 * one only its learning names (when it has one) and one nothing backs; that target is active.
 */
export function withOwnPosting(profile: Profile, company: string | null = 'Brightline Retail'): Profile {
  const target = postingTarget({
    id: 'target-posting',
    title: 'Operations Analyst',
    company,
    essential: [...workSkills(profile).slice(0, 2), ...learningOnlySkills(profile).slice(0, 1), UNBACKED_SKILL],
    optional: workSkills(profile).slice(2, 3),
  });
  return { ...profile, targets: [...profile.targets, target], activeTargetId: target.id };
}
