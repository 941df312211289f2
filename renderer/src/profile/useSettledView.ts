import { useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import type { Finding } from '../../../shared/lens/result';
import type { ProfileState } from '../../../shared/profile/state';
import type { FindingsState } from '../findings/useFindings';

export interface SettledView {
  profile: Profile;
  findings: readonly Finding[] | null;
  revision: number;
}

/**
 * The profile together with the findings of that same revision. After an edit the timeline keeps
 * the previous pair until the lens has read the new profile, so items and their finding marks
 * change in one paint and never disagree. Before the first analysis (and if the lens fails) the
 * profile shows on its own.
 */
export function useSettledView(state: ProfileState | null, findings: FindingsState): SettledView | null {
  const [settled, setSettled] = useState<SettledView | null>(null);
  if (state === null) return null;
  const fresh: SettledView | null =
    findings.status === 'ready' && findings.version === state.revision
      ? { profile: state.profile, findings: findings.findings, revision: state.revision }
      : findings.status === 'failed'
        ? { profile: state.profile, findings: null, revision: state.revision }
        : null;
  if (fresh !== null) {
    if (
      settled?.revision !== fresh.revision ||
      settled.findings !== fresh.findings ||
      settled.profile !== fresh.profile
    )
      // Derived from props while rendering, as React's docs describe for state that follows props.
      setSettled(fresh);
    return fresh;
  }
  return settled ?? { profile: state.profile, findings: null, revision: state.revision };
}
