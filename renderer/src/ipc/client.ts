import type { ThroughlineApi } from '../../../shared/ipc/contract';

/** The typed bridge; its methods and payloads come from the shared contract. */
export function bridge(): ThroughlineApi {
  return window.throughline;
}
