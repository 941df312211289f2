/** The window property the preload exposes the API under; kept apart so the preload bundles no schema code. */
export const BRIDGE_KEY = 'throughline';
