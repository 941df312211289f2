import { useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';
import type { LensResult } from '../../../shared/lens/result';
import type { ProfileState } from '../../../shared/profile/state';
import type { QueryState } from '../ipc/useBridgeQuery';

export interface SettledView {
  profile: Profile;
  analysis: LensResult | null;
  revision: number;
}

/**
 * The profile together with the analysis of that same revision. After an edit the timeline keeps
 * the previous pair until the lens has read the new profile, so items and their finding marks
 * change in one paint and never disagree. Before the first analysis (and if the lens fails) the
 * profile shows on its own.
 */
export function useSettledView(state: ProfileState | null, analysis: QueryState<LensResult>): SettledView | null {
  const [settled, setSettled] = useState<SettledView | null>(null);
  if (state === null) return null;
  const fresh: SettledView | null =
    analysis.status === 'ready' && analysis.version === state.revision
      ? { profile: state.profile, analysis: analysis.value, revision: state.revision }
      : analysis.status === 'failed'
        ? { profile: state.profile, analysis: null, revision: state.revision }
        : null;
  if (fresh !== null) {
    if (
      settled?.revision !== fresh.revision ||
      settled.analysis !== fresh.analysis ||
      settled.profile !== fresh.profile
    )
      // Derived from props while rendering, as React's docs describe for state that follows props.
      setSettled(fresh);
    return fresh;
  }
  return settled ?? { profile: state.profile, analysis: null, revision: state.revision };
}
