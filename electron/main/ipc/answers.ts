import { diffFindings, type FindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding, NextStep } from '../../../shared/lens/result';
import type { ProfileAnswer } from '../../../shared/profile/change';
import { diffProfiles, type ProfileDelta } from '../../../shared/profile/delta';
import type { Profile } from '../../../shared/domain/profile';
import type { ProfileState } from '../../../shared/profile/state';

/**
 * Remembers the profile last sent to the window, so an edit whose request names that revision
 * (`since`) is answered with the entities that changed. Anything else gets the whole state, which
 * is always correct: a mismatch costs bytes, never accuracy.
 */
export function profileAnswers() {
  let sent: { revision: number; profile: Profile } | null = null;
  return {
    whole(state: ProfileState): ProfileState {
      sent = { revision: state.revision, profile: state.profile };
      return state;
    },
    /** `known` is the store's own record of the step from `since`, when it has one: no second diff. */
    since(since: number | undefined, state: ProfileState, known: ProfileDelta | null = null): ProfileAnswer {
      const previous = sent;
      sent = { revision: state.revision, profile: state.profile };
      if (since === undefined || previous === null || previous.revision !== since) return state;
      const { profile, ...rest } = state;
      return { ...rest, since, delta: known ?? diffProfiles(previous.profile, profile, '') };
    },
  };
}

/** The same for findings: the lens's list for the last revision sent, by key. */
export function findingsAnswers() {
  let sent: { revision: number; byKey: Map<string, Finding> } | null = null;
  return {
    since(
      since: number | undefined,
      revision: number,
      reading: { findings: Finding[]; nextSteps: NextStep[] },
    ): FindingsUpdate {
      const { findings, nextSteps } = reading;
      const previous = sent;
      sent = { revision, byKey: new Map(findings.map((finding) => [finding.key, finding])) };
      if (since === undefined || previous === null || previous.revision !== since)
        return { kind: 'full', revision, findings, nextSteps };
      return { kind: 'change', since, revision, ...diffFindings(previous.byKey, findings), nextSteps };
    },
  };
}
