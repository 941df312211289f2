import { useEffect, useState } from 'react';
import type { ThroughlineApi } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { ask } from './client';

export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: IpcError };

/**
 * Reads something from main when the component mounts, and again whenever `version` changes.
 * A late answer for an unmounted component, or an outdated version, is dropped.
 */
export function useBridgeQuery<T>(read: (api: ThroughlineApi) => Promise<IpcResult<T>>, version = 0): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void ask(read).then((result) => {
      if (current)
        setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
    // `read` is the same call every time for a given component; `version` asks for a fresh read.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [version]);
  return state;
}
