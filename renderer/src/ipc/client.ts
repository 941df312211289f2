import { useEffect, useState } from 'react';
import type { ThroughlineApi } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';

/** The typed bridge; its methods and payloads come from the shared contract. */
export function bridge(): ThroughlineApi {
  return window.throughline;
}

export type Remote<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: IpcError };

/** Runs one bridge call on mount and tracks its outcome; a rejected promise becomes a typed failure. */
export function useRemote<T>(call: (api: ThroughlineApi) => Promise<IpcResult<T>>): Remote<T> {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void call(bridge())
      .then((result) =>
        result.ok
          ? { status: 'ready' as const, value: result.value }
          : { status: 'failed' as const, error: result.error },
      )
      .catch((error: unknown) => ({
        status: 'failed' as const,
        error: {
          code: 'INTERNAL' as const,
          message: error instanceof Error ? error.message : 'The app could not reach its main process.',
        },
      }))
      .then((next) => {
        if (current) setState(next);
      });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once on mount; callers pass a stable call
  }, []);
  return state;
}
