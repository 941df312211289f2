import type { ThroughlineBridge } from '../../../shared/ipc/events';

/** The typed bridge; its methods and payloads come from the shared contract. */
export function bridge(): ThroughlineBridge {
  return window.throughline;
}
