import type { BRIDGE_KEY } from '../../shared/ipc/bridge-key';
import type { ThroughlineBridge } from '../../shared/ipc/events';

declare global {
  interface Window {
    /** Exposed by the preload; the renderer's only way to reach main. */
    readonly [BRIDGE_KEY]: ThroughlineBridge;
  }
}
