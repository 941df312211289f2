import type { PlanStep, PlanStepKind } from '../domain/plan';
import type { Profile } from '../domain/profile';
import { TITLE_MAX_LENGTH, type EntityRef } from '../domain/refs';
import type { Finding, FindingCode, NextStep } from '../lens/result';
import { newPlanStep, type StepPlacement } from './step-state';

/** Re-exported for the callers that place a step the lens suggests. */

type NextStepKind = NextStep['kind'];

/** What a next step asks for, as the kind of plan step that would do it. */
const KIND_OF_NEXT_STEP: Record<NextStepKind, PlanStepKind> = {
  'link-used-learning': 'evidence',
  'link-learning': 'evidence',
  'bridge-transition': 'apply',
  'evidence-core-skill': 'apply',
  'apply-certified-skill': 'apply',
  'renew-credential': 'renew',
  'reword-claim': 'evidence',
  'explain-gap': 'custom',
  'background-off-target': 'custom',
};

const KIND_OF_FINDING: Partial<Record<FindingCode, PlanStepKind>> = {
  CERT_EXPIRED: 'renew',
  CERT_UNAPPLIED: 'evidence',
  CERT_APPLICATION_PREDATES: 'evidence',
  CERT_SOFT_SKILL: 'evidence',
  CERT_INFLATED_CLAIM: 'evidence',
  CERT_UNKNOWN_PROVIDER: 'evidence',
  PROFILE_TARGET_SKILL_UNEVIDENCED: 'apply',
  PROFILE_SKILL_CERTIFIED_NOT_APPLIED: 'apply',
  PROFILE_TRANSITION_UNSUPPORTED: 'apply',
};

/** The entries the lens names, with their kinds as the profile knows them; ids it no longer holds are left out. */
function refsTo(profile: Profile, ids: readonly string[]): EntityRef[] {
  const kinds = new Map<string, EntityRef['kind']>();
  for (const role of profile.roles) kinds.set(role.id, 'role');
  for (const project of profile.projects) kinds.set(project.id, 'project');
  for (const certificate of profile.certificates) kinds.set(certificate.id, 'certificate');
  const refs: EntityRef[] = [];
  for (const id of new Set(ids)) {
    const kind = kinds.get(id);
    if (kind !== undefined) refs.push({ kind, id });
  }
  return refs;
}

/** Titles are one line in the plan; a long lens sentence is cut where a word ends. */
function clipped(title: string): string {
  if (title.length <= TITLE_MAX_LENGTH) return title;
  const cut = title.slice(0, TITLE_MAX_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX_LENGTH / 2)).trimEnd()}…`;
}

/** A next step as the plan step that does it: its words, its skills, what it names and the findings it would close. */
export function stepFromNextStep(profile: Profile, next: NextStep, placement: StepPlacement): PlanStep {
  const subject = typeof next.subject === 'string' ? [next.subject] : [];
  return newPlanStep(placement, {
    kind: KIND_OF_NEXT_STEP[next.kind],
    title: clipped(next.text),
    skills: next.skills.map((label) => ({ label, conceptId: null })),
    serves: refsTo(profile, [...subject, ...next.related.map((entity) => entity.id)]),
    findingKeys: next.findingKeys,
  });
}

/** A finding as the step that would settle it: its action is what to do, its subject what it is about. */
export function stepFromFinding(profile: Profile, finding: Finding, placement: StepPlacement): PlanStep {
  return newPlanStep(placement, {
    kind: KIND_OF_FINDING[finding.code] ?? 'custom',
    title: clipped(finding.action),
    skills: [],
    serves: typeof finding.subject === 'string' ? refsTo(profile, [finding.subject]) : [],
    findingKeys: [finding.key],
  });
}

/** Whether the target's plan already has a live step for these findings, so it is not offered twice. */
export function isPlanned(plan: readonly PlanStep[], targetId: string, findingKeys: readonly string[]): boolean {
  if (findingKeys.length === 0) return false;
  return plan.some(
    (entry) =>
      entry.targetId === targetId &&
      entry.status !== 'dropped' &&
      findingKeys.every((key) => entry.findingKeys.includes(key)),
  );
}
