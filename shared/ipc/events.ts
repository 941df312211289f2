import type { ThroughlineApi } from './contract';

/** Messages main sends to the window: the Edit menu's Undo and Redo, File › Import, Export and Your Details. */
export const MENU_COMMAND_CHANNEL = 'menu.command';
export const MENU_COMMANDS = ['undo', 'redo', 'import', 'export', 'person'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The Edit menu's two: the window undoes text in a field, or else the last profile edit. */
export type UndoRedoCommand = Extract<MenuCommand, 'undo' | 'redo'>;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * Main's word each time a write starts or lands ({ save, revision }, shared/profile/state.ts
 * SaveReportSchema): the window shows "Saved" without asking. It crosses unparsed, and the
 * window parses it, so the preload stays free of schema code.
 */
export const SAVE_REPORT_CHANNEL = 'profile.saveReport';

/** Subscriptions the preload adds to the request methods; each returns its unsubscribe. */
export interface ThroughlineEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onSaveReport(listener: (report: unknown) => void): () => void;
}
export const EVENT_METHODS = ['onMenuCommand', 'onSaveReport'] as const satisfies ReadonlyArray<
  keyof ThroughlineEvents
>;

/** Everything `window.throughline` offers. A dropped file crosses as its bytes (import.previewDropped), never as a path. */
export type ThroughlineBridge = ThroughlineApi & ThroughlineEvents;
