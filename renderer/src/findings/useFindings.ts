import { useEffect, useRef, useState } from 'react';
import { applyFindingsUpdate } from '../../../shared/lens/findings-update';
import type { Finding } from '../../../shared/lens/result';
import type { IpcError } from '../../../shared/ipc/result';
import { bridge } from '../ipc/client';

export type FindingsState =
  | { status: 'loading' }
  | { status: 'ready'; findings: Finding[]; version: number }
  | { status: 'failed'; error: IpcError };

/**
 * The lens's findings for the profile's revision, read again whenever it moves. Main answers with
 * the change since the revision held here (a few findings, not thousands); if the two have
 * drifted apart the list is read whole.
 */
export function useFindings(revision: number | null): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: 'loading' });
  const held = useRef<{ revision: number; findings: Finding[] } | null>(null);

  useEffect(() => {
    if (revision === null) return;
    let current = true;
    const read = async (): Promise<FindingsState> => {
      const since = held.current?.revision;
      const answer = await bridge().readFindings(since === undefined ? {} : { since });
      if (!answer.ok) return { status: 'failed', error: answer.error };
      let findings = applyFindingsUpdate(held.current, answer.value);
      let version = answer.value.revision;
      if (findings === null) {
        const whole = await bridge().readFindings({});
        if (!whole.ok) return { status: 'failed', error: whole.error };
        findings = applyFindingsUpdate(null, whole.value) ?? [];
        version = whole.value.revision;
      }
      held.current = { revision: version, findings };
      return { status: 'ready', findings, version };
    };
    read().then(
      (next) => {
        if (current) setState(next);
      },
      (error: unknown) => {
        if (current)
          setState({
            status: 'failed',
            error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
          });
      },
    );
    return () => {
      current = false;
    };
  }, [revision]);
  return state;
}
