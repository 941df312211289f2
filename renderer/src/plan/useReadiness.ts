import type { ReadinessScope } from '../../../shared/plan/readiness';
import { useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/ipc/result';
import type { ReadinessReport } from '../../../shared/plan/readiness';
import { ask } from '../ipc/client';

export type ReadinessState =
  | { status: 'loading' }
  /** `report` is null when there is no such target (no active one, or it was deleted). */
  | { status: 'ready'; report: ReadinessReport | null }
  | { status: 'failed'; error: IpcError };

/** What `targetId` undefined asks for: main answers for whichever target is active when it reads. */
const ACTIVE = '\0active';

/**
 * The readiness report for a target (the active one when `targetId` is undefined), read again
 * whenever `version` changes: the profile's revision, or anything that moves with it. While a
 * fresh read is on its way the previous report for the same target stays, so the chart and the
 * header line do not flash empty on every edit; an answer that a newer read overtook, or one for
 * another target, is dropped. Nothing is read while `enabled` is false.
 */
export function useReadiness(
  targetId: string | undefined,
  version: unknown,
  enabled = true,
  scope: ReadinessScope = 'over-time',
): ReadinessState {
  const key = targetId ?? ACTIVE;
  const [answer, setAnswer] = useState<{ key: string; state: ReadinessState } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void ask((api) => api.readReadiness(targetId === undefined ? { scope } : { targetId, scope })).then((result) => {
      if (current)
        setAnswer({
          key,
          state: result.ok ? { status: 'ready', report: result.value } : { status: 'failed', error: result.error },
        });
    });
    return () => {
      current = false;
    };
  }, [key, targetId, version, enabled, scope]);
  return answer !== null && answer.key === key ? answer.state : { status: 'loading' };
}
