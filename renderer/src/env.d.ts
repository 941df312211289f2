import type { ThroughlineApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload; the renderer's only way to reach main. */
    readonly throughline: ThroughlineApi;
  }
}
