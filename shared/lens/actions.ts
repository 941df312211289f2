import type { EntityKind, SkillRef } from '../domain/profile';
import type { Finding, FindingCode, NextStep } from './result';

/**
 * What pressing a next step or a finding's action does. The lens says what would change a
 * recruiter's reading; this says which form or command makes that change, so the screens can act
 * on everything they tell the user from where they tell it.
 */
export type LensAction =
  /** Open the certificate with its attach form, the roles and projects that use its skills first. */
  | { type: 'link-certificate'; certificateId: string; suggested: string[] }
  /** A new project naming these skills, linked on save to the certificates the step builds on. */
  | { type: 'add-project'; skills: string[]; certificateIds: string[] }
  /** The entry's form, scrolled to and focused on the field that fixes it. */
  | { type: 'edit-field'; kind: EntityKind; id: string; field: EditField }
  /** Dismiss these findings with the reason "background": the learning stays, out of the way. */
  | { type: 'keep-as-background'; findingKeys: string[] }
  /** Select the period and ask what the person was doing then. */
  | { type: 'explain-period'; from: string; to: string }
  /** The target view, where each core skill says what would back it. */
  | { type: 'open-target' }
  /** A skill nothing backs yet: say which role, project or course already on the profile used it. */
  | { type: 'use-skill'; skill: SkillRef }
  /** The catalogue's certificates that teach a skill, any of them to be added as planned learning. */
  | { type: 'find-certificate'; skill: SkillRef }
  /** A new certificate, planned, filled in from the catalogue (or only with the skill it is for). */
  | { type: 'add-certificate'; title: string; provider: string; skills: SkillRef[] };

export type EditField = 'expires' | 'description' | 'credential';

/** The action a next step offers, or null when reading it is all there is. */
export function actionForStep(step: NextStep): LensAction | null {
  const subject = typeof step.subject === 'string' ? step.subject : null;
  const certificates = step.related.filter((entity) => entity.kind === 'certificate').map((entity) => entity.id);
  switch (step.kind) {
    case 'link-used-learning':
    case 'link-learning':
      return subject === null
        ? null
        : {
            type: 'link-certificate',
            certificateId: subject,
            suggested: step.related.filter((entity) => entity.kind !== 'certificate').map((entity) => entity.id),
          };
    case 'bridge-transition':
    case 'evidence-core-skill':
    case 'apply-certified-skill':
      return { type: 'add-project', skills: step.skills, certificateIds: certificates };
    case 'renew-credential':
      return subject === null ? null : { type: 'edit-field', kind: 'certificate', id: subject, field: 'expires' };
    case 'reword-claim':
      return subject === null ? null : { type: 'edit-field', kind: 'certificate', id: subject, field: 'description' };
    case 'explain-gap':
      return step.subject !== null && typeof step.subject !== 'string'
        ? { type: 'explain-period', from: step.subject.from, to: step.subject.to }
        : null;
    case 'background-off-target':
      return { type: 'keep-as-background', findingKeys: step.findingKeys };
  }
}

/** What each finding's action button does, by code; the info findings describe, they ask nothing. */
const BY_CODE: Record<FindingCode, (finding: Finding, subject: string | null) => LensAction | null> = {
  CERT_OFF_TARGET: background,
  CERT_OUTLIER: background,
  CERT_STALE: background,
  CERT_EXPIRED: (_, id) => (id === null ? null : { type: 'edit-field', kind: 'certificate', id, field: 'expires' }),
  CERT_UNAPPLIED: link,
  CERT_APPLICATION_PREDATES: link,
  CERT_SOFT_SKILL: link,
  CERT_INFLATED_CLAIM: (_, id) =>
    id === null ? null : { type: 'edit-field', kind: 'certificate', id, field: 'description' },
  CERT_UNKNOWN_PROVIDER: (_, id) =>
    id === null ? null : { type: 'edit-field', kind: 'certificate', id, field: 'credential' },
  CERT_EARNED_WHILE_WORKING: () => null,
  PROFILE_CREDENTIAL_COLLECTOR: () => null,
  PROFILE_TARGET_SKILL_UNEVIDENCED: () => ({ type: 'open-target' }),
  PROFILE_SKILL_CERTIFIED_NOT_APPLIED: () => ({ type: 'open-target' }),
  PROFILE_TRANSITION_UNSUPPORTED: () => ({ type: 'open-target' }),
  PROFILE_SCATTERED_LEARNING: () => ({ type: 'open-target' }),
  PROFILE_TIMELINE_GAP: (finding) =>
    finding.subject !== null && typeof finding.subject !== 'string'
      ? { type: 'explain-period', from: finding.subject.from, to: finding.subject.to }
      : null,
  PROFILE_ENTRY_LEVEL: () => null,
  PROFILE_CAREER_CHANGE: () => null,
};

function background(finding: Finding): LensAction {
  return { type: 'keep-as-background', findingKeys: [finding.key] };
}

function link(_: Finding, id: string | null): LensAction | null {
  return id === null ? null : { type: 'link-certificate', certificateId: id, suggested: [] };
}

/** The action a finding offers, or null. */
export function actionForFinding(finding: Finding): LensAction | null {
  return BY_CODE[finding.code](finding, typeof finding.subject === 'string' ? finding.subject : null);
}
