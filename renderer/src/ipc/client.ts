import { BRIDGE_KEY } from '../../../shared/ipc/bridge-key';
import type { ThroughlineBridge } from '../../../shared/ipc/events';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { text } from '../i18n/text';

/** The typed bridge; its methods and payloads come from the shared contract. */
export function bridge(): ThroughlineBridge {
  return window[BRIDGE_KEY];
}

/** What a call that never answered (main gone, the bridge torn down) says to the user. */
export function unreachable(error: unknown, said?: string): IpcError {
  return {
    code: 'INTERNAL',
    message: said ?? (error instanceof Error ? error.message : text.shell.errors.unreachable),
  };
}

/**
 * One call to main. Main answers failures as values; a call that rejects instead (main gone, a
 * window closing) becomes such a value too, so no caller is left waiting on a promise that threw.
 */
export async function ask<T>(
  call: (api: ThroughlineBridge) => Promise<IpcResult<T>>,
  /** What to tell the user then, when the caller knows better words than the error's own. */
  said?: string,
): Promise<IpcResult<T>> {
  try {
    return await call(bridge());
  } catch (error) {
    return { ok: false, error: unreachable(error, said) };
  }
}
