import type { ThroughlineApi } from './contract';

/** Messages main sends to the window: the Edit menu's Undo and Redo, File › Import and File › Export. */
export const MENU_COMMAND_CHANNEL = 'menu.command';
export const MENU_COMMANDS = ['undo', 'redo', 'import', 'export'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Subscriptions the preload adds to the request methods; each returns its unsubscribe. */
export interface ThroughlineEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
export const EVENT_METHODS = ['onMenuCommand'] as const satisfies ReadonlyArray<keyof ThroughlineEvents>;

/** Everything `window.throughline` offers. A dropped file crosses as its bytes (import.previewDropped), never as a path. */
export type ThroughlineBridge = ThroughlineApi & ThroughlineEvents;
