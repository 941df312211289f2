import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A handler that keeps one identity for the component's life and always runs the latest one
 * rendered: memoized children (the findings cards) then skip the edits that did not touch them.
 * For event handlers only; never call it while rendering.
 */
export function useStableHandler<Args extends unknown[], Result>(
  handler: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
