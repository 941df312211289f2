import { useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/ipc/result';
import type { LensResult } from '../../../shared/lens/result';
import { ask } from '../ipc/client';

/** `useProfile().update`: runs one call against main and takes the profile state it answers with. */

export type TargetAnalysis =
  { status: 'loading' } | { status: 'ready'; value: LensResult } | { status: 'failed'; error: IpcError };

/**
 * The lens read against one target (not necessarily the active one), again whenever the
 * profile's revision moves. While a fresh read is on its way the previous answer for the same
 * target stays on screen, so an edit does not blank the view; an answer for another target or an
 * older revision is dropped.
 */
export function useTargetAnalysis(targetId: string | null, revision: number): TargetAnalysis {
  const [answer, setAnswer] = useState<{ targetId: string | null; state: TargetAnalysis } | null>(null);
  useEffect(() => {
    if (targetId === null) return;
    let current = true;
    void ask((api) => api.analyzeProfile({ targetId })).then((result) => {
      if (current)
        setAnswer({
          targetId,
          state: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error },
        });
    });
    return () => {
      current = false;
    };
  }, [targetId, revision]);
  return answer !== null && answer.targetId === targetId ? answer.state : { status: 'loading' };
}
